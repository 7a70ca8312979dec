#include "pipelines/YamlSyntaxParser.h"

#include "pipelines/TextPositions.h"
#include "pipelines/YamlBounds.h"
#include "pipelines/YamlCommentScanner.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml.h>

#include <algorithm>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::YamlSyntaxParser)
};

/// Deeper than this no workflow goes; a file that does is hostile or broken.
constexpr qsizetype MaxDepth = 1000;

/// Mappings with this many keys keep a hash of them in the tree.
constexpr qsizetype MinIndexedKeys = 32;

/// One open collection while events arrive.
struct Frame
{
    int node = -1;
    bool expectKey = true;       // mappings: the next child is a key
    QHash<QString, int> keys;    // mappings: scalar key → its first key node
};

class Builder
{
public:
    Builder(YamlSyntaxTree::Nodes &nodes, QHash<int, QHash<QString, int>> &keyIndex, QSet<int> &merging,
            DiagnosticList &diagnostics, const QByteArray &text, const TextPositions &positions, bool rejectMerges)
        : m_nodes(nodes), m_keyIndex(keyIndex), m_merging(merging), m_diagnostics(diagnostics), m_text(text),
          m_positions(positions), m_rejectMerges(rejectMerges)
    {
    }

    int root() const { return m_root; }

    /// Feeds one event; false once the document is complete (a second document is ignored).
    bool event(const yaml_event_t &event)
    {
        switch (event.type) {
        case YAML_DOCUMENT_START_EVENT:
            if (m_documents++ > 0) {
                error(event.start_mark, Tr::tr("only the first YAML document of a file is read"),
                      QStringLiteral("yaml-multiple-documents"), Diagnostic::Severity::Warning);
                return false;
            }
            return true;
        case YAML_SCALAR_EVENT: {
            YamlSyntaxNode node;
            node.kind = YamlSyntaxNode::Kind::Scalar;
            node.style = scalarStyle(event.data.scalar.style);
            node.value = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                           qsizetype(event.data.scalar.length));
            node.tag = tagOf(event.data.scalar.tag, event.data.scalar.plain_implicit || event.data.scalar.quoted_implicit);
            node.anchor = text(event.data.scalar.anchor);
            qsizetype end = byteOf(event.end_mark);
            const qsizetype begin = byteOf(event.start_mark);
            if (node.isBlockScalar()) {
                while (end > begin + 1 && isSpaceOrBreak(m_text[end - 1]))
                    --end;
            }
            add(std::move(node), begin, end);
            return true;
        }
        case YAML_ALIAS_EVENT: {
            YamlSyntaxNode node;
            node.kind = YamlSyntaxNode::Kind::Alias;
            node.value = text(event.data.alias.anchor);
            node.aliasTarget = m_anchors.value(node.value, -1);
            if (node.aliasTarget < 0)
                error(event.start_mark, Tr::tr("unknown alias \"*%1\": no anchor \"&%1\" before it").arg(node.value),
                      QStringLiteral("yaml-unknown-alias"));
            add(std::move(node), byteOf(event.start_mark), byteOf(event.end_mark));
            return true;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            const bool mapping = event.type == YAML_MAPPING_START_EVENT;
            YamlSyntaxNode node;
            node.kind = mapping ? YamlSyntaxNode::Kind::Mapping : YamlSyntaxNode::Kind::Sequence;
            const bool flow = mapping ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                      : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
            node.style = flow ? YamlSyntaxNode::Style::Flow : YamlSyntaxNode::Style::Block;
            node.tag = mapping ? tagOf(event.data.mapping_start.tag, event.data.mapping_start.implicit)
                               : tagOf(event.data.sequence_start.tag, event.data.sequence_start.implicit);
            node.anchor = text(mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor);
            const qsizetype begin = byteOf(event.start_mark);
            if (m_stack.size() >= MaxDepth) {
                error(event.start_mark, Tr::tr("nesting deeper than %1 levels; the rest of the file is not read").arg(MaxDepth),
                      QStringLiteral("yaml-depth"));
                return false;
            }
            const int index = add(std::move(node), begin, begin);
            m_stack.append(Frame{index, true, {}});
            return true;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            Frame frame = m_stack.takeLast();
            // A big mapping keeps its key hash: looking a key up stays O(1) (GitLab's jobs).
            if (frame.keys.size() >= MinIndexedKeys)
                m_keyIndex.insert(frame.node, std::move(frame.keys));
            YamlSyntaxNode &node = m_nodes[frame.node];
            qsizetype end = node.style == YamlSyntaxNode::Style::Flow ? byteOf(event.end_mark) : lastChildEnd(frame.node);
            setSpan(node, node.span.begin, std::max(end, node.span.begin));
            m_bounds.closed(frame.node, node.parent);
            return true;
        }
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT:
            return event.type != YAML_STREAM_END_EVENT;
        default:
            return true;
        }
    }

    /// After a syntax error: closes what is still open at the end of what it holds.
    void closeOpen()
    {
        while (!m_stack.isEmpty()) {
            const Frame frame = m_stack.takeLast();
            YamlSyntaxNode &node = m_nodes[frame.node];
            setSpan(node, node.span.begin, std::max(lastChildEnd(frame.node), node.span.begin));
            m_bounds.closed(frame.node, node.parent);
        }
    }

    void error(const yaml_mark_t &mark, const QString &message, const QString &rule,
               Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        const auto [line, column] = m_positions.lineColumn(byteOf(mark));
        m_diagnostics.append(Diagnostic{severity, line, column, message, rule});
    }

    qsizetype byteOf(const yaml_mark_t &mark) const { return m_positions.byteOfCharIndex(qsizetype(mark.index)); }

