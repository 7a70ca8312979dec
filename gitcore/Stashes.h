#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>

namespace gantry {

/// One entry of the stash list (stash@{index}).
struct StashInfo
{
    int index = 0;
    /// The message as `git stash list` prints it after "stash@{n}: " ("WIP on main: abc123 subject",
    /// "On main: my message").
    QString message;
    Oid commit;           // the stash commit (what stash@{n} resolves to)
    QString branch;       // the branch it was made on ("main"; "(no branch)" when detached)
    QDateTime time;
    bool hasUntracked = false; // the stash includes untracked files (a third parent)
};

using StashList = QList<StashInfo>;

struct StashSaveOptions
{
    QString message;              // empty: git's "WIP on <branch>: <id> <subject>"
    bool includeUntracked = false;
    bool keepIndex = false;
};

/// What applying a stash did. `conflicted` means the stash was applied with conflicts
/// (then it is never dropped) and `conflictPaths` names the files.
struct StashApplyOutcome
{
    Oid stashCommit;
    bool conflicted = false;
    QStringList conflictPaths;
    bool dropped = false;
};

/// A dropped stash: its commit stays in the object database until pruned, so store() puts it back.
struct DroppedStash
{
    Oid commit;
    QString message;
};

/// Saves, lists, applies, pops and drops stashes, as `git stash` does.
class Stashes
{
public:
    /// GitError::code() when there is nothing to stash (git: "No local changes to save").
    static constexpr int NothingToStash = -1003;

    /// A flag the caller may set from another thread to stop save/apply/pop where that is safe:
    /// the operation then fails with GitError::cancelled() and nothing has changed.
    using CancelFlag = const std::atomic<bool> *;

    static Result<StashList> list(const Repository &repo);
    /// Stashes local changes; returns the new stash commit (now stash@{0}). libgit2 1.5 offers no
    /// way into a running save, so `cancel` is only looked at before it starts.
    static Result<Oid> save(const Repository &repo, const StashSaveOptions &options = {}, CancelFlag cancel = nullptr);
    /// Applies stash@{index}. Local changes in the way of the stash make it fail untouched
    /// (GitError::isConflict()); conflicting content is applied with conflicts and reported.
    /// `reinstateIndex` restores the staged state too (`git stash apply --index`). `cancel` is
    /// polled while the stash is loaded and merged in memory, up to the first file written.
    static Result<StashApplyOutcome> apply(const Repository &repo, int index, bool reinstateIndex = false,
                                           CancelFlag cancel = nullptr);
    /// apply(), then drop the stash only when it applied cleanly.
    static Result<StashApplyOutcome> pop(const Repository &repo, int index, bool reinstateIndex = false,
                                         CancelFlag cancel = nullptr);
    /// Drops stash@{index}; the result lets store() put it back.
    static Result<DroppedStash> drop(const Repository &repo, int index);
    /// Puts a stash commit back on the stash list as stash@{0} (`git stash store -m message commit`).
    static Result<void> store(const Repository &repo, const Oid &commit, const QString &message);

    /// The branch name in a stash message ("WIP on main: …", "On main: …"), empty when none.
    static QString branchFromMessage(const QString &message);
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::StashInfo)
