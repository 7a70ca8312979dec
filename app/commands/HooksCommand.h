#pragma once

#include <QStringList>

namespace gantry {

/// `gantry hooks install [-C DIR]`: installs the commit-msg hook running `gantry commit-lint`,
/// chaining an existing hook (kept as commit-msg.local).
int runHooksCommand(const QStringList &args);

} // namespace gantry
