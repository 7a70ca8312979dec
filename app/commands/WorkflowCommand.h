#pragma once

#include <QStringList>

namespace gantry {

/// `gantry workflow check FILE...` (findings as FILE:LINE:COL: error|warning: MESSAGE [RULE];
/// exit 1 on any error), `gantry workflow graph FILE [--json]` (triggers and jobs with their
/// needs, matrix count, runs-on, environment and step count). See docs/cli.md.
int runWorkflowCommand(const QStringList &args);

} // namespace gantry
