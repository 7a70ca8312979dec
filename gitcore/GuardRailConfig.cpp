#include "gitcore/GuardRailConfig.h"

#include "gitcore/PathGlob.h"

#include "gitcore/GlobMatcher.h"
#include "gitcore/YamlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::GuardRailConfig)
};

} // namespace

GuardRailConfig::GuardRailConfig()
    : m_protected{QStringLiteral("main"), QStringLiteral("master"), QStringLiteral("production")}
{
}

QString GuardRailConfig::fileName()
{
    return QStringLiteral(".gantry/conventions.yml");
}

GuardRailConfig GuardRailConfig::discover(const QString &workdir)
{
    QFile file(QDir(workdir).filePath(fileName()));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        GuardRailConfig config;
        config.m_problems.append({fileName(), 0, 0, Tr::tr("cannot be read: %1").arg(file.errorString())});
        return config;
    }
    return fromText(file.readAll(), fileName());
}

GuardRailConfig GuardRailConfig::fromText(const QByteArray &text, const QString &fileName)
{
    GuardRailConfig config;
    config.m_file = fileName;
    config.read(text);
    return config;
}

void GuardRailConfig::problem(const YamlNode &node, const QString &message)
{
    m_problems.append({m_file, node.line, node.column, message});
}

void GuardRailConfig::read(const QByteArray &text)
{
    const YamlTree::ParseResult parsed = YamlTree::parse(text);
    if (!parsed.ok) {
        m_problems.append({m_file, parsed.line, parsed.column,
                           Tr::tr("not valid YAML (%1); the guard rails use their defaults").arg(parsed.error)});
        return;
    }
    if (parsed.root.kind == YamlNode::Kind::Null)
        return;
    if (parsed.root.kind != YamlNode::Kind::Mapping) {
        problem(parsed.root, Tr::tr("expected a mapping of sections (guards:, protected-branches: …)"));
        return;
    }
    if (const YamlNode *guards = parsed.root.value(QStringLiteral("guards")))
        readGuards(*guards);
    if (const YamlNode *branches = parsed.root.value(QStringLiteral("protected-branches")))
        readProtected(*branches);
}

QStringList GuardRailConfig::readStrings(const YamlNode &node, const QString &what)
{
    QStringList out;
    if (node.kind == YamlNode::Kind::Null)
        return out;
    if (node.isScalar())
        return {node.scalar};
    if (node.kind != YamlNode::Kind::Sequence) {
        problem(node, Tr::tr("%1 must be a list of strings").arg(what));
        return out;
    }
    for (const YamlNode &item : node.items) {
        if (item.isScalar() && !item.scalar.isEmpty())
            out.append(item.scalar);
        else
            problem(item, Tr::tr("%1: expected a string").arg(what));
    }
    return out;
}

