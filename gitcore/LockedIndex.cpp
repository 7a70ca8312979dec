#include "gitcore/LockedIndex.h"

#include "gitcore/IndexAccess.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <git2/sys/repository.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::LockedIndex)
};

QAtomicInt workCounter;

GitError ioError(const QString &what, const QString &path, int err)
{
    return GitError::custom(Tr::tr("%1 '%2': %3").arg(what, path, QString::fromLocal8Bit(std::strerror(err))));
}

} // namespace

Result<LockedIndex> LockedIndex::acquire(const Repository &repo)
{
    ensureLibgit2();
    if (auto readable = repo.checkIndexFile(); !readable)
        return readable.error();
    // The index file's path, not the index: loading the repository's index here would read a
    // big index twice (once now, once as the snapshot below).
    GitBuf indexFile;
    if (int rc = git_repository_item_path(&indexFile, repo.raw(), GIT_REPOSITORY_ITEM_INDEX); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    const QByteArray path(indexFile.data(), qsizetype(indexFile.size()));
    if (path.isEmpty())
        return GitError::custom(Tr::tr("the index is in memory only and cannot be written"));

    LockedIndex locked;
    locked.m_repo = repo.raw();
    locked.m_indexPath = QFile::decodeName(path);
    locked.m_lockPath = locked.m_indexPath + QStringLiteral(".lock");
    const QByteArray lockNative = QFile::encodeName(locked.m_lockPath);
    const int fd = ::open(lockNative.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        if (errno == EEXIST)
            return IndexAccess::lockedError(repo);
        return ioError(Tr::tr("Unable to create"), locked.m_lockPath, errno);
    }
    ::close(fd);
    locked.m_held = true;

    // Under the lock the index cannot change: copy it, and let the repository work on the copy.
    locked.m_workPath = QStringLiteral("%1.gantry-%2-%3").arg(locked.m_indexPath).arg(qint64(::getpid())).arg(workCounter.fetchAndAddRelaxed(1));
    QFile::remove(locked.m_workPath);
    if (QFileInfo::exists(locked.m_indexPath)) {
        // git replaces the index by renaming, never in place: a hard link is a snapshot.
        const QByteArray from = QFile::encodeName(locked.m_indexPath), to = QFile::encodeName(locked.m_workPath);
        if (::link(from.constData(), to.constData()) != 0 && !QFile::copy(locked.m_indexPath, locked.m_workPath))
            return GitError::custom(Tr::tr("cannot read the index '%1'").arg(locked.m_indexPath));
    }
    git_index *work = nullptr;
    if (int rc = git_index_open(&work, QFile::encodeName(locked.m_workPath).constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    locked.m_index.reset(work);
    if (int rc = git_repository_set_index(repo.raw(), work); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    if (int rc = git_index_set_caps(work, GIT_INDEX_CAPABILITY_FROM_OWNER); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    return locked;
}

LockedIndex::LockedIndex(LockedIndex &&other) noexcept
    : m_repo(other.m_repo), m_index(std::move(other.m_index)), m_indexPath(std::move(other.m_indexPath)),
      m_lockPath(std::move(other.m_lockPath)), m_workPath(std::move(other.m_workPath)), m_held(other.m_held)
{
    other.m_held = false;
    other.m_repo = nullptr;
}

LockedIndex &LockedIndex::operator=(LockedIndex &&other) noexcept
{
    if (this != &other) {
        release();
        m_repo = other.m_repo;
        m_index = std::move(other.m_index);
        m_indexPath = std::move(other.m_indexPath);
        m_lockPath = std::move(other.m_lockPath);
        m_workPath = std::move(other.m_workPath);
        m_held = other.m_held;
        other.m_held = false;
        other.m_repo = nullptr;
    }
    return *this;
}

LockedIndex::~LockedIndex()
{
    release();
}

void LockedIndex::release()
{
    if (m_repo)
        git_repository_set_index(m_repo, nullptr); // back to .git/index, read afresh when next used
    m_repo = nullptr;
    m_index.reset();
    if (!m_workPath.isEmpty())
        QFile::remove(m_workPath);
    if (m_held)
        QFile::remove(m_lockPath);
    m_held = false;
}

Result<void> LockedIndex::commit()
{
    if (!m_held || !m_index)
        return GitError::custom(Tr::tr("the index lock is not held"));
    if (int rc = git_index_write(m_index.get()); rc < 0) {
        const GitError error = GitError::fromLibgit2(rc, Tr::tr("cannot write the index"));
        release();
        return error;
    }
    return publish();
}

Result<void> LockedIndex::publishIfWritten()
{
    if (!m_held || !m_index)
        return GitError::custom(Tr::tr("the index lock is not held"));
    struct stat work {}, original {};
    const bool haveWork = ::stat(QFile::encodeName(m_workPath).constData(), &work) == 0;
    const bool haveOriginal = ::stat(QFile::encodeName(m_indexPath).constData(), &original) == 0;
    const bool written = haveWork && (!haveOriginal || work.st_ino != original.st_ino || work.st_dev != original.st_dev
                                      || work.st_size != original.st_size || work.st_mtim.tv_sec != original.st_mtim.tv_sec
                                      || work.st_mtim.tv_nsec != original.st_mtim.tv_nsec);
    if (!written) {
        release();
        return {};
    }
    return publish();
}

Result<void> LockedIndex::publish()
{
    // The new index replaces the (empty) lock file, then the lock becomes the index: at no moment
    // is the lock free, and `.git/index` changes in one rename.
    const QByteArray work = QFile::encodeName(m_workPath);
    const QByteArray lock = QFile::encodeName(m_lockPath);
    const QByteArray index = QFile::encodeName(m_indexPath);
    if (std::rename(work.constData(), lock.constData()) != 0 || std::rename(lock.constData(), index.constData()) != 0) {
        const GitError error = ioError(Tr::tr("cannot write the index"), m_indexPath, errno);
        release();
        return error;
    }
    m_held = false;
    m_workPath.clear();
    release();
    return {};
}

} // namespace gantry
