#include "gitcore/HistorySearch.h"

#include "gitcore/CommitInfo.h"
#include "gitcore/GitPtr.h"
#include "gitcore/Repository.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <queue>

namespace gantry {

struct HistorySearch::Worker
{
    QFuture<void> future;
    std::shared_ptr<std::atomic<bool>> cancelled;
};

namespace {

/// Collects matches and hands them out in batches: every 200 matches or 100 ms, and at the end.
class MatchBatcher
{
public:
    explicit MatchBatcher(const std::function<void(const QVector<Oid> &)> &sink) : m_sink(sink) { m_clock.start(); }
    void add(const Oid &id)
    {
        m_pending.append(id);
        ++m_total;
        if (m_pending.size() >= 200 || m_clock.elapsed() > 100)
            flush();
    }
    void tick()
    {
        if (!m_pending.isEmpty() && m_clock.elapsed() > 100)
            flush();
    }
    void flush()
    {
        if (!m_pending.isEmpty() && m_sink)
            m_sink(m_pending);
        m_pending.clear();
        m_clock.restart();
    }
    int total() const { return m_total; }

private:
    std::function<void(const QVector<Oid> &)> m_sink;
    QVector<Oid> m_pending;
    QElapsedTimer m_clock;
    int m_total = 0;
};

bool isCancelled(const std::atomic<bool> *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

/// The commits the search starts from: all branch, remote-tracking and tag tips plus HEAD, or
/// the given revisions.
Result<QVector<Oid>> startingCommits(const Repository &repository, const HistorySearchQuery &query)
{
    git_repository *repo = repository.raw();
    QVector<Oid> tips;
    QSet<Oid> seen;
    auto addPeeled = [&](git_object *object) -> Result<void> {
        git_object *peeled = nullptr;
        const int rc = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT);
        if (rc == GIT_EINVALIDSPEC || rc == GIT_EPEEL || rc == GIT_ENOTFOUND)
            return {};  // a tag of a tree or blob: not history
        if (auto r = check(rc, QStringLiteral("peel to commit")); !r)
            return r;
        ObjectPtr owned(peeled);
        const Oid id(git_object_id(peeled));
        if (!seen.contains(id)) {
            seen.insert(id);
            tips.append(id);
        }
        return {};
    };

    if (query.allRefs) {
        git_reference_iterator *rawIterator = nullptr;
        if (auto r = check(git_reference_iterator_new(&rawIterator, repo), QStringLiteral("list references")); !r)
            return r.error();
        ReferenceIteratorPtr iterator(rawIterator);
        git_reference *rawRef = nullptr;
        int rc;
        while ((rc = git_reference_next(&rawRef, iterator.get())) == 0) {
            ReferencePtr ref(rawRef);
            const QByteArray name(git_reference_name(ref.get()));
            if (!name.startsWith("refs/heads/") && !name.startsWith("refs/remotes/") && !name.startsWith("refs/tags/"))
                continue;
            git_object *object = nullptr;
            const int peelRc = git_reference_peel(&object, ref.get(), GIT_OBJECT_ANY);
            if (peelRc == GIT_ENOTFOUND)
                continue;  // a symbolic ref (origin/HEAD) that dangles
            if (auto r = check(peelRc, QStringLiteral("resolve %1").arg(QString::fromUtf8(name))); !r)
                return r.error();
            ObjectPtr owned(object);
            if (auto r = addPeeled(object); !r)
                return r.error();
        }
        if (rc != GIT_ITEROVER)
            return GitError::fromLibgit2(rc, QStringLiteral("list references"));
        if (!repository.isHeadUnborn()) {
            const Oid head = repository.headCommit();
            if (!head.isNull() && !seen.contains(head)) {
                seen.insert(head);
                tips.prepend(head);
            }
        }
    } else {
        for (const QString &revision : query.revisions) {
            git_object *object = nullptr;
            if (auto r = check(git_revparse_single(&object, repo, revision.toUtf8().constData()),
                               QStringLiteral("resolve '%1'").arg(revision));
                !r)
                return r.error();
            ObjectPtr owned(object);
            if (auto r = addPeeled(object); !r)
                return r.error();
        }
    }
    return tips;
}

/// A path's entry in a commit's tree: id and mode, null id when the path is absent.
struct PathEntry
{
    Oid id;
    quint32 mode = 0;
    friend bool operator==(const PathEntry &a, const PathEntry &b) { return a.id == b.id && a.mode == b.mode; }
};

class PathWalker
{
public:
    PathWalker(git_repository *repo, const QByteArray &path) : m_repo(repo), m_path(path) {}

