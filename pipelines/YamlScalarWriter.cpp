#include "pipelines/YamlScalarWriter.h"

#include "pipelines/YamlJson.h"

namespace gantry {

bool YamlScalarWriter::isTypedPlain(const QString &value)
{
    return !YamlJson::plainScalar(value).isString();
}

bool YamlScalarWriter::isPlainSafe(const QString &value, Context context)
{
    if (value.isEmpty() || value != value.trimmed() || isTypedPlain(value))
        return false;
    // YAML 1.1 booleans read differently by older tools: quote them.
    static const QStringList yaml11 = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"),
                                       QStringLiteral("off"), QStringLiteral("y"), QStringLiteral("n")};
    if (yaml11.contains(value.toLower()))
        return false;
    const QChar first = value.front();
    const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(first)) {
        const bool dashLike = first == QLatin1Char('-') || first == QLatin1Char('?') || first == QLatin1Char(':');
        if (!dashLike || value.size() < 2 || value[1].isSpace())
            return false;
        if (context == Context::Flow && first == QLatin1Char(':'))
            return false;
    }
    if (value.endsWith(QLatin1Char(':')) || value.contains(QLatin1String(": ")) || value.contains(QLatin1String(" #")))
        return false;
    for (QChar c : value) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
        if (context == Context::Flow && QStringLiteral(",[]{}").contains(c))
            return false;
    }
    if (value.startsWith(QLatin1String("---")) || value.startsWith(QLatin1String("...")))
        return false;
    return true;
}

namespace {

QByteArray doubleQuoted(const QString &value)
{
    QByteArray out = "\"";
    for (QChar c : value) {
        switch (c.unicode()) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += "\\x" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

bool needsDouble(const QString &value)
{
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QByteArray YamlScalarWriter::inlineString(const QString &value, Context context, Quote quote)
{
    if (quote == Quote::Any && isPlainSafe(value, context))
        return value.toUtf8();
    if (quote == Quote::Double || needsDouble(value))
        return doubleQuoted(value);
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return "'" + escaped.toUtf8() + "'";
}

QByteArray YamlScalarWriter::inlineValue(const QString &value, Context context, Quote quote)
{
    if (quote == Quote::Any && isTypedPlain(value) && !value.isEmpty() && value == value.trimmed())
        return value.toUtf8();
    return inlineString(value, context, quote);
}

QByteArray YamlScalarWriter::literalBlock(const QString &value, int indent, const QByteArray &newline)
{
    QString body = value;
    int trailing = 0;
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        ++trailing;
    }
    QByteArray header = "|";
    if (body.startsWith(QLatin1Char(' ')))
        header += QByteArray::number(indent > 9 ? 9 : indent); // an indentation indicator
    if (trailing == 0)
        header += '-';
    else if (trailing > 1)
        header += '+';
    const QByteArray pad(indent, ' ');
    QByteArray out = header;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        out += newline;
        if (!line.isEmpty())
            out += pad + line.toUtf8();
    }
    for (int i = 1; i < trailing; ++i)
        out += newline;
    return out;
}

} // namespace gantry
