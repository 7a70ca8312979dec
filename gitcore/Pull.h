#pragma once

#include "gitcore/Merger.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QString>

#include <atomic>

namespace gantry {

/// What a pull did.
struct PullOutcome
{
    QString upstream;          ///< the branch's upstream ("origin/main")
    MergeOutcome merge;        ///< the fast-forward (or UpToDate)
    bool diverged = false;     ///< fetched, but the branch has commits the upstream lacks: not merged
    QString divergedMessage;   ///< Merger's sentence saying so
};

/// `git pull --ff-only`, the only pull the team rules allow: fetch the current branch's upstream
/// remote (RemoteTransfer), then fast-forward to the upstream (Merger, FastForwardOnly). A
/// diverged branch is fetched and left alone (PullOutcome::diverged): merging or rebasing it is
/// the user's call.
class Pull
{
public:
    static Result<PullOutcome> run(const Repository &repo, const std::atomic<bool> *cancel = nullptr);
};

} // namespace gantry
