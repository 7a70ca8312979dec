#pragma once

#include "gitcore/HistoryGraph.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace gantry {

/// Which history to show.
struct HistoryQuery
{
    bool allRefs = true;     // every branch, remote-tracking branch and tag, plus HEAD
    QStringList revisions;   // used when !allRefs: revisions as git understands them ("main", "v1.0", a sha)
    int maxCount = -1;       // -1: no limit
    int batchSize = 500;     // rows per batchReady
};

/// Loads a repository's history with its graph lanes on a worker thread and publishes it in
/// batches, so the first rows show long before the whole history is walked.
/// Create it on the UI thread; batchReady/finished/failed arrive there (queued).
class HistoryLoader : public QObject
{
    Q_OBJECT
public:
    HistoryLoader(const QString &repositoryPath, const HistoryQuery &query, QObject *parent = nullptr);
    ~HistoryLoader() override;  // cancels and waits for the worker

    /// Starts loading (once). Rows of each batch continue the rows of the previous batch.
    void start();
    /// Asks the worker to stop; no signal is emitted after it returns.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void batchReady(const gantry::HistoryGraph &batch);
    void finished(int totalRows);
    void failed(const QString &message);

private:
    struct Worker;
    QString m_path;
    HistoryQuery m_query;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::unique_ptr<Worker> m_worker;
};

} // namespace gantry
