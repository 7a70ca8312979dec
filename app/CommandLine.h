#pragma once

#include <QString>
#include <QStringList>

namespace gantry {

struct GlobalOptions;

/// The headless command line: `gantry [global options] <command> [options]` runs with
/// QCoreApplication, prints to stdout, reports a failure as one line on stderr and a non-zero
/// exit code. It also decides which arguments are for it and which open the window.
class CommandLine
{
public:
    /// True when the arguments name a command, help or the version, are a bad global option, or
    /// are a word that is neither a command nor a path (reported as an unknown command);
    /// false when they are a repository to open (or nothing), which the window does.
    static bool isHeadless(const GlobalOptions &options);
    /// Runs what `options` asks (its `rest`: the command and its arguments); returns the exit code.
    static int run(const GlobalOptions &options);
    /// The one-line summary of `command` shown in the help, or empty when it is not a command.
    static QString summary(const QString &command);
};

} // namespace gantry
