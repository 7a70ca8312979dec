#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/SourceSpan.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace gantry {

/// One node of a YamlSyntaxTree: a scalar, a sequence, a mapping or an alias, with the exact
/// byte range it covers in the file and the style it was written in.
struct YamlSyntaxNode
{
    enum class Kind { Scalar, Sequence, Mapping, Alias };
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

    Kind kind = Kind::Scalar;
    Style style = Style::Plain;
    QString value;          ///< a scalar's decoded value; an alias's anchor name
    QString tag;            ///< an explicit tag ("!!str"), else empty
    QString anchor;         ///< the anchor this node defines ("&name"), else empty
    int parent = -1;        ///< the enclosing collection's index; -1 for the root
    int slot = -1;          ///< its position among the parent's children (even in a mapping: a key)
    QList<int> children;    ///< sequence items; mapping keys and values alternating
    int aliasTarget = -1;   ///< Alias: the anchored node it stands for (-1 when unknown)
    SourceSpan span;          ///< block scalars end at their last character, not after trailing blank lines

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMapping() const { return kind == Kind::Mapping; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isQuoted() const { return style == Style::SingleQuoted || style == Style::DoubleQuoted; }
    bool isBlockScalar() const { return style == Style::Literal || style == Style::Folded; }
};

/// A comment in the file (the text after '#'), and the node it belongs to: for a comment on its
/// own line, the entry or item below it (or the one above, when it is indented deeper than the
/// next one, as the last lines of a block); for a comment after code, the last node on its line.
struct YamlComment
{
    enum class Placement { OwnLine, EndOfLine };
    SourceSpan span;          ///< from '#' to the end of the line's content
    QString text;           ///< without the '#'
    Placement placement = Placement::OwnLine;
    int owner = -1;         ///< node index; -1 when the file has no node
};

/// A parsed YAML file that keeps everything a minimal text edit needs: the text itself, every
/// node's byte range and style, anchors and aliases, comments with their owners, and the
/// problems found (syntax errors, duplicate keys, tabs in indentation, bad UTF-8, merge keys),
/// each at its line and column. After an error the tree holds what parsed before it.
/// Built by YamlSyntaxParser; read-only afterwards.
class YamlSyntaxTree
{
public:
    using Nodes = QList<YamlSyntaxNode>;

    const QByteArray &text() const { return m_text; }
    /// The document's root node, or -1 for an empty file (or one that failed before any node).
    int root() const { return m_root; }
    int size() const { return int(m_nodes.size()); }
    const YamlSyntaxNode &node(int index) const { return m_nodes[index]; }
    const QList<YamlComment> &comments() const { return m_comments; }
    const DiagnosticList &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    /// Whether `<<` merge keys are followed by value() and entries().
    bool resolvesMergeKeys() const { return m_resolveMerges; }

    /// An alias's target (recursively); any other node itself; -1 for an unknown alias.
    int resolved(int index) const;
    /// The value under a scalar `key` of a mapping (aliases and, when enabled, merge keys
    /// followed), or -1. `mapping` may be an alias of a mapping.
    int value(int mapping, QStringView key) const;
    /// The key node of that entry, or -1.
    int keyNode(int mapping, QStringView key) const;
    /// A mapping's (key, value) index pairs in file order; merged entries follow when enabled
    /// (an entry of the mapping itself overrides a merged one of the same key).
    QList<std::pair<int, int>> entries(int mapping) const;
    /// For a mapping value, its key node; -1 for anything else.
    int keyOf(int valueNode) const;
    /// Whether the node is a key of a mapping.
    bool isKey(int index) const;
    /// A node's dotted path: "jobs.build.steps.2.run".
    QString path(int index) const;
    /// The node at a dotted path of keys and sequence indexes, or -1.
    int find(QStringView dottedPath) const;
    /// The innermost node whose range contains `byte`, or -1.
    int nodeAt(qsizetype byte) const;
    /// The comments owned by a node, in file order.
    QList<int> commentsOf(int index) const;

private:
    friend class YamlSyntaxParser;

    /// A plain `<<` key.
    static bool isMergeKey(const YamlSyntaxNode &key);

    QByteArray m_text;
    Nodes m_nodes;
    QList<YamlComment> m_comments;
    DiagnosticList m_diagnostics;
    QHash<int, QHash<QString, int>> m_keyIndex; // big mappings: scalar key → its first key node
    QSet<int> m_merging;                        // mappings with a `<<` key
    int m_root = -1;
    bool m_resolveMerges = false;
};

} // namespace gantry
