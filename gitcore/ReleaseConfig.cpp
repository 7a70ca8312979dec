#include "gitcore/ReleaseConfig.h"

#include "gitcore/YamlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ReleaseConfig)
};

} // namespace

QList<ChangelogType> ReleaseConfig::defaultTypes()
{
    // conventional-changelog-conventionalcommits' DEFAULT_COMMIT_TYPES.
    return {
        {QStringLiteral("feat"), QStringLiteral("Features"), false},
        {QStringLiteral("feature"), QStringLiteral("Features"), false},
        {QStringLiteral("fix"), QStringLiteral("Bug Fixes"), false},
        {QStringLiteral("perf"), QStringLiteral("Performance Improvements"), false},
        {QStringLiteral("revert"), QStringLiteral("Reverts"), false},
        {QStringLiteral("docs"), QStringLiteral("Documentation"), true},
        {QStringLiteral("style"), QStringLiteral("Styles"), true},
        {QStringLiteral("chore"), QStringLiteral("Miscellaneous Chores"), true},
        {QStringLiteral("refactor"), QStringLiteral("Code Refactoring"), true},
        {QStringLiteral("test"), QStringLiteral("Tests"), true},
        {QStringLiteral("build"), QStringLiteral("Build System"), true},
        {QStringLiteral("ci"), QStringLiteral("Continuous Integration"), true},
    };
}

ReleaseConfig ReleaseConfig::discover(const QString &worktreeRoot)
{
    QFile file(QDir(worktreeRoot).filePath(fileName()));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        ReleaseConfig config;
        config.m_file = fileName();
        config.problem(0, 0, Tr::tr("could not read the file: %1").arg(file.errorString()));
        return config;
    }
    return fromText(file.readAll(), fileName());
}

ReleaseConfig ReleaseConfig::fromText(const QByteArray &text, const QString &fileName)
{
    ReleaseConfig config;
    config.m_file = fileName;
    const YamlTree::ParseResult parsed = YamlTree::parse(text);
    if (!parsed.ok) {
        config.problem(parsed.line, parsed.column, parsed.error);
        return config;
    }
    if (parsed.root.kind == YamlNode::Kind::Null)
        return config;
    if (parsed.root.kind != YamlNode::Kind::Mapping) {
        config.problem(parsed.root.line, parsed.root.column, Tr::tr("the file must be a mapping of sections"));
        return config;
    }
    if (const YamlNode *versions = parsed.root.value(QStringLiteral("versions")))
        config.readVersions(*versions);
    if (const YamlNode *changelog = parsed.root.value(QStringLiteral("changelog")))
        config.readChangelog(*changelog);
    if (const YamlNode *release = parsed.root.value(QStringLiteral("release")))
        config.readRelease(*release);
    return config;
}

void ReleaseConfig::readVersions(const YamlNode &node)
{
    if (node.kind == YamlNode::Kind::Null)
        return;
    if (node.kind != YamlNode::Kind::Mapping) {
        problem(node.line, node.column, Tr::tr("'versions' must be a mapping"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        if (key.scalar == QLatin1String("pre-major")) {
            if (!value.isBoolean())
                problem(value.line, value.column, Tr::tr("'pre-major' must be true or false"));
            else
                m_preMajor = value.scalar == QLatin1String("true");
        } else if (key.scalar == QLatin1String("initial")) {
            const std::optional<SemVer> v = value.isScalar() ? SemVer::parse(value.scalar) : std::nullopt;
            if (!v)
                problem(value.line, value.column, Tr::tr("'initial' must be a semantic version such as 0.1.0"));
            else
                m_initial = *v;
        } else if (key.scalar == QLatin1String("tag-prefix")) {
            if (value.kind == YamlNode::Kind::Null)
                m_tagPrefix.clear();
            else if (!value.isScalar() || (value.scalar != QLatin1String("v") && !value.scalar.isEmpty()))
                problem(value.line, value.column, Tr::tr("'tag-prefix' must be \"v\" or \"\""));
            else
                m_tagPrefix = value.scalar;
        } else {
            problem(key.line, key.column, Tr::tr("unknown key '%1' in 'versions'").arg(key.scalar));
        }
    }
}

void ReleaseConfig::readChangelog(const YamlNode &node)
{
    if (node.kind == YamlNode::Kind::Null)
        return;
    if (node.kind != YamlNode::Kind::Mapping) {
        problem(node.line, node.column, Tr::tr("'changelog' must be a mapping"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        if (key.scalar != QLatin1String("types")) {
            problem(key.line, key.column, Tr::tr("unknown key '%1' in 'changelog'").arg(key.scalar));
            continue;
        }
        if (value.kind != YamlNode::Kind::Sequence) {
            problem(value.line, value.column, Tr::tr("'types' must be a list of {type, section, hidden}"));
            continue;
        }
        for (const YamlNode &item : value.items) {
            const YamlNode *type = item.kind == YamlNode::Kind::Mapping ? item.value(QStringLiteral("type")) : nullptr;
            if (!type || !type->isScalar() || type->scalar.isEmpty()) {
                problem(item.line, item.column, Tr::tr("each entry of 'types' needs a 'type'"));
                continue;
            }
            // An entry replaces the default of the same type in place; a new type goes last.
            ChangelogType entry{type->scalar, type->scalar, false};
            auto existing = std::find_if(m_types.begin(), m_types.end(),
                                         [&](const ChangelogType &t) { return t.type == entry.type; });
            if (existing != m_types.end())
                entry = *existing;
            if (const YamlNode *section = item.value(QStringLiteral("section")); section && section->isScalar())
                entry.section = section->scalar;
            if (const YamlNode *hidden = item.value(QStringLiteral("hidden"))) {
                if (!hidden->isBoolean())
                    problem(hidden->line, hidden->column, Tr::tr("'hidden' must be true or false"));
                else
                    entry.hidden = hidden->scalar == QLatin1String("true");
            } else {
                entry.hidden = false; // listing a type shows it, as the preset does
            }
            if (existing != m_types.end())
                *existing = entry;
            else
                m_types.append(entry);
        }
    }
}

void ReleaseConfig::readRelease(const YamlNode &node)
{
    if (node.kind == YamlNode::Kind::Null)
        return;
    if (node.kind != YamlNode::Kind::Mapping) {
        problem(node.line, node.column, Tr::tr("'release' must be a mapping"));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        if (key.scalar == QLatin1String("branches"))
            m_branches = ReleaseBranches::read(value, m_file, &m_problems);
        else
            problem(key.line, key.column, Tr::tr("unknown key '%1' in 'release'").arg(key.scalar));
    }
}

void ReleaseConfig::problem(int line, int column, const QString &message)
{
    m_problems.append(ConfigProblem{m_file, line, column, message});
}

} // namespace gantry
