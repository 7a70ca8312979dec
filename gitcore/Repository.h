#pragma once

#include "gitcore/GitPtr.h"
#include "gitcore/Oid.h"
#include "gitcore/Result.h"

#include <QString>

namespace gantry {

/// What a repository is in the middle of (mirrors git_repository_state_t).
enum class RepositoryState {
    Clean,
    Merge,
    Revert,
    RevertSequence,
    CherryPick,
    CherryPickSequence,
    Bisect,
    Rebase,
    RebaseInteractive,
    RebaseMerge,
    ApplyMailbox,
    ApplyMailboxOrPatch,
};

/// An open Git repository: owns its git_repository handle and answers questions about it.
/// Not thread-safe (like libgit2's handle): worker threads call reopen() for a handle of their own.
class Repository
{
public:
    /// Opens the repository containing `path`, searching upward from it as git does.
    static Result<Repository> open(const QString &path);
    /// Opens exactly `path` (a worktree or a .git folder), without searching upward.
    static Result<Repository> openExact(const QString &path);
    /// Creates a repository at `path` (bare or not) with `initialBranch` as HEAD's unborn branch
    /// (empty: init.defaultBranch from config, else "master", as git does).
    static Result<Repository> init(const QString &path, bool bare = false, const QString &initialBranch = {});

    Repository(Repository &&) noexcept = default;
    Repository &operator=(Repository &&) noexcept = default;

    /// A second, independent handle on the same repository (for another thread).
    Result<Repository> reopen() const;

    git_repository *raw() const { return m_repo.get(); }

    /// The working tree, without a trailing slash; empty for a bare repository.
    QString workdir() const;
    /// The .git folder (or the worktree's private git folder), without a trailing slash.
    QString gitDir() const;
    /// The folder shared by all worktrees (objects, refs), without a trailing slash.
    QString commonDir() const;
    /// A name to show for the repository: the working tree's (or bare folder's) base name.
    QString displayName() const;

    bool isBare() const;
    bool isWorktree() const;   // a linked worktree (git worktree add)
    bool isShallow() const;
    bool isHeadUnborn() const; // HEAD names a branch with no commit yet
    bool isHeadDetached() const;
    RepositoryState state() const;
    /// A sentence for state() ("A merge is in progress"), empty when Clean.
    static QString describeState(RepositoryState state);

    /// The branch HEAD names ("main"), even when unborn; empty when detached.
    QString headBranch() const;
    /// The commit HEAD points at; null when unborn.
    Oid headCommit() const;
    /// Reads HEAD's commit and its tree. An operation that failed calls this to say why when
    /// libgit2's own message hides it (a failed peel reports "cannot be peeled", not the corrupt
    /// object): the error names the unreadable object. Succeeds when unborn.
    Result<void> checkHeadReadable() const;

    /// The repository's configuration (all levels, as git reads it).
    Result<ConfigPtr> config() const;
    /// A config string, or `fallback` when unset.
    QString configString(const QString &key, const QString &fallback = {}) const;
    bool configBool(const QString &key, bool fallback) const;

    /// The index, loaded fresh from disk (a damaged index file is an error: checkIndexFile()).
    Result<IndexPtr> index() const;
    /// Whether `.git/index` can be an index: absent (nothing staged yet) or at least a header and
    /// a checksum with git's signature. libgit2 takes an empty or truncated file for "no index";
    /// git and Gantry say it is damaged.
    Result<void> checkIndexFile() const;

    /// Why the HEAD file in `gitDir` does not make it a repository, as git's validate_headref()
    /// decides (a symlink or "ref: refs/…" or an object id); empty when it is fine.
    static QString headFileProblem(const QString &gitDir);

private:
    explicit Repository(RepositoryPtr repo) : m_repo(std::move(repo)) {}
    static Result<Repository> openWithFlags(const QString &path, unsigned flags);

    RepositoryPtr m_repo;
    /// Whether index() loaded the index already: the first load reads the file; later calls
    /// read it again (forced), as another process may have changed it in the same tick.
    mutable bool m_indexLoaded = false;
};

} // namespace gantry
