#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/GitPtr.h"
#include "gitcore/LockedIndex.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gantry {

/// The index and file contents the way Staging and WorktreeDiscard both need them: the index
/// opened for writing under `.git/index.lock` (refused while another process holds it), blobs,
/// and working-tree files converted through git's clean/smudge filters.
class IndexAccess
{
    Q_DECLARE_TR_FUNCTIONS(gantry::IndexAccess)

public:
    /// The repository's index, locked and read for writing (LockedIndex); fails up front
    /// (GitError::isLocked()) when another process holds its lock, for a damaged index file, and
    /// for a bare repository.
    static Result<LockedIndex> forWriting(const Repository &repo);
    /// Writes `index` back atomically and releases its lock.
    static Result<void> write(LockedIndex &index);
    /// The error git gives when `.git/index.lock` exists.
    static GitError lockedError(const Repository &repo);
    /// "pathspec 'x' did not match any files".
    static GitError pathspecError(const QString &path);

    /// Paths of the entries of `index` that are `path` or inside the folder `path` ("." is everything).
    static QStringList entriesUnder(git_index *index, const QString &path);
    static Result<QByteArray> blobContent(const Repository &repo, const git_oid &id);
    /// A working-tree file as git would store it (clean filters applied); empty when absent.
    static Result<QByteArray> worktreeForOdb(const Repository &repo, const QString &path);
    /// Content as the working tree should hold it (smudge filters applied; symlinks unchanged).
    static Result<QByteArray> toWorktree(const Repository &repo, const QString &path, const QByteArray &content,
                                         quint32 mode);

    /// Refuses line picking (staging or discarding single lines) in binary, too-large, conflicted
    /// or unchanged files.
    static Result<void> refuseUnpickable(const DiffFile &file);
};

} // namespace gantry
