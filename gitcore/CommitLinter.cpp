#include "gitcore/CommitLinter.h"

#include "gitcore/CommitLintRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace gantry {

QString LintFinding::toString() const
{
    const QString kind = level == LintLevel::Error ? QCoreApplication::translate("gantry::CommitLinter", "error")
                                                   : QCoreApplication::translate("gantry::CommitLinter", "warning");
    return QStringLiteral("%1:%2: %3: %4: %5").arg(line).arg(column).arg(kind, rule, message);
}

CommitLinter::CommitLinter(CommitLintConfig config) : m_config(std::move(config)) {}

namespace {

/// semver.valid(): MAJOR.MINOR.PATCH with optional pre-release and build, an optional "v".
bool isSemver(const QString &text)
{
    static const QString num = QStringLiteral("(?:0|[1-9]\\d*)");
    static const QString pre = QStringLiteral("(?:0|[1-9]\\d*|\\d*[a-zA-Z-][a-zA-Z0-9-]*)");
    static const QRegularExpression re(QStringLiteral("^v?%1\\.%1\\.%1(?:-%2(?:\\.%2)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$")
                                           .arg(num, pre));
    return text.size() <= 256 && re.match(text).hasMatch();
}

} // namespace

bool CommitLinter::isIgnoredByDefault(const QString &message)
{
    using RE = QRegularExpression;
    static const QList<RE> wildcards{
        RE(QStringLiteral("^((Merge pull request)|(Merge (.*?) into (.*?)|(Merge branch (.*?)))(?:\\r?\\n)*$)"),
           RE::MultilineOption),
        RE(QStringLiteral("^(Merge tag (.*?))(?:\\r?\\n)*$"), RE::MultilineOption),
        RE(QStringLiteral("^(R|r)evert (.*)")),
        RE(QStringLiteral("^(R|r)eapply (.*)")),
        RE(QStringLiteral("^(amend|fixup|squash)!")),
        RE(QStringLiteral("^(Merged (.*?)(in|into) (.*)|Merged PR (.*): (.*))")),
        RE(QStringLiteral("^Merge remote-tracking branch(\\s*)(.*)")),
        RE(QStringLiteral("^Automatic merge(.*)")),
        RE(QStringLiteral("^Auto-merged (.*?) into (.*)")),
    };
    for (const RE &re : wildcards)
        if (re.match(message).hasMatch())
            return true;
    static const RE chore(QStringLiteral("^chore(\\([^)]+\\))?:"));
    QString first = message.section(QLatin1Char('\n'), 0, 0);
    first.remove(chore);
    return isSemver(first.trimmed());
}

bool CommitLinter::hasErrors(const QList<LintFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const LintFinding &f) { return f.level == LintLevel::Error; });
}

namespace {

/// The line the parser takes as the header: the first that is not blank-leading, a comment or
/// gpg output (1-based), and its length; {0, 0} for none.
std::pair<int, qsizetype> headerLine(const QString &message, QChar commentChar)
{
    int number = 0;
    qsizetype start = 0;
    bool leading = true; // the parser trims leading newlines
    while (start <= message.size()) {
        qsizetype end = message.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = message.size();
        ++number;
        const QStringView line = QStringView(message).mid(start, end - start);
        const bool blank = line.isEmpty() || line == u"\r";
        const QStringView trimmed = line.trimmed();
        const bool skipped = (leading && blank) || (!commentChar.isNull() && line.startsWith(commentChar))
            || trimmed.startsWith(u"gpg:");
        if (!skipped)
            return {number, line.endsWith(u'\r') && end < message.size() ? line.size() - 1 : line.size()};
        leading = leading && blank;
        start = end + 1;
    }
    return {0, 0};
}

} // namespace

QList<LintFinding> CommitLinter::lint(const QString &message, QChar commentChar) const
{
    QList<LintFinding> findings;
    // Refused before anything reads it (the ignore patterns included).
    if (const auto [line, length] = headerLine(message, commentChar); length > kMaxHeaderLength) {
        findings.append({QStringLiteral("header-size-limit"), LintLevel::Error,
                         QCoreApplication::translate("gantry::CommitLinter",
                                                     "header is %1 characters long; Gantry lints headers of up to %2 "
                                                     "characters and did not check this one")
                             .arg(length)
                             .arg(kMaxHeaderLength),
                         line, int(kMaxHeaderLength) + 1});
        return findings;
    }
    if (m_config.defaultIgnores() && isIgnoredByDefault(message))
        return findings;
    if (message.trimmed().isEmpty())
        return findings;
    const ConventionalCommit commit = ConventionalCommit::parse(message, commentChar, m_config.parserPreset());
    if (commit.isEmpty())
        return findings;
    for (const LintRuleSetting &setting : m_config.rules()) {
        if (setting.level == LintLevel::Disabled)
            continue;
        const RuleVerdict verdict = CommitLintRules::evaluate(setting, commit);
        if (verdict.valid)
            continue;
        findings.append({setting.name, setting.level, verdict.message, verdict.line, verdict.column});
    }
    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return findings;
}

} // namespace gantry
