#include "app/GitTaskRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace gantry {

GitTaskRunner::GitTaskRunner(const QString &repositoryPath, QObject *parent)
    : QObject(parent)
    , m_path(repositoryPath)
{
    // One worker: operations on a repository run in the order they were asked for.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("GitTaskRunner"));
}

GitTaskRunner::~GitTaskRunner()
{
    for (const Task &task : std::as_const(m_tasks))
        task.cancelled->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

QString GitTaskRunner::currentLabel() const
{
    return m_tasks.isEmpty() ? QString() : m_tasks.first().label;
}

bool GitTaskRunner::currentIsCancellable() const
{
    return !m_tasks.isEmpty() && m_tasks.first().cancellable;
}

void GitTaskRunner::cancelAll()
{
    for (const Task &task : std::as_const(m_tasks))
        task.cancelled->store(true);
}

void GitTaskRunner::cancelCancellable()
{
    for (const Task &task : std::as_const(m_tasks))
        if (task.cancellable)
            task.cancelled->store(true);
}

bool GitTaskRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (isBusy())
            QThread::msleep(2);
    }
    return !isBusy();
}

QString GitTaskRunner::cancelledMessage()
{
    return QCoreApplication::translate("gantry::GitTaskRunner", "Cancelled");
}

GitError GitTaskRunner::cancelledError()
{
    return GitError::custom(cancelledMessage(), CancelledCode);
}

quint64 GitTaskRunner::beginTask(const QString &label, bool cancellable, std::shared_ptr<std::atomic<bool>> cancelled)
{
    const quint64 id = m_nextId++;
    m_tasks.append(Task{id, label, cancellable, std::move(cancelled)});
    if (m_tasks.size() == 1)
        Q_EMIT activityChanged();
    return id;
}

void GitTaskRunner::endTask(quint64 id)
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == id) {
            m_tasks.removeAt(i);
            if (i == 0)
                Q_EMIT activityChanged();
            return;
        }
    }
}

} // namespace gantry
