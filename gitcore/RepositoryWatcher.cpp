#include "gitcore/RepositoryWatcher.h"

#include "gitcore/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace gantry {

namespace {

/// Folders listed per event-loop turn while watching lazily, so the UI never stalls on a big tree.
constexpr int kFoldersPerTurn = 128;
/// A folder with more entries than this has only itself watched, not its files.
constexpr int kMaxFilesPerFolder = 2000;
/// Past this many changed paths between two refreshes, a full status read is cheaper.
constexpr qsizetype kMaxReportedPaths = 256;
/// While some paths have no watch, a change report asks for a full read at most this often.
constexpr qint64 kBlindFullReadMs = 30000;

/// Enough of a file's identity to notice that it was rewritten (nanosecond mtime + size).
struct Stamp
{
    bool exists = false;
    long long mtime = 0;
    long long size = 0;
    friend bool operator==(const Stamp &, const Stamp &) = default;
};

Stamp stampOf(const QString &path)
{
    std::error_code ec;
    const std::filesystem::path p(QFile::encodeName(path).toStdString());
    Stamp s;
    const auto time = std::filesystem::last_write_time(p, ec);
    if (ec)
        return s;
    s.exists = true;
    s.mtime = static_cast<long long>(time.time_since_epoch().count());
    const auto size = std::filesystem::is_directory(p, ec) ? 0 : std::filesystem::file_size(p, ec);
    s.size = ec ? 0 : static_cast<long long>(size);
    return s;
}

int defaultWatchLimit()
{
    QFile f(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    int system = 8192 * 4;
    if (f.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const int value = f.readAll().trimmed().toInt(&ok);
        if (ok && value > 0)
            system = value;
    }
    // The limit is per user and shared with every other program: take a quarter at most.
    return std::clamp(system / 4, 256, 8192);
}

QString withSlash(const QString &path)
{
    if (path.isEmpty() || path.endsWith(QLatin1Char('/')))
        return path;
    return path + QLatin1Char('/');
}

} // namespace

struct RepositoryWatcher::Private
{
    std::optional<Repository> repo; // for ignore rules; used on this object's thread only
    Stamp index;
    Stamp head;
    Stamp packedRefs;
    Stamp stateFiles; // MERGE_HEAD, rebase folders...: a change of repository state
};

RepositoryWatcher::RepositoryWatcher(const QString &path, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    m_watchLimit = defaultWatchLimit();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &RepositoryWatcher::emitPending);

    auto repo = Repository::open(path);
    if (!repo) {
        m_error = repo.errorMessage();
        return;
    }
    m_gitDir = withSlash(repo->gitDir());
    m_commonDir = withSlash(repo->commonDir());
    m_workdir = withSlash(repo->workdir());
    d->repo.emplace(std::move(repo.value()));
    m_valid = true;

    m_fs = new QFileSystemWatcher(this);
    connect(m_fs, &QFileSystemWatcher::directoryChanged, this, &RepositoryWatcher::onDirectoryChanged);
    connect(m_fs, &QFileSystemWatcher::fileChanged, this, &RepositoryWatcher::onFileChanged);

    watchGitDir();
    checkGitDirStamps();
    m_indexDirty = m_refsDirty = false; // the first stamps are the baseline, not a change
    if (!m_workdir.isEmpty()) {
        m_pendingFolders << m_workdir.chopped(1);
        scheduleMoreFolders(); // from the event loop, in slices: settings made after construction apply
    }
}

RepositoryWatcher::~RepositoryWatcher() = default;

void RepositoryWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(std::max(0, milliseconds));
}

int RepositoryWatcher::debounceInterval() const
{
    return m_debounce->interval();
}

void RepositoryWatcher::setWatchLimit(int maxWatches)
{
    m_watchLimit = std::max(1, maxWatches);
    if (m_watched.size() < m_watchLimit && (!m_pendingFolders.isEmpty() || !m_pendingFileFolders.isEmpty())) {
        m_limitReached = false;
        scheduleMoreFolders();
    }
}

int RepositoryWatcher::watchedPathCount() const
{
    return int(m_watched.size());
}

void RepositoryWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && (m_workdirDirty || m_indexDirty || m_refsDirty))
        scheduleEmit();
}

