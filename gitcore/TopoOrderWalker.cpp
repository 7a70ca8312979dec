#include "gitcore/TopoOrderWalker.h"

#include <QCoreApplication>

#include <git2.h>

#include <algorithm>

namespace gantry {

namespace {

enum WalkFlag : quint8 {
    Started = 1,       // a starting commit already taken (duplicates are ignored)
    InIndegree = 2,    // queued for the indegree walk
    Seen = 4,          // reached by the full walk
};

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::TopoOrderWalker)
};

} // namespace

bool TopoOrderWalker::QueueOrder::operator()(const QueueEntry &a, const QueueEntry &b) const
{
    // std heaps put the greatest first: higher generation, then newer, then first queued.
    if (a.generation != b.generation)
        return a.generation < b.generation;
    if (a.time != b.time)
        return a.time < b.time;
    return a.sequence > b.sequence;
}

TopoOrderWalker::TopoOrderWalker(CommitSource &source) : m_source(source) {}

Result<std::vector<Oid>> TopoOrderWalker::allRefTips(git_repository *repo)
{
    git_reference_iterator *rawIterator = nullptr;
    if (auto r = check(git_reference_iterator_new(&rawIterator, repo), Tr::tr("list references")); !r)
        return r.error();
    ReferenceIteratorPtr iterator(rawIterator);
    std::vector<std::pair<QByteArray, Oid>> refs;
    for (;;) {
        git_reference *rawRef = nullptr;
        const int rc = git_reference_next(&rawRef, iterator.get());
        if (rc == GIT_ITEROVER)
            break;
        if (rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("list references"));
        ReferencePtr ref(rawRef);
        git_object *rawPeeled = nullptr;
        if (git_reference_peel(&rawPeeled, ref.get(), GIT_OBJECT_COMMIT) < 0) {
            // Dangling, or a tag of a tree or blob: not a start for a history walk. But an
            // object that is there and cannot be read is an error, as git log --all says.
            git_oid target;
            if (git_reference_name_to_id(&target, repo, git_reference_name(ref.get())) == 0) {
                git_object *rawTarget = nullptr;
                if (int rc = git_object_lookup(&rawTarget, repo, &target, GIT_OBJECT_ANY); rc < 0 && rc != GIT_ENOTFOUND)
                    return GitError::fromLibgit2(rc, Tr::tr("cannot read '%1'").arg(QString::fromUtf8(git_reference_name(ref.get()))));
                git_object_free(rawTarget);
            }
            continue;
        }
        ObjectPtr peeled(rawPeeled);
        refs.emplace_back(QByteArray(git_reference_name(ref.get())), Oid(git_object_id(peeled.get())));
    }
    std::sort(refs.begin(), refs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<Oid> tips;
    tips.reserve(refs.size() + 1);
    for (const auto &ref : refs)
        tips.push_back(ref.second);
    git_object *rawHead = nullptr;
    if (int rc = git_revparse_single(&rawHead, repo, "HEAD"); rc < 0 && rc != GIT_ENOTFOUND && !git_repository_head_unborn(repo)) {
        return GitError::fromLibgit2(rc, Tr::tr("cannot read HEAD"));
    } else if (rc == 0) {
        ObjectPtr head(rawHead);
        git_object *rawCommit = nullptr;
        if (git_object_peel(&rawCommit, head.get(), GIT_OBJECT_COMMIT) == 0) {
            ObjectPtr commit(rawCommit);
            tips.push_back(Oid(git_object_id(commit.get())));
        }
    }
    return tips;
}

Result<std::vector<Oid>> TopoOrderWalker::resolveRevisions(git_repository *repo, const QStringList &revisions)
{
    std::vector<Oid> tips;
    for (const QString &revision : revisions) {
        const QByteArray spec = revision.toUtf8();
        git_object *rawObject = nullptr;
        const int rc = git_revparse_single(&rawObject, repo, spec.constData());
        if (rc < 0)
            return GitError::fromLibgit2(rc, rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC || rc == GIT_EAMBIGUOUS
                                                 ? Tr::tr("unknown revision '%1'").arg(revision)
                                                 : Tr::tr("cannot read revision '%1'").arg(revision));
        ObjectPtr object(rawObject);
        git_object *rawCommit = nullptr;
        const int peeled = git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT);
        if (peeled < 0)
            return GitError::fromLibgit2(peeled, Tr::tr("'%1' does not name a commit").arg(revision));
        ObjectPtr commit(rawCommit);
        tips.push_back(Oid(git_object_id(commit.get())));
    }
    return tips;
}

