#include "pipelines/CiConfig.h"

#include "pipelines/GitLabPipeline.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CiConfig)
};

/// A self-managed GitLab can raise the include limit; past this it is a typo, not a setting.
constexpr int kHighestMaxIncludes = 10000;

} // namespace

CiConfig::CiConfig() : m_maxIncludes(GitLabReader::DefaultMaxIncludes) {}

CiConfig CiConfig::discover(const QString &projectRoot)
{
    QFile file(QDir(projectRoot).filePath(fileName()));
    if (projectRoot.isEmpty() || !file.open(QIODevice::ReadOnly))
        return CiConfig();
    return fromText(file.read(1024 * 1024));
}

CiConfig CiConfig::fromText(const QByteArray &text)
{
    CiConfig config;
    const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
    for (const Diagnostic &d : tree.diagnostics())
        if (d.isError())
            config.m_problems.append(d);
    const int root = tree.resolved(tree.root());
    if (root < 0 || !tree.node(root).isMapping())
        return config;
    const int gitlab = tree.resolved(tree.value(root, u"gitlab"));
    if (gitlab < 0 || !tree.node(gitlab).isMapping())
        return config;
    const int max = tree.value(gitlab, u"max-includes");
    if (max < 0)
        return config;
    const int node = tree.resolved(max);
    bool ok = false;
    const int value = node >= 0 && tree.node(node).isScalar() ? tree.node(node).value.toInt(&ok) : 0;
    if (!ok || value < 1 || value > kHighestMaxIncludes) {
        const SourceSpan &span = tree.node(max).span;
        config.m_problems.append(Diagnostic{Diagnostic::Severity::Error, span.line, span.column,
                                            Tr::tr("gitlab: max-includes must be a whole number from 1 to %1; "
                                                   "GitLab's default %2 is used")
                                                .arg(kHighestMaxIncludes)
                                                .arg(GitLabReader::DefaultMaxIncludes),
                                            QStringLiteral("ci-config")});
        return config;
    }
    config.m_maxIncludes = value;
    return config;
}

} // namespace gantry
