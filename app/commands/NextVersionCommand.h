#pragma once

#include <QStringList>

namespace gantry {

/// `gantry next-version [-C DIR] [--pre ID] [--branch NAME] [REV]`: prints the next semantic
/// version (with the tag prefix) from the conventional commits since the last version tag, as
/// ReleasePlanner decides it for the branch. Nothing to release: prints the current version and
/// exits 3. Not a release branch, or a release branch that cannot release now: prints nothing on
/// stdout, the reasons on stderr, and exits 4.
int runNextVersionCommand(const QStringList &args);

} // namespace gantry
