#pragma once

#include "gitcore/Repository.h"
#include "gitcore/Result.h"
#include "gitcore/StatusEntry.h"

#include <QFuture>
#include <QString>
#include <QStringList>

#include <optional>

namespace gantry {

/// Which untracked files to list (git's --untracked-files).
enum class UntrackedMode {
    FromConfig, // status.showUntrackedFiles, else Normal
    No,         // none
    Normal,     // files, and a folder holding only untracked files as "dir/"
    All,        // every untracked file, folders expanded
};

/// How to compute the status; the defaults give what plain `git status` gives.
struct StatusOptions
{
    UntrackedMode untracked = UntrackedMode::FromConfig;
    bool includeIgnored = false;       // git's --ignored (traditional)
    /// HEAD→index rename detection; unset: status.renames, else diff.renames, else on (git's default).
    std::optional<bool> renames;
    /// Index→worktree rename detection, matching deleted tracked files with untracked ones.
    /// git never does this (its porcelain would differ), so it is off by default; a UI may ask.
    bool worktreeRenames = false;
    /// Write refreshed stat data back to the index, as git status does when it can take the lock
    /// (skipped when index.lock is held). Later reads then need not re-hash touched files.
    /// Off by default: a concurrent stage from another thread could be overwritten by a stale index.
    bool refreshIndex = false;
    /// Limit to these git pathspecs (relative to the working tree; a folder covers what is inside); empty: all.
    QStringList paths;
    /// `paths` are file names, not patterns (`*`, `?` and `[` in them are plain characters).
    bool literalPaths = false;
    /// Read the branch, its upstream and the ahead/behind counts (a walk of the history); a
    /// refresh of a few paths that keeps the last snapshot's header does without.
    bool branchInfo = true;
};

/// Reads the working-tree status of a repository with libgit2, entry for entry as `git status`.
class StatusReader
{
public:
    /// The status of `repo` (not bare). Errors: bare repository, unreadable or corrupt index, I/O.
    static Result<StatusSnapshot> read(const Repository &repo, const StatusOptions &options = {});
    /// Opens the repository at `repoPath` on a worker thread (its own handle) and reads the status there.
    static QFuture<Result<StatusSnapshot>> readAsync(const QString &repoPath, const StatusOptions &options = {});

    /// The untracked mode `options` resolves to for `repo` (FromConfig looked up).
    static UntrackedMode effectiveUntrackedMode(const Repository &repo, const StatusOptions &options);
};

} // namespace gantry
