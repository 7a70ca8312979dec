// Fuzz target: a GitLab CI file read with its local includes resolved against an in-memory
// project (the input's later "#--- path" parts), merged, validated and drawn.
// Property: any project gives a pipeline with findings, within the limits; no include is read
// from outside the project (the reader is only ever asked for project paths).

#include "FuzzInput.h"
#include "pipelines/GitLabGraph.h"
#include "pipelines/GitLabPipeline.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QHash>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto files = gantry::fuzz::splitFiles(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    QHash<QString, QByteArray> project;
    for (qsizetype i = 1; i < files.size(); ++i)
        project.insert(files[i].first, files[i].second);
    const auto readInclude = [&project](const QString &path, QString *error) -> QByteArray {
        if (path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QLatin1String("..")))
            gantry::fuzz::fail("an include outside the project was read");
        const auto it = project.constFind(path);
        if (it == project.constEnd()) {
            *error = QStringLiteral("no such file");
            return {};
        }
        return *it;
    };
    const gantry::YamlSyntaxTree tree = gantry::YamlSyntaxParser::parse(files.first().second, gantry::YamlSyntaxParser::MergeKeys::Resolve);
    const gantry::GitLabPipeline pipeline = gantry::GitLabReader::read(tree, readInclude);
    const auto measure = [](const gantry::WorkflowGraphNode &n) { return QSizeF(7.0 * double(n.title.size() + 8), 40.0); };
    (void)gantry::GitLabGraph::build(pipeline, measure);
    return 0;
}