void TopoOrderWalker::grow()
{
    const size_t limit = m_source.keyLimit();
    if (m_indegree.size() < limit) {
        // Grow geometrically so a walk past the commit-graph does not reallocate per commit.
        const size_t size = std::max(limit, m_indegree.size() + m_indegree.size() / 2 + 64);
        m_indegree.resize(size, 0);
        m_flags.resize(size, 0);
    }
}

bool TopoOrderWalker::load(CommitKey key)
{
    const Result<void> loaded = m_source.load(key);
    if (!loaded) {
        m_error = loaded.error();
        return false;
    }
    grow();
    return true;
}

void TopoOrderWalker::pushIndegree(CommitKey key)
{
    m_indegreeQueue.push_back({m_source.generation(key), m_source.commitTime(key), m_sequence++, key});
    std::push_heap(m_indegreeQueue.begin(), m_indegreeQueue.end(), QueueOrder());
}

Result<void> TopoOrderWalker::start(const std::vector<Oid> &tips)
{
    m_incremental = m_source.hasGenerations();
    std::vector<CommitKey> starts;
    starts.reserve(tips.size());
    for (const Oid &tip : tips) {
        const CommitKey key = m_source.keyOf(tip.raw);
        if (!load(key))
            return *m_error;
        if (m_flags[key] & Started)
            continue;
        m_flags[key] |= Started;
        starts.push_back(key);
    }
    // git sorts the starting commits newest first, keeping the given order among equal dates.
    std::stable_sort(starts.begin(), starts.end(), [this](CommitKey a, CommitKey b) {
        return m_source.commitTime(a) > m_source.commitTime(b);
    });

    if (m_dateOrder) {
        for (CommitKey key : starts) {
            m_flags[key] |= Seen;
            m_byDate.push_back({0, m_source.commitTime(key), m_sequence++, key});
            std::push_heap(m_byDate.begin(), m_byDate.end(), QueueOrder());
        }
        return {};
    }
    if (!m_incremental) {
        if (!walkEverything(starts))
            return *m_error;
        return {};
    }

    for (CommitKey key : starts) {
        m_flags[key] |= InIndegree;
        pushIndegree(key);
        m_minGeneration = std::min(m_minGeneration, m_source.generation(key));
        m_indegree[key] = 1;
    }
    if (!computeIndegreesToDepth(m_minGeneration))
        return *m_error;
    for (CommitKey key : starts)
        if (m_indegree[key] == 1)
            m_topoStack.push_back(key);
    // The first (newest) start must come out first from the last-in-first-out stack.
    std::reverse(m_topoStack.begin(), m_topoStack.end());
    return {};
}

bool TopoOrderWalker::computeIndegreesToDepth(quint64 cutoff)
{
    while (!m_indegreeQueue.empty() && m_indegreeQueue.front().generation >= cutoff)
        if (!indegreeWalkStep())
            return false;
    return true;
}

bool TopoOrderWalker::indegreeWalkStep()
{
    std::pop_heap(m_indegreeQueue.begin(), m_indegreeQueue.end(), QueueOrder());
    const CommitKey key = m_indegreeQueue.back().key;
    m_indegreeQueue.pop_back();
    CommitSource::ParentList parents;
    m_source.parents(key, &parents);
    for (CommitKey parent : parents) {
        if (!load(parent))
            return false;
        qint32 &degree = m_indegree[parent];
        degree = degree ? degree + 1 : 2;
        if (!(m_flags[parent] & InIndegree)) {
            m_flags[parent] |= InIndegree;
            pushIndegree(parent);
        }
    }
    return true;
}

