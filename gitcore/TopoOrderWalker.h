#pragma once

#include "gitcore/CommitSource.h"
#include "gitcore/Result.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace gantry {

/// Streams commits in the order of `git rev-list --topo-order` / `git log --graph` (every
/// commit before its parents, branches kept together). With generation numbers (a
/// commit-graph) it walks incrementally as git does, so the first commits come out after
/// reading only the top of the history; without them it walks everything first, as git does.
class TopoOrderWalker
{
public:
    explicit TopoOrderWalker(CommitSource &source);

    /// The commits `git log --all` starts from: every ref under refs/ (peeled to a commit;
    /// refs naming other objects are skipped) in name order, then HEAD.
    static Result<std::vector<Oid>> allRefTips(git_repository *repo);
    /// The commits named by `revisions` ("main", "v1.0", "HEAD~2", a sha), peeled to commits.
    /// A revision that does not name a commit is an error naming it.
    static Result<std::vector<Oid>> resolveRevisions(git_repository *repo, const QStringList &revisions);

    /// Sets the starting commits (in the order git would see them) and prepares the walk.
    Result<void> start(const std::vector<Oid> &tips);
    /// git log's order without --topo-order/--graph: newest commit date first, streamed.
    /// Call before start().
    void setDateOrder(bool dateOrder) { m_dateOrder = dateOrder; }
    /// Stops after `count` commits (-1: no limit).
    void setMaxCount(int count) { m_maxCount = count; }

    /// The next commit, or false at the end or on an error (then error() says what).
    bool next(CommitKey *key);
    const std::optional<GitError> &error() const { return m_error; }
    CommitSource &source() { return m_source; }

private:
    struct QueueEntry
    {
        quint64 generation;
        qint64 time;
        quint32 sequence;
        CommitKey key;
    };
    struct QueueOrder
    {
        bool operator()(const QueueEntry &a, const QueueEntry &b) const;
    };

    bool load(CommitKey key);
    void grow();
    void pushIndegree(CommitKey key);
    bool computeIndegreesToDepth(quint64 cutoff);
    bool indegreeWalkStep();
    bool expand(CommitKey key);
    bool walkEverything(const std::vector<CommitKey> &starts);
    bool nextByDate(CommitKey *key);

    CommitSource &m_source;
    bool m_incremental = false;
    bool m_dateOrder = false;
    std::vector<QueueEntry> m_byDate;         // the date walk's heap
    std::vector<qint32> m_indegree;
    std::vector<quint8> m_flags;
    std::vector<QueueEntry> m_indegreeQueue;  // a heap ordered by QueueOrder
    std::vector<CommitKey> m_topoStack;       // graph order: last in, first out
    std::vector<CommitKey> m_sorted;          // the whole order, when not incremental
    size_t m_sortedNext = 0;
    quint64 m_minGeneration = CommitSource::kInfiniteGeneration;
    quint32 m_sequence = 0;
    int m_maxCount = -1;
    int m_emitted = 0;
    std::optional<GitError> m_error;
};

} // namespace gantry
