#include "app/PullController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/Pull.h"

namespace gantry {


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
        tr("Pulling…"), [](const Repository &repo, const GitTaskContext &context) { return Pull::run(repo, context.flag()); },
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