QStringList RepositoryWatcher::takeChangedPaths()
{
    // Where some paths have no watch (the limit, or folders too big to watch file by file), an
    // in-place edit there raises no event: a full read now and then catches those as well.
    const bool partlyBlind = m_limitReached || m_filesUnwatched;
    const bool due = partlyBlind && (!m_sinceFull.isValid() || m_sinceFull.elapsed() > kBlindFullReadMs);
    const bool all = m_changedAll || due || m_changedPaths.size() > kMaxReportedPaths;
    if (all)
        m_sinceFull.start();
    QStringList out = all ? QStringList() : QStringList(m_changedPaths.cbegin(), m_changedPaths.cend());
    m_changedPaths.clear();
    m_changedAll = false;
    return out;
}

void RepositoryWatcher::noteChanged(const QString &path)
{
    const QString slashed = withSlash(path);
    if (m_changedAll || m_workdir.isEmpty() || !slashed.startsWith(m_workdir) || slashed.startsWith(m_gitDir)
        || slashed.startsWith(m_commonDir))
        return;
    const QString relative = slashed == m_workdir ? QStringLiteral(".") : slashed.mid(m_workdir.size()).chopped(1);
    if (m_changedPaths.size() > kMaxReportedPaths)
        m_changedAll = true;
    else
        m_changedPaths.insert(relative);
}

void RepositoryWatcher::refreshNow()
{
    m_debounce->stop();
    m_changedAll = true;
    m_workdirDirty = m_indexDirty = m_refsDirty = false;
    if (m_valid && !m_workdir.isEmpty())
        Q_EMIT workdirChanged();
    Q_EMIT indexChanged();
    Q_EMIT refsChanged();
}

bool RepositoryWatcher::addWatch(const QString &path)
{
    if (m_watched.contains(path))
        return true;
    if (m_watched.size() >= m_watchLimit) {
        m_limitReached = true;
        return false;
    }
    if (!m_fs->addPath(path)) {
        // Out of inotify watches (or the path vanished): keep what we have.
        if (QFileInfo::exists(path))
            m_limitReached = true;
        return false;
    }
    m_watched.insert(path);
    return true;
}

void RepositoryWatcher::watchGitDir()
{
    // The git folder itself (index, HEAD, MERGE_HEAD... are replaced by rename, which the folder sees),
    // the common folder (packed-refs) and refs/. objects/ and logs/ are never watched: they only grow.
    addWatch(m_gitDir.chopped(1));
    if (m_commonDir != m_gitDir)
        addWatch(m_commonDir.chopped(1));
    watchRefsFolder(m_commonDir + QStringLiteral("refs"));
}

void RepositoryWatcher::watchRefsFolder(const QString &folder)
{
    if (!m_watched.contains(folder) && !addWatch(folder))
        return;
    const QFileInfoList subfolders = QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &sub : subfolders)
        watchRefsFolder(sub.absoluteFilePath());
}

bool RepositoryWatcher::isIgnored(const QString &absolutePath, bool isDir) const
{
    if (!d->repo || !absolutePath.startsWith(m_workdir))
        return false;
    QByteArray relative = absolutePath.mid(m_workdir.size()).toUtf8();
    if (isDir)
        relative += '/';
    int ignored = 0;
    if (git_ignore_path_is_ignored(&ignored, d->repo->raw(), relative.constData()) < 0) {
        git_error_clear(); // an unreadable .gitignore: watch rather than miss changes
        return false;
    }
    return ignored == 1;
}

void RepositoryWatcher::watchMoreFolders(int budget)
{
    m_moreScheduled = false;
    int listed = 0;
    while (!m_pendingFolders.isEmpty() && listed < budget && !m_limitReached) {
        const QString folder = m_pendingFolders.takeFirst();
        if (!addWatch(folder)) {
            if (m_limitReached)
                m_pendingFolders.prepend(folder); // for when the limit is raised
            break;
        }
        ++listed;
        QDir dir(folder);
        const QFileInfoList subfolders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
        for (const QFileInfo &sub : subfolders) {
            const QString full = sub.absoluteFilePath();
            if (sub.fileName() == QLatin1String(".git") || isIgnored(full, true))
                continue;
            m_pendingFolders << full;
        }
        m_pendingFileFolders << folder;
    }
    // Files come after all folders: a new file in any folder matters more than an in-place edit.
    while (m_pendingFolders.isEmpty() && !m_pendingFileFolders.isEmpty() && listed < budget && !m_limitReached) {
        const QString folder = m_pendingFileFolders.takeFirst();
        ++listed;
        const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
        if (files.size() > kMaxFilesPerFolder) {
            m_filesUnwatched = true;
            continue;
        }
        for (const QFileInfo &file : files) {
            const QString full = file.absoluteFilePath();
            if (isIgnored(full, false))
                continue;
            if (!addWatch(full))
                break;
        }
    }
    if (!m_limitReached && (!m_pendingFolders.isEmpty() || !m_pendingFileFolders.isEmpty()))
        scheduleMoreFolders();
}

