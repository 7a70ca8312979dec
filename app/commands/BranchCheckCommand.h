#pragma once

#include <QStringList>

namespace gantry {

/// `gantry branch-check [-C DIR] [NAME]`: the branch policy's verdict on NAME (or the checked-out
/// branch) — exit 0 when it fits, 1 when not, 2 on usage errors. For hooks and CI.
int runBranchCheckCommand(const QStringList &args);

} // namespace gantry