void GuardRailConfig::readGuards(const YamlNode &node)
{
    if (node.kind == YamlNode::Kind::Null)
        return;
    if (node.kind != YamlNode::Kind::Mapping) {
        problem(node, Tr::tr("guards: expected a mapping (secrets, max-file-size, large-commit-lines, merge, "
                             "rewrite-published)"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        const QString name = key.scalar;
        if (name == QLatin1String("secrets")) {
            readSecrets(value);
        } else if (name == QLatin1String("max-file-size")) {
            const qint64 size = value.isScalar() ? parseSize(value.scalar) : -1;
            if (size < 0)
                problem(value, Tr::tr("max-file-size: expected a size such as 5MB, 512KB or a number of bytes (0: off)"));
            else
                m_maxFileSize = size;
        } else if (name == QLatin1String("large-commit-lines")) {
            bool ok = false;
            const int lines = value.isInteger() ? value.scalar.toInt(&ok) : -1;
            if (!ok || lines < 0)
                problem(value, Tr::tr("large-commit-lines: expected a whole number of lines (0: off)"));
            else
                m_largeCommitLines = lines;
        } else if (name == QLatin1String("merge")) {
            readMerge(value);
        } else if (name == QLatin1String("rewrite-published")) {
            if (value.isScalar() && value.scalar == QLatin1String("confirm"))
                m_rewrite = RewriteMode::Confirm;
            else if (value.isScalar() && value.scalar == QLatin1String("refuse"))
                m_rewrite = RewriteMode::Refuse;
            else if (value.isScalar() && value.scalar == QLatin1String("off"))
                m_rewrite = RewriteMode::Off;
            else
                problem(value, Tr::tr("rewrite-published: expected confirm, refuse or off"));
        } else {
            problem(key, Tr::tr("guards: unknown setting '%1' (known: secrets, max-file-size, large-commit-lines, "
                                "merge, rewrite-published)").arg(name));
        }
    }
}

void GuardRailConfig::readMerge(const YamlNode &node)
{
    if (node.kind == YamlNode::Kind::Null)
        return;
    if (node.kind != YamlNode::Kind::Mapping) {
        problem(node, Tr::tr("merge: expected a mapping (fast-forward-only)"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        if (key.scalar == QLatin1String("fast-forward-only")) {
            if (value.isBoolean())
                m_mergeFastForwardOnly = value.scalar == QLatin1String("true");
            else
                problem(value, Tr::tr("merge.fast-forward-only: expected true or false"));
        } else {
            problem(key, Tr::tr("merge: unknown setting '%1' (known: fast-forward-only)").arg(key.scalar));
        }
    }
}

void GuardRailConfig::readSecrets(const YamlNode &node)
{
    if (node.kind == YamlNode::Kind::Null)
        return; // "secrets:" with nothing under it: the defaults
    if (node.isBoolean()) {
        m_secrets = node.scalar == QLatin1String("true");
        return;
    }
    if (node.kind != YamlNode::Kind::Mapping) {
        problem(node, Tr::tr("secrets: expected true, false or a mapping (enabled, paths, patterns, allow)"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        const QString name = key.scalar;
        if (name == QLatin1String("enabled")) {
            if (value.isBoolean())
                m_secrets = value.scalar == QLatin1String("true");
            else
                problem(value, Tr::tr("secrets.enabled: expected true or false"));
        } else if (name == QLatin1String("paths")) {
            m_paths = readStrings(value, QStringLiteral("secrets.paths"));
        } else if (name == QLatin1String("allow")) {
            m_allow = readStrings(value, QStringLiteral("secrets.allow"));
        } else if (name == QLatin1String("patterns")) {
            const QStringList patterns = readStrings(value, QStringLiteral("secrets.patterns"));
            int i = 0;
            for (const QString &pattern : patterns) {
                const QRegularExpression re(pattern);
                if (re.isValid()) {
                    m_patterns.append(pattern);
                } else {
                    const YamlNode &at = value.kind == YamlNode::Kind::Sequence && i < value.items.size() ? value.items.at(i) : value;
                    problem(at, Tr::tr("secrets.patterns: '%1' is not a valid regular expression: %2")
                                    .arg(pattern, re.errorString()));
                }
                ++i;
            }
        } else {
            problem(key, Tr::tr("secrets: unknown setting '%1' (known: enabled, paths, patterns, allow)").arg(name));
        }
    }
}

void GuardRailConfig::readProtected(const YamlNode &node)
{
    if (node.kind == YamlNode::Kind::Null)
        return;
    if (node.kind == YamlNode::Kind::Sequence || node.isScalar()) {
        m_protected = readStrings(node, QStringLiteral("protected-branches"));
        return;
    }
    if (node.kind != YamlNode::Kind::Mapping) {
        problem(node, Tr::tr("protected-branches: expected a list of branch names or a mapping (branches, mode)"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        const QString name = key.scalar;
        if (name == QLatin1String("branches")) {
            m_protected = readStrings(value, QStringLiteral("protected-branches.branches"));
        } else if (name == QLatin1String("mode")) {
            if (value.isScalar() && value.scalar == QLatin1String("confirm"))
                m_mode = ProtectionMode::Confirm;
            else if (value.isScalar() && value.scalar == QLatin1String("refuse"))
                m_mode = ProtectionMode::Refuse;
            else
                problem(value, Tr::tr("protected-branches.mode: expected confirm or refuse"));
        } else {
            problem(key, Tr::tr("protected-branches: unknown setting '%1' (known: branches, mode)").arg(name));
        }
    }
}

void GuardRailConfig::setProtectedBranches(const QStringList &branches, ProtectionMode mode)
{
    m_protected = branches;
    m_mode = mode;
}

bool GuardRailConfig::isProtected(const QString &branch) const
{
    if (branch.isEmpty())
        return false;
    for (const QString &pattern : m_protected) {
        // Branch globs cross '/' only with "**"; "release/*" covers "release/1.0".
        if (GlobMatcher::match(pattern, branch, GlobMatcher::Syntax::Paths))
            return true;
    }
    return false;
}

bool GuardRailConfig::isAllowed(const QString &path) const
{
    for (const QString &pattern : m_allow)
        if (globMatch(pattern, path))
            return true;
    return false;
}

bool GuardRailConfig::globMatch(const QString &pattern, const QString &path)
{
    return PathGlob(pattern).matches(path);
}

qint64 GuardRailConfig::parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    double factor = 1;
    if (unit.startsWith(QLatin1Char('k')))
        factor = 1024;
    else if (unit.startsWith(QLatin1Char('m')))
        factor = 1024.0 * 1024;
    else if (unit.startsWith(QLatin1Char('g')))
        factor = 1024.0 * 1024 * 1024;
    return qint64(number * factor);
}

} // namespace gantry
