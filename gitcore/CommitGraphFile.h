#pragma once

#include "gitcore/Oid.h"

#include <QString>
#include <QVarLengthArray>

#include <memory>
#include <vector>

class QFile;

namespace gantry {

/// Git's commit-graph file (objects/info/commit-graph, or a split chain under
/// objects/info/commit-graphs/), memory-mapped: for every commit its parents, commit time and
/// generation number in fixed-size records, addressed by a position (0..commitCount()-1).
class CommitGraphFile
{
public:
    static constexpr quint32 kNotFound = 0xFFFFFFFFu;
    using ParentList = QVarLengthArray<quint32, 4>;

    ~CommitGraphFile();
    CommitGraphFile(const CommitGraphFile &) = delete;
    CommitGraphFile &operator=(const CommitGraphFile &) = delete;

    /// Opens the commit-graph of the object folder `objectsDir` (".git/objects"): the single
    /// file if there is one, else the split chain. Returns null when there is none or it is
    /// malformed (then `error`, if given, says why; a missing graph leaves it empty).
    static std::unique_ptr<CommitGraphFile> open(const QString &objectsDir, QString *error = nullptr);

    quint32 commitCount() const { return m_total; }
    int layerCount() const { return int(m_layers.size()); }
    /// True when generation numbers are corrected commit dates (GDA2 in every layer);
    /// otherwise they are topological levels.
    bool hasCorrectedDates() const { return m_correctedDates; }

    /// The position of a commit, or kNotFound (binary search inside the fanout bucket).
    quint32 find(const git_oid &id) const;
    /// The 20 raw bytes of the id at `position`.
    const unsigned char *rawId(quint32 position) const;
    Oid id(quint32 position) const;
    /// The parents' positions, in order. False when the record points outside the graph
    /// (a corrupt file); `out` is then incomplete.
    bool parents(quint32 position, ParentList *out) const;
    /// Committer time in seconds since the epoch.
    qint64 commitTime(quint32 position) const;
    /// Topological level (generation number v1).
    quint32 topologicalLevel(quint32 position) const;
    /// The generation number git orders by: the corrected commit date when the graph has one,
    /// else the topological level.
    quint64 generation(quint32 position) const;

private:
    struct Layer;
    CommitGraphFile();
    bool addLayer(const QString &path, QString *error);
    const Layer &layerOf(quint32 position) const;

    std::vector<std::unique_ptr<Layer>> m_layers;
    quint32 m_total = 0;
    bool m_correctedDates = false;
};

} // namespace gantry
