#pragma once

#include "gitcore/GitPtr.h"
#include "gitcore/Oid.h"
#include "gitcore/RefDecorations.h"
#include "gitcore/Result.h"

#include <QByteArray>

#include <span>
#include <vector>

namespace gantry {

/// Formats commits as `git log` prints them: a user format with git's placeholders
/// (%H %h %P %p %T %t %an %ae %ad %at %ai %aI %cn %ce %cd %ct %ci %cI %s %b %B %d %D %n %% %xNN),
/// or git's default "medium" format. Output is bytes, exactly as git writes them.
class LogFormatter
{
public:
    explicit LogFormatter(git_repository *repo);

    /// A `--format` string; unknown placeholders are copied literally, as git does.
    void setUserFormat(const QByteArray &format);
    bool isUserFormat() const { return m_userFormat; }
    /// Decorations for %d / %D and the medium header; may stay null when not needed.
    void setDecorations(const RefDecorations *decorations) { m_decorations = decorations; }
    /// True when the user format shows decorations (load them only then).
    bool needsDecorations() const { return m_needsDecorations; }

    /// The user format expanded for one commit (no terminator added).
    Result<QByteArray> expand(const Oid &id, std::span<const Oid> parents);
    /// Medium format: the "commit <id> (decorations)" line, without its newline.
    QByteArray mediumHeader(const Oid &id) const;
    /// Medium format: the rest ("Merge:", "Author:", "Date:", the indented message), ending
    /// with a newline.
    Result<QByteArray> mediumBody(const Oid &id, std::span<const Oid> parents);

    /// The shortest unique abbreviation of `id`, at least git's default length
    /// (core.abbrev, or computed from the number of packed objects as git does).
    QByteArray abbreviate(const Oid &id);

    /// git's default date format: "Tue Nov 14 22:13:20 2023 +0000" in the given time zone.
    static QByteArray formatDate(qint64 time, int offsetMinutes);

private:
    enum class Token : quint8 {
        Literal, Hash, AbbrevHash, Parents, AbbrevParents, Tree, AbbrevTree,
        AuthorName, AuthorEmail, AuthorDate, AuthorTime, AuthorIso, AuthorStrictIso,
        CommitterName, CommitterEmail, CommitterDate, CommitterTime, CommitterIso, CommitterStrictIso,
        Subject, Body, RawBody, Decorations, BareDecorations,
    };
    struct Piece
    {
        Token token;
        QByteArray literal;
    };

    Result<CommitPtr> lookup(const Oid &id) const;
    int defaultAbbrevLength();

    git_repository *m_repo;
    const RefDecorations *m_decorations = nullptr;
    bool m_userFormat = false;
    bool m_needsCommit = false;
    bool m_needsDecorations = false;
    std::vector<Piece> m_pieces;
    OdbPtr m_odb;
    int m_abbrevLength = -1;
};

} // namespace gantry
