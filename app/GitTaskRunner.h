#pragma once

#include "gitcore/GitError.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace gantry {

/// What a running task can ask about itself: whether the user cancelled it.
class GitTaskContext
{
public:
    explicit GitTaskContext(std::shared_ptr<std::atomic<bool>> cancelled) : m_cancelled(std::move(cancelled)) {}
    bool isCancelled() const { return m_cancelled->load(); }
    /// The flag itself, for gitcore calls that poll one (CommitRequest::cancel).
    const std::atomic<bool> *flag() const { return m_cancelled.get(); }

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

/// Runs gitcore operations for one repository off the UI thread, one after the other (so a
/// stage is always seen by the status read queued after it), and hands each result back on
/// the UI thread. Reports what is running for the status bar's progress indicator.
class GitTaskRunner : public QObject
{
    Q_OBJECT
public:
    explicit GitTaskRunner(const QString &repositoryPath, QObject *parent = nullptr);
    /// Cancels what is queued or running and waits for the worker: no callback runs afterwards.
    ~GitTaskRunner() override;

    QString repositoryPath() const { return m_path; }

    /// Runs `work` on the worker with a repository handle of its own, then `done(result)` on
    /// this object's thread. `work` takes (const Repository &) or (const Repository &, const
    /// GitTaskContext &) and returns a Result<T>; `done` takes that Result. `label` is shown in
    /// the status bar while the task runs. A cancellable task gets a Cancel button (cancelCancellable());
    /// its `done` is always called: when cancelled before it started, or when `work` stopped on
    /// GitTaskContext::isCancelled(), with an error isCancellation() recognises — `work` that could
    /// no longer stop safely returns what it did. A task cancelled by cancelAll() or the destructor
    /// that is not cancellable never calls back.
    template <typename Work, typename Done>
    void run(const QString &label, Work work, Done done, bool cancellable = false)
    {
        using ResultType = decltype(invokeWork(work, std::declval<const Repository &>(),
                                               std::declval<const GitTaskContext &>()));
        auto cancelled = std::make_shared<std::atomic<bool>>(false);
        const quint64 id = beginTask(label, cancellable, cancelled);
        auto doneHolder = std::make_shared<Done>(std::move(done));
        m_pool.start([this, path = m_path, work = std::move(work), doneHolder, cancelled, id, cancellable]() mutable {
            auto result = std::make_shared<std::optional<ResultType>>();
            {
                Result<Repository> repo = Repository::open(path);
                if (!repo)
                    result->emplace(repo.error());
                else if (cancelled->load())
                    result->emplace(cancelledError());
                else
                    result->emplace(invokeWork(work, repo.value(), GitTaskContext(cancelled)));
            }
            QMetaObject::invokeMethod(
                this,
                [this, id, cancelled, doneHolder, result, cancellable]() {
                    endTask(id);
                    if (cancellable || !cancelled->load())
                        (*doneHolder)(std::move(**result));
                },
                Qt::QueuedConnection);
        });
    }

    /// True while a task is queued or running.
    bool isBusy() const { return !m_tasks.isEmpty(); }
    /// The label of the oldest task still queued or running; empty when idle.
    QString currentLabel() const;
    /// Whether the oldest task can be cancelled.
    bool currentIsCancellable() const;
    /// Cancels every queued or running task (the callbacks of those not cancellable will not run).
    void cancelAll();
    /// Cancels the queued and running tasks marked cancellable (the Cancel button); the others
    /// run as asked.
    void cancelCancellable();
    /// Blocks until every queued task has run and its callback was delivered (for tests and shutdown).
    bool waitForIdle(int timeoutMs = 30000);

    /// GitError::code() of a task that was cancelled (before it started, or stopped by its work).
    static constexpr int CancelledCode = GitError::Cancelled;
    /// The message a task gets when it is cancelled.
    static QString cancelledMessage();
    /// The error a cancelled task's work returns (code CancelledCode).
    static GitError cancelledError();
    static bool isCancellation(const GitError &error) { return error.code() == CancelledCode; }

Q_SIGNALS:
    /// Emitted when the runner goes from idle to busy and back, and when the current task changes.
    void activityChanged();

private:
    struct Task
    {
        quint64 id = 0;
        QString label;
        bool cancellable = false;
        std::shared_ptr<std::atomic<bool>> cancelled;
    };

    template <typename Work>
    static auto invokeWork(Work &work, const Repository &repo, const GitTaskContext &context)
    {
        if constexpr (std::is_invocable_v<Work &, const Repository &, const GitTaskContext &>)
            return work(repo, context);
        else
            return work(repo);
    }

    quint64 beginTask(const QString &label, bool cancellable, std::shared_ptr<std::atomic<bool>> cancelled);
    void endTask(quint64 id);

    QString m_path;
    QThreadPool m_pool;
    QList<Task> m_tasks;
    quint64 m_nextId = 1;
};

} // namespace gantry
