#include "pipelines/YamlBlockEditor.h"

#include "pipelines/YamlCommentScanner.h"
#include "pipelines/YamlScalarWriter.h"

#include <QCoreApplication>
#include <QHash>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::YamlBlockEditor)
};

bool isFlow(const YamlSyntaxTree &tree, int node)
{
    for (; node >= 0; node = tree.node(node).parent) {
        if (tree.node(node).style == YamlSyntaxNode::Style::Flow)
            return true;
    }
    return false;
}

YamlEmitter::Style detectStyle(const YamlSyntaxTree &tree, const TextPositions &positions)
{
    YamlEmitter::Style style;
    if (tree.text().contains("\r\n"))
        style.newline = "\r\n";
    const auto column = [&](int node) {
        return positions.lineColumn(YamlCommentScanner::entryStart(tree, node)).second - 1;
    };
    bool unitFound = false;
    bool sequenceFound = false;
    for (int i = 0; i < tree.size() && !(unitFound && sequenceFound); ++i) {
        const YamlSyntaxNode &n = tree.node(i);
        if (n.style != YamlSyntaxNode::Style::Block || n.children.isEmpty())
            continue;
        const int key = tree.keyOf(i);
        if (key < 0 || isFlow(tree, i))
            continue;
        const int offset = column(n.children.first()) - column(key);
        if (n.isMapping() && !unitFound && offset > 0) {
            style.indentUnit = offset;
            unitFound = true;
        } else if (n.isSequence() && !sequenceFound && offset >= 0) {
            style.sequenceIndent = offset;
            sequenceFound = true;
        }
    }
    if (!sequenceFound)
        style.sequenceIndent = style.indentUnit;
    return style;
}

} // namespace

YamlBlockEditor::YamlBlockEditor(const YamlSyntaxTree &tree)
    : m_tree(tree), m_positions(tree.text()), m_emitter(detectStyle(tree, m_positions))
{
}

qsizetype YamlBlockEditor::lineStartOf(qsizetype byte) const
{
    return m_positions.lineStart(m_positions.lineColumn(byte).first);
}

qsizetype YamlBlockEditor::afterLineOf(qsizetype byte) const
{
    const int line = m_positions.lineColumn(byte).first;
    return line >= m_positions.lineCount() ? m_tree.text().size() : m_positions.lineStart(line + 1);
}

bool YamlBlockEditor::startsItsLine(qsizetype byte) const
{
    const QByteArray &text = m_tree.text();
    for (qsizetype i = lineStartOf(byte); i < byte; ++i) {
        if (text[i] != ' ')
            return false;
    }
    return true;
}

bool YamlBlockEditor::isBlank(int line) const
{
    if (line < 1 || line > m_positions.lineCount())
        return false;
    const QByteArray &text = m_tree.text();
    const qsizetype end = m_positions.lineContentEnd(line);
    if (line == m_positions.lineCount() && m_positions.lineStart(line) == text.size())
        return false; // the empty "line" after a final line break
    for (qsizetype i = m_positions.lineStart(line); i < end; ++i) {
        if (text[i] != ' ' && text[i] != '\t')
            return false;
    }
    return true;
}

bool YamlBlockEditor::within(int node, qsizetype begin, qsizetype end) const
{
    if (node < 0)
        return false;
    const SourceSpan &s = m_tree.node(node).span;
    return s.begin >= begin && s.end <= end;
}

