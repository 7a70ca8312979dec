#pragma once

#include "gitcore/Oid.h"
#include "gitcore/PublishedHistory.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// What a rebase will do or did.
struct RebaseOutcome
{
    enum class Kind { UpToDate, Rebased, Conflicted };
    Kind kind = Kind::UpToDate;
    QString upstream;          ///< what the branch is rebased onto, as named
    QString branch;            ///< the rebased branch
    Oid previousHead;          ///< the branch before the rebase (abort goes back here)
    Oid head;                  ///< the branch after (Conflicted: where the rebase stopped)
    QList<Oid> rewritten;      ///< the original commits replayed (oldest first)
    QList<Oid> created;        ///< the new commits, in the same order (Rebased only; skipped ones absent)
    PublishedCommits published; ///< which of `rewritten` the branch's upstream already has
    QStringList conflictPaths; ///< Conflicted: the paths in conflict
    Oid stoppedAt;             ///< Conflicted: the original commit that did not apply
    QString message;           ///< a sentence to show
};

/// Replays the current branch's own commits onto another revision like `git rebase UPSTREAM`
/// (non-interactive, merges dropped, commits already upstream skipped), with libgit2's on-disk
/// rebase so git itself can continue or abort one that stopped. On a conflict it stops and leaves
/// the repository rebasing; abort() restores the original branch exactly.
class Rebaser
{
public:
    /// The commits a rebase onto `upstream` would rewrite and which of them are published.
    static Result<RebaseOutcome> plan(const Repository &repo, const QString &upstream);
    /// Rebases. With `allowPublished` false a rebase rewriting published commits is refused
    /// (PublishedHistory::RewritesPublished), changing nothing. Refuses local changes to tracked
    /// files and any operation in progress, like git.
    static Result<RebaseOutcome> rebase(const Repository &repo, const QString &upstream, bool allowPublished = false);
    /// `git rebase --continue` of a rebase stopped at a conflict: commits the staged resolution and
    /// replays the rest (stopping again at the next conflict).
    static Result<RebaseOutcome> continueRebase(const Repository &repo);
    /// `git rebase --abort`: the branch, index and working tree as they were before the rebase.
    static Result<void> abort(const Repository &repo);
};

} // namespace gantry
