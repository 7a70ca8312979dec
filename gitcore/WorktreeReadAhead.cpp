#include "gitcore/WorktreeReadAhead.h"

#include <QtConcurrent/QtConcurrentRun>

namespace gantry {

namespace {

constexpr qsizetype kBatchFiles = 256;
constexpr qint64 kBatchBytes = qint64(16) * 1024 * 1024;

QList<Result<WorktreeFile>> readBatch(const QByteArray &workdir, const QList<QByteArray> &paths, qsizetype start)
{
    QList<Result<WorktreeFile>> out;
    qint64 bytes = 0;
    for (qsizetype i = start; i < paths.size() && out.size() < kBatchFiles && bytes < kBatchBytes; ++i) {
        out.append(WorktreeFile::read(workdir + paths.at(i), WorktreeReadAhead::MaxInMemory));
        if (out.last())
            bytes += out.last()->content.size();
    }
    return out;
}

} // namespace

WorktreeReadAhead::WorktreeReadAhead(QByteArray workdir, QList<QByteArray> paths)
    : m_workdir(std::move(workdir))
    , m_paths(std::move(paths))
{
    startBatch();
}

WorktreeReadAhead::~WorktreeReadAhead()
{
    m_inFlight.waitForFinished();
}

void WorktreeReadAhead::startBatch()
{
    if (m_batchStart < m_paths.size())
        m_inFlight = QtConcurrent::run(readBatch, m_workdir, m_paths, m_batchStart);
}

Result<WorktreeFile> WorktreeReadAhead::next()
{
    if (m_readyPos == m_ready.size()) {
        if (m_batchStart >= m_paths.size())
            return GitError::custom(QStringLiteral("WorktreeReadAhead: read past the last file"));
        m_ready = m_inFlight.result();
        m_readyPos = 0;
        m_batchStart += m_ready.size();
        startBatch(); // the next batch is read while the caller works through this one
    }
    return m_ready.at(m_readyPos++);
}

} // namespace gantry