    Result<PathEntry> entryOf(const Oid &commitId)
    {
        auto cached = m_entries.constFind(commitId);
        if (cached != m_entries.constEnd())
            return *cached;
        git_commit *rawCommit = nullptr;
        if (auto r = check(git_commit_lookup(&rawCommit, m_repo, commitId.ptr()),
                           QStringLiteral("read commit %1").arg(commitId.toString()));
            !r)
            return r.error();
        CommitPtr commit(rawCommit);
        PathEntry entry;
        if (m_path.isEmpty()) {
            entry.id = Oid(git_commit_tree_id(commit.get()));
            entry.mode = GIT_FILEMODE_TREE;
        } else {
            git_tree *rawTree = nullptr;
            if (auto r = check(git_commit_tree(&rawTree, commit.get()), QStringLiteral("read commit tree")); !r)
                return r.error();
            TreePtr tree(rawTree);
            git_tree_entry *rawEntry = nullptr;
            const int rc = git_tree_entry_bypath(&rawEntry, tree.get(), m_path.constData());
            if (rc == 0) {
                TreeEntryPtr owned(rawEntry);
                entry.id = Oid(git_tree_entry_id(rawEntry));
                entry.mode = quint32(git_tree_entry_filemode(rawEntry));
            } else if (rc != GIT_ENOTFOUND) {
                return GitError::fromLibgit2(rc, QStringLiteral("look up path in tree"));
            }
        }
        m_entries.insert(commitId, entry);
        return entry;
    }

private:
    git_repository *m_repo;
    QByteArray m_path;
    QHash<Oid, PathEntry> m_entries;
};

/// Walks newest first (by committer time) from the tips with git's default history
/// simplification for one path, passing each commit that changed it to `batcher`.
Result<void> searchPath(const Repository &repository, const QVector<Oid> &tips, const QString &rawPath,
                        MatchBatcher &batcher, const std::atomic<bool> *cancelled)
{
    QString path = rawPath.trimmed();
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("."))
        path.clear();

    git_repository *repo = repository.raw();
    PathWalker walker(repo, path.toUtf8());
    struct Queued
    {
        qint64 time;
        quint64 order;  // ties: first queued first, as git's date-ordered queue does
        Oid id;
        bool operator<(const Queued &o) const { return time != o.time ? time < o.time : order > o.order; }
    };
    std::priority_queue<Queued> queue;
    QSet<Oid> queued;
    quint64 order = 0;
    auto enqueue = [&](const Oid &id) -> Result<void> {
        if (queued.contains(id))
            return {};
        git_commit *rawCommit = nullptr;
        if (auto r = check(git_commit_lookup(&rawCommit, repo, id.ptr()),
                           QStringLiteral("read commit %1").arg(id.toString()));
            !r)
            return r;
        CommitPtr commit(rawCommit);
        queued.insert(id);
        queue.push({qint64(git_commit_time(commit.get())), order++, id});
        return {};
    };
    for (const Oid &tip : tips) {
        if (auto r = enqueue(tip); !r)
            return r;
    }

    while (!queue.empty()) {
        if (isCancelled(cancelled))
            return {};
        const Oid id = queue.top().id;
        queue.pop();

        git_commit *rawCommit = nullptr;
        if (auto r = check(git_commit_lookup(&rawCommit, repo, id.ptr()),
                           QStringLiteral("read commit %1").arg(id.toString()));
            !r)
            return r;
        CommitPtr commit(rawCommit);
        auto entry = walker.entryOf(id);
        if (!entry)
            return entry.error();

        const unsigned parentCount = git_commit_parentcount(commit.get());
        if (parentCount == 0) {
            if (!entry->id.isNull())
                batcher.add(id);
            continue;
        }
        int sameParent = -1;
        for (unsigned i = 0; i < parentCount && sameParent < 0; ++i) {
            auto parentEntry = walker.entryOf(Oid(git_commit_parent_id(commit.get(), i)));
            if (!parentEntry)
                return parentEntry.error();
            if (*parentEntry == *entry)
                sameParent = int(i);
        }
        if (sameParent >= 0) {
            // Unchanged here; at a merge, only the parent it came from explains the path's history.
            if (auto r = enqueue(Oid(git_commit_parent_id(commit.get(), unsigned(sameParent)))); !r)
                return r;
        } else {
            batcher.add(id);
            for (unsigned i = 0; i < parentCount; ++i) {
                if (auto r = enqueue(Oid(git_commit_parent_id(commit.get(), i))); !r)
                    return r;
            }
        }
        batcher.tick();
    }
    return {};
}

/// Walks every commit newest first, passing those `matches` accepts to `batcher`.
Result<void> searchCommits(const Repository &repository, const QVector<Oid> &tips,
                           const std::function<bool(const Oid &, git_commit *)> &matches, bool needsCommit,
                           MatchBatcher &batcher, const std::atomic<bool> *cancelled)
{
    git_repository *repo = repository.raw();
    git_revwalk *rawWalk = nullptr;
    if (auto r = check(git_revwalk_new(&rawWalk, repo), QStringLiteral("start history walk")); !r)
        return r;
    RevwalkPtr walk(rawWalk);
    if (auto r = check(git_revwalk_sorting(walk.get(), GIT_SORT_TIME), QStringLiteral("sort history walk")); !r)
        return r;
    for (const Oid &tip : tips) {
        if (auto r = check(git_revwalk_push(walk.get(), tip.ptr()), QStringLiteral("start history walk")); !r)
            return r;
    }
    git_oid next;
    int rc;
    while ((rc = git_revwalk_next(&next, walk.get())) == 0) {
        if (isCancelled(cancelled))
            return {};
        const Oid id(next);
        CommitPtr commit;
        if (needsCommit) {
            git_commit *rawCommit = nullptr;
            if (auto r = check(git_commit_lookup(&rawCommit, repo, &next),
                               QStringLiteral("read commit %1").arg(id.toString()));
                !r)
                return r;
            commit.reset(rawCommit);
        }
        if (matches(id, commit.get()))
            batcher.add(id);
        else
            batcher.tick();
    }
    if (rc != GIT_ITEROVER)
        return GitError::fromLibgit2(rc, QStringLiteral("walk history"));
    return {};
}

} // namespace

