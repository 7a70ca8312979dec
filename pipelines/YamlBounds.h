#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace gantry {

/// The bounds Gantry sets on YAML alias expansion, which libyaml neither performs nor limits:
/// the nodes all of a file's aliases add once expanded, and how deeply aliases nest inside the
/// nodes they name. YamlSyntaxParser applies them as it reads, so no reader downstream (the
/// workflow reader, GitLab's merge keys and includes, the JSON every edit is checked against)
/// can expand more: an alias that would pass a bound, or that names a node it is inside, is not
/// followed (it reads as an unknown alias) and gives a finding at its line and column.
/// Sizes are counted per node as the parser completes it; the work is linear in the file.
class YamlBounds
{
public:
    /// At most this many nodes added by expanding all of a file's aliases (a real pipeline
    /// adds a few hundred; a "billion laughs" file adds 10^9 from a few hundred bytes).
    static constexpr qint64 MaxExpandedNodes = 100000;
    /// At most this many aliases nested inside one another's targets (a `<<:` merge of a
    /// merge of … counts each level).
    static constexpr int MaxAliasDepth = 32;

    enum class Verdict { Follow, TooManyNodes, TooDeep, Recursive };

    /// A scalar or collection node was added at `index` (indexes come in order, from 0); a
    /// scalar is complete at once, a collection when closed().
    void added(int index);
    /// An alias node was added at `index` naming `target` (-1: unknown). Follow: it is counted;
    /// anything else: it must not be followed, and counts as one node.
    Verdict alias(int index, int parent, int target);
    /// A collection is complete: its expanded size and depth join its parent's.
    void closed(int index, int parent);

    /// The nodes the aliases followed so far add.
    qint64 expandedNodes() const { return m_expanded; }
    /// The finding's message for an alias `*name` that was not followed.
    static QString message(Verdict verdict, const QString &name);
    /// Its rule: "yaml-alias-limit" or "yaml-alias-recursive".
    static QString rule(Verdict verdict);

private:
    void complete(int index, int parent);

    QList<qint64> m_size;   // each node's size once aliases are expanded
    QList<int> m_depth;     // the deepest alias nesting inside each node
    QList<bool> m_complete; // false while a collection is open
    qint64 m_expanded = 0;
};

} // namespace gantry
