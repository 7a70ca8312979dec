#include "pipelines/YamlSyntaxTree.h"

#include <QSet>

namespace gantry {

namespace {
constexpr int MaxAliasDepth = 64; // anchors can only point backwards, but stay safe on odd trees
}

bool YamlSyntaxTree::isMergeKey(const YamlSyntaxNode &key)
{
    return key.isScalar() && key.style == YamlSyntaxNode::Style::Plain && key.value == QLatin1String("<<");
}

bool YamlSyntaxTree::hasErrors() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

int YamlSyntaxTree::resolved(int index) const
{
    for (int depth = 0; index >= 0 && depth < MaxAliasDepth; ++depth) {
        if (m_nodes[index].kind != YamlSyntaxNode::Kind::Alias)
            return index;
        index = m_nodes[index].aliasTarget;
    }
    return -1;
}

QList<std::pair<int, int>> YamlSyntaxTree::entries(int mapping) const
{
    QList<std::pair<int, int>> out;
    mapping = resolved(mapping);
    if (mapping < 0 || !m_nodes[mapping].isMapping())
        return out;
    const QList<int> &children = m_nodes[mapping].children;
    QList<int> merged;
    QSet<QString> own;
    for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
        const YamlSyntaxNode &key = m_nodes[children[i]];
        if (m_resolveMerges && isMergeKey(key)) {
            const int source = resolved(children[i + 1]);
            if (source >= 0 && m_nodes[source].isSequence()) {
                for (int item : m_nodes[source].children)
                    merged.append(item);
            } else {
                merged.append(children[i + 1]);
            }
            continue;
        }
        out.append({children[i], children[i + 1]});
        if (key.isScalar())
            own.insert(key.value);
    }
    // YAML merge keys: earlier sources win over later ones, and the mapping's own keys over all.
    for (int source : merged) {
        if (resolved(source) == mapping)
            continue;
        for (const auto &[key, value] : entries(source)) {
            const YamlSyntaxNode &k = m_nodes[key];
            if (k.isScalar() && own.contains(k.value))
                continue;
            if (k.isScalar())
                own.insert(k.value);
            out.append({key, value});
        }
    }
    return out;
}

int YamlSyntaxTree::value(int mapping, QStringView key) const
{
    const int k = keyNode(mapping, key);
    if (k < 0)
        return -1;
    const YamlSyntaxNode &n = m_nodes[k];
    return n.parent >= 0 ? m_nodes[n.parent].children.value(n.slot + 1, -1) : -1;
}

int YamlSyntaxTree::keyNode(int mapping, QStringView key) const
{
    mapping = resolved(mapping);
    if (mapping < 0 || !m_nodes[mapping].isMapping())
        return -1;
    // The mapping's own keys first (they override merged ones): a hash for a big mapping, else
    // a look along its keys, without building its entries.
    const auto index = key == u"<<" ? m_keyIndex.cend() : m_keyIndex.constFind(mapping);
    if (index != m_keyIndex.cend()) {
        const int own = index->value(key.toString(), -1);
        if (own >= 0)
            return own;
    } else {
        const QList<int> &children = m_nodes[mapping].children;
        for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
            const YamlSyntaxNode &k = m_nodes[children[i]];
            if (k.isScalar() && k.value == key && !(m_resolveMerges && isMergeKey(k)))
                return children[i];
        }
    }
    if (!m_resolveMerges || !m_merging.contains(mapping))
        return -1;
    for (const auto &[k, v] : entries(mapping)) {
        if (m_nodes[k].isScalar() && m_nodes[k].value == key)
            return k;
    }
    return -1;
}

int YamlSyntaxTree::keyOf(int valueNode) const
{
    if (valueNode < 0)
        return -1;
    const YamlSyntaxNode &n = m_nodes[valueNode];
    if (n.parent < 0 || !m_nodes[n.parent].isMapping() || n.slot % 2 == 0)
        return -1;
    return m_nodes[n.parent].children[n.slot - 1];
}

bool YamlSyntaxTree::isKey(int index) const
{
    const YamlSyntaxNode &n = m_nodes[index];
    return n.parent >= 0 && m_nodes[n.parent].isMapping() && n.slot % 2 == 0;
}

QString YamlSyntaxTree::path(int index) const
{
    QStringList parts;
    while (index >= 0) {
        const int parent = m_nodes[index].parent;
        if (parent < 0)
            break;
        const YamlSyntaxNode &p = m_nodes[parent];
        const qsizetype position = m_nodes[index].slot;
        if (p.isSequence()) {
            parts.prepend(QString::number(position));
        } else if (position % 2 == 1) {
            parts.prepend(m_nodes[p.children[position - 1]].value);
        } else {
            parts.prepend(m_nodes[index].value); // a key: its own name
        }
        index = parent;
    }
    return parts.join(QLatin1Char('.'));
}

int YamlSyntaxTree::find(QStringView dottedPath) const
{
    int current = m_root;
    if (dottedPath.isEmpty())
        return current;
    for (QStringView part : dottedPath.split(QLatin1Char('.'))) {
        current = resolved(current);
        if (current < 0)
            return -1;
        const YamlSyntaxNode &n = m_nodes[current];
        if (n.isMapping()) {
            current = value(current, part);
        } else if (n.isSequence()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            if (!ok || i < 0 || i >= n.children.size())
                return -1;
            current = n.children[i];
        } else {
            return -1;
        }
    }
    return current;
}

int YamlSyntaxTree::nodeAt(qsizetype byte) const
{
    int found = -1;
    int current = m_root;
    while (current >= 0 && m_nodes[current].span.begin <= byte && byte < m_nodes[current].span.end) {
        found = current;
        int next = -1;
        for (int child : m_nodes[current].children) {
            const SourceSpan &s = m_nodes[child].span;
            if (s.begin <= byte && byte < s.end) {
                next = child;
                break;
            }
        }
        current = next;
    }
    return found;
}

QList<int> YamlSyntaxTree::commentsOf(int index) const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_comments.size(); ++i) {
        if (m_comments[i].owner == index)
            out.append(int(i));
    }
    return out;
}

} // namespace gantry
