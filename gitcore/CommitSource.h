#pragma once

#include "gitcore/CommitGraphFile.h"
#include "gitcore/GitPtr.h"
#include "gitcore/Oid.h"
#include "gitcore/Result.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <memory>
#include <vector>

namespace gantry {

/// A small integer naming a commit inside one CommitSource: its commit-graph position when the
/// commit is in the graph, else a number past the graph. Walks and lane layouts work on keys,
/// so the hot path neither hashes nor copies object ids.
using CommitKey = quint32;

/// The topology of commits (id, parents, commit time, generation number), read from the
/// commit-graph file when the commit is in it, else by parsing the commit object's header
/// from the object database. Shallow repositories: grafted commits have no parents.
/// Not thread-safe; one per walk.
class CommitSource
{
public:
    using ParentList = QVarLengthArray<CommitKey, 4>;
    /// Generation of commits outside the commit-graph (git's GENERATION_NUMBER_INFINITY).
    static constexpr quint64 kInfiniteGeneration = ~quint64(0);

    /// `useCommitGraph` false ignores the commit-graph (for tests and comparisons).
    static Result<std::unique_ptr<CommitSource>> open(git_repository *repo, bool useCommitGraph = true);

    git_repository *repository() const { return m_repo; }
    /// The commit-graph in use, or null.
    const CommitGraphFile *graph() const { return m_graph.get(); }
    /// True when generation numbers are known (a commit-graph is in use): git then walks
    /// incrementally.
    bool hasGenerations() const { return m_graph != nullptr; }

    /// The key of a commit id (registered on first use; the object is read only by load()).
    CommitKey keyOf(const git_oid &id);
    /// One past the largest key handed out so far.
    quint32 keyLimit() const { return m_graphCount + quint32(m_extra.size()); }

    /// Reads the commit's parents and time if not known yet. Fails when the object is missing
    /// or not a commit.
    Result<void> load(CommitKey key);
    /// The commit's id (any key).
    Oid id(CommitKey key) const;
    /// Writes the 40 hex digits of the commit's id to `out`.
    void hex(CommitKey key, char *out) const;
    /// The parents in order (after load()).
    void parents(CommitKey key, ParentList *out) const;
    qint64 commitTime(CommitKey key) const;  // after load()
    quint64 generation(CommitKey key) const;

private:
    struct ParsedCommit
    {
        Oid id;
        qint64 time = 0;
        quint32 firstParent = 0;  // index into m_parentPool
        quint32 parentCount = 0;
        bool loaded = false;
    };

    CommitSource() = default;
    Result<void> parse(ParsedCommit &commit, CommitKey key);

    git_repository *m_repo = nullptr;
    OdbPtr m_odb;
    std::unique_ptr<CommitGraphFile> m_graph;
    quint32 m_graphCount = 0;
    std::vector<ParsedCommit> m_extra;
    std::vector<CommitKey> m_parentPool;
    QHash<Oid, CommitKey> m_extraKeys;
    QSet<Oid> m_shallow;
};

} // namespace gantry
