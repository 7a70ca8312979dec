#pragma once

#include <QStringList>

namespace gantry {

/// `gantry stage [-C DIR] FILE[:A-B]...`: stages whole files, or only the changed lines A–B of
/// the working-tree version (see Staging::stageLineRange for which deleted lines belong to a range).
int runStageCommand(const QStringList &args);

/// `gantry unstage [-C DIR] FILE[:A-B]...`: unstages whole files, or only the staged lines A–B of
/// the index version.
int runUnstageCommand(const QStringList &args);

} // namespace gantry
