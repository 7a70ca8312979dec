#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace gantry {

class Repository;

/// Notices changes to a repository on disk and tells the views what to reload (Gittyup-style notifier):
/// the working tree, the index, or the refs (HEAD, branches, tags, packed-refs). Debounced, so a
/// checkout of 1,000 files is one workdirChanged(). Lives on the UI thread.
///
/// Working-tree folders are watched breadth-first and lazily (new folders as they appear), skipping
/// ignored folders and .git; files are watched too while the budget lasts, so in-place edits are seen.
/// The number of watches is capped (the inotify limit is per user and shared): past the cap the
/// watcher keeps what it has and watchLimitReached() says so; refreshNow() (window focus) covers the rest.
class RepositoryWatcher : public QObject
{
    Q_OBJECT
public:
    /// Watches the repository containing `path`. Check isValid(); a bare repository watches only refs.
    explicit RepositoryWatcher(const QString &path, QObject *parent = nullptr);
    ~RepositoryWatcher() override;

    bool isValid() const { return m_valid; }
    QString errorMessage() const { return m_error; }

    /// Quiet time after the last change before signals go out (default 200 ms).
    void setDebounceInterval(int milliseconds);
    int debounceInterval() const;

    /// The most paths (folders + files) this watcher will watch (default: a quarter of the
    /// system's inotify limit, at most 8192, at least 256).
    void setWatchLimit(int maxWatches);
    int watchLimit() const { return m_watchLimit; }
    int watchedPathCount() const;
    bool watchLimitReached() const { return m_limitReached; }

    /// Stops emitting while true (e.g. while Gantry itself runs a long operation); changes seen
    /// meanwhile are emitted when unpaused.
    void setPaused(bool paused);

    /// The working-tree paths (files, and folders whose entries changed; "." for the top folder)
    /// seen changing since the last call, relative to the working tree; then forgets them. Empty
    /// when only a full status read is right: refreshNow() asked for everything, too many paths
    /// changed at once, or — at most every 30 s — some paths have no watch (the watch limit, or
    /// folders too big to watch file by file), so an in-place edit there may have gone unseen.
    QStringList takeChangedPaths();

public Q_SLOTS:
    /// Emits all three signals now, without waiting (window regained focus, manual refresh).
    void refreshNow();

Q_SIGNALS:
    void workdirChanged();
    void indexChanged();
    void refsChanged();

private:
    void onDirectoryChanged(const QString &path);
    void onFileChanged(const QString &path);
    /// Watches up to `budget` more folders from the queue, then files of watched folders.
    void watchMoreFolders(int budget);
    void scheduleMoreFolders();
    void scheduleEmit();
    void emitPending();
    bool addWatch(const QString &path);
    bool isIgnored(const QString &absolutePath, bool isDir) const;
    void watchGitDir();
    void watchRefsFolder(const QString &folder);
    /// Compares index / HEAD / refs stamps with the last ones; marks what changed.
    void checkGitDirStamps();
    /// Records a working-tree path for takeChangedPaths().
    void noteChanged(const QString &path);

    struct Private;
    std::unique_ptr<Private> d;
    QFileSystemWatcher *m_fs = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_workdir;   // with trailing slash; empty for bare
    QString m_gitDir;    // with trailing slash
    QString m_commonDir; // with trailing slash
    QStringList m_pendingFolders; // breadth-first queue of folders still to watch
    QStringList m_pendingFileFolders; // watched folders whose files are not watched yet
    bool m_moreScheduled = false;
    QSet<QString> m_watched;
    int m_watchLimit = 8192;
    bool m_limitReached = false;
    bool m_valid = false;
    bool m_paused = false;
    bool m_workdirDirty = false;
    bool m_indexDirty = false;
    bool m_refsDirty = false;
    QSet<QString> m_changedPaths;  // relative to m_workdir; see takeChangedPaths()
    bool m_changedAll = false;
    bool m_filesUnwatched = false;  // a folder had too many files to watch them one by one
    QElapsedTimer m_sinceFull;      // since takeChangedPaths() last asked for everything
    QString m_error;
};

} // namespace gantry
