#pragma once

#include "gitcore/BranchInfo.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QString>

namespace gantry {

/// What is left of a deleted branch: enough to recreate it exactly ("Undo").
struct DeletedBranch
{
    QString name;      // short name, "feature/x"
    Oid lastCommit;    // the commit it pointed at
    QString upstream;  // its upstream's short name ("origin/main"), empty if none
};

/// Lists, creates, renames, deletes local branches and sets their upstreams, as `git branch` does.
/// Every function works on the repository it is given, on the calling thread.
class Branches
{
public:
    /// GitError::code() of a delete refused because the branch is not fully merged.
    static constexpr int NotFullyMerged = -1001;

    enum class Which { Local = 1, RemoteTracking = 2, All = 3 };

    /// Branches sorted by name (local first, then remote-tracking), each with its upstream,
    /// ahead/behind and "gone" state, like `git for-each-ref refs/heads refs/remotes`.
    static Result<BranchList> list(const Repository &repo, Which which = Which::All);
    /// One local branch by short name.
    static Result<BranchInfo> local(const Repository &repo, const QString &name);

    /// Empty when `name` is a valid branch name; otherwise a sentence saying why it is not
    /// (libgit2's git_branch_name_is_valid verdict). Cheap: suitable for live validation.
    static QString nameProblem(const QString &name);
    /// nameProblem() plus "a branch named X already exists" for an existing branch.
    static QString nameProblem(const Repository &repo, const QString &name);

    /// Creates `name` at the commit `startPoint` resolves to (any revision: "HEAD", "origin/x",
    /// "v1.0", an id). Refuses an existing name unless `force` (never the checked-out branch).
    static Result<BranchInfo> create(const Repository &repo, const QString &name,
                                     const QString &startPoint = QStringLiteral("HEAD"), bool force = false);
    /// Renames a local branch, moving its config section (upstream included) and, when it is
    /// checked out, HEAD with it, as `git branch -m` does. `force` overwrites an existing `newName`.
    static Result<BranchInfo> rename(const Repository &repo, const QString &oldName, const QString &newName,
                                     bool force = false);
    /// Deletes a local branch. Refuses the checked-out branch always, and a branch not merged
    /// into its upstream (or HEAD when it has none) unless `force` — that error has code
    /// NotFullyMerged. The result carries what restore() needs.
    static Result<DeletedBranch> remove(const Repository &repo, const QString &name, bool force = false);
    /// Recreates a deleted branch at its last commit, with its upstream when that still resolves.
    static Result<BranchInfo> restore(const Repository &repo, const DeletedBranch &deleted);

    /// Sets the upstream of local `branch` to `upstream` (a remote-tracking short name such as
    /// "origin/main", or a local branch). An empty `upstream` unsets it (`--unset-upstream`).
    static Result<void> setUpstream(const Repository &repo, const QString &branch, const QString &upstream);

    /// Whether the commit of `branch` is reachable from `into` (a revision).
    static Result<bool> isMergedInto(const Repository &repo, const Oid &branchCommit, const Oid &into);
};

} // namespace gantry
