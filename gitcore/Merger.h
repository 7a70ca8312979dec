#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QString>
#include <QStringList>

namespace gantry {

/// How a merge of a revision into HEAD would go.
enum class MergeAnalysis {
    UpToDate,         ///< HEAD already contains it: nothing to do
    FastForward,      ///< HEAD is an ancestor of it: the branch can simply move forward
    NeedsMergeCommit, ///< the histories diverged: only a merge commit joins them
    UnbornHead,       ///< HEAD has no commit yet: the branch would start at it (a fast-forward too)
};

/// Whether a merge may create a merge commit. Gantry's default is FastForwardOnly
/// (guards.merge.fast-forward-only, docs/guard-rails.md).
enum class MergeMode { FastForwardOnly, AllowMergeCommit };

/// What a merge did.
struct MergeOutcome
{
    enum class Kind { UpToDate, FastForwarded, MergeCommitted, Conflicted };
    Kind kind = Kind::UpToDate;
    QString revision;        ///< what was merged, as named
    Oid previousHead;        ///< HEAD before (null when unborn): undo moves the branch back here
    Oid head;                ///< HEAD after (Conflicted: unchanged)
    Oid theirs;              ///< the merged commit
    QStringList conflictPaths; ///< Conflicted: the paths left with conflict markers
    QString message;         ///< a sentence to show ("Fast-forwarded main to abc1234")
};

/// Merges a revision into the current branch like `git merge`: fast-forward when it can, a merge
/// commit only when allowed (otherwise NotFastForward), conflicts left in the working tree with
/// MERGE_HEAD as git leaves them. Never overwrites local changes: a merge that would is refused
/// and names the files.
class Merger
{
public:
    /// GitError::code() of a merge refused because it is not a fast-forward (FastForwardOnly).
    static constexpr int NotFastForward = -1201;
    /// GitError::code() of an operation refused because a merge, rebase, cherry-pick … is in progress.
    static constexpr int OperationInProgress = -1202;

    static Result<MergeAnalysis> analyze(const Repository &repo, const QString &revision);
    /// Merges `revision` (a branch, remote-tracking branch, tag or commit) into HEAD.
    static Result<MergeOutcome> merge(const Repository &repo, const QString &revision,
                                      MergeMode mode = MergeMode::FastForwardOnly);
    /// `git merge --abort`: puts back HEAD's contents for the paths the merge touched and leaves
    /// the MERGING state. Other local changes stay.
    static Result<void> abortMerge(const Repository &repo);

    /// git's default merge message: "Merge branch 'x'", "Merge remote-tracking branch 'origin/x'",
    /// "Merge tag 'v1'" or "Merge commit 'rev'", with " into <branch>" unless the branch is main
    /// or master.
    static QString defaultMessage(const Repository &repo, const QString &revision);
    /// Fails with OperationInProgress when the repository is not in its clean state.
    static Result<void> ensureNoOperation(const Repository &repo);
};

} // namespace gantry
