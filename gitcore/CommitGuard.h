#pragma once

#include "gitcore/GuardRailConfig.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QString>

namespace gantry {

/// What the guard rails say about a commit about to be made (see docs/guard-rails.md).
struct CommitGuardReport
{
    QString branch;              ///< HEAD's branch; empty when detached
    bool protectedBranch = false;
    GuardRailConfig::ProtectionMode mode = GuardRailConfig::ProtectionMode::Confirm;
    /// Amending a commit its upstream already holds: the push after it rewrites published history.
    /// Always computed; rewriteMode says what to do about it (off: nothing).
    bool amendsPublished = false;
    GuardRailConfig::RewriteMode rewriteMode = GuardRailConfig::RewriteMode::Confirm;
    QString upstream;            ///< the branch's upstream ("origin/main"), empty when none
    int changedLines = 0;        ///< lines added + deleted by the commit (amend: against HEAD's parent)
    int largeCommitLines = 0;    ///< the configured limit (0: off)
    QList<ConfigProblem> problems; ///< problems in .gantry/conventions.yml

    bool isLarge() const { return largeCommitLines > 0 && changedLines > largeCommitLines; }
};

/// The commit-time guard rails: protected branches, amending published commits, and the large
/// commit hint. Reads the repository's GuardRailConfig; changes nothing.
class CommitGuard
{
public:
    static Result<CommitGuardReport> check(const Repository &repo, bool amend);
    /// Same with a configuration already read (tests, callers that hold one).
    static Result<CommitGuardReport> check(const Repository &repo, bool amend, const GuardRailConfig &config);
};

} // namespace gantry
