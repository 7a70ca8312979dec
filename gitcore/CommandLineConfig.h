#pragma once

#include "gitcore/Result.h"

#include <QList>
#include <QString>

#include <git2.h>

namespace gantry {

/// The configuration given for one run on the command line (`gantry -c name=value`, as `git -c`).
/// It lives where git keeps it, in GIT_CONFIG_PARAMETERS — so hooks and git processes started
/// from Gantry see it, and a gantry started by `git -c …` (a hook) sees git's — and every
/// Repository handle reads it as a read-only level above the repository's own configuration.
/// Writes still go to the repository's files: nothing given with -c is ever saved.
class CommandLineConfig
{
public:
    /// One `name=value`; the name normalised as git does (section and key in lower case).
    struct Entry
    {
        QString name;
        QString value;
        bool hasValue = true;  // `-c name` alone means true, as in git
    };

    /// Checks `name=value` (or `name`) by git's rules; the reason when the key is not valid.
    static Result<Entry> parseArgument(const QString &argument);
    /// Appends `entry` to GIT_CONFIG_PARAMETERS in this process's environment (git's quoting).
    static void add(const Entry &entry);
    /// The entries of GIT_CONFIG_PARAMETERS, in order (a later one overrides an earlier one).
    static Result<QList<Entry>> fromEnvironment();

    /// Adds the entries of GIT_CONFIG_PARAMETERS to `repo`'s configuration at
    /// GIT_CONFIG_LEVEL_APP, read-only; nothing when there are none. Returns libgit2's code.
    static int install(git_repository *repo);
};

} // namespace gantry
