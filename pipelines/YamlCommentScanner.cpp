#include "pipelines/YamlCommentScanner.h"

#include "pipelines/TextPositions.h"

#include <algorithm>

namespace gantry {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

/// The scalars' byte ranges in file order: a '#' inside one is content, not a comment.
QList<std::pair<qsizetype, qsizetype>> scalarRanges(const YamlSyntaxTree &tree)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    for (int i = 0; i < tree.size(); ++i) {
        const YamlSyntaxNode &n = tree.node(i);
        if (n.isScalar() && n.span.end > n.span.begin)
            out.append({n.span.begin, n.span.end});
    }
    return out;
}

/// The index of the first node starting at or after `offset` (nodes are stored in file order
/// of their first byte); tree.size() when none does.
int firstNodeFrom(const YamlSyntaxTree &tree, qsizetype offset)
{
    int low = 0;
    int high = tree.size();
    while (low < high) {
        const int mid = (low + high) / 2;
        if (tree.node(mid).span.begin < offset)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

/// The node a trailing comment follows: the last node ending on its line before it, widened to
/// an enclosing collection that ends later on the same line ("[a, b] # c" belongs to the list).
int lastNodeEndingOn(const YamlSyntaxTree &tree, int line, qsizetype before)
{
    int best = -1;
    for (int n = firstNodeFrom(tree, before) - 1; n >= 0; --n) {
        const SourceSpan &s = tree.node(n).span;
        if (s.endLine == line && s.end <= before) {
            best = n;
            break;
        }
        if (s.endLine < line && s.line < line)
            break;
    }
    while (best >= 0) {
        const int parent = tree.node(best).parent;
        if (parent < 0)
            break;
        const SourceSpan &p = tree.node(parent).span;
        if (p.endLine != line || p.end > before || p.end <= tree.node(best).span.end)
            break;
        best = parent;
    }
    return best;
}

} // namespace

bool YamlCommentScanner::isEntry(const YamlSyntaxTree &tree, int node)
{
    const int parent = tree.node(node).parent;
    if (parent < 0)
        return false;
    return tree.node(parent).isSequence() || tree.isKey(node);
}

qsizetype YamlCommentScanner::entryStart(const YamlSyntaxTree &tree, int node)
{
    const YamlSyntaxNode &n = tree.node(node);
    const int parent = n.parent;
    if (parent < 0 || !tree.node(parent).isSequence() || tree.node(parent).style != YamlSyntaxNode::Style::Block)
        return n.span.begin;
    const QByteArray &text = tree.text();
    qsizetype i = n.span.begin;
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    return i > 0 && text[i - 1] == '-' ? i - 1 : n.span.begin;
}

QList<YamlComment> YamlCommentScanner::scan(const YamlSyntaxTree &tree, const TextPositions &positions)
{
    const QByteArray &text = tree.text();
    const auto scalars = scalarRanges(tree);
    QList<YamlComment> comments;
    qsizetype nextScalar = 0;
    for (qsizetype i = positions.bomSize(); i < text.size(); ++i) {
        while (nextScalar < scalars.size() && scalars[nextScalar].second <= i)
            ++nextScalar;
        if (nextScalar < scalars.size() && scalars[nextScalar].first <= i) {
            i = scalars[nextScalar].second - 1;
            continue;
        }
        if (text[i] != '#' || (i > positions.bomSize() && !isBlank(text[i - 1]) && text[i - 1] != '\n' && text[i - 1] != '\r'))
            continue;
        YamlComment comment;
        const auto [line, column] = positions.lineColumn(i);
        const qsizetype end = positions.lineContentEnd(line);
        comment.span.begin = i;
        comment.span.end = end;
        comment.span.line = line;
        comment.span.column = column;
        std::tie(comment.span.endLine, comment.span.endColumn) = positions.lineColumn(end);
        comment.text = QString::fromUtf8(text.mid(i + 1, end - i - 1));
        qsizetype lineStart = positions.lineStart(line);
        if (line == 1)
            lineStart += positions.bomSize();
        bool ownLine = true;
        for (qsizetype k = lineStart; k < i; ++k)
            ownLine = ownLine && isBlank(text[k]);
        comment.placement = ownLine ? YamlComment::Placement::OwnLine : YamlComment::Placement::EndOfLine;
        comments.append(comment);
        i = end - 1;
    }

    // Owners. Nodes are stored in file order of their first byte, so the next one is a search away.
    for (YamlComment &comment : comments) {
        if (tree.root() < 0)
            break;
        if (comment.placement == YamlComment::Placement::EndOfLine) {
            comment.owner = lastNodeEndingOn(tree, comment.span.line, comment.span.begin);
            if (comment.owner >= 0)
                continue;
        }
        // The first entry starting after the comment…
        int below = -1;
        for (int n = firstNodeFrom(tree, comment.span.end); n < tree.size(); ++n) {
            if (isEntry(tree, n)) {
                below = n;
                break;
            }
        }
        int belowColumn = 0;
        if (below >= 0)
            belowColumn = positions.lineColumn(entryStart(tree, below)).second;
        // …unless the comment is indented deeper than it: then it closes the block above, and
        // belongs to the last entry above it that starts at or left of the comment's column.
        if (below < 0 || comment.span.column > belowColumn) {
            int above = -1;
            for (int n = firstNodeFrom(tree, comment.span.begin) - 1; n >= 0 && above < 0; --n) {
                if (isEntry(tree, n) && positions.lineColumn(entryStart(tree, n)).second <= comment.span.column)
                    above = n;
            }
            if (above >= 0) {
                comment.owner = above;
                continue;
            }
        }
        comment.owner = below >= 0 ? below : tree.root();
    }
    return comments;
}

} // namespace gantry
