#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace gantry {

/// Where a part of a commit message sits: `offset` and `length` in UTF-16 units of the raw
/// message, `line` and `column` 1-based (a column counts UTF-16 units, as editors do).
struct TextSpan
{
    qsizetype offset = -1;
    qsizetype length = 0;
    int line = 0;
    int column = 0;
    bool isValid() const { return offset >= 0; }
};

/// One line of the message as the parser kept it (comment and gpg lines are dropped).
struct MessageLine
{
    QString text;
    TextSpan span;
};

/// A note as conventional-commits-parser reads it: a "BREAKING CHANGE:" paragraph, or the
/// subject of a header with "!".
struct CommitNote
{
    QString title;
    QString text;
    int line = 0;
};

/// An issue reference ("#12", "owner/repo#12", "Closes #12").
struct CommitReference
{
    QString action;
    QString owner;
    QString repository;
    QString prefix;
    QString issue;
    QString raw;
    int line = 0;
};

/// A Conventional Commits 1.0.0 footer: `Token: value` or `Token #value`; the value may run
/// over several lines, up to the next token.
struct CommitFooter
{
    QString token;
    QString separator; // ": " or " #"
    QString value;
    TextSpan tokenSpan;
    TextSpan valueSpan;
    bool isBreakingChange() const
    {
        return token == QLatin1String("BREAKING CHANGE") || token == QLatin1String("BREAKING-CHANGE");
    }
};

/// A commit message split as Conventional Commits 1.0.0 and as commitlint's parser
/// (conventional-commits-parser with the conventionalcommits preset) split it, with the position
/// of every part so lint findings can point at LINE:COL.
///
/// `body` and `footer` follow conventional-commits-parser exactly, quirks included: the footer
/// starts at the first line holding a "BREAKING CHANGE" note or an issue reference ("#12"),
/// wherever it is. `footers()` is the Conventional Commits grammar: the trailing paragraphs of
/// `Token: value` / `Token #value` lines.
class ConventionalCommit
{
public:
    enum class Kind { Regular, Merge, Revert, Fixup, Squash, Amend };
    /// The parser options commitlint uses: conventional-changelog-conventionalcommits' (with
    /// @commitlint/config-conventional) or, when a configuration names no preset,
    /// conventional-changelog-angular's: no "!" in the header, no BREAKING-CHANGE keyword.
    enum class Preset { ConventionalCommits, Angular };

    /// Parses `message`. With a non-null `commentChar`, lines starting with it are dropped (git's
    /// message file); everything below git's scissors line is always dropped.
    static ConventionalCommit parse(const QString &message, QChar commentChar = QChar(),
                                    Preset preset = Preset::ConventionalCommits);

    const QString &raw() const { return m_raw; }
    /// No header, body or footer: the message was empty, blank or only comments.
    bool isEmpty() const { return m_lines.isEmpty(); }
    /// The header matched `type(scope)!: subject`.
    bool isConventional() const { return m_conventional; }
    Kind kind() const { return m_kind; }
    /// For fixup!/squash!/amend!: the subject of the commit they target; for a revert, the
    /// reverted header; else empty.
    const QString &target() const { return m_target; }
    /// For a revert: the hash in "This reverts commit <hash>."
    const QString &revertedHash() const { return m_revertedHash; }

    const QString &header() const { return m_header.text; }
    const QString &type() const { return m_type.text; }
    const QString &scope() const { return m_scope.text; }
    const QString &subject() const { return m_subject.text; }
    /// "!" before the colon.
    bool hasBreakingMark() const { return m_breakingMark; }
    /// A breaking change: "!" in the header or a BREAKING CHANGE note.
    bool isBreaking() const { return m_breakingMark || !m_notes.isEmpty(); }
    const QString &body() const { return m_body; }
    const QString &footer() const { return m_footer; }

    TextSpan headerSpan() const { return m_header.span; }
    TextSpan typeSpan() const { return m_type.span; }
    TextSpan scopeSpan() const { return m_scope.span; }
    TextSpan subjectSpan() const { return m_subject.span; }
    /// The body's and footer's lines (trimmed of leading/trailing blank lines like the parser).
    const QList<MessageLine> &bodyLines() const { return m_bodyLines; }
    const QList<MessageLine> &footerLines() const { return m_footerLines; }
    /// Every kept line, header first.
    const QList<MessageLine> &lines() const { return m_lines; }

    const QList<CommitNote> &notes() const { return m_notes; }
    const QList<CommitReference> &references() const { return m_references; }
    const QList<CommitFooter> &footers() const { return m_footers; }

    /// The position of `offsetInLine` (0-based) on `line` (1-based) of the raw message.
    TextSpan spanAt(int line, qsizetype offsetInLine = 0, qsizetype length = 0) const;

private:
    void parseHeader();
    void splitBodyAndFooter();
    void parseFooters();
    void classify();
    static QList<CommitReference> referencesIn(const QString &line, int lineNumber);

    QString m_raw;
    Preset m_preset = Preset::ConventionalCommits;
    QList<MessageLine> m_lines;
    QList<qsizetype> m_rawLineStarts; // offset of each raw line, index = line - 1
    MessageLine m_header;
    MessageLine m_type;
    MessageLine m_scope;
    MessageLine m_subject;
    bool m_conventional = false;
    bool m_breakingMark = false;
    QString m_body;
    QString m_footer;
    QList<MessageLine> m_bodyLines;
    QList<MessageLine> m_footerLines;
    QList<CommitNote> m_notes;
    QList<CommitReference> m_references;
    QList<CommitFooter> m_footers;
    Kind m_kind = Kind::Regular;
    QString m_target;
    QString m_revertedHash;
};

} // namespace gantry
