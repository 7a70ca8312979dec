#pragma once

#include <QStringList>

namespace gantry {

/// `gantry push [-C DIR] [--force-with-lease] [--set-upstream] [--allow-protected] [REMOTE [BRANCH]]`:
/// pushes BRANCH (default: the current one) to REMOTE, to the branch of the same name (or its
/// upstream's). A rewrite needs --force-with-lease; there is no plain force. A protected target
/// branch is refused unless --allow-protected, and always in refuse mode (docs/remotes.md).
int runPushCommand(const QStringList &args);

} // namespace gantry
