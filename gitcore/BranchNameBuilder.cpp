#include "gitcore/BranchNameBuilder.h"

#include <QRegularExpression>

namespace gantry {

namespace {

/// Letters NFKD does not decompose into ASCII.
QString transliterate(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x00E6: case 0x00C6: return QStringLiteral("ae");
    case 0x0153: case 0x0152: return QStringLiteral("oe");
    case 0x00F8: case 0x00D8: return QStringLiteral("o");
    case 0x0142: case 0x0141: return QStringLiteral("l");
    case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: return QStringLiteral("d");
    case 0x00FE: case 0x00DE: return QStringLiteral("th");
    case 0x0131: return QStringLiteral("i");
    case 0x2019: case 0x0027: return QString(); // apostrophes join: "don't" → "dont"
    default: return QString(c);
    }
}

bool isSeparator(QChar c) { return c == u'-' || c == u'_' || c == u'.'; }

} // namespace

QString BranchNameBuilder::slug(const QString &text, int maxLength)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        for (const QChar t : transliterate(c)) {
            const QChar lower = t.toLower();
            if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
                if (dash && !out.isEmpty())
                    out += u'-';
                dash = false;
                out += lower;
            } else {
                dash = true;
            }
        }
    }
    if (maxLength > 0 && out.size() > maxLength) {
        const qsizetype boundary = out.lastIndexOf(u'-', maxLength);
        out.truncate(boundary >= maxLength / 2 ? boundary : maxLength);
        while (out.endsWith(u'-'))
            out.chop(1);
    }
    return out;
}

QString BranchNameBuilder::issue(const QString &text)
{
    QString out;
    for (const QChar c : text.trimmed())
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'-')
            out += c;
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString BranchNameBuilder::build(const QString &format, const QString &type, const QString &issueText,
                                 const QString &description, int slugMaxLength)
{
    QString name = format;
    name.replace(QLatin1String("{type}"), type.trimmed());
    name.replace(QLatin1String("{issue}"), issue(issueText));
    name.replace(QLatin1String("{slug}"), slug(description, slugMaxLength));
    // Tidy what an empty part left behind: "feat/-x" → "feat/x", "feat/123-" → "feat/123", "a//b" → "a/b".
    static const QRegularExpression doubleSlash(QStringLiteral("/{2,}"));
    name.replace(doubleSlash, QStringLiteral("/"));
    QString tidy;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (isSeparator(c)) {
            const bool afterSeparator = tidy.isEmpty() || tidy.endsWith(u'/') || isSeparator(tidy.back());
            const bool beforeSlashOrEnd = i + 1 == name.size() || name.at(i + 1) == u'/';
            if (afterSeparator || beforeSlashOrEnd)
                continue;
        }
        tidy += c;
    }
    while (tidy.endsWith(u'/'))
        tidy.chop(1);
    while (tidy.startsWith(u'/'))
        tidy.remove(0, 1);
    return tidy;
}

} // namespace gantry
