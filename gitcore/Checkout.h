#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace gantry {

/// What a checkout did, for the status bar and for undo ("switch back to `previous`").
struct CheckoutOutcome
{
    /// Where HEAD was and is now: a branch short name, or an abbreviated id when detached.
    QString previous;
    QString current;
    Oid commit;                  // the commit now checked out
    bool detached = false;       // HEAD is now detached
    /// A local branch created to track the remote-tracking branch that was asked for.
    QString createdBranch;
    /// switchWithStash only: a stash was made (its id), and whether re-applying it conflicted —
    /// then the stash is kept (stash@{0}) and conflictPaths lists the paths in conflict.
    bool stashed = false;
    Oid stashCommit;
    bool stashConflicted = false;
    QStringList conflictPaths;
    /// A sentence to show: "Switched to branch 'x'", or what to do about a kept stash.
    QString message;
};

/// Switches HEAD to a branch or commit like `git switch` / `git checkout`, never overwriting
/// local changes: a checkout that would lose them fails and names the files in the way.
///
/// Every switch takes an optional `cancel` flag, polled while libgit2 works out what to change
/// (before it writes anything). Set, it stops the switch with GitError::cancelled() and HEAD,
/// index and working tree as they were; once files are being written the switch runs to its end,
/// so a cancelled switch leaves the repository either untouched or fully switched, never between.
class Checkout
{
public:
    using CancelFlag = const std::atomic<bool> *;

    /// Switches to `target`: a local branch ("main", "refs/heads/main"), a remote-tracking branch
    /// ("origin/main" — creates and checks out a local "main" tracking it, as `git switch main`
    /// would, unless a local "main" exists: then that one is checked out), or a remote branch's
    /// name alone ("feature") when exactly one remote has it. Anything else fails; use detach().
    /// Writes "checkout: moving from A to B" to HEAD's reflog.
    static Result<CheckoutOutcome> switchTo(const Repository &repo, const QString &target, CancelFlag cancel = nullptr);
    /// Detaches HEAD at the commit `revision` resolves to.
    static Result<CheckoutOutcome> detach(const Repository &repo, const QString &revision, CancelFlag cancel = nullptr);
    /// Like switchTo() (or detach() when `detachAt`), but first stashes local changes (untracked
    /// files included), then re-applies and drops the stash on the new branch. When re-applying
    /// conflicts the stash is kept and the outcome says so. When the switch itself fails the stash
    /// is restored where it was made.
    /// Cancelled before the stash is made, nothing changes; cancelled while switching, the stash
    /// is popped back where it was made.
    static Result<CheckoutOutcome> switchWithStash(const Repository &repo, const QString &target,
                                                   bool detachAt = false, CancelFlag cancel = nullptr);

    /// The working-tree paths (tracked changes, and untracked files) that checking out
    /// `revision` would overwrite; empty when the checkout is safe.
    static Result<QStringList> blockingPaths(const Repository &repo, const QString &revision);
};

} // namespace gantry
