#pragma once

#include "gitcore/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace gantry {

class Repository;

/// What the commit composer suggests for a repository: the scopes its history's conventional
/// subjects use (most frequent first, the more recent first among equals), scopes derived from
/// the changed paths (top folder or module name), and co-authors (`Name <email>`) from the
/// authors of recent commits. read() walks history: call it off the UI thread.
class ConventionSuggestions
{
public:
    /// How many commits read() looks at, newest first.
    static constexpr int DefaultCommitLimit = 2000;

    /// Scopes and co-authors from the last `commitLimit` commits reachable from HEAD (none on an
    /// unborn branch). `excludeEmail` (the user's own) is left out of the co-authors. Stops
    /// early, with what it has, when `cancel` becomes true.
    static Result<ConventionSuggestions> read(const Repository &repo, int commitLimit = DefaultCommitLimit,
                                              const QString &excludeEmail = {},
                                              const std::atomic<bool> *cancel = nullptr);

    /// Scopes for changes to `paths` (repository-relative, "/"-separated): the top folder, or
    /// the folder below a container such as src/, lib/, packages/ or apps/; a file at the root
    /// gives its name without extension. Lower case, leading dots dropped, order of first use.
    static QStringList scopesFromPaths(const QStringList &paths);

    /// Scopes from history, ranked.
    QStringList historyScopes;
    /// Distinct authors as `Name <email>`, the most frequent first.
    QStringList coAuthors;
    /// How many commits were read.
    int commitsRead = 0;

    /// `pathScopes` first, then the history's scopes not among them.
    QStringList scopesFor(const QStringList &pathScopes) const;
};

} // namespace gantry
