#pragma once

#include "gitcore/GuardRailConfig.h"
#include "gitcore/Oid.h"
#include "gitcore/RemoteTransfer.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

namespace gantry {

/// What the guard rails say about a push about to be made (see docs/remotes.md).
struct PushGuardReport
{
    PushRequest request;          ///< with its defaults filled in
    QString trackingRef;          ///< "refs/remotes/origin/main"; empty when no refspec maps the branch
    Oid local;                    ///< the commit to push
    Oid tracking;                 ///< where we last saw the remote branch; null: not there (or never fetched)
    bool protectedBranch = false; ///< the remote branch is protected (protected-branches)
    GuardRailConfig::ProtectionMode mode = GuardRailConfig::ProtectionMode::Confirm;
    bool fastForward = true;      ///< `local` contains `tracking`: a plain push will do
    int commitsToPush = 0;        ///< commits of `local` the remote branch does not have (as last seen)
    int commitsToReplace = 0;     ///< commits of the remote branch a rewrite drops (as last seen)
    QList<ConfigProblem> problems; ///< problems in .gantry/conventions.yml

    bool upToDate() const { return local == tracking; }
    /// Only force-with-lease can make this push.
    bool rewrites() const { return !fastForward; }
    bool refused() const { return protectedBranch && mode == GuardRailConfig::ProtectionMode::Refuse; }
};

/// The push-time guard rails: a protected target branch, and whether the push would rewrite the
/// remote branch. Works from the remote-tracking ref (no network); changes nothing.
class PushGuard
{
public:
    static Result<PushGuardReport> check(const Repository &repo, const PushRequest &request);
    /// Same with a configuration already read.
    static Result<PushGuardReport> check(const Repository &repo, const PushRequest &request,
                                         const GuardRailConfig &config);
};

} // namespace gantry
