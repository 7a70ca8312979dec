#include "app/PullController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/Branches.h"
#include "gitcore/Merger.h"
#include "gitcore/RemoteTransfer.h"

#include <QCoreApplication>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::PullController)
};

/// What a pull did, for the message bar.
struct PullOutcome
{
    QString upstream;
    MergeOutcome merge;
    bool diverged = false;
    QString divergedMessage;
};

Result<PullOutcome> runPull(const Repository &repo, const GitTaskContext &context)
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
    auto fetched = RemoteTransfer::fetch(repo, info->remote, context.flag());
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

} // namespace

PullController::PullController(GitTaskRunner *runner, MessageBar *messages, QObject *parent)
    : QObject(parent), m_runner(runner), m_messages(messages)
{
}

void PullController::pull()
{
    if (m_busy)
        return;
    m_busy = true;
    m_runner->run(
        tr("Pulling…"), runPull,
        [this](const Result<PullOutcome> &result) {
            m_busy = false;
            if (!result) {
                if (m_messages)
                    m_messages->showMessage(result.error().isCancelled() ? MessageBar::Kind::Information : MessageBar::Kind::Error,
                                            result.error().isCancelled() ? tr("Pull cancelled.")
                                                                         : tr("Pull failed: %1").arg(result.errorMessage()));
                Q_EMIT finished(false);
                return;
            }
            Q_EMIT changed();
            if (result->diverged) {
                const QString upstream = result->upstream;
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Information,
                                            tr("Fetched, but not merged: %1 Pull only fast-forwards.").arg(result->divergedMessage),
                                            tr("Rebase onto %1").arg(upstream), [this, upstream] { Q_EMIT rebaseRequested(upstream); });
                Q_EMIT diverged(upstream);
                Q_EMIT finished(false);
                return;
            }
            if (m_messages) {
                const bool upToDate = result->merge.kind == MergeOutcome::Kind::UpToDate;
                m_messages->showMessage(MessageBar::Kind::Success,
                                        upToDate ? tr("Pulled: already up to date with %1.").arg(result->upstream)
                                                 : tr("Pulled: %1").arg(result->merge.message));
            }
            Q_EMIT finished(true);
        },
        true);
}

} // namespace gantry
