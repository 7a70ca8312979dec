#pragma once

#include <QStringList>

namespace gantry {

/// `gantry status [--porcelain[=v1]] [-z] [-b|--branch] [-u<mode>|--untracked-files[=<mode>]]
/// [--ignored] [-C DIR]`: git's porcelain v1 byte for byte, or a short readable summary.
int runStatusCommand(const QStringList &args);

} // namespace gantry
