#include "pipelines/GitLabGraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::GitLabGraph)
};

constexpr qreal kColumnGap = 60;
constexpr qreal kRowGap = 16;
constexpr qreal kHeaderGap = 24;

WorkflowGraphNode jobNode(const GitLabJob &job)
{
    WorkflowGraphNode node;
    node.kind = WorkflowGraphNode::Kind::Job;
    node.id = QStringLiteral("job:") + job.id;
    node.jobId = job.id;
    node.title = job.id;
    node.environment = job.environment;
    // GitLab's conditions are `when:` and `rules:`, not an expression: shown with the image.
    QStringList details;
    if (!job.image.isEmpty())
        details.append(job.image);
    if (!job.when.isEmpty() && job.when != QLatin1String("on_success"))
        details.append(Tr::tr("when: %1").arg(job.when));
    if (job.ruleCount > 0)
        details.append(Tr::tr("%n rule(s)", nullptr, job.ruleCount));
    node.subtitle = details.join(QStringLiteral(" · "));
    node.matrixCount = int(std::min<qint64>(job.parallelCount, std::numeric_limits<int>::max()));
    node.steps = job.script;
    node.stepNodes = job.scriptNodes;
    node.yamlNode = job.node;
    node.yamlKeyNode = job.keyNode;
    return node;
}

} // namespace

WorkflowGraphData GitLabGraph::build(const GitLabPipeline &pipeline, const WorkflowGraph::Measure &measure)
{
    WorkflowGraphData data;
    data.gitlab = true;
    qreal x = 0;
    qreal bottom = 0;
    for (const QString &stage : pipeline.stages) {
        QList<WorkflowGraphNode> column;
        for (const GitLabJob &job : pipeline.jobs) {
            if (job.stage == stage)
                column.append(jobNode(job));
        }
        if (column.isEmpty())
            continue;
        WorkflowGraphNode header;
        header.kind = WorkflowGraphNode::Kind::Trigger;
        header.id = QStringLiteral("stage:") + stage;
        header.title = stage;
        header.subtitle = Tr::tr("%n job(s)", nullptr, int(column.size()));
        qreal width = measure ? measure(header).width() : 160;
        QList<QSizeF> sizes;
        for (const WorkflowGraphNode &node : column) {
            sizes.append(measure ? measure(node) : QSizeF(160, 60));
            width = std::max(width, sizes.last().width());
        }
        const QSizeF headerSize = measure ? measure(header) : QSizeF(160, 40);
        header.rect = QRectF(x, 0, width, headerSize.height());
        data.nodes.append(header);
        qreal y = headerSize.height() + kHeaderGap;
        for (qsizetype i = 0; i < column.size(); ++i) {
            column[i].rect = QRectF(x, y, width, sizes[i].height());
            y += sizes[i].height() + kRowGap;
            data.nodes.append(column[i]);
        }
        bottom = std::max(bottom, y);
        x += width + kColumnGap;
    }
    data.bounds = QRectF(0, 0, std::max<qreal>(0, x - kColumnGap), bottom);
    for (const GitLabJob &job : pipeline.jobs) {
        const qsizetype to = data.indexOf(QStringLiteral("job:") + job.id);
        for (const QString &need : job.needs) {
            const qsizetype from = data.indexOf(QStringLiteral("job:") + need);
            if (from < 0 || to < 0)
                continue;
            const QRectF a = data.nodes[from].rect;
            const QRectF b = data.nodes[to].rect;
            const QPointF start(a.right(), a.center().y());
            const QPointF end(b.left(), b.center().y());
            const qreal bend = std::max<qreal>(20, (end.x() - start.x()) / 2);
            WorkflowGraphEdge edge;
            edge.from = data.nodes[from].id;
            edge.to = data.nodes[to].id;
            edge.path = {start, start + QPointF(bend, 0), end - QPointF(bend, 0), end};
            edge.head = end;
            data.edges.append(edge);
        }
    }
    return data;
}

} // namespace gantry
