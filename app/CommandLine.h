#pragma once

#include <QStringList>

namespace gantry {

/// The headless command line: `gantry <command> [options]` runs with QCoreApplication,
/// prints to stdout, reports a failure as one line on stderr and a non-zero exit code.
class CommandLine
{
public:
    /// True when argv names a command (or --version/--help) rather than a repository to open.
    static bool isHeadless(int argc, char **argv);
    /// Runs the command in `args` (program name excluded); returns the process exit code.
    static int run(const QStringList &args);
};

} // namespace gantry
