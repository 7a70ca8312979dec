#pragma once

#include "pipelines/TextPatch.h"
#include "pipelines/TextPositions.h"
#include "pipelines/YamlEmitter.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QString>

namespace gantry {

/// Structural edits on a YamlSyntaxTree expressed as minimal TextPatch replacements: insert,
/// remove or replace a mapping entry or a list item, in block or flow style, with the file's
/// own indentation, list style and line breaks. Removing an entry takes its comments with it.
/// Each function adds to `patch` and returns an empty string, or returns why it cannot.
class YamlBlockEditor
{
public:
    explicit YamlBlockEditor(const YamlSyntaxTree &tree);

    const YamlEmitter &emitter() const { return m_emitter; }
    const YamlSyntaxTree &tree() const { return m_tree; }

    /// Adds `key: value` to a mapping: before the entry whose key is `beforeKey` (or at the end).
    QString insertEntry(TextPatch &patch, int mapping, const QString &key, const YamlOut &value, int beforeKey = -1) const;
    /// Removes the entry whose key node is `keyNode`, with its comments; the last entry of a
    /// block mapping leaves `{}` behind.
    QString removeEntry(TextPatch &patch, int keyNode) const;
    /// Adds an item to a list at `index` (-1 or the size: at the end).
    QString insertItem(TextPatch &patch, int sequence, int index, const YamlOut &value) const;
    /// Removes item `index`, with its comments; the last item leaves `[]` behind.
    QString removeItem(TextPatch &patch, int sequence, int index) const;
    /// Moves item `from` to position `to` of a block list, comments and all.
    QString moveItem(TextPatch &patch, int sequence, int from, int to) const;
    /// Replaces a scalar's text, keeping its quoting style where the new value allows it.
    QString replaceScalar(TextPatch &patch, int scalar, const YamlOut &value) const;
    /// Replaces the value of the entry whose key is `keyNode` with `value`.
    QString replaceValue(TextPatch &patch, int keyNode, const YamlOut &value) const;
    /// Adds a document-level `key: value` at the end of the file (a file without a root mapping).
    QString appendTopLevel(TextPatch &patch, const QString &key, const YamlOut &value) const;

    /// The whole lines of an entry (a key and its value, or a list item) with the comments that
    /// belong to it: [begin, end) from the start of its first line to after its last line break.
    std::pair<qsizetype, qsizetype> entryLines(int entry) const;
    /// A line break when entry `a` and the later entry `b` are separated by blank lines only
    /// (how the file spaces such entries), else empty.
    QByteArray blankLineBetween(int a, int b) const;
    /// The column (0-based) where an entry starts: its key, or its item's '-'.
    int columnOf(int entry) const;

private:
    qsizetype lineStartOf(qsizetype byte) const;
    /// After the line break of the line holding `byte` (the text's end on its last line).
    qsizetype afterLineOf(qsizetype byte) const;
    bool startsItsLine(qsizetype byte) const;
    bool isBlank(int line) const;
    bool within(int node, qsizetype begin, qsizetype end) const;
    /// Where to insert whole lines after `end` (an afterLineOf position): adds a line break first
    /// when the file does not end with one.
    QByteArray linesAt(qsizetype at, const QByteArray &lines) const;
    int valueOf(int keyNode) const;
    /// The last byte of an entry's content: its value's end, or its key's when it has no value.
    qsizetype contentEnd(int entry) const;
    /// An entry's lines widened by the blank line that separated it from its neighbours.
    std::pair<qsizetype, qsizetype> withoutSeparator(std::pair<qsizetype, qsizetype> lines, bool first, bool last) const;
    /// Where a node's value starts: after its anchor and tag.
    qsizetype valueBegin(int node) const;
    QString flowRemove(TextPatch &patch, int collection, int first, int last) const;

    const YamlSyntaxTree &m_tree;
    TextPositions m_positions;
    YamlEmitter m_emitter;
};

} // namespace gantry
