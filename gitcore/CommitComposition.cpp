#include "gitcore/CommitComposition.h"

#include "gitcore/ConventionalCommit.h"

#include <QStringList>

namespace gantry {

namespace {

const QString breakingToken = QStringLiteral("BREAKING CHANGE");

QString trimmedBlock(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString footerText(const QString &token, const QString &value)
{
    const QString trimmed = trimmedBlock(value);
    if (trimmed.startsWith(QLatin1Char('#')))
        return token + QLatin1Char(' ') + trimmed;
    return token + QStringLiteral(": ") + trimmed;
}

} // namespace

QString CommitComposition::header() const
{
    const QString text = subject.trimmed();
    const QString kind = type.trimmed();
    if (kind.isEmpty())
        return text;
    QString head = kind;
    if (!scope.trimmed().isEmpty())
        head += QLatin1Char('(') + scope.trimmed() + QLatin1Char(')');
    if (breaking)
        head += QLatin1Char('!');
    return head + QStringLiteral(": ") + text;
}

QList<CommitComposition::Line> CommitComposition::layout() const
{
    QList<Line> lines;
    lines.append({header(), Part::Subject, -1});
    const QString bodyText = trimmedBlock(body);
    if (!bodyText.isEmpty()) {
        lines.append({QString(), Part::None, -1});
        for (const QString &line : bodyText.split(QLatin1Char('\n')))
            lines.append({line, Part::Body, -1});
    }
    QList<Line> footerLines;
    if (breaking && !trimmedBlock(breakingDescription).isEmpty()) {
        for (const QString &line : footerText(breakingToken, breakingDescription).split(QLatin1Char('\n')))
            footerLines.append({line, Part::BreakingDescription, -1});
    }
    for (int i = 0; i < footers.size(); ++i) {
        const ComposedFooter &footer = footers.at(i);
        if (footer.token.trimmed().isEmpty() || footer.value.trimmed().isEmpty())
            continue;
        for (const QString &line : footerText(footer.token.trimmed(), footer.value).split(QLatin1Char('\n')))
            footerLines.append({line, Part::Footer, i});
    }
    if (!footerLines.isEmpty()) {
        lines.append({QString(), Part::None, -1});
        lines.append(footerLines);
    }
    return lines;
}

QString CommitComposition::message() const
{
    QStringList texts;
    for (const Line &line : layout())
        texts.append(line.text);
    return texts.join(QLatin1Char('\n'));
}

bool CommitComposition::isEmpty() const
{
    if (!type.trimmed().isEmpty() || !scope.trimmed().isEmpty() || !subject.trimmed().isEmpty()
        || !body.trimmed().isEmpty() || !breakingDescription.trimmed().isEmpty())
        return false;
    for (const ComposedFooter &footer : footers) {
        if (!footer.value.trimmed().isEmpty())
            return false;
    }
    return true;
}

CommitComposition::Missing CommitComposition::missing() const
{
    if (!subject.trimmed().isEmpty())
        return Missing::Nothing;
    return type.trimmed().isEmpty() ? Missing::TypeAndSubject : Missing::Subject;
}

CommitComposition::Part CommitComposition::partAt(int line, int column, int *footerIndex) const
{
    const QList<Line> lines = layout();
    if (line < 1 || line > lines.size())
        return Part::None;
    const Line &at = lines.at(line - 1);
    if (footerIndex)
        *footerIndex = at.footer;
    if (line != 1)
        return at.part;
    // The header: type, then "(scope)", then "!: " and the subject.
    const int typeLength = int(type.trimmed().size());
    if (typeLength == 0)
        return Part::Subject;
    if (column <= typeLength)
        return Part::Type;
    const QString scopeText = scope.trimmed();
    if (!scopeText.isEmpty() && column <= typeLength + scopeText.size() + 2)
        return Part::Scope;
    const int colon = int(at.text.indexOf(QStringLiteral(": "), typeLength));
    if (colon >= 0 && column <= colon + 1 && !breaking)
        return Part::Type; // the separator belongs to the type's side
    return Part::Subject;
}

std::optional<CommitComposition> CommitComposition::fromMessage(const QString &message, QChar commentChar)
{
    const ConventionalCommit parsed = ConventionalCommit::parse(message, commentChar);
    if (!parsed.isConventional() || parsed.kind() != ConventionalCommit::Kind::Regular)
        return std::nullopt;
    CommitComposition result;
    result.type = parsed.type();
    result.scope = parsed.scope();
    result.subject = parsed.subject();
    result.breaking = parsed.isBreaking();

    int firstFooterLine = 0;
    for (const CommitFooter &footer : parsed.footers()) {
        if (firstFooterLine == 0 || footer.tokenSpan.line < firstFooterLine)
            firstFooterLine = footer.tokenSpan.line;
        if (footer.isBreakingChange()) {
            if (!result.breakingDescription.isEmpty())
                result.breakingDescription += QLatin1Char('\n');
            result.breakingDescription += footer.value;
        } else {
            const QString value = footer.separator == QLatin1String(" #") ? QLatin1Char('#') + footer.value : footer.value;
            result.footers.append({footer.token, value});
        }
    }
    QStringList bodyLines;
    const int headerLine = parsed.headerSpan().line;
    for (const MessageLine &line : parsed.lines()) {
        if (line.span.line <= headerLine)
            continue;
        if (firstFooterLine > 0 && line.span.line >= firstFooterLine)
            break;
        bodyLines.append(line.text);
    }
    result.body = trimmedBlock(bodyLines.join(QLatin1Char('\n')));
    return result;
}

} // namespace gantry
