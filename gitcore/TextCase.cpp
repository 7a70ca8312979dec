#include "gitcore/TextCase.h"

#include <QRegularExpression>

#include <algorithm>

namespace gantry {

namespace {

enum class CharClass { Other, Lower, Upper, Digit };

CharClass classOf(char32_t c)
{
    if (QChar::isDigit(c))
        return CharClass::Digit;
    if (QChar::isUpper(c) || QChar::isTitleCase(c))
        return CharClass::Upper;
    if (QChar::isLetter(c) || QChar::isMark(c))
        return CharClass::Lower; // lodash counts caseless letters with the lower-case ones
    return CharClass::Other;
}

/// NFD, then without the non-spacing marks. Done a character at a time: QString::normalized()
/// orders a run of combining marks by an insertion sort, which takes minutes on 200,000
/// alternating marks. Marks are dropped before and after decomposing (a non-spacing mark
/// decomposes only into non-spacing marks), and the few other marks with a combining class are
/// put in canonical order with a stable sort, so the result is NFD's less its non-spacing marks.
QString deburr(const QString &text)
{
    QList<char32_t> out;
    out.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (const uint c : codes) {
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        if (QChar::decompositionTag(c) != QChar::Canonical) {
            out.append(c);
            continue;
        }
        const char32_t one[] = {c};
        for (const uint d : QString::fromUcs4(one, 1).normalized(QString::NormalizationForm_D).toUcs4())
            if (QChar::category(d) != QChar::Mark_NonSpacing)
                out.append(d);
    }
    for (qsizetype i = 0; i < out.size();) {
        qsizetype end = i;
        while (end < out.size() && QChar::combiningClass(out.at(end)) != 0)
            ++end;
        if (end - i > 1)
            std::stable_sort(out.begin() + i, out.begin() + end, [](char32_t a, char32_t b) {
                return QChar::combiningClass(a) < QChar::combiningClass(b);
            });
        i = end > i ? end : i + 1;
    }
    return QString::fromUcs4(out.constData(), out.size());
}

QString capitalize(const QString &word) { return TextCase::upperFirst(word.toLower()); }

} // namespace

const QStringList &TextCase::names()
{
    static const QStringList list{
        QStringLiteral("lower-case"), QStringLiteral("lowercase"), QStringLiteral("lowerCase"),
        QStringLiteral("upper-case"), QStringLiteral("uppercase"), QStringLiteral("camel-case"),
        QStringLiteral("kebab-case"), QStringLiteral("pascal-case"), QStringLiteral("sentence-case"),
        QStringLiteral("sentencecase"), QStringLiteral("snake-case"), QStringLiteral("start-case")};
    return list;
}

bool TextCase::isKnown(const QString &name) { return names().contains(name); }

QString TextCase::upperFirst(const QString &text)
{
    if (text.isEmpty())
        return text;
    const qsizetype n = text.at(0).isHighSurrogate() && text.size() > 1 ? 2 : 1;
    return text.left(n).toUpper() + text.mid(n);
}

QStringList TextCase::words(const QString &text)
{
    QString input = deburr(text);
    input.remove(QRegularExpression(QStringLiteral("['\\x{2019}]")));
    const QList<uint> codes = input.toUcs4();
    QStringList result;
    QList<char32_t> word;
    QList<CharClass> classes;
    auto flush = [&]() {
        if (!word.isEmpty())
            result.append(QString::fromUcs4(word.constData(), word.size()));
        word.clear();
        classes.clear();
    };
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t c = codes.at(i);
        const CharClass cls = classOf(c);
        // lodash counts each emoji (astral symbols, dingbats) as a word of its own.
        if (cls == CharClass::Other && (c > 0xFFFF || (c >= 0x2700 && c <= 0x27BF))) {
            flush();
            word.append(c);
            classes.append(CharClass::Other);
            flush();
            continue;
        }
        if (cls == CharClass::Other) {
            flush();
            continue;
        }
        if (!word.isEmpty()) {
            const CharClass prev = classes.last();
            const bool digitEdge = (prev == CharClass::Digit) != (cls == CharClass::Digit);
            const bool lowerToUpper = prev == CharClass::Lower && cls == CharClass::Upper;
            // "XMLHttp": the last capital of a run starts the next word.
            const bool upperRunEnds = prev == CharClass::Upper && cls == CharClass::Lower && classes.size() > 1
                && classes.at(classes.size() - 2) == CharClass::Upper;
            if (digitEdge || lowerToUpper) {
                flush();
            } else if (upperRunEnds) {
                const char32_t lastUpper = word.takeLast();
                classes.removeLast();
                flush();
                word.append(lastUpper);
                classes.append(CharClass::Upper);
            }
        }
        word.append(c);
        classes.append(cls);
    }
    flush();
    return result;
}

QString TextCase::convert(const QString &text, const QString &name)
{
    if (name == QLatin1String("lower-case") || name == QLatin1String("lowercase") || name == QLatin1String("lowerCase"))
        return text.toLower();
    if (name == QLatin1String("upper-case") || name == QLatin1String("uppercase"))
        return text.toUpper();
    if (name == QLatin1String("sentence-case") || name == QLatin1String("sentencecase"))
        return upperFirst(text);
    const QStringList parts = words(text);
    QStringList out;
    if (name == QLatin1String("start-case")) {
        for (const QString &w : parts)
            out.append(upperFirst(w));
        return out.join(QLatin1Char(' '));
    }
    if (name == QLatin1String("camel-case") || name == QLatin1String("pascal-case")) {
        QString camel;
        for (qsizetype i = 0; i < parts.size(); ++i)
            camel += i ? capitalize(parts.at(i)) : parts.at(i).toLower();
        return name == QLatin1String("pascal-case") ? upperFirst(camel) : camel;
    }
    for (const QString &w : parts)
        out.append(w.toLower());
    return out.join(name == QLatin1String("kebab-case") ? QLatin1Char('-') : QLatin1Char('_'));
}

bool TextCase::isInCase(const QString &text, const QString &name)
{
    static const QRegularExpression quoted(QStringLiteral("`.*?`|\".*?\"|'.*?'"));
    QString input = text;
    input.remove(quoted);
    input = input.trimmed();
    const QString transformed = convert(input, name);
    if (transformed.isEmpty() || (transformed.at(0) >= QLatin1Char('0') && transformed.at(0) <= QLatin1Char('9')))
        return true;
    return transformed == input;
}

} // namespace gantry