HistorySearch::HistorySearch(QObject *parent) : QObject(parent) {}

HistorySearch::~HistorySearch()
{
    cancel();
    if (m_worker)
        m_worker->future.waitForFinished();
}

void HistorySearch::cancel()
{
    if (m_worker)
        m_worker->cancelled->store(true);
}

bool HistorySearch::isRunning() const
{
    return m_worker && !m_worker->cancelled->load() && m_worker->future.isRunning();
}

void HistorySearch::start(const QString &repositoryPath, const HistorySearchQuery &query)
{
    cancel();
    if (m_worker)
        m_worker->future.waitForFinished();  // the old walk notices the flag at its next commit
    m_worker = std::make_unique<Worker>();
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_worker->cancelled = cancelled;

    QPointer<HistorySearch> self(this);
    m_worker->future = QtConcurrent::run([self, cancelled, repositoryPath, query] {
        auto deliver = [&](auto &&call) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, cancelled, call] {
                    if (self && !cancelled->load())
                        call(self.data());
                },
                Qt::QueuedConnection);
        };
        auto repository = Repository::open(repositoryPath);
        if (!repository) {
            const QString message = repository.errorMessage();
            deliver([message](HistorySearch *s) { Q_EMIT s->failed(message); });
            return;
        }
        auto result = run(
            *repository, query,
            [&](const QVector<Oid> &batch) {
                deliver([batch](HistorySearch *s) { Q_EMIT s->matchesFound(batch); });
            },
            cancelled.get());
        if (!result) {
            const QString message = result.errorMessage();
            deliver([message](HistorySearch *s) { Q_EMIT s->failed(message); });
        } else {
            const int total = *result;
            deliver([total](HistorySearch *s) { Q_EMIT s->finished(total); });
        }
    });
}

Result<int> HistorySearch::run(const Repository &repository, const HistorySearchQuery &query,
                               const std::function<void(const QVector<Oid> &)> &onMatches,
                               const std::atomic<bool> *cancelled)
{
    MatchBatcher batcher(onMatches);
    const QString text = query.mode == HistorySearchQuery::Mode::Path ? query.text : query.text.trimmed();
    if (text.isEmpty() && query.mode != HistorySearchQuery::Mode::Path)
        return 0;

    auto tips = startingCommits(repository, query);
    if (!tips)
        return tips.error();

    Result<void> walked;
    switch (query.mode) {
    case HistorySearchQuery::Mode::Path:
        if (text.trimmed().isEmpty())
            return 0;
        walked = searchPath(repository, *tips, text, batcher, cancelled);
        break;
    case HistorySearchQuery::Mode::Sha: {
        const QByteArray hex = text.toLatin1().toLower();
        static const QByteArray hexDigits("0123456789abcdef");
        if (hex.size() > GIT_OID_HEXSZ || !std::all_of(hex.begin(), hex.end(), [](char c) { return hexDigits.contains(c); }))
            return 0;
        git_oid prefix;
        if (auto r = check(git_oid_fromstrn(&prefix, hex.constData(), size_t(hex.size())), QStringLiteral("parse id prefix")); !r)
            return r.error();
        const size_t length = size_t(hex.size());
        walked = searchCommits(
            repository, *tips, [&](const Oid &id, git_commit *) { return git_oid_ncmp(id.ptr(), &prefix, length) == 0; },
            false, batcher, cancelled);
        break;
    }
    case HistorySearchQuery::Mode::Message:
        walked = searchCommits(
            repository, *tips,
            [&](const Oid &, git_commit *commit) {
                return QString::fromUtf8(git_commit_message_raw(commit)).contains(text, Qt::CaseInsensitive);
            },
            true, batcher, cancelled);
        break;
    case HistorySearchQuery::Mode::Author:
        walked = searchCommits(
            repository, *tips,
            [&](const Oid &, git_commit *commit) {
                const git_signature *author = git_commit_author(commit);
                const QString who = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(author->name), QString::fromUtf8(author->email));
                return who.contains(text, Qt::CaseInsensitive);
            },
            true, batcher, cancelled);
        break;
    }
    if (!walked)
        return walked.error();
    batcher.flush();
    return batcher.total();
}

Result<QVector<Oid>> HistorySearch::findAll(const Repository &repository, const HistorySearchQuery &query)
{
    QVector<Oid> all;
    auto result = run(repository, query, [&](const QVector<Oid> &batch) { all += batch; });
    if (!result)
        return result.error();
    return all;
}

} // namespace gantry
