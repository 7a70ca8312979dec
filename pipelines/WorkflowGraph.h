#pragma once

#include "pipelines/WorkflowModel.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

namespace gantry {

/// What the pipeline graph shows of a workflow: triggers as sources on the left, jobs in
/// layers by `needs` (laid out by GraphLayout, i.e. Graphviz dot), an edge per need and from the
/// triggers to the jobs that need nothing. A matrix job is one node with its combination count,
/// or one node per combination when expanded. Values only; the view paints them.
struct WorkflowGraphNode
{
    enum class Kind { Trigger, Job };
    Kind kind = Kind::Job;
    QString id;              ///< unique in the graph: "on:push", "job:build", "job:test#2"
    QString jobId;           ///< Job: the job's id
    QString title;           ///< the event name, or the job's display name
    QString subtitle;        ///< runs-on, the uses: of a reusable job, a trigger's filters
    QString environment;
    QString condition;       ///< if:
    int matrixCount = 0;     ///< combinations of a collapsed matrix job (0: no matrix)
    bool matrixUnknown = false; ///< the matrix comes from an expression
    MatrixCombination combination; ///< an expanded matrix node's values
    QStringList steps;       ///< step titles (name, else uses, else the run's first line)
    QList<int> stepNodes;    ///< each step's mapping in the YamlSyntaxTree
    int yamlNode = -1;       ///< the node in the YamlSyntaxTree (job mapping / trigger value)
    int yamlKeyNode = -1;    ///< its key, when it has one
    QRectF rect;             ///< where the layout put it (points)
};

struct WorkflowGraphEdge
{
    QString from;            ///< node ids
    QString to;
    bool fromTrigger = false;
    QList<QPointF> path;     ///< spline control points (1 + 3n), empty if the layout gave none
    QPointF head;
};

struct WorkflowGraphData
{
    QList<WorkflowGraphNode> nodes;
    QList<WorkflowGraphEdge> edges;
    QRectF bounds;
    QString layoutError;     ///< Graphviz's words when it could not lay the graph out
    bool gitlab = false;     ///< a GitLab CI pipeline: stages (as trigger nodes) are columns, script lines the steps

    qsizetype indexOf(const QString &id) const;
    /// The nodes standing for a job (one, or one per combination when expanded).
    QList<qsizetype> nodesOfJob(const QString &jobId) const;
};

class WorkflowGraph
{
public:
    /// Measures a node before layout (the view knows its fonts): its size in points.
    using Measure = std::function<QSizeF(const WorkflowGraphNode &)>;

    /// The graph's nodes and edges, laid out. `expanded` lists matrix jobs shown per combination.
    static WorkflowGraphData build(const Workflow &workflow, const Measure &measure,
                                   const QSet<QString> &expanded = {});
    /// A step's title as the graph lists it.
    static QString stepTitle(const WorkflowStep &step);
    /// "os=ubuntu-latest, node=20"
    static QString combinationText(const MatrixCombination &combination);
};

} // namespace gantry
