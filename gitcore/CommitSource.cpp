#include "gitcore/CommitSource.h"

#include <QCoreApplication>
#include <QFile>

#include <git2.h>

#include <cstring>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitSource)
};

const char kHexDigits[] = "0123456789abcdef";

/// The line of `data` starting at `pos` (without its newline) and where the next one starts.
bool nextLine(const char *data, size_t size, size_t *pos, const char **line, size_t *length)
{
    if (*pos >= size)
        return false;
    const char *start = data + *pos;
    const void *nl = std::memchr(start, '\n', size - *pos);
    const size_t len = nl ? size_t(static_cast<const char *>(nl) - start) : size - *pos;
    *line = start;
    *length = len;
    *pos += len + (nl ? 1 : 0);
    return true;
}

bool startsWith(const char *line, size_t length, const char *prefix)
{
    const size_t n = std::strlen(prefix);
    return length >= n && std::memcmp(line, prefix, n) == 0;
}

/// The timestamp of a "committer Name <email> 1700000000 +0000" line, as git reads it
/// (the number after the first '>'); 0 when it cannot be read.
qint64 parseCommitterTime(const char *line, size_t length)
{
    const char *end = line + length;
    const char *p = static_cast<const char *>(std::memchr(line, '>', length));
    if (!p)
        return 0;
    ++p;
    while (p < end && *p == ' ')
        ++p;
    qint64 value = 0;
    bool any = false;
    while (p < end && *p >= '0' && *p <= '9') {
        value = value * 10 + (*p - '0');
        any = true;
        ++p;
    }
    return any ? value : 0;
}

} // namespace

Result<std::unique_ptr<CommitSource>> CommitSource::open(git_repository *repo, bool useCommitGraph)
{
    if (!repo)
        return GitError::custom(Tr::tr("no repository"));
    std::unique_ptr<CommitSource> source(new CommitSource);
    source->m_repo = repo;
    git_odb *rawOdb = nullptr;
    if (auto r = check(git_repository_odb(&rawOdb, repo), Tr::tr("open object database")); !r)
        return r.error();
    source->m_odb.reset(rawOdb);

    const QString common = QString::fromUtf8(git_repository_commondir(repo));
    QFile shallow(common + QStringLiteral("shallow"));
    if (shallow.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = shallow.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const Oid id = Oid::fromHex(QString::fromLatin1(line.trimmed()));
            if (!id.isNull())
                source->m_shallow.insert(id);
        }
    }

    // git ignores the commit-graph in shallow repositories and when core.commitGraph is false.
    int enabled = 1;
    git_config *rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, repo) == 0) {
        ConfigPtr config(rawConfig);
        if (git_config_get_bool(&enabled, config.get(), "core.commitGraph") < 0)
            enabled = 1;
    }
    if (useCommitGraph && enabled && source->m_shallow.isEmpty()) {
        source->m_graph = CommitGraphFile::open(common + QStringLiteral("objects"));
        if (source->m_graph)
            source->m_graphCount = source->m_graph->commitCount();
    }
    return source;
}

CommitKey CommitSource::keyOf(const git_oid &id)
{
    if (m_graph) {
        const quint32 position = m_graph->find(id);
        if (position != CommitGraphFile::kNotFound)
            return position;
    }
    const Oid oid(id);
    const auto it = m_extraKeys.constFind(oid);
    if (it != m_extraKeys.constEnd())
        return *it;
    const CommitKey key = m_graphCount + quint32(m_extra.size());
    ParsedCommit commit;
    commit.id = oid;
    m_extra.push_back(commit);
    m_extraKeys.insert(oid, key);
    return key;
}

Result<void> CommitSource::load(CommitKey key)
{
    if (key < m_graphCount) {
        CommitGraphFile::ParentList positions;
        if (!m_graph->parents(key, &positions))
            return GitError::custom(Tr::tr("the commit-graph file is corrupt (commit %1)").arg(m_graph->id(key).toString()));
        return {};
    }
    const size_t index = key - m_graphCount;
    if (index >= m_extra.size())
        return GitError::custom(Tr::tr("unknown commit key"));
    if (m_extra[index].loaded)
        return {};

    const Oid id = m_extra[index].id;
    git_odb_object *rawObject = nullptr;
    if (auto r = check(git_odb_read(&rawObject, m_odb.get(), id.ptr()), Tr::tr("read commit %1").arg(id.toString())); !r)
        return r;
    OdbObjectPtr object(rawObject);
    if (git_odb_object_type(object.get()) != GIT_OBJECT_COMMIT)
        return GitError::custom(Tr::tr("object %1 is not a commit").arg(id.toString()));
    const char *data = static_cast<const char *>(git_odb_object_data(object.get()));
    const size_t size = git_odb_object_size(object.get());

    // Only the header matters: "parent" lines, then the "committer" line; parsing stops at the
    // blank line before the message.
    QVarLengthArray<git_oid, 4> parentIds;
    qint64 time = 0;
    size_t pos = 0;
    const char *line = nullptr;
    size_t length = 0;
    while (nextLine(data, size, &pos, &line, &length) && length > 0) {
        if (startsWith(line, length, "parent ")) {
            git_oid parent;
            if (length < 7 + GIT_OID_HEXSZ || git_oid_fromstrn(&parent, line + 7, GIT_OID_HEXSZ) < 0)
                return GitError::custom(Tr::tr("commit %1 has a malformed parent line").arg(id.toString()));
            parentIds.append(parent);
        } else if (startsWith(line, length, "committer ")) {
            time = parseCommitterTime(line, length);
        }
    }
    if (m_shallow.contains(id))
        parentIds.clear();

    QVarLengthArray<CommitKey, 4> parentKeys;
    for (const git_oid &parent : parentIds)
        parentKeys.append(keyOf(parent));  // may grow m_extra: index again below
    ParsedCommit &commit = m_extra[index];
    commit.time = time;
    commit.firstParent = quint32(m_parentPool.size());
    commit.parentCount = quint32(parentKeys.size());
    m_parentPool.insert(m_parentPool.end(), parentKeys.begin(), parentKeys.end());
    commit.loaded = true;
    return {};
}

Oid CommitSource::id(CommitKey key) const
{
    if (key < m_graphCount)
        return m_graph->id(key);
    return m_extra[key - m_graphCount].id;
}

void CommitSource::hex(CommitKey key, char *out) const
{
    const unsigned char *raw = key < m_graphCount ? m_graph->rawId(key) : m_extra[key - m_graphCount].id.raw.id;
    for (int i = 0; i < GIT_OID_RAWSZ; ++i) {
        out[2 * i] = kHexDigits[raw[i] >> 4];
        out[2 * i + 1] = kHexDigits[raw[i] & 0xF];
    }
}

void CommitSource::parents(CommitKey key, ParentList *out) const
{
    if (key < m_graphCount) {
        CommitGraphFile::ParentList positions;
        m_graph->parents(key, &positions);
        out->clear();
        out->append(positions.constData(), positions.size());
        return;
    }
    const ParsedCommit &commit = m_extra[key - m_graphCount];
    out->clear();
    out->append(m_parentPool.data() + commit.firstParent, qsizetype(commit.parentCount));
}

qint64 CommitSource::commitTime(CommitKey key) const
{
    if (key < m_graphCount)
        return m_graph->commitTime(key);
    return m_extra[key - m_graphCount].time;
}

quint64 CommitSource::generation(CommitKey key) const
{
    if (key < m_graphCount)
        return m_graph->generation(key);
    return kInfiniteGeneration;
}

} // namespace gantry
