#pragma once

#include <QStringList>

namespace gantry {

/// `gantry merge [-C DIR] [--allow-merge-commit] REV | --abort`: merges REV into the current branch,
/// fast-forward only unless allowed (by the flag or guards.merge.fast-forward-only: false).
/// Exit codes: 0 merged or up to date, 1 error or conflicts (the repository is left merging),
/// 2 usage, 3 refused: not a fast-forward.
int runMergeCommand(const QStringList &args);

} // namespace gantry
