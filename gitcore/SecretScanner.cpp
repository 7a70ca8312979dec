#include "gitcore/SecretScanner.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::SecretScanner)
};

/// Longest line the generic password/secret/token rule looks at.
constexpr qsizetype kMaxGenericLineLength = 4096;

/// A content rule: where the secret is (capture group `group`) and what it is.
struct ContentRule
{
    const char *id;
    QRegularExpression pattern;
    int group;
    const char *what; // translated through Tr when reported
    bool entropyCheck = false;
};

const QList<ContentRule> &contentRules()
{
    // Patterns after gitleaks' and detect-secrets' rules; a token must stand alone (no word
    // character glued to either end) so identifiers that merely contain a prefix do not match.
    static const QList<ContentRule> rules{
        {"private-key", QRegularExpression(QStringLiteral("-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----")), 0,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "a private key")},
        {"aws-access-key-id",
         QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])((?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Za-z0-9])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "an AWS access key id")},
        {"aws-secret-key",
         QRegularExpression(QStringLiteral("(?i)aws_?(?:secret|sec)_?(?:access)?_?key[\"']?\\s*(?:[:=]|=>|:=)\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "an AWS secret access key")},
        {"github-token", QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255})(?![A-Za-z0-9_])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "a GitHub token")},
        {"github-token", QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "a GitHub token")},
        {"gitlab-token", QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "a GitLab token")},
        {"slack-token", QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])(xox[abprs]-[A-Za-z0-9-]{10,})(?![A-Za-z0-9-])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "a Slack token")},
        {"stripe-key", QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_])((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{16,99})(?![A-Za-z0-9_])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "a Stripe secret key")},
        {"google-api-key", QRegularExpression(QStringLiteral("(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])")), 1,
         QT_TRANSLATE_NOOP("gantry::SecretScanner", "a Google API key")},
        {"generic-secret",
         QRegularExpression(QStringLiteral("(?i)(?<![A-Za-z0-9])[A-Za-z0-9_.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)[A-Za-z0-9_.-]*[\"']?\\s*(?:=|:|:=|=>)\\s*([\"'`]?)([^\\s\"'`;,()\\[\\]{}$<>]{12,})\\1")),
         2, QT_TRANSLATE_NOOP("gantry::SecretScanner", "a high-entropy value assigned to a password, secret or token"), true},
    };
    return rules;
}

/// Words one of which a line must hold for the content rule `id` to match it (each rule's regular
/// expression needs one of them literally): a line without any is not given to the expression.
/// Staging thousands of files runs every rule over every line, and this check is most of it.
bool mayMatch(const char *id, const QString &line)
{
    struct Needles
    {
        const char *id;
        QList<QLatin1String> words;
        Qt::CaseSensitivity cs;
    };
    static const QList<Needles> table{
        {"private-key", {QLatin1String("-----BEGIN")}, Qt::CaseSensitive},
        {"aws-access-key-id", {QLatin1String("AKIA"), QLatin1String("ASIA"), QLatin1String("AGPA"), QLatin1String("AIDA"),
                               QLatin1String("AROA"), QLatin1String("AIPA"), QLatin1String("ANPA"), QLatin1String("ANVA"),
                               QLatin1String("A3T")}, Qt::CaseSensitive},
        {"aws-secret-key", {QLatin1String("aws")}, Qt::CaseInsensitive},
        {"github-token", {QLatin1String("gh"), QLatin1String("github_pat_")}, Qt::CaseSensitive},
        {"gitlab-token", {QLatin1String("glpat-")}, Qt::CaseSensitive},
        {"slack-token", {QLatin1String("xox")}, Qt::CaseSensitive},
        {"stripe-key", {QLatin1String("k_live_"), QLatin1String("k_test_"), QLatin1String("k_prod_")}, Qt::CaseSensitive},
        {"google-api-key", {QLatin1String("AIza")}, Qt::CaseSensitive},
        {"generic-secret", {QLatin1String("password"), QLatin1String("passwd"), QLatin1String("pwd"), QLatin1String("secret"),
                            QLatin1String("token"), QLatin1String("key")}, Qt::CaseInsensitive},
    };
    for (const Needles &n : table) {
        if (std::strcmp(n.id, id) != 0)
            continue;
        return std::any_of(n.words.cbegin(), n.words.cend(), [&](QLatin1String w) { return line.contains(w, n.cs); });
    }
    return true; // a rule without needles is always tried
}

/// A file-name rule: a glob over the file name, what it is, and what to add to .gitignore.
struct NameRule
{
    const char *id;
    const char *glob;
    const char *what;
    const char *ignore; // nullptr: the exact path
};

