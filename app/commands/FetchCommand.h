#pragma once

#include <QStringList>

namespace gantry {

/// `gantry fetch [-C DIR] [--prune] [REMOTE]`: fetches REMOTE (default: the current branch's
/// upstream remote, else origin) like `git fetch`, and prints each ref it changed.
int runFetchCommand(const QStringList &args);

} // namespace gantry
