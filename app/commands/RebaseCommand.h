#pragma once

#include <QStringList>

namespace gantry {

/// `gantry rebase [-C DIR] [--allow-rewrite] UPSTREAM | --continue | --abort`: replays the current
/// branch's own commits onto UPSTREAM like git rebase.
/// Exit codes: 0 rebased or up to date, 1 error or conflicts (the rebase stops, --continue or
/// --abort it), 2 usage, 3 refused: it would rewrite published commits (listed).
int runRebaseCommand(const QStringList &args);

} // namespace gantry
