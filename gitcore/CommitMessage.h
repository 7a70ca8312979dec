#pragma once

#include "gitcore/Result.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace gantry {

class Repository;

/// git's commit.cleanup modes (git commit --cleanup=<mode>).
enum class CleanupMode { Default, Strip, Whitespace, Verbatim, Scissors };

/// Commit message text rules as git applies them: cleanup modes, -m paragraphs, Signed-off-by
/// trailers, commit.template and the empty-message check. Pure text functions plus config reads.
class CommitMessage
{
public:
    /// "strip", "whitespace", "verbatim", "scissors", "default"; nullopt for anything else.
    static std::optional<CleanupMode> parseCleanupMode(const QString &text);
    /// commit.cleanup from config (Default when unset or unknown).
    static CleanupMode configuredCleanupMode(const Repository &repo);
    /// The mode git really applies: Default → Strip when edited interactively (git's editor),
    /// else Whitespace; Scissors without an editor → Whitespace, as git does.
    static CleanupMode effectiveMode(CleanupMode mode, bool editedInteractively);

    /// core.commentChar ('#' when unset; "auto" is treated as '#').
    static QChar commentChar(const Repository &repo);

    /// Applies `mode` (an effective one: Strip, Whitespace, Verbatim or Scissors) like git.
    static QString cleanup(const QString &message, CleanupMode mode, QChar commentChar = QLatin1Char('#'));
    /// git's stripspace: trailing whitespace off every line, leading/trailing blank lines removed,
    /// runs of blank lines collapsed to one, a final newline; optionally comment lines dropped.
    static QString stripSpace(const QString &message, bool stripComments, QChar commentChar = QLatin1Char('#'));

    /// Joins several -m values as git does: each a paragraph separated by a blank line.
    static QString fromParagraphs(const QStringList &paragraphs);
    /// Appends "Signed-off-by: <nameAndEmail>" like git commit -s: not duplicated when it is
    /// already the last trailer, a blank line before it unless the message ends in a trailer block.
    static QString addSignoff(const QString &message, const QString &nameAndEmail,
                              QChar commentChar = QLatin1Char('#'));
    /// True when, after `effectiveMode`'s cleanup, nothing but whitespace and Signed-off-by lines
    /// remain (git's check; Verbatim: only a truly empty message).
    static bool isEmpty(const QString &message, CleanupMode effectiveMode, QChar commentChar = QLatin1Char('#'));
    /// The first line of a cleaned message.
    static QString subject(const QString &message);

    /// The path commit.template names (relative to the worktree, "~" expanded); empty if unset.
    static QString templatePath(const Repository &repo);
    /// commit.template's text, or an empty string when unset. An unreadable template is an error.
    static Result<QString> readTemplate(const Repository &repo);

    /// The message git refuses: "Aborting commit due to empty commit message."
    static QString emptyMessageError();
    /// git's scissors line: "# ------------------------ >8 ------------------------".
    static QString scissorsLine(QChar commentChar = QLatin1Char('#'));
};

} // namespace gantry
