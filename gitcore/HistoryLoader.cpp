#include "gitcore/HistoryLoader.h"

#include "gitcore/LaneLayout.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "gitcore/TopoOrderWalker.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <thread>

namespace gantry {

/// The worker thread and what it shares with the loader.
struct HistoryLoader::Worker
{
    std::thread thread;
    std::atomic<bool> running{false};
};

HistoryLoader::HistoryLoader(const QString &repositoryPath, const HistoryQuery &query, QObject *parent)
    : QObject(parent)
    , m_path(repositoryPath)
    , m_query(query)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

HistoryLoader::~HistoryLoader()
{
    cancel();
    if (m_worker && m_worker->thread.joinable())
        m_worker->thread.join();
}

bool HistoryLoader::isRunning() const
{
    return m_worker && m_worker->running.load();
}

void HistoryLoader::cancel()
{
    m_cancelled->store(true);
}

void HistoryLoader::start()
{
    if (m_worker)
        return;
    m_worker = std::make_unique<Worker>();
    m_worker->running = true;
    const QString path = m_path;
    const HistoryQuery query = m_query;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    Worker *worker = m_worker.get();

    // Results cross to the loader's thread as queued calls; each checks the cancel flag there,
    // so nothing is emitted once cancel() has returned (and nothing at all after destruction).
    auto post = [this, cancelled](auto emitter) {
        QMetaObject::invokeMethod(this, [this, cancelled, emitter]() {
            if (!cancelled->load())
                emitter(this);
        }, Qt::QueuedConnection);
    };

    worker->thread = std::thread([path, query, cancelled, worker, post]() {
        auto fail = [&](const QString &message) {
            post([message](HistoryLoader *loader) { Q_EMIT loader->failed(message); });
        };
        auto run = [&]() {
            ensureLibgit2();
            auto repo = Repository::open(path);
            if (!repo)
                return fail(repo.errorMessage());
            auto source = CommitSource::open(repo->raw());
            if (!source)
                return fail(source.errorMessage());
            auto tips = query.allRefs ? TopoOrderWalker::allRefTips(repo->raw())
                                      : TopoOrderWalker::resolveRevisions(repo->raw(), query.revisions);
            if (!tips)
                return fail(tips.errorMessage());
            TopoOrderWalker walker(**source);
            walker.setMaxCount(query.maxCount);
            if (auto started = walker.start(*tips); !started)
                return fail(started.errorMessage());

            const int batchSize = qMax(1, query.batchSize);
            LaneLayout layout;
            HistoryGraph batch;
            CommitSource::ParentList parents;
            int total = 0;
            CommitKey key = 0;
            while (!cancelled->load() && walker.next(&key)) {
                (*source)->parents(key, &parents);
                layout.addRow(key, (*source)->id(key), std::span<const CommitKey>(parents.constData(), parents.size()), batch);
                ++total;
                if (batch.rowCount() >= batchSize) {
                    post([batch](HistoryLoader *loader) { Q_EMIT loader->batchReady(batch); });
                    batch.clear();
                }
            }
            if (cancelled->load())
                return;
            if (walker.error())
                return fail(walker.error()->message());
            if (batch.rowCount() > 0)
                post([batch](HistoryLoader *loader) { Q_EMIT loader->batchReady(batch); });
            post([total](HistoryLoader *loader) { Q_EMIT loader->finished(total); });
        };
        run();
        worker->running = false;
    });
}

} // namespace gantry
