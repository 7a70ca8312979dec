#pragma once

#include <QStringList>

namespace gantry {

/// `gantry next-version [-C DIR] [--pre ID] [REV]`: prints the next semantic version (with the
/// tag prefix) from the conventional commits since the last version tag. Nothing to release:
/// prints the current version and exits 3.
int runNextVersionCommand(const QStringList &args);

} // namespace gantry
