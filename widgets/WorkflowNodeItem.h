#pragma once

#include "pipelines/WorkflowGraph.h"

#include <QGraphicsObject>
#include <QStringList>

namespace gantry {

/// One node of the pipeline graph: a trigger (a rounded pill) or a job (a card with its name,
/// runner, environment badge, `if:` condition, matrix count and step list). Shows the findings
/// that concern it with a red or amber border. Its right edge is the handle for dragging a
/// `needs` edge to another job.
class WorkflowNodeItem : public QGraphicsObject
{
    Q_OBJECT
public:
    explicit WorkflowNodeItem(const WorkflowGraphNode &node, QGraphicsItem *parent = nullptr);

    const WorkflowGraphNode &node() const { return m_node; }
    /// The findings at this node: errors make the border red, warnings amber.
    void setFindings(const QStringList &errors, const QStringList &warnings);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    /// Whether `scenePos` is on the handle a needs edge is dragged from.
    bool isOnHandle(const QPointF &scenePos) const;

    /// The index of the step row under `scenePos` (a job's listed steps), or -1.
    int stepAt(const QPointF &scenePos) const;

    /// The size a node needs for its text (points), for the layout.
    static QSizeF measure(const WorkflowGraphNode &node);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QStringList detailLines() const;
    /// Where the step rows start inside the card, and how tall each is.
    qreal stepsTop() const;
    static qreal stepRowHeight();

    WorkflowGraphNode m_node;
    QStringList m_errors;
    QStringList m_warnings;
    QString m_baseToolTip;
};

} // namespace gantry