const QList<NameRule> &nameRules()
{
    static const QList<NameRule> rules{
        {"env-file", ".env", QT_TRANSLATE_NOOP("gantry::SecretScanner", "an environment file (.env), which usually holds credentials and local settings"), ".env"},
        {"env-file", ".env.*", QT_TRANSLATE_NOOP("gantry::SecretScanner", "an environment file (.env), which usually holds credentials and local settings"), ".env.*"},
        {"env-file", "*.env", QT_TRANSLATE_NOOP("gantry::SecretScanner", "an environment file (.env), which usually holds credentials and local settings"), "*.env"},
        {"key-file", "*.pem", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a key or certificate file, which may hold a private key"), "*.pem"},
        {"key-file", "*.key", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a key or certificate file, which may hold a private key"), "*.key"},
        {"key-file", "*.ppk", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a key or certificate file, which may hold a private key"), "*.ppk"},
        {"ssh-key", "id_rsa", QT_TRANSLATE_NOOP("gantry::SecretScanner", "an SSH private key"), nullptr},
        {"ssh-key", "id_dsa", QT_TRANSLATE_NOOP("gantry::SecretScanner", "an SSH private key"), nullptr},
        {"ssh-key", "id_ecdsa", QT_TRANSLATE_NOOP("gantry::SecretScanner", "an SSH private key"), nullptr},
        {"ssh-key", "id_ed25519", QT_TRANSLATE_NOOP("gantry::SecretScanner", "an SSH private key"), nullptr},
        {"keystore", "*.p12", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a keystore (PKCS#12, Java), which holds private keys"), "*.p12"},
        {"keystore", "*.pfx", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a keystore (PKCS#12, Java), which holds private keys"), "*.pfx"},
        {"keystore", "*.keystore", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a keystore (PKCS#12, Java), which holds private keys"), "*.keystore"},
        {"keystore", "*.jks", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a keystore (PKCS#12, Java), which holds private keys"), "*.jks"},
        {"credentials-file", "credentials*", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a credentials file"), nullptr},
        {"credentials-file", ".netrc", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a credentials file"), ".netrc"},
        {"credentials-file", ".pgpass", QT_TRANSLATE_NOOP("gantry::SecretScanner", "a credentials file"), ".pgpass"},
    };
    return rules;
}

/// Templates meant to be committed: `.env.example` and its kind.
bool isEnvTemplate(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("(?i)^\\.env\\.(example|sample|template|dist|defaults)$|\\.(example|sample|template|dist)$"));
    return re.match(name).hasMatch();
}

/// Values that are obviously not secrets: placeholders and references.
bool isPlaceholder(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("(?i)^(x+|\\*+|\\.+|-+)$|example|changeme|change_me|your[_-]|placeholder|dummy|redacted|^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$"));
    return re.match(value).hasMatch();
}

/// "4.0 KB", "5.0 MB": powers of 1024, as guards.max-file-size reads them.
QString humanSize(qint64 bytes)
{
    const char *units[] = {"KB", "MB", "GB"};
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    double value = double(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 2) {
        value /= 1024;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

bool looksBinary(const QByteArray &content)
{
    return content.left(8000).contains('\0');
}

} // namespace

QString SecretFinding::toString() const
{
    return QStringLiteral("%1:%2:%3: warning: %4").arg(path).arg(qMax(line, 1)).arg(qMax(column, 1)).arg(reason);
}

SecretScanner::SecretScanner(GuardRailConfig config)
    : m_config(std::move(config))
{
    for (const QString &glob : m_config.allowedPaths())
        m_allow.append(PathGlob(glob));
    for (const QString &glob : m_config.extraPathPatterns())
        m_extraPaths.append(PathGlob(glob));
}

bool SecretScanner::isAllowed(const QString &path) const
{
    return std::any_of(m_allow.cbegin(), m_allow.cend(), [&](const PathGlob &glob) { return glob.matches(path); });
}

QString SecretScanner::mask(const QString &secret)
{
    static const QRegularExpression prefix(QStringLiteral(
        "^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xox[abprs]-|[sr]k_(?:live|test|prod)_|AKIA|ASIA|AIza|-----BEGIN)"));
    const QRegularExpressionMatch m = prefix.match(secret);
    const QString head = m.hasMatch() ? m.captured(1) : QString();
    const QString rest = secret.mid(head.size());
    // Keep the last 4 only when at least 8 stay hidden.
    const QString tail = rest.size() >= 12 ? rest.right(4) : QString();
    return head + QStringLiteral("…") + tail;
}

double SecretScanner::entropy(const QString &text)
{
    if (text.isEmpty())
        return 0;
    QHash<QChar, int> counts;
    for (QChar c : text)
        ++counts[c];
    double bits = 0;
    for (int n : std::as_const(counts)) {
        const double p = double(n) / double(text.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

QList<SecretFinding> SecretScanner::scanPath(const QString &path) const
{
    QList<SecretFinding> out;
    if (!m_config.secretsEnabled() || isAllowed(path))
        return out;
    const QString name = path.section(QLatin1Char('/'), -1);
    auto add = [&](const QString &rule, const QString &what, const QString &ignore) {
        SecretFinding f;
        f.kind = SecretFinding::Kind::FileName;
        f.path = path;
        f.rule = rule;
        f.reason = Tr::tr("%1 looks like %2 [%3]").arg(name, what, rule);
        f.ignorePattern = ignore.isEmpty() ? path : ignore;
        out.append(f);
    };
    static const QList<PathGlob> nameGlobs = [] {
        QList<PathGlob> out;
        for (const NameRule &rule : nameRules())
            out.append(PathGlob(QString::fromLatin1(rule.glob)));
        return out;
    }();
    for (qsizetype i = 0; i < nameRules().size(); ++i) {
        const NameRule &rule = nameRules().at(i);
        if (!nameGlobs.at(i).matches(name))
            continue;
        if (QLatin1String(rule.id) == QLatin1String("env-file") && isEnvTemplate(name))
            continue;
        add(QString::fromLatin1(rule.id), Tr::tr(rule.what), rule.ignore ? QString::fromLatin1(rule.ignore) : QString());
        return out; // one reason per file name is enough
    }
    for (const PathGlob &glob : m_extraPaths) {
        if (glob.matches(path)) {
            add(QStringLiteral("custom-path"), Tr::tr("a file the repository's guards.secrets.paths list (%1)").arg(glob.pattern()),
                glob.pattern());
            break;
        }
    }
    return out;
}

QList<SecretFinding> SecretScanner::scanLine(const QString &path, int lineNumber, const QString &text) const
{
    QList<SecretFinding> out;
    if (!m_config.secretsEnabled() || text.contains(QLatin1String("gantry:allow-secret")))
        return out;
    auto add = [&](const QString &rule, const QString &what, int column, const QString &secret) {
        SecretFinding f;
        f.kind = SecretFinding::Kind::Content;
        f.path = path;
        f.line = lineNumber;
        f.column = column;
        f.rule = rule;
        f.excerpt = rule == QLatin1String("private-key") ? secret : mask(secret);
        f.reason = Tr::tr("%1 looks like %2 [%3]").arg(f.excerpt, what, rule);
        f.ignorePattern = path;
        out.append(f);
    };
    for (const ContentRule &rule : contentRules()) {
        // The generic rule backtracks over long identifier runs: minified or encoded lines are left to the token rules.
        if ((rule.entropyCheck && text.size() > kMaxGenericLineLength) || !mayMatch(rule.id, text))
            continue;
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString secret = m.captured(rule.group);
            if (rule.entropyCheck) {
                // Long, varied values only: "password = hunter2hunter2" is a weak password, not a leak we can tell apart.
                if (isPlaceholder(secret) || entropy(secret) < 3.5)
                    continue;
            }
            add(QString::fromLatin1(rule.id), Tr::tr(rule.what), int(m.capturedStart(rule.group)) + 1, secret);
        }
        if (!out.isEmpty())
            break; // the most specific rule wins; the generic one would repeat it
    }
    if (out.isEmpty()) {
        for (const QString &pattern : m_config.extraContentPatterns()) {
            const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
            if (m.hasMatch() && m.capturedLength() > 0) {
                add(QStringLiteral("custom-pattern"), Tr::tr("a match of the repository's guards.secrets.patterns"),
                    int(m.capturedStart()) + 1, m.captured());
                break;
            }
        }
    }
    return out;
}

QList<SecretFinding> SecretScanner::scanLines(const QString &path, const QList<std::pair<int, QString>> &lines) const
{
    QList<SecretFinding> out = scanPath(path);
    if (!m_config.secretsEnabled() || isAllowed(path))
        return out;
    for (const auto &[number, text] : lines)
        out += scanLine(path, number, text);
    return out;
}

QList<SecretFinding> SecretScanner::scanFile(const QString &path, const QByteArray &content, qint64 size) const
{
    QList<SecretFinding> out = scanPath(path);
    if (isAllowed(path))
        return out;
    if (size < 0)
        size = content.size();
    if (m_config.maxFileSize() > 0 && size > m_config.maxFileSize()) {
        SecretFinding f;
        f.kind = SecretFinding::Kind::Size;
        f.path = path;
        f.rule = QStringLiteral("large-file");
        f.reason = Tr::tr("%1 is %2, above the %3 limit (guards.max-file-size): large data belongs in Git LFS or outside the repository [large-file]")
                       .arg(path.section(QLatin1Char('/'), -1), humanSize(size), humanSize(m_config.maxFileSize()));
        f.ignorePattern = path;
        out.append(f);
        return out; // not read further: it would be slow, and the size is reason enough
    }
    if (!m_config.secretsEnabled() || looksBinary(content))
        return out;
    int number = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        ++number;
        QByteArray line = content.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        out += scanLine(path, number, QString::fromUtf8(line));
        start = end + 1;
    }
    return out;
}

} // namespace gantry
