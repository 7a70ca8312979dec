#pragma once

#include <QStringList>

namespace gantry {

/// `gantry log [-C DIR] [--all] [--max-count N | -n N | -N] [--graph] [--oneline]
/// [--format FMT | --format=FMT | --pretty=format:FMT | --pretty=tformat:FMT] [REV...]`:
/// the history in git's graph order, formatted byte for byte as `git log` does.
int runLogCommand(const QStringList &args);

} // namespace gantry
