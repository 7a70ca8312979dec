#pragma once

#include "gitcore/Oid.h"
#include "gitcore/PublishedHistory.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QList>
#include <QString>

namespace gantry {

/// `git reset`'s three modes.
enum class ResetMode {
    Soft,  ///< move the branch only: index and working tree keep everything (now staged)
    Mixed, ///< move the branch and reset the index: the changes stay in the working tree, unstaged
    Hard,  ///< move the branch, index and working tree: uncommitted changes are put aside first
};

/// What a reset will do or did.
struct ResetOutcome
{
    ResetMode mode = ResetMode::Mixed;
    QString revision;        ///< the target as named
    QString branch;          ///< HEAD's branch; empty when detached
    Oid previousHead;        ///< where HEAD was: Undo goes back there
    Oid target;              ///< where HEAD is (or would be) afterwards
    QList<Oid> leaving;      ///< commits no longer on the branch afterwards, newest first
    PublishedCommits published; ///< which of `leaving` the upstream already has
    /// Hard only: the DiscardArchive entry holding the uncommitted changes the reset overwrote
    /// (null when there were none); restore() puts them back.
    Oid savedChanges;
    /// Mixed and hard: the tree the index held when it differed from HEAD's (staged changes);
    /// undo() stages them again. Null when nothing was staged or the index had conflicts.
    Oid previousIndex;
    QString message;         ///< a sentence to show ("HEAD is now at abc1234 subject")
};

/// Moves the current branch to another commit like `git reset --soft|--mixed|--hard REV`, saying
/// which commits leave the branch and which of those are published. Nothing is lost: a hard reset
/// first saves the uncommitted changes it overwrites in the DiscardArchive, and the previous HEAD
/// is kept for undo().
class Reset
{
public:
    /// What reset() would do (leaving and published commits); changes nothing.
    static Result<ResetOutcome> plan(const Repository &repo, const QString &revision, ResetMode mode);
    /// Resets. With `allowPublished` false a reset that drops published commits is refused with
    /// PublishedHistory::RewritesPublished, changing nothing.
    static Result<ResetOutcome> reset(const Repository &repo, const QString &revision, ResetMode mode,
                                      bool allowPublished = false);
    /// Undoes a reset: the branch goes back to outcome.previousHead (same mode), a hard reset's
    /// saved changes are written back to the working tree, and what was staged is staged again.
    static Result<void> undo(const Repository &repo, const ResetOutcome &outcome);
};

} // namespace gantry
