#pragma once

#include "gitcore/Repository.h"
#include "gitcore/Result.h"
#include "gitcore/StatusEntry.h"

#include <QStringList>

namespace gantry {

/// The GUI's status refresh after the file watcher reported some working-tree paths: only those
/// are read again (their working-tree side; the staged side and the header come from the last
/// snapshot, since the index, HEAD and refs did not change), and folded into the last snapshot.
/// On a 50,000-file worktree a saved file costs a few milliseconds where a full read costs
/// hundreds. Whenever the shortcut could be wrong it reads the whole status instead: conflicts,
/// submodules, renames touching a reported path, untracked folders shown collapsed ("dir/"), a
/// new folder, HEAD moved, or more than a few hundred paths.
class StatusRefresh
{
public:
    /// Most paths folded in; more reads the whole status.
    static constexpr qsizetype MaxPaths = 512;

    /// The status now, given `last` and the working-tree `paths` (files or folders, relative to the
    /// working tree, '/'-separated) that changed since it was read, the index and refs unchanged.
    /// A folder stands for the files directly in it (the watcher reports a folder whose entries
    /// changed; its subfolders report for themselves).
    static Result<StatusSnapshot> refresh(const Repository &repo, const StatusSnapshot &last, const QStringList &paths);

    /// Whether `refresh` took the shortcut the last time in this thread (for tests and the benchmark).
    static bool lastWasPartial();
};

} // namespace gantry