private:
    static bool isSpaceOrBreak(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    static YamlSyntaxNode::Style scalarStyle(yaml_scalar_style_t style)
    {
        switch (style) {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return YamlSyntaxNode::Style::SingleQuoted;
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return YamlSyntaxNode::Style::DoubleQuoted;
        case YAML_LITERAL_SCALAR_STYLE: return YamlSyntaxNode::Style::Literal;
        case YAML_FOLDED_SCALAR_STYLE: return YamlSyntaxNode::Style::Folded;
        default: return YamlSyntaxNode::Style::Plain;
        }
    }

    static QString text(const yaml_char_t *value)
    {
        return value ? QString::fromUtf8(reinterpret_cast<const char *>(value)) : QString();
    }

    static QString tagOf(const yaml_char_t *tag, int implicit)
    {
        return implicit ? QString() : text(tag);
    }

    void setSpan(YamlSyntaxNode &node, qsizetype begin, qsizetype end) const
    {
        node.span.begin = begin;
        node.span.end = end;
        std::tie(node.span.line, node.span.column) = m_positions.lineColumn(begin);
        std::tie(node.span.endLine, node.span.endColumn) = m_positions.lineColumn(end);
    }

    qsizetype lastChildEnd(int index) const
    {
        const YamlSyntaxNode &node = m_nodes[index];
        return node.children.isEmpty() ? node.span.begin : m_nodes[node.children.last()].span.end;
    }

    int add(YamlSyntaxNode node, qsizetype begin, qsizetype end)
    {
        setSpan(node, begin, end);
        const int index = int(m_nodes.size());
        if (!node.anchor.isEmpty())
            m_anchors.insert(node.anchor, index);
        bound(node, index, m_stack.isEmpty() ? -1 : m_stack.last().node);
        if (m_stack.isEmpty()) {
            if (m_root < 0)
                m_root = index;
            m_nodes.append(std::move(node));
            return index;
        }
        Frame &frame = m_stack.last();
        node.parent = frame.node;
        node.slot = int(m_nodes[frame.node].children.size());
        const YamlSyntaxNode &parent = m_nodes[frame.node];
        if (parent.isMapping()) {
            if (frame.expectKey)
                checkKey(frame, node, index);
            frame.expectKey = !frame.expectKey;
        }
        m_nodes.append(std::move(node));
        m_nodes[frame.node].children.append(index);
        return index;
    }

    /// Counts the node's expansion; an alias past YamlBounds is cut off from its target.
    void bound(YamlSyntaxNode &node, int index, int parent)
    {
        if (node.kind != YamlSyntaxNode::Kind::Alias) {
            m_bounds.added(index);
            if (node.isScalar())
                m_bounds.closed(index, parent);
            return;
        }
        const YamlBounds::Verdict verdict = m_bounds.alias(index, parent, node.aliasTarget);
        if (verdict == YamlBounds::Verdict::Follow)
            return;
        node.aliasTarget = -1;
        // A bomb has thousands of aliases past the limit: the first says it all.
        if (verdict != YamlBounds::Verdict::Recursive && m_limitReported)
            return;
        m_limitReported = m_limitReported || verdict != YamlBounds::Verdict::Recursive;
        m_diagnostics.append(Diagnostic{Diagnostic::Severity::Error, node.span.line, node.span.column,
                                        YamlBounds::message(verdict, node.value), YamlBounds::rule(verdict)});
    }

    void checkKey(Frame &frame, const YamlSyntaxNode &key, int index)
    {
        if (!key.isScalar())
            return;
        const bool merge = key.style == YamlSyntaxNode::Style::Plain && key.value == QLatin1String("<<");
        if (merge && m_rejectMerges) {
            m_diagnostics.append(Diagnostic{Diagnostic::Severity::Error, key.span.line, key.span.column,
                                            Tr::tr("merge keys (\"<<\") are not supported here; write the keys out"),
                                            QStringLiteral("yaml-merge-key")});
        }
        if (merge) {
            m_merging.insert(frame.node);
            return;
        }
        const auto first = frame.keys.constFind(key.value);
        if (first != frame.keys.constEnd()) {
            m_diagnostics.append(Diagnostic{Diagnostic::Severity::Error, key.span.line, key.span.column,
                                            Tr::tr("duplicate key \"%1\" (first at line %2)")
                                                .arg(key.value)
                                                .arg(m_nodes[*first].span.line),
                                            QStringLiteral("yaml-duplicate-key")});
            return;
        }
        frame.keys.insert(key.value, index);
    }

    YamlSyntaxTree::Nodes &m_nodes;
    QHash<int, QHash<QString, int>> &m_keyIndex;
    QSet<int> &m_merging;
    DiagnosticList &m_diagnostics;
    const QByteArray &m_text;
    const TextPositions &m_positions;
    const bool m_rejectMerges;
    QList<Frame> m_stack;
    QHash<QString, int> m_anchors;
    YamlBounds m_bounds;
    bool m_limitReported = false;
    int m_root = -1;
    int m_documents = 0;
};

