#pragma once

#include <QString>
#include <QStringList>

namespace gantry {

/// The options git takes before its command (`gantry -C DIR -c name=value --no-pager status`).
/// They are read from argv before anything decides between the command line and the window, then
/// applied to the process — the working folder and GIT_CONFIG_PARAMETERS — so that every command,
/// the window, and the hooks and git processes started from them all see them, as in git.
struct GlobalOptions
{
    enum class Problem { None, MissingDirectory, MissingConfig, BadConfig, CannotEnter };

    /// Reads the options at the start of `arguments` (argv without the program); stops at the
    /// first argument that is not one of them. Never prints: Qt may not be set up yet.
    static GlobalOptions parse(const QStringList &arguments);

    /// Enters the -C folders in turn (a relative one from the one before) and adds the -c
    /// entries to this process's GIT_CONFIG_PARAMETERS. False on a folder that cannot be entered.
    bool apply();

    /// What is wrong, in one line (translated: call it once the application exists).
    QString problemText() const;

    QStringList directories;  // -C, in order
    QStringList configs;      // -c, as given
    bool version = false;     // --version
    bool help = false;        // -h, --help (what follows names the command to explain)
    bool noPager = false;     // --no-pager, -P: gantry never pages, so this changes nothing
    QStringList rest;         // the command and its arguments (or the path to open)

    Problem problem = Problem::None;
    QString problemArgument;  // the option or folder at fault
    QString systemError;      // why a folder could not be entered
};

} // namespace gantry
