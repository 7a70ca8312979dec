#pragma once

#include "pipelines/WorkflowGraph.h"

#include <QGraphicsObject>
#include <QStringList>

namespace gantry {

/// One node of the pipeline graph: a trigger (a rounded pill) or a job, drawn as GitHub draws a
/// run's jobs: a card with its name in full (wrapped, the tooltip has it too), runner, matrix
/// size, `if:` condition, environment badge, and its steps under a header that folds them. Shows
/// the findings that concern it with a red or amber border. Its right edge is the handle for
/// dragging a `needs` edge to another job.
class WorkflowNodeItem : public QGraphicsObject
{
    Q_OBJECT
public:
    /// `stepsFolded`: the card shows its step header only.
    explicit WorkflowNodeItem(const WorkflowGraphNode &node, bool stepsFolded = false, QGraphicsItem *parent = nullptr);

    const WorkflowGraphNode &node() const { return m_node; }
    bool stepsFolded() const { return m_folded; }
    /// The findings at this node: errors make the border red, warnings amber.
    void setFindings(const QStringList &errors, const QStringList &warnings);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    /// Whether `scenePos` is on the handle a needs edge is dragged from.
    bool isOnHandle(const QPointF &scenePos) const;

    /// The index of the step row under `scenePos` (a job's listed steps), or -1.
    int stepAt(const QPointF &scenePos) const;
    /// Whether `scenePos` is on the header above the steps (a click folds or unfolds them).
    bool isOnStepsHeader(const QPointF &scenePos) const;
    /// The lines the card's title is drawn on (the whole name, wrapped).
    const QStringList &titleLines() const { return m_titleLines; }

    /// The size a node needs for its text (points), for the layout.
    static QSizeF measure(const WorkflowGraphNode &node, bool stepsFolded = false);
    /// The fonts of a card: the title, and the smaller one of its details and steps.
    static QFont titleFont();
    static QFont detailFont();
    /// The graph's colours in `palette`: behind the cards (GitHub's grey in light, the base in
    /// dark, where cards are lighter than it), and of the needs arrows.
    static QColor backgroundColor(const QPalette &palette);
    static QColor edgeColor(const QPalette &palette);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    /// Where the step header starts inside the card; the rows follow it.
    qreal stepsHeaderTop() const;
    static qreal rowHeight();

    WorkflowGraphNode m_node;
    bool m_folded = false;
    QStringList m_titleLines;
    QStringList m_errors;
    QStringList m_warnings;
    QString m_baseToolTip;
};

} // namespace gantry
