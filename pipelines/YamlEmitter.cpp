#include "pipelines/YamlEmitter.h"

#include "pipelines/YamlScalarWriter.h"

namespace gantry {

namespace {

QByteArray scalarText(const YamlOut &value, YamlScalarWriter::Context context)
{
    return value.kind == YamlOut::Kind::Typed ? value.scalar.toUtf8() : YamlScalarWriter::inlineString(value.scalar, context);
}

} // namespace

QByteArray YamlEmitter::key(const QString &key)
{
    return YamlScalarWriter::inlineString(key);
}

QList<QByteArray> YamlEmitter::scalarAfterKey(const YamlOut &value, int indent) const
{
    if (value.kind == YamlOut::Kind::String && value.scalar.contains(QLatin1Char('\n'))) {
        const QByteArray block = YamlScalarWriter::literalBlock(value.scalar, indent + m_style.indentUnit, "\n");
        return block.split('\n');
    }
    return {scalarText(value, YamlScalarWriter::Context::Block)};
}

QList<QByteArray> YamlEmitter::entryLines(const QString &name, const YamlOut &value, int indent) const
{
    const QByteArray pad(indent, ' ');
    const QByteArray head = pad + key(name) + ':';
    if (value.isScalar()) {
        QList<QByteArray> lines = scalarAfterKey(value, indent);
        lines[0] = lines[0].isEmpty() ? head : head + ' ' + lines[0];
        return lines;
    }
    if (value.isEmptyCollection() || prefersFlow(value))
        return {head + ' ' + flow(value)};
    QList<QByteArray> lines{head};
    const int childIndent = indent + (value.kind == YamlOut::Kind::List ? m_style.sequenceIndent : m_style.indentUnit);
    lines += blockLines(value, childIndent);
    return lines;
}

QList<QByteArray> YamlEmitter::itemLines(const YamlOut &value, int indent) const
{
    const QByteArray pad(indent, ' ');
    if (value.isScalar()) {
        QList<QByteArray> lines = scalarAfterKey(value, indent);
        lines[0] = pad + "- " + lines[0];
        return lines;
    }
    if (value.isEmptyCollection())
        return {pad + "- " + flow(value)};
    // The item's first line shares the dash: "- name: x", then the rest two columns in.
    QList<QByteArray> lines = blockLines(value, indent + 2);
    lines[0] = pad + "- " + lines[0].mid(indent + 2);
    return lines;
}

QList<QByteArray> YamlEmitter::blockLines(const YamlOut &value, int indent) const
{
    QList<QByteArray> lines;
    if (value.kind == YamlOut::Kind::Map) {
        for (const auto &[name, child] : value.entries)
            lines += entryLines(name, child, indent);
    } else if (value.kind == YamlOut::Kind::List) {
        for (const YamlOut &item : value.items)
            lines += itemLines(item, indent);
    } else {
        lines.append(QByteArray(indent, ' ') + scalarText(value, YamlScalarWriter::Context::Block));
    }
    return lines;
}

bool YamlEmitter::prefersFlow(const YamlOut &value) const
{
    constexpr int kMaxFlowWidth = 60;
    if (value.kind != YamlOut::Kind::List || value.block)
        return false;
    for (const YamlOut &item : value.items) {
        if (!item.isScalar() || item.scalar.contains(QLatin1Char('\n')))
            return false;
    }
    return flow(value).size() <= kMaxFlowWidth;
}

QByteArray YamlEmitter::flow(const YamlOut &value) const
{
    switch (value.kind) {
    case YamlOut::Kind::String:
    case YamlOut::Kind::Typed:
        if (value.kind == YamlOut::Kind::Typed && value.scalar.isEmpty())
            return QByteArrayLiteral("null");
        return value.kind == YamlOut::Kind::Typed
            ? value.scalar.toUtf8()
            : YamlScalarWriter::inlineString(value.scalar, YamlScalarWriter::Context::Flow);
    case YamlOut::Kind::List: {
        QList<QByteArray> parts;
        for (const YamlOut &item : value.items)
            parts.append(flow(item));
        return '[' + parts.join(", ") + ']';
    }
    case YamlOut::Kind::Map: {
        QList<QByteArray> parts;
        for (const auto &[name, child] : value.entries)
            parts.append(YamlScalarWriter::inlineString(name, YamlScalarWriter::Context::Flow) + ": " + flow(child));
        return '{' + parts.join(", ") + '}';
    }
    }
    return QByteArray();
}

QByteArray YamlEmitter::join(const QList<QByteArray> &lines) const
{
    QByteArray out;
    for (const QByteArray &line : lines)
        out += line + m_style.newline;
    return out;
}

} // namespace gantry
