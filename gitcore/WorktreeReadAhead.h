#pragma once

#include "gitcore/Result.h"
#include "gitcore/WorktreeFile.h"

#include <QByteArray>
#include <QFuture>
#include <QList>

namespace gantry {

/// Reads a list of working-tree files on a worker thread, one batch ahead of the caller, so that
/// stage-all's reading overlaps its hashing, scanning and indexing (on two cores, a third of its
/// time). Files come back in the order given. The worker only reads files (WorktreeFile): it
/// touches no libgit2 object, so nothing is shared with the caller. A batch holds at most 256
/// files or 16 MiB, whichever comes first, and a file above MaxInMemory is only stat'ed (the
/// caller streams it), so memory stays bounded whatever the files' sizes.
class WorktreeReadAhead
{
public:
    static constexpr qint64 MaxInMemory = qint64(64) * 1024 * 1024;

    /// `paths` relative to `workdir` (which ends with '/'); the first batch starts at once.
    WorktreeReadAhead(QByteArray workdir, QList<QByteArray> paths);
    /// Waits for the batch being read: nothing outlives the caller's data.
    ~WorktreeReadAhead();
    WorktreeReadAhead(const WorktreeReadAhead &) = delete;
    WorktreeReadAhead &operator=(const WorktreeReadAhead &) = delete;

    /// The next file, in order; blocks until its batch has been read. Past the end: an error.
    Result<WorktreeFile> next();

private:
    void startBatch();

    QByteArray m_workdir;
    QList<QByteArray> m_paths;
    qsizetype m_batchStart = 0;   // first path of the batch in flight (or of m_ready)
    QList<Result<WorktreeFile>> m_ready;
    qsizetype m_readyPos = 0;
    QFuture<QList<Result<WorktreeFile>>> m_inFlight;
};

} // namespace gantry
