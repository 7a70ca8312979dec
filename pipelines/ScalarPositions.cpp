#include "pipelines/ScalarPositions.h"

namespace gantry {

ScalarPositions::ScalarPositions(const YamlSyntaxTree &tree) : t(tree), m_positions(tree.text()) {}

std::pair<int, int> ScalarPositions::position(int node, int valueOffset) const
{
    const YamlSyntaxNode &n = t.node(node);
    const SourceSpan &span = n.span;
    const QString &value = n.value;
    valueOffset = std::clamp(valueOffset, 0, int(value.size()));
    if (valueOffset == 0)
        return {span.line, span.column}; // the scalar itself, quotes included
    // The raw text equals the value between a `${{` and the offset: find that `${{` in the raw text.
    const qsizetype open = value.lastIndexOf(QLatin1String("${{"), valueOffset);
    if (open >= 0 && open + 3 <= valueOffset && !value.mid(open, valueOffset - open).contains(QLatin1Char('\n'))) {
        const int ordinal = int(value.left(open).count(QLatin1String("${{")));
        const QString raw = QString::fromUtf8(t.text().mid(span.begin, span.size()));
        qsizetype at = -1;
        for (int i = 0; i <= ordinal; ++i) {
            at = raw.indexOf(QLatin1String("${{"), at + 1);
            if (at < 0)
                break;
        }
        if (at >= 0) {
            const qsizetype byte = span.begin + raw.left(at + (valueOffset - open)).toUtf8().size();
            return m_positions.lineColumn(byte);
        }
    }
    const bool singleLine = span.line == span.endLine;
    if (singleLine && n.style == YamlSyntaxNode::Style::Plain)
        return {span.line, span.column + valueOffset};
    if (singleLine && n.isQuoted() && !QString::fromUtf8(t.text().mid(span.begin, span.size())).contains(QLatin1Char('\\'))
        && !value.contains(QLatin1Char('\'')))
        return {span.line, span.column + 1 + valueOffset};
    return {span.line, span.column};
}

} // namespace gantry