/// Tabs where YAML wants spaces: in the indentation of a line that holds content (a line inside
/// a multi-line scalar is content, not indentation).
void checkTabs(const YamlSyntaxTree &tree, const TextPositions &positions, DiagnosticList &out)
{
    const QByteArray &text = tree.text();
    QList<std::pair<qsizetype, qsizetype>> scalars;
    for (int i = 0; i < tree.size(); ++i) {
        const YamlSyntaxNode &n = tree.node(i);
        if (n.isScalar() && n.span.endLine > n.span.line)
            scalars.append({n.span.begin, n.span.end});
    }
    // Multi-line scalars come in file order and do not overlap: one sweep finds the one a line is in.
    qsizetype next = 0;
    for (int line = 1; line <= positions.lineCount(); ++line) {
        const qsizetype start = positions.lineStart(line);
        const qsizetype end = positions.lineContentEnd(line);
        qsizetype tab = -1;
        qsizetype i = start;
        for (; i < end && (text[i] == ' ' || text[i] == '\t'); ++i) {
            if (text[i] == '\t' && tab < 0)
                tab = i;
        }
        if (tab < 0 || i == end || text[i] == '#')
            continue;
        while (next < scalars.size() && scalars[next].second <= start)
            ++next;
        if (next < scalars.size() && scalars[next].first < start)
            continue; // inside a multi-line scalar
        const auto [l, c] = positions.lineColumn(tab);
        out.append(Diagnostic{Diagnostic::Severity::Error, l, c,
                              Tr::tr("tab character in indentation; YAML indents with spaces"),
                              QStringLiteral("yaml-tab-indent")});
    }
}

} // namespace

YamlSyntaxTree YamlSyntaxParser::parse(const QByteArray &text, MergeKeys mergeKeys)
{
    YamlSyntaxTree tree;
    tree.m_text = text;
    tree.m_resolveMerges = mergeKeys == MergeKeys::Resolve;
    const TextPositions positions(text);
    DiagnosticList diagnostics;

    // libyaml stops at the first byte that is not UTF-8 before giving any event of its chunk:
    // report that byte where it is, and parse the lines before it.
    QByteArray input = text;
    if (positions.firstInvalidByte() >= 0) {
        const qsizetype bad = positions.firstInvalidByte();
        const auto [line, column] = positions.lineColumn(bad);
        diagnostics.append(Diagnostic{Diagnostic::Severity::Error, line, column,
                                      Tr::tr("byte 0x%1 is not valid UTF-8; save the file as UTF-8")
                                          .arg(QString::number(uchar(text[bad]), 16).toUpper().rightJustified(2, QLatin1Char('0'))),
                                      QStringLiteral("yaml-encoding")});
        input = text.left(positions.lineStart(line));
    }

    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
    Builder builder(tree.m_nodes, tree.m_keyIndex, tree.m_merging, diagnostics, text, positions, mergeKeys == MergeKeys::Reject);
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            QString message = QString::fromUtf8(parser.problem ? parser.problem : "invalid YAML");
            if (parser.context)
                message = QString::fromUtf8(parser.context) + QStringLiteral(": ") + message;
            builder.error(parser.problem_mark, message, QStringLiteral("yaml-syntax"));
            builder.closeOpen();
            break;
        }
        const bool more = builder.event(event);
        yaml_event_delete(&event);
        if (!more) {
            builder.closeOpen();
            break;
        }
    }
    yaml_parser_delete(&parser);
    tree.m_root = builder.root();

    DiagnosticList tabs;
    checkTabs(tree, positions, tabs);
    for (const Diagnostic &tab : tabs) {
        // libyaml's own complaint about the same line says less: keep ours.
        diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(), [&tab](const Diagnostic &d) {
                              return d.rule == QLatin1String("yaml-syntax") && d.line == tab.line;
                          }),
                          diagnostics.end());
        diagnostics.append(tab);
    }
    sortDiagnostics(diagnostics);
    tree.m_diagnostics = diagnostics;
    tree.m_comments = YamlCommentScanner::scan(tree, positions);
    return tree;
}

} // namespace gantry