bool TopoOrderWalker::expand(CommitKey key)
{
    CommitSource::ParentList parents;
    m_source.parents(key, &parents);
    for (CommitKey parent : parents) {
        if (!load(parent))
            return false;
        const quint64 generation = m_source.generation(parent);
        if (generation < m_minGeneration) {
            m_minGeneration = generation;
            if (!computeIndegreesToDepth(m_minGeneration))
                return false;
        }
        if (--m_indegree[parent] == 1)
            m_topoStack.push_back(parent);
    }
    return true;
}

bool TopoOrderWalker::walkEverything(const std::vector<CommitKey> &starts)
{
    // git's limit_list: a walk by commit date (ties in the order queued) that lists every
    // reachable commit; then sort_in_topological_order over that list.
    std::vector<QueueEntry> byDate;
    for (CommitKey key : starts) {
        m_flags[key] |= Seen;
        byDate.push_back({0, m_source.commitTime(key), m_sequence++, key});
        std::push_heap(byDate.begin(), byDate.end(), QueueOrder());
    }
    std::vector<CommitKey> listed;
    CommitSource::ParentList parents;
    while (!byDate.empty()) {
        std::pop_heap(byDate.begin(), byDate.end(), QueueOrder());
        const CommitKey key = byDate.back().key;
        byDate.pop_back();
        m_source.parents(key, &parents);
        for (CommitKey parent : parents) {
            if (!load(parent))
                return false;
            if (m_flags[parent] & Seen)
                continue;
            m_flags[parent] |= Seen;
            byDate.push_back({0, m_source.commitTime(parent), m_sequence++, parent});
            std::push_heap(byDate.begin(), byDate.end(), QueueOrder());
        }
        listed.push_back(key);
    }

    for (CommitKey key : listed)
        m_indegree[key] = 1;
    for (CommitKey key : listed) {
        m_source.parents(key, &parents);
        for (CommitKey parent : parents)
            if (m_indegree[parent])
                ++m_indegree[parent];
    }
    std::vector<CommitKey> stack;
    for (CommitKey key : listed)
        if (m_indegree[key] == 1)
            stack.push_back(key);
    std::reverse(stack.begin(), stack.end());
    m_sorted.reserve(listed.size());
    while (!stack.empty()) {
        const CommitKey key = stack.back();
        stack.pop_back();
        m_source.parents(key, &parents);
        for (CommitKey parent : parents) {
            qint32 &degree = m_indegree[parent];
            if (!degree)
                continue;
            if (--degree == 1)
                stack.push_back(parent);
        }
        m_indegree[key] = 0;
        m_sorted.push_back(key);
    }
    return true;
}

bool TopoOrderWalker::nextByDate(CommitKey *key)
{
    // git's default walk: the newest queued commit comes out, its parents are queued by date
    // (after those of equal date).
    if (m_byDate.empty())
        return false;
    std::pop_heap(m_byDate.begin(), m_byDate.end(), QueueOrder());
    const CommitKey commit = m_byDate.back().key;
    m_byDate.pop_back();
    CommitSource::ParentList parents;
    m_source.parents(commit, &parents);
    for (CommitKey parent : parents) {
        if (!load(parent))
            return false;
        if (m_flags[parent] & Seen)
            continue;
        m_flags[parent] |= Seen;
        m_byDate.push_back({0, m_source.commitTime(parent), m_sequence++, parent});
        std::push_heap(m_byDate.begin(), m_byDate.end(), QueueOrder());
    }
    *key = commit;
    ++m_emitted;
    return true;
}

bool TopoOrderWalker::next(CommitKey *key)
{
    if (m_error || (m_maxCount >= 0 && m_emitted >= m_maxCount))
        return false;
    if (m_dateOrder)
        return nextByDate(key);
    if (!m_incremental) {
        if (m_sortedNext >= m_sorted.size())
            return false;
        *key = m_sorted[m_sortedNext++];
        ++m_emitted;
        return true;
    }
    if (m_topoStack.empty())
        return false;
    const CommitKey commit = m_topoStack.back();
    m_topoStack.pop_back();
    m_indegree[commit] = 0;
    if (!expand(commit))
        return false;
    *key = commit;
    ++m_emitted;
    return true;
}

} // namespace gantry