qsizetype YamlBlockEditor::valueBegin(int node) const
{
    const YamlSyntaxNode &n = m_tree.node(node);
    qsizetype at = n.span.begin;
    if (n.anchor.isEmpty() && n.tag.isEmpty())
        return at;
    // Skip the properties ("&name", "!tag") and the blanks after them.
    const QByteArray &text = m_tree.text();
    while (at < n.span.end && (text[at] == '&' || text[at] == '!')) {
        while (at < n.span.end && text[at] != ' ' && text[at] != '\t' && text[at] != '\n' && text[at] != '\r')
            ++at;
        while (at < n.span.end && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r'))
            ++at;
    }
    return at;
}

int YamlBlockEditor::columnOf(int entry) const
{
    return m_positions.lineColumn(YamlCommentScanner::entryStart(m_tree, entry)).second - 1;
}

int YamlBlockEditor::valueOf(int keyNode) const
{
    const int parent = m_tree.node(keyNode).parent;
    if (parent < 0)
        return -1;
    const QList<int> &children = m_tree.node(parent).children;
    const qsizetype i = m_tree.node(keyNode).slot;
    return i >= 0 && i + 1 < children.size() ? children[i + 1] : -1;
}

qsizetype YamlBlockEditor::contentEnd(int entry) const
{
    const YamlSyntaxNode &n = m_tree.node(entry);
    const int parent = n.parent;
    if (parent >= 0 && m_tree.node(parent).isMapping()) {
        const int value = valueOf(entry);
        qsizetype end = n.span.end;
        // "key:" and nothing: libyaml puts the empty value wherever the next token is.
        if (value >= 0 && !(m_tree.node(value).isScalar() && m_tree.node(value).span.size() == 0))
            end = std::max(end, m_tree.node(value).span.end);
        else {
            const qsizetype colon = m_tree.text().indexOf(':', n.span.end);
            if (colon >= 0)
                end = colon + 1;
        }
        return end;
    }
    return n.span.end;
}

std::pair<qsizetype, qsizetype> YamlBlockEditor::entryLines(int entry) const
{
    const qsizetype start = YamlCommentScanner::entryStart(m_tree, entry);
    const qsizetype last = contentEnd(entry);
    qsizetype begin = lineStartOf(start);
    qsizetype end = afterLineOf(std::max(last - 1, start));
    QHash<int, const YamlComment *> ownLine;
    for (const YamlComment &c : m_tree.comments()) {
        if (c.placement == YamlComment::Placement::OwnLine)
            ownLine.insert(c.span.line, &c);
    }
    // The comments above it that are its own…
    for (int line = m_positions.lineColumn(begin).first - 1; line >= 1; --line) {
        const YamlComment *c = ownLine.value(line);
        if (!c || c->owner != entry)
            break;
        begin = m_positions.lineStart(line);
    }
    // …and those closing its block below it.
    for (;;) {
        if (end >= m_tree.text().size())
            break;
        const YamlComment *c = ownLine.value(m_positions.lineColumn(end).first);
        if (!c || !(c->owner == entry || within(c->owner, start, last)))
            break;
        end = afterLineOf(c->span.begin);
    }
    return {begin, end};
}

QByteArray YamlBlockEditor::blankLineBetween(int a, int b) const
{
    const qsizetype end = entryLines(a).second;
    const QByteArray between = m_tree.text().mid(end, entryLines(b).first - end);
    return !between.isEmpty() && between.trimmed().isEmpty() ? m_emitter.style().newline : QByteArray();
}

std::pair<qsizetype, qsizetype> YamlBlockEditor::withoutSeparator(std::pair<qsizetype, qsizetype> lines, bool first, bool last) const
{
    auto [begin, end] = lines;
    const int before = m_positions.lineColumn(begin).first - 1;
    const bool blankBefore = begin > 0 && isBlank(before);
    const bool blankAfter = end < m_tree.text().size() && isBlank(m_positions.lineColumn(end).first);
    // Entries separated by blank lines: one separator goes with the entry. The first entry
    // takes the one after it, the last the one before it.
    if (blankAfter && (blankBefore || first || begin == 0))
        end = afterLineOf(end);
    else if (blankBefore && last && !blankAfter)
        begin = m_positions.lineStart(before);
    return {begin, end};
}

QByteArray YamlBlockEditor::linesAt(qsizetype at, const QByteArray &lines) const
{
    const QByteArray &text = m_tree.text();
    if (at >= text.size() && !text.isEmpty() && !text.endsWith('\n'))
        return m_emitter.style().newline + lines;
    return lines;
}

QString YamlBlockEditor::flowRemove(TextPatch &patch, int collection, int first, int last) const
{
    const QList<int> &children = m_tree.node(collection).children;
    const qsizetype a = m_tree.node(children[first]).span.begin;
    const qsizetype b = m_tree.node(children[last]).span.end;
    if (last + 1 < children.size())
        patch.remove(a, m_tree.node(children[last + 1]).span.begin);
    else if (first > 0)
        patch.remove(m_tree.node(children[first - 1]).span.end, b);
    else
        patch.remove(a, b);
    return QString();
}

QString YamlBlockEditor::insertEntry(TextPatch &patch, int mapping, const QString &key, const YamlOut &value, int beforeKey) const
{
    const YamlSyntaxNode &m = m_tree.node(mapping);
    if (!m.isMapping())
        return Tr::tr("%1 is not a mapping").arg(m_tree.path(mapping));
    if (m.style == YamlSyntaxNode::Style::Flow || isFlow(m_tree, mapping)) {
        const QByteArray entry = YamlScalarWriter::inlineString(key, YamlScalarWriter::Context::Flow) + ": " + m_emitter.flow(value);
        if (m.children.isEmpty())
            patch.insert(m.span.end - 1, entry);
        else if (beforeKey >= 0)
            patch.insert(m_tree.node(beforeKey).span.begin, entry + ", ");
        else
            patch.insert(m_tree.node(m.children.last()).span.end, ", " + entry);
        return QString();
    }
    const int indent = columnOf(m.children.first());
    const QList<QByteArray> lines = m_emitter.entryLines(key, value, indent);
    if (beforeKey >= 0) {
        const qsizetype start = m_tree.node(beforeKey).span.begin;
        if (startsItsLine(start)) {
            patch.insert(entryLines(beforeKey).first, m_emitter.join(lines));
        } else {
            // The first key of a list item ("- name: x"): the new entry takes the dash line.
            QByteArray text = m_emitter.join(lines).mid(indent);
            patch.insert(start, text + QByteArray(indent, ' '));
        }
        return QString();
    }
    const qsizetype at = entryLines(m.children[m.children.size() - 2]).second;
    patch.insert(at, linesAt(at, m_emitter.join(lines)));
    return QString();
}

QString YamlBlockEditor::removeEntry(TextPatch &patch, int keyNode) const
{
    const int mapping = m_tree.node(keyNode).parent;
    if (mapping < 0 || !m_tree.node(mapping).isMapping())
        return Tr::tr("%1 is not a mapping entry").arg(m_tree.path(keyNode));
    const YamlSyntaxNode &m = m_tree.node(mapping);
    const int position = m_tree.node(keyNode).slot;
    if (m.style == YamlSyntaxNode::Style::Flow)
        return flowRemove(patch, mapping, position, std::min(position + 1, int(m.children.size()) - 1));
    if (m.children.size() <= 2) {
        const int parentKey = m_tree.keyOf(mapping);
        if (parentKey >= 0)
            return replaceValue(patch, parentKey, YamlOut::map());
        patch.replace(m.span.begin, m.span.end, "{}");
        return QString();
    }
    const qsizetype start = m_tree.node(keyNode).span.begin;
    if (!startsItsLine(start) && position + 2 < m.children.size()) {
        patch.remove(start, m_tree.node(m.children[position + 2]).span.begin);
        return QString();
    }
    const auto [begin, end] = withoutSeparator(entryLines(keyNode), position == 0, position + 2 >= m.children.size());
    patch.remove(begin, end);
    return QString();
}

QString YamlBlockEditor::insertItem(TextPatch &patch, int sequence, int index, const YamlOut &value) const
{
    const YamlSyntaxNode &s = m_tree.node(sequence);
    if (!s.isSequence())
        return Tr::tr("%1 is not a list").arg(m_tree.path(sequence));
    const int count = int(s.children.size());
    if (index < 0 || index > count)
        index = count;
    if (s.style == YamlSyntaxNode::Style::Flow || isFlow(m_tree, sequence)) {
        const QByteArray item = m_emitter.flow(value);
        if (count == 0)
            patch.insert(s.span.end - 1, item);
        else if (index < count)
            patch.insert(m_tree.node(s.children[index]).span.begin, item + ", ");
        else
            patch.insert(m_tree.node(s.children.last()).span.end, ", " + item);
        return QString();
    }
    const int indent = columnOf(s.children.first());
    const QByteArray lines = m_emitter.join(m_emitter.itemLines(value, indent));
    if (index < count) {
        patch.insert(entryLines(s.children[index]).first, lines);
    } else {
        const qsizetype at = entryLines(s.children.last()).second;
        patch.insert(at, linesAt(at, lines));
    }
    return QString();
}

QString YamlBlockEditor::removeItem(TextPatch &patch, int sequence, int index) const
{
    const YamlSyntaxNode &s = m_tree.node(sequence);
    if (!s.isSequence() || index < 0 || index >= s.children.size())
        return Tr::tr("%1 has no item %2").arg(m_tree.path(sequence)).arg(index);
    if (s.style == YamlSyntaxNode::Style::Flow)
        return flowRemove(patch, sequence, index, index);
    if (s.children.size() == 1) {
        const int parentKey = m_tree.keyOf(sequence);
        if (parentKey >= 0)
            return replaceValue(patch, parentKey, YamlOut::list());
        patch.replace(s.span.begin, s.span.end, "[]");
        return QString();
    }
    const auto [begin, end] = withoutSeparator(entryLines(s.children[index]), index == 0, index + 1 == s.children.size());
    patch.remove(begin, end);
    return QString();
}

QString YamlBlockEditor::moveItem(TextPatch &patch, int sequence, int from, int to) const
{
    const YamlSyntaxNode &s = m_tree.node(sequence);
    const int count = int(s.children.size());
    if (!s.isSequence() || from < 0 || from >= count || to < 0 || to >= count)
        return Tr::tr("%1 has no item %2").arg(m_tree.path(sequence)).arg(std::max(from, to));
    if (from == to)
        return Tr::tr("item %1 is already there").arg(from);
    if (s.style == YamlSyntaxNode::Style::Flow || isFlow(m_tree, sequence))
        return Tr::tr("%1 is written in flow style ([…]); reorder it in the text").arg(m_tree.path(sequence));
    const auto [begin, end] = entryLines(s.children[from]);
    QByteArray text = m_tree.text().mid(begin, end - begin);
    if (!text.endsWith('\n'))
        text += m_emitter.style().newline;
    const auto target = entryLines(s.children[to]);
    const qsizetype at = to < from ? target.first : target.second;
    patch.remove(begin, end);
    patch.insert(at, linesAt(at, text));
    return QString();
}

QString YamlBlockEditor::replaceScalar(TextPatch &patch, int scalar, const YamlOut &value) const
{
    const YamlSyntaxNode &n = m_tree.node(scalar);
    if (!n.isScalar() || !value.isScalar())
        return Tr::tr("%1 is not a single value").arg(m_tree.path(scalar));
    const auto context = isFlow(m_tree, scalar) ? YamlScalarWriter::Context::Flow : YamlScalarWriter::Context::Block;
    QByteArray text;
    if (n.isBlockScalar() && value.kind == YamlOut::Kind::String) {
        // Keep the block: its content indentation is the first content line's.
        const QByteArray &t = m_tree.text();
        qsizetype i = afterLineOf(n.span.begin);
        int indent = 0;
        while (i < t.size() && t[i] == ' ') {
            ++indent;
            ++i;
        }
        if (indent == 0)
            indent = columnOf(scalar) + m_emitter.style().indentUnit;
        QString v = value.scalar;
        if (!v.endsWith(QLatin1Char('\n')) && n.value.endsWith(QLatin1Char('\n')))
            v += QLatin1Char('\n');
        text = YamlScalarWriter::literalBlock(v, indent, m_emitter.style().newline);
    } else if (value.kind == YamlOut::Kind::Typed) {
        text = value.scalar.toUtf8();
    } else {
        const auto quote = n.style == YamlSyntaxNode::Style::SingleQuoted ? YamlScalarWriter::Quote::Single
            : n.style == YamlSyntaxNode::Style::DoubleQuoted                ? YamlScalarWriter::Quote::Double
                                                                            : YamlScalarWriter::Quote::Any;
        text = YamlScalarWriter::inlineString(value.scalar, context, quote);
    }
    if (n.span.size() == 0)
        text.prepend(' ');
    patch.replace(valueBegin(scalar), n.span.end, text);
    return QString();
}

QString YamlBlockEditor::replaceValue(TextPatch &patch, int keyNode, const YamlOut &value) const
{
    const int mapping = m_tree.node(keyNode).parent;
    if (mapping < 0 || !m_tree.node(mapping).isMapping())
        return Tr::tr("%1 is not a mapping entry").arg(m_tree.path(keyNode));
    const int current = valueOf(keyNode);
    if (current >= 0 && m_tree.node(current).isScalar() && m_tree.node(current).span.size() > 0 && value.isScalar()
        && !value.scalar.contains(QLatin1Char('\n')))
        return replaceScalar(patch, current, value);
    const qsizetype colon = m_tree.text().indexOf(':', m_tree.node(keyNode).span.end);
    if (colon < 0)
        return Tr::tr("%1 has no ':'").arg(m_tree.path(keyNode));
    const qsizetype end = std::max(contentEnd(keyNode), colon + 1);
    QByteArray text;
    if (isFlow(m_tree, mapping) || value.isEmptyCollection() || m_emitter.prefersFlow(value)) {
        text = ' ' + m_emitter.flow(value);
    } else if (value.isScalar()) {
        const QList<QByteArray> lines = m_emitter.entryLines(QStringLiteral("k"), value, columnOf(keyNode));
        text = m_emitter.join(lines).mid(columnOf(keyNode) + 2);
        text.chop(m_emitter.style().newline.size());
    } else {
        const int indent = columnOf(keyNode)
            + (value.kind == YamlOut::Kind::List ? m_emitter.style().sequenceIndent : m_emitter.style().indentUnit);
        text = m_emitter.style().newline + m_emitter.join(m_emitter.blockLines(value, indent));
        text.chop(m_emitter.style().newline.size());
    }
    patch.replace(colon + 1, end, text);
    return QString();
}

QString YamlBlockEditor::appendTopLevel(TextPatch &patch, const QString &key, const YamlOut &value) const
{
    const qsizetype at = m_tree.text().size();
    patch.insert(at, linesAt(at, m_emitter.join(m_emitter.entryLines(key, value, 0))));
    return QString();
}

} // namespace gantry
