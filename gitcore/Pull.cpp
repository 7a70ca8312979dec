#include "gitcore/Pull.h"

#include "gitcore/Branches.h"
#include "gitcore/RemoteTransfer.h"

#include <QCoreApplication>

namespace gantry {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Pull)
};
} // namespace

Result<PullOutcome> Pull::run(const Repository &repo, const std::atomic<bool> *cancel)
{
    const QString branch = repo.headBranch();
    if (branch.isEmpty())
        return GitError::custom(Tr::tr("HEAD is not on a branch: check out a branch to pull"));
    auto info = Branches::local(repo, branch);
    if (!info)
        return info.error();
    if (info->upstream.isEmpty())
        return GitError::custom(Tr::tr("%1 has no upstream: push it with \"set upstream\" first, or set one").arg(branch));
    if (info->remote.isEmpty())
        return GitError::custom(Tr::tr("%1 follows the local branch %2: there is nothing to fetch").arg(branch, info->upstream));
    auto fetched = RemoteTransfer::fetch(repo, info->remote, cancel);
    if (!fetched)
        return fetched.error();
    PullOutcome outcome;
    outcome.upstream = info->upstream;
    auto merged = Merger::merge(repo, info->upstream, MergeMode::FastForwardOnly);
    if (!merged) {
        if (merged.error().code() != Merger::NotFastForward)
            return merged.error();
        outcome.diverged = true;
        outcome.divergedMessage = merged.errorMessage();
        return outcome;
    }
    outcome.merge = *merged;
    return outcome;
}

} // namespace gantry
