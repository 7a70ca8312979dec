#pragma once

#include "gitcore/HistoryLoader.h"
#include "gitcore/Oid.h"
#include "gitcore/Result.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace gantry {

class Repository;

/// What to look for in the history.
struct HistorySearchQuery
{
    enum class Mode {
        Message,  // case-insensitive substring of the whole message (like git log -i -F --grep)
        Author,   // case-insensitive substring of "Name <email>" (like git log -i -F --author)
        Sha,      // the commit id starts with the given hex digits
        Path,     // commits that changed the path, as `git log -- path` with default simplification
    };
    Mode mode = Mode::Message;
    QString text;
    /// Which commits to search (the same selection as the history shown).
    bool allRefs = true;
    QStringList revisions;  // when !allRefs
};

/// Finds commits matching a HistorySearchQuery on a worker thread, reporting matches in batches
/// as it walks (newest first), with cancel. Create it on the UI thread; signals arrive there.
///
/// Path mode follows git's default history simplification: a commit is a match when it differs
/// from every parent at the path (a root commit: when it has the path); at a merge that equals
/// one of its parents at the path, only that parent is followed. Differences from git: the path is
/// a literal path (a file or a folder), not a pathspec with wildcards, and renames are not followed.
class HistorySearch : public QObject
{
    Q_OBJECT
public:
    explicit HistorySearch(QObject *parent = nullptr);
    ~HistorySearch() override;  // cancels and waits for the worker

    /// Starts searching `repositoryPath`; a search still running is cancelled first (its signals
    /// stop). An empty text (or a SHA text that is not hex) finishes at once with no match.
    void start(const QString &repositoryPath, const HistorySearchQuery &query);
    void cancel();
    bool isRunning() const;

    /// Runs a search synchronously, calling `onMatches` with each batch; stops when `cancelled`
    /// becomes true. Returns the number of matches. Used by the worker, the CLI and tests.
    static Result<int> run(const Repository &repository, const HistorySearchQuery &query,
                           const std::function<void(const QVector<Oid> &)> &onMatches,
                           const std::atomic<bool> *cancelled = nullptr);
    /// Convenience: every match, newest first.
    static Result<QVector<Oid>> findAll(const Repository &repository, const HistorySearchQuery &query);

Q_SIGNALS:
    void matchesFound(const QVector<gantry::Oid> &matches);
    void finished(int totalMatches);
    void failed(const QString &message);

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace gantry