void RepositoryWatcher::scheduleMoreFolders()
{
    if (m_moreScheduled)
        return;
    m_moreScheduled = true;
    QTimer::singleShot(0, this, [this] { watchMoreFolders(kFoldersPerTurn); });
}

void RepositoryWatcher::checkGitDirStamps()
{
    const Stamp index = stampOf(m_gitDir + QStringLiteral("index"));
    const Stamp head = stampOf(m_gitDir + QStringLiteral("HEAD"));
    const Stamp packed = stampOf(m_commonDir + QStringLiteral("packed-refs"));
    Stamp state;
    for (const char *name : {"MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply", "BISECT_LOG"}) {
        const Stamp s = stampOf(m_gitDir + QLatin1String(name));
        if (s.exists) {
            state.exists = true;
            state.mtime ^= s.mtime;
            state.size += s.size + 1;
        }
    }
    if (!(index == d->index))
        m_indexDirty = true;
    if (!(head == d->head) || !(packed == d->packedRefs) || !(state == d->stateFiles))
        m_refsDirty = true;
    d->index = index;
    d->head = head;
    d->packedRefs = packed;
    d->stateFiles = state;
}

void RepositoryWatcher::onDirectoryChanged(const QString &path)
{
    const QString slashed = withSlash(path);
    if (slashed == m_gitDir || slashed == m_commonDir) {
        checkGitDirStamps();
    } else if (slashed.startsWith(m_commonDir + QStringLiteral("refs/"))) {
        m_refsDirty = true;
        if (QFileInfo::exists(path))
            watchRefsFolder(path); // new subfolders (refs/heads/feature/) get watched too
        else
            m_watched.remove(path); // the watch went with the folder
    } else if (!m_workdir.isEmpty() && slashed.startsWith(m_workdir)) {
        m_workdirDirty = true;
        noteChanged(path);
        if (!QFileInfo::exists(path)) {
            m_watched.remove(path);
        } else if (!m_limitReached) {
            // New subfolders (and files) appear here first: watch them too.
            const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
            for (const QFileInfo &e : entries) {
                const QString full = e.absoluteFilePath();
                if (m_watched.contains(full) || e.fileName() == QLatin1String(".git") || isIgnored(full, e.isDir()))
                    continue;
                if (e.isDir())
                    m_pendingFolders << full;
                else if (entries.size() <= kMaxFilesPerFolder)
                    addWatch(full);
                else
                    m_filesUnwatched = true;
            }
            if (!m_pendingFolders.isEmpty())
                scheduleMoreFolders();
        }
    }
    scheduleEmit();
}

void RepositoryWatcher::onFileChanged(const QString &path)
{
    m_workdirDirty = true;
    noteChanged(path);
    // A file replaced by rename (editors' atomic save) loses its watch: take it again.
    if (!m_fs->files().contains(path)) {
        m_watched.remove(path);
        if (QFileInfo::exists(path))
            addWatch(path);
    }
    scheduleEmit();
}

void RepositoryWatcher::scheduleEmit()
{
    if (m_workdirDirty || m_indexDirty || m_refsDirty)
        m_debounce->start(); // restarts: signals go out once things are quiet
}

void RepositoryWatcher::emitPending()
{
    if (m_paused)
        return;
    const bool workdir = m_workdirDirty, index = m_indexDirty, refs = m_refsDirty;
    m_workdirDirty = m_indexDirty = m_refsDirty = false;
    if (workdir)
        Q_EMIT workdirChanged();
    if (index)
        Q_EMIT indexChanged();
    if (refs)
        Q_EMIT refsChanged();
}

} // namespace gantry
