#pragma once

#include <QChar>
#include <QList>
#include <QString>

#include <optional>

namespace gantry {

/// One footer the composer writes: `Token: value`, or `Token #value` when the value starts
/// with "#" (an issue reference such as "Closes #12").
struct ComposedFooter
{
    QString token;
    QString value;
    bool operator==(const ComposedFooter &other) const = default;
};

/// A conventional commit message as the commit composer edits it, field by field: type, scope,
/// breaking change (with its description), subject, body and footers. message() gives the
/// final text; fromMessage() takes an existing message apart again when it is conventional.
class CommitComposition
{
public:
    /// Which field of the composition a line and column of message() belong to.
    enum class Part { None, Type, Scope, Subject, Body, BreakingDescription, Footer };
    /// What the message still lacks before it can be committed.
    enum class Missing {
        Nothing,        // complete (a subject, with or without a type: lint says the rest)
        Subject,        // a type (or scope, body, footers) but no subject yet
        TypeAndSubject  // neither (empty, or only a body or footers)
    };

    QString type;
    QString scope;
    QString subject;
    QString body;
    bool breaking = false;
    /// The text of the "BREAKING CHANGE:" footer; empty: only the "!" in the header.
    QString breakingDescription;
    QList<ComposedFooter> footers;

    /// `type(scope)!: subject` (just the subject while the type is empty).
    QString header() const;
    /// The whole message: header, blank line, body, blank line, the BREAKING CHANGE footer and
    /// the other footers. No trailing newline; parts that are blank are left out.
    QString message() const;
    /// No field holds text (the breaking toggle alone does not count).
    bool isEmpty() const;
    /// What is missing. While a subject is, message() is not a message anyone would commit
    /// ("feat: " ends with the separator the composer wrote), so it is not linted.
    Missing missing() const;

    /// The field at `line` (1-based) and `column` (1-based) of message(); `footerIndex` receives
    /// the index in `footers` for Part::Footer.
    Part partAt(int line, int column, int *footerIndex = nullptr) const;

    /// Takes a conventional message apart (comment lines starting with `commentChar` dropped).
    /// Empty when the message is not a conventional commit (plain text, merge, revert, fixup!…).
    static std::optional<CommitComposition> fromMessage(const QString &message, QChar commentChar = QLatin1Char('#'));

    bool operator==(const CommitComposition &other) const = default;

private:
    /// The message's lines, each tagged with its part (and footer index).
    struct Line
    {
        QString text;
        Part part = Part::None;
        int footer = -1;
    };
    QList<Line> layout() const;
};

} // namespace gantry
