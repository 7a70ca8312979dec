#include "gitcore/CommitGraphFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace gantry {

namespace {

constexpr int kHashSize = 20;                 // SHA-1, the only hash libgit2 1.5 reads
constexpr int kCommitDataSize = kHashSize + 16;
constexpr quint32 kParentNone = 0x70000000u;
constexpr quint32 kParentExtraEdges = 0x80000000u;
constexpr quint32 kOverflowBit = 0x80000000u;

quint32 be32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint64 be64(const unsigned char *p)
{
    return (quint64(be32(p)) << 32) | be32(p + 4);
}

constexpr quint32 chunkId(char a, char b, char c, char d)
{
    return (quint32(quint8(a)) << 24) | (quint32(quint8(b)) << 16) | (quint32(quint8(c)) << 8) | quint32(quint8(d));
}

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitGraphFile)
};

} // namespace

struct CommitGraphFile::Layer
{
    std::unique_ptr<QFile> file;
    const unsigned char *data = nullptr;
    qint64 size = 0;
    quint32 base = 0;   // commits in the layers below
    quint32 count = 0;
    const unsigned char *fanout = nullptr;
    const unsigned char *ids = nullptr;
    const unsigned char *commitData = nullptr;
    const unsigned char *generationData = nullptr;  // GDA2, may be null
    const unsigned char *generationOverflow = nullptr;  // GDO2, may be null
    quint64 overflowCount = 0;
    const unsigned char *edges = nullptr;  // EDGE, may be null
    quint64 edgeCount = 0;
};

CommitGraphFile::CommitGraphFile() = default;
CommitGraphFile::~CommitGraphFile() = default;

std::unique_ptr<CommitGraphFile> CommitGraphFile::open(const QString &objectsDir, QString *error)
{
    std::unique_ptr<CommitGraphFile> graph(new CommitGraphFile);
    QString why;
    const QString single = objectsDir + QStringLiteral("/info/commit-graph");
    if (QFileInfo::exists(single)) {
        if (graph->addLayer(single, &why)) {
            graph->m_correctedDates = graph->m_layers.front()->generationData != nullptr;
            return graph;
        }
        if (error)
            *error = why;
        return nullptr;  // git does not fall back to a chain when the single file is broken
    }

    QFile chain(objectsDir + QStringLiteral("/info/commit-graphs/commit-graph-chain"));
    if (!chain.open(QIODevice::ReadOnly))
        return nullptr;
    const QList<QByteArray> lines = chain.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray hash = line.trimmed();
        if (hash.isEmpty())
            continue;
        const QString path = objectsDir + QStringLiteral("/info/commit-graphs/graph-%1.graph").arg(QString::fromLatin1(hash));
        if (!graph->addLayer(path, &why)) {
            if (error)
                *error = why;
            return nullptr;
        }
    }
    if (graph->m_layers.empty())
        return nullptr;
    graph->m_correctedDates = true;
    for (const auto &layer : graph->m_layers)
        graph->m_correctedDates = graph->m_correctedDates && layer->generationData;
    return graph;
}

bool CommitGraphFile::addLayer(const QString &path, QString *error)
{
    auto layer = std::make_unique<Layer>();
    layer->file = std::make_unique<QFile>(path);
    if (!layer->file->open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open %1: %2").arg(path, layer->file->errorString());
        return false;
    }
    layer->size = layer->file->size();
    auto malformed = [&](const QString &what) {
        *error = Tr::tr("malformed commit-graph %1: %2").arg(path, what);
        return false;
    };
    if (layer->size < 8 + 12 + kHashSize)
        return malformed(Tr::tr("file too small"));
    layer->data = layer->file->map(0, layer->size);
    if (!layer->data) {
        *error = Tr::tr("cannot map %1: %2").arg(path, layer->file->errorString());
        return false;
    }
    const unsigned char *d = layer->data;
    if (std::memcmp(d, "CGPH", 4) != 0)
        return malformed(Tr::tr("bad signature"));
    if (d[4] != 1)
        return malformed(Tr::tr("unsupported version %1").arg(d[4]));
    if (d[5] != 1)
        return malformed(Tr::tr("unsupported hash version %1").arg(d[5]));
    const int chunkCount = d[6];
    const int baseCount = d[7];
    if (baseCount != int(m_layers.size()))
        return malformed(Tr::tr("expected %1 base graphs, the file names %2").arg(m_layers.size()).arg(baseCount));
    const qint64 tableEnd = 8 + qint64(chunkCount + 1) * 12;
    if (tableEnd + kHashSize > layer->size)
        return malformed(Tr::tr("chunk table past the end of the file"));

    const qint64 dataEnd = layer->size - kHashSize;
    quint64 oidfSize = 0, oidlSize = 0, cdatSize = 0, gdaSize = 0;
    for (int i = 0; i < chunkCount; ++i) {
        const unsigned char *entry = d + 8 + i * 12;
        const quint32 id = be32(entry);
        const quint64 offset = be64(entry + 4);
        const quint64 next = be64(entry + 16);
        if (offset < quint64(tableEnd) || next < offset || next > quint64(dataEnd))
            return malformed(Tr::tr("chunk offsets out of range"));
        const unsigned char *start = d + offset;
        const quint64 size = next - offset;
        switch (id) {
        case chunkId('O', 'I', 'D', 'F'): layer->fanout = start; oidfSize = size; break;
        case chunkId('O', 'I', 'D', 'L'): layer->ids = start; oidlSize = size; break;
        case chunkId('C', 'D', 'A', 'T'): layer->commitData = start; cdatSize = size; break;
        case chunkId('G', 'D', 'A', '2'): layer->generationData = start; gdaSize = size; break;
        case chunkId('G', 'D', 'O', '2'): layer->generationOverflow = start; layer->overflowCount = size / 8; break;
        case chunkId('E', 'D', 'G', 'E'): layer->edges = start; layer->edgeCount = size / 4; break;
        default: break;  // BIDX, BDAT, BASE and future chunks are not needed here
        }
    }
    if (!layer->fanout || oidfSize != 256 * 4)
        return malformed(Tr::tr("missing or short OID fanout chunk"));
    if (!layer->ids || !layer->commitData)
        return malformed(Tr::tr("missing OID lookup or commit data chunk"));
    quint32 previous = 0;
    for (int i = 0; i < 256; ++i) {
        const quint32 v = be32(layer->fanout + i * 4);
        if (v < previous)
            return malformed(Tr::tr("fanout is not sorted"));
        previous = v;
    }
    layer->count = previous;
    if (oidlSize != quint64(layer->count) * kHashSize || cdatSize != quint64(layer->count) * kCommitDataSize)
        return malformed(Tr::tr("chunk sizes do not match %1 commits").arg(layer->count));
    if (layer->generationData && gdaSize != quint64(layer->count) * 4)
        layer->generationData = nullptr;  // git ignores a generation chunk of the wrong size
    if (quint64(m_total) + layer->count >= kParentNone)
        return malformed(Tr::tr("too many commits"));
    layer->base = m_total;
    m_total += layer->count;
    m_layers.push_back(std::move(layer));
    return true;
}

