#pragma once

#include <QStringList>

namespace gantry {

/// `gantry commit-lint [--config FILE] [-C DIR] [--edit] [FILE|-]`: lints a commit message like
/// commitlint and prints "LINE:COL: error|warning: <rule>: <message>" per finding. Exit 0 without
/// errors, 1 with, 2 on usage errors.
int runCommitLintCommand(const QStringList &args);

} // namespace gantry
