#pragma once

#include <QStringList>

namespace gantry {

/// `gantry commit [-C DIR] -m MSG [-m MSG2…] | -F FILE [--amend] [-s|--signoff] [--allow-empty]
/// [--no-verify] [--cleanup=MODE]`: commits the index like git (hooks included) and prints
/// git's "[main abc1234] subject" line.
int runCommitCommand(const QStringList &args);

} // namespace gantry
