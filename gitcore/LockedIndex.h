#pragma once

#include "gitcore/GitPtr.h"
#include "gitcore/Result.h"

#include <QString>

namespace gantry {

class Repository;

/// The index opened for a read-modify-write under git's own lock, so a change is always based on
/// the index as it is on disk and never overwrites another writer's: `.git/index.lock` is created
/// exclusively (as git does) *before* the index is read, and held until commit() renames the new
/// index over `.git/index`. Meanwhile git and every other Gantry fail to take the lock, as they
/// do with git. The repository works on a snapshot of the index (a hard link, or a copy where
/// links are not possible; set as the repository's index while the lock is held, so every libgit2
/// call sees the change in progress, and written by libgit2 through a rename, so `.git/index`
/// itself is never touched before commit()); destroying a LockedIndex that was not committed
/// releases the lock and leaves `.git/index` as it was.
class LockedIndex
{
public:
    /// Takes the lock and reads the index; fails with git's lock message (GitError::isLocked())
    /// when another process holds it.
    static Result<LockedIndex> acquire(const Repository &repo);

    LockedIndex(LockedIndex &&other) noexcept;
    LockedIndex &operator=(LockedIndex &&other) noexcept;
    LockedIndex(const LockedIndex &) = delete;
    LockedIndex &operator=(const LockedIndex &) = delete;
    ~LockedIndex();

    git_index *get() const { return m_index.get(); }
    /// Writes the index into the lock and renames it over the index, releasing the lock.
    Result<void> commit();
    /// Publishes the index only if libgit2 wrote it meanwhile (a status refresh writes it when
    /// stat data changed), else releases the lock leaving `.git/index` untouched (no needless
    /// write for file watchers to see).
    Result<void> publishIfWritten();
    /// Releases the lock without writing (what the destructor does).
    void release();

private:
    LockedIndex() = default;
    Result<void> publish();

    git_repository *m_repo = nullptr;
    IndexPtr m_index;
    QString m_indexPath;   // .git/index
    QString m_lockPath;    // .git/index.lock, created by acquire()
    QString m_workPath;    // the copy the repository works on while the lock is held
    bool m_held = false;
};

} // namespace gantry
