#include "pipelines/WorkflowGraph.h"

#include "pipelines/GraphLayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowGraph)
};

QString triggerSubtitle(const WorkflowTrigger &t)
{
    QStringList parts;
    if (!t.branches.isEmpty())
        parts.append(t.branches.join(QStringLiteral(", ")));
    if (!t.tags.isEmpty())
        parts.append(Tr::tr("tags %1").arg(t.tags.join(QStringLiteral(", "))));
    if (!t.paths.isEmpty())
        parts.append(Tr::tr("paths %1").arg(t.paths.join(QStringLiteral(", "))));
    if (!t.types.isEmpty())
        parts.append(t.types.join(QStringLiteral(", ")));
    if (!t.crons.isEmpty())
        parts.append(t.crons.join(QStringLiteral("; ")));
    if (!t.inputs.isEmpty())
        parts.append(Tr::tr("%n input(s)", nullptr, int(t.inputs.size())));
    return parts.join(QStringLiteral(" · "));
}

WorkflowGraphNode jobNode(const WorkflowJob &job)
{
    WorkflowGraphNode node;
    node.kind = WorkflowGraphNode::Kind::Job;
    node.id = QStringLiteral("job:") + job.id;
    node.jobId = job.id;
    node.title = job.displayName();
    if (job.isReusable())
        node.subtitle = job.uses;
    else if (!job.runsOnGroup.isEmpty())
        node.subtitle = job.runsOnGroup + (job.runsOn.isEmpty() ? QString() : QStringLiteral(": ") + job.runsOn.join(QStringLiteral(", ")));
    else
        node.subtitle = job.runsOn.join(QStringLiteral(", "));
    node.environment = job.environment;
    node.condition = job.condition;
    if (!job.matrix.expression.isEmpty()) {
        node.matrixUnknown = true;
    } else if (!job.matrix.isEmpty()) {
        // Counted, not created: a matrix past GitHub's limit is one node with its count.
        node.matrixCount = int(std::min<qint64>(job.matrix.jobCount().count, std::numeric_limits<int>::max()));
    }
    for (const WorkflowStep &step : job.steps) {
        node.steps.append(WorkflowGraph::stepTitle(step));
        node.stepNodes.append(step.node);
    }
    node.yamlNode = job.node;
    node.yamlKeyNode = job.keyNode;
    return node;
}

} // namespace

qsizetype WorkflowGraphData::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return i;
    }
    return -1;
}

QList<qsizetype> WorkflowGraphData::nodesOfJob(const QString &jobId) const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == WorkflowGraphNode::Kind::Job && nodes[i].jobId == jobId)
            out.append(i);
    }
    return out;
}

QString WorkflowGraph::stepTitle(const WorkflowStep &step)
{
    if (!step.name.isEmpty())
        return step.name;
    if (!step.uses.isEmpty())
        return step.uses;
    const QString run = step.run.trimmed();
    const qsizetype newline = run.indexOf(QLatin1Char('\n'));
    return newline < 0 ? run : run.left(newline) + QStringLiteral(" …");
}

QString WorkflowGraph::combinationText(const MatrixCombination &combination)
{
    QStringList parts;
    for (auto it = combination.cbegin(); it != combination.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

WorkflowGraphData WorkflowGraph::build(const Workflow &workflow, const Measure &measure, const QSet<QString> &expanded)
{
    WorkflowGraphData data;
    for (const WorkflowTrigger &trigger : workflow.triggers) {
        if (trigger.event.isEmpty())
            continue;
        WorkflowGraphNode node;
        node.kind = WorkflowGraphNode::Kind::Trigger;
        node.id = QStringLiteral("on:") + trigger.event;
        if (data.indexOf(node.id) >= 0)
            continue;
        node.title = trigger.event;
        node.subtitle = triggerSubtitle(trigger);
        node.yamlNode = trigger.node;
        node.yamlKeyNode = trigger.keyNode;
        data.nodes.append(node);
    }
    const qsizetype triggerCount = data.nodes.size();
    QSet<QString> jobIds;
    for (const WorkflowJob &job : workflow.jobs)
        jobIds.insert(job.id);
    for (const WorkflowJob &job : workflow.jobs) {
        if (job.id.isEmpty() || data.indexOf(QStringLiteral("job:") + job.id) >= 0)
            continue;
        WorkflowGraphNode node = jobNode(job);
        if (expanded.contains(job.id) && node.matrixCount > 0) {
            const QList<MatrixCombination> combinations = job.matrix.combinations();
            for (qsizetype i = 0; i < combinations.size(); ++i) {
                WorkflowGraphNode one = node;
                one.id = node.id + QLatin1Char('#') + QString::number(i);
                one.combination = combinations[i];
                one.matrixCount = 0;
                one.subtitle = combinationText(combinations[i]);
                data.nodes.append(one);
            }
        } else {
            data.nodes.append(node);
        }
    }
    // Edges: each need (to every node of the job), and triggers → jobs that need nothing known.
    for (const WorkflowJob &job : workflow.jobs) {
        const QList<qsizetype> targets = data.nodesOfJob(job.id);
        bool hasKnownNeed = false;
        for (const QString &need : job.needs) {
            if (!jobIds.contains(need) || need == job.id)
                continue;
            hasKnownNeed = true;
            for (qsizetype source : data.nodesOfJob(need)) {
                for (qsizetype target : targets)
                    data.edges.append(WorkflowGraphEdge{data.nodes[source].id, data.nodes[target].id, false, {}, {}});
            }
        }
        if (hasKnownNeed)
            continue;
        for (qsizetype t = 0; t < triggerCount; ++t) {
            for (qsizetype target : targets)
                data.edges.append(WorkflowGraphEdge{data.nodes[t].id, data.nodes[target].id, true, {}, {}});
        }
    }

    QList<GraphLayout::Node> layoutNodes;
    for (const WorkflowGraphNode &node : data.nodes) {
        const QSizeF size = measure ? measure(node) : QSizeF(160, 60);
        layoutNodes.append(GraphLayout::Node{node.id, size.width(), size.height(),
                                             node.kind == WorkflowGraphNode::Kind::Trigger ? 0 : -1});
    }
    QList<GraphLayout::Edge> layoutEdges;
    for (const WorkflowGraphEdge &edge : data.edges)
        layoutEdges.append(GraphLayout::Edge{edge.from, edge.to});
    const GraphLayout::Result layout = GraphLayout::layout(layoutNodes, layoutEdges);
    if (!layout.ok) {
        data.layoutError = layout.error;
        return data;
    }
    data.bounds = layout.bounds;
    for (WorkflowGraphNode &node : data.nodes)
        node.rect = layout.nodes.value(node.id);
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        data.edges[i].path = layout.edges.value(i);
        data.edges[i].head = layout.arrowHeads.value(i);
    }
    return data;
}

} // namespace gantry
