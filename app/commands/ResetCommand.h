#pragma once

#include <QStringList>

namespace gantry {

/// `gantry reset [-C DIR] [--soft|--mixed|--hard] [--allow-rewrite] REV`: moves the current branch
/// like git reset. A hard reset saves the uncommitted changes it overwrites in refs/gantry/discarded.
/// Exit codes: 0 done, 1 error, 2 usage, 3 refused: it would drop published commits (listed).
int runResetCommand(const QStringList &args);

} // namespace gantry