const CommitGraphFile::Layer &CommitGraphFile::layerOf(quint32 position) const
{
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it)
        if (position >= (*it)->base)
            return **it;
    return *m_layers.front();
}

quint32 CommitGraphFile::find(const git_oid &id) const
{
    const unsigned char first = id.id[0];
    for (auto it = m_layers.rbegin(); it != m_layers.rend(); ++it) {
        const Layer &l = **it;
        quint32 lo = first ? be32(l.fanout + (first - 1) * 4) : 0;
        quint32 hi = be32(l.fanout + first * 4);
        while (lo < hi) {
            const quint32 mid = lo + (hi - lo) / 2;
            const int c = std::memcmp(l.ids + quint64(mid) * kHashSize, id.id, kHashSize);
            if (c == 0)
                return l.base + mid;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    return kNotFound;
}

const unsigned char *CommitGraphFile::rawId(quint32 position) const
{
    const Layer &l = layerOf(position);
    return l.ids + quint64(position - l.base) * kHashSize;
}

Oid CommitGraphFile::id(quint32 position) const
{
    Oid oid;
    std::memcpy(oid.raw.id, rawId(position), kHashSize);
    return oid;
}

bool CommitGraphFile::parents(quint32 position, ParentList *out) const
{
    out->clear();
    const Layer &l = layerOf(position);
    const unsigned char *record = l.commitData + quint64(position - l.base) * kCommitDataSize;
    const quint32 first = be32(record + kHashSize);
    if (first == kParentNone)
        return true;
    if (first >= m_total)
        return false;
    out->append(first);
    const quint32 second = be32(record + kHashSize + 4);
    if (second == kParentNone)
        return true;
    if (!(second & kParentExtraEdges)) {
        if (second >= m_total)
            return false;
        out->append(second);
        return true;
    }
    // Octopus merge: parents 2..n are listed in the EDGE chunk, the last one flagged.
    for (quint64 index = second & ~kParentExtraEdges; index < l.edgeCount; ++index) {
        const quint32 edge = be32(l.edges + index * 4);
        const quint32 parent = edge & ~kParentExtraEdges;
        if (parent >= m_total)
            return false;
        out->append(parent);
        if (edge & kParentExtraEdges)
            return true;
    }
    return false;
}

qint64 CommitGraphFile::commitTime(quint32 position) const
{
    const Layer &l = layerOf(position);
    const unsigned char *record = l.commitData + quint64(position - l.base) * kCommitDataSize + kHashSize + 8;
    return qint64((quint64(be32(record) & 0x3) << 32) | be32(record + 4));
}

quint32 CommitGraphFile::topologicalLevel(quint32 position) const
{
    const Layer &l = layerOf(position);
    const unsigned char *record = l.commitData + quint64(position - l.base) * kCommitDataSize + kHashSize + 8;
    return be32(record) >> 2;
}

quint64 CommitGraphFile::generation(quint32 position) const
{
    if (!m_correctedDates)
        return topologicalLevel(position);
    const Layer &l = layerOf(position);
    const quint32 offset = be32(l.generationData + quint64(position - l.base) * 4);
    if (!(offset & kOverflowBit))
        return quint64(commitTime(position)) + offset;
    const quint32 index = offset & ~kOverflowBit;
    if (!l.generationOverflow || index >= l.overflowCount)
        return quint64(commitTime(position));
    return quint64(commitTime(position)) + be64(l.generationOverflow + quint64(index) * 8);
}

} // namespace gantry
