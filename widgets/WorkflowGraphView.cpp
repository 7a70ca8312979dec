#include "widgets/WorkflowGraphView.h"

#include "widgets/WorkflowNodeItem.h"

#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QMenu>
#include <QMouseEvent>
#include <QPainterPathStroker>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace gantry {

namespace {

constexpr qreal kZoomStep = 1.2;
constexpr qreal kMinScale = 0.1;
constexpr qreal kMaxScale = 4.0;

QPainterPath splinePath(const QList<QPointF> &points, const QPointF &head)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    if (!head.isNull())
        path.lineTo(head);
    return path;
}

QPolygonF arrowHead(const QPointF &from, const QPointF &tip)
{
    const QLineF line(from, tip);
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const qreal size = 7;
    const QPointF a = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    const QPointF b = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    return QPolygonF({tip, a, b});
}

} // namespace

WorkflowGraphView::WorkflowGraphView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setObjectName(QStringLiteral("workflowGraph"));
}

void WorkflowGraphView::setGraph(const WorkflowGraphData &graph, const QHash<QString, QStringList> &errors,
                                 const QHash<QString, QStringList> &warnings)
{
    const QString selected = selectedJob();
    m_graph = graph;
    scene()->clear();
    m_items.clear();
    m_edgePaths.clear();
    m_dragLine = nullptr;
    const QPen pen(palette().color(QPalette::Mid), 1.4);
    for (const WorkflowGraphEdge &edge : graph.edges) {
        const QPainterPath path = splinePath(edge.path, edge.head);
        if (path.isEmpty())
            continue;
        auto *line = scene()->addPath(path, pen);
        line->setZValue(-1);
        const QPointF before = edge.path.size() >= 2 ? edge.path.last() : edge.path.first();
        const QPointF tip = edge.head.isNull() ? edge.path.last() : edge.head;
        auto *head = scene()->addPolygon(arrowHead(before == tip && edge.path.size() >= 2 ? edge.path[edge.path.size() - 2] : before, tip),
                                         QPen(Qt::NoPen), palette().color(QPalette::Mid));
        head->setZValue(-1);
        if (!edge.fromTrigger) {
            const qsizetype from = graph.indexOf(edge.from);
            const qsizetype to = graph.indexOf(edge.to);
            if (from >= 0 && to >= 0)
                m_edgePaths.append({path, {graph.nodes[to].jobId, graph.nodes[from].jobId}});
        }
    }
    for (const WorkflowGraphNode &node : graph.nodes) {
        auto *item = new WorkflowNodeItem(node);
        item->setFindings(errors.value(node.id), warnings.value(node.id));
        scene()->addItem(item);
        m_items.insert(node.id, item);
    }
    scene()->setSceneRect(graph.bounds.adjusted(-30, -30, 30, 30));
    if (!selected.isEmpty())
        selectJob(selected);
    viewport()->update();
}

WorkflowNodeItem *WorkflowGraphView::item(const QString &nodeId) const
{
    return m_items.value(nodeId);
}

void WorkflowGraphView::selectJob(const QString &jobId)
{
    const QSignalBlocker blocker(scene());
    scene()->clearSelection();
    for (WorkflowNodeItem *item : std::as_const(m_items)) {
        if (item->node().kind == WorkflowGraphNode::Kind::Job && item->node().jobId == jobId) {
            item->setSelected(true);
            ensureVisible(item, 20, 20);
        }
    }
}

QString WorkflowGraphView::selectedJob() const
{
    for (QGraphicsItem *item : scene()->selectedItems()) {
        if (auto *node = dynamic_cast<WorkflowNodeItem *>(item); node && node->node().kind == WorkflowGraphNode::Kind::Job)
            return node->node().jobId;
    }
    return QString();
}

void WorkflowGraphView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void WorkflowGraphView::zoomIn() { scaleBy(kZoomStep); }
void WorkflowGraphView::zoomOut() { scaleBy(1 / kZoomStep); }

void WorkflowGraphView::fit()
{
    if (m_items.isEmpty())
        return;
    // Until the view has its size, fitting would shrink the graph to nothing: do it on resize.
    m_fitPending = !isVisible() || viewport()->width() < 50;
    if (m_fitPending)
        return;
    // Shrink a large graph to fit, but not below a size where the cards stay readable (the
    // rest scrolls); never blow a small one up past 100 %.
    constexpr qreal kMinFitScale = 0.6;
    const QRectF scene = this->scene()->sceneRect();
    const qreal fitScale = std::min(viewport()->width() / scene.width(), viewport()->height() / scene.height());
    const qreal scale = std::clamp(fitScale, kMinFitScale, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    // What does not fit scrolls; the triggers (on the left) are where reading starts.
    const qreal visibleWidth = viewport()->width() / scale;
    centerOn(QPointF(visibleWidth < scene.width() ? scene.left() + visibleWidth / 2 : scene.center().x(), scene.center().y()));
}

void WorkflowGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        fit();
}

void WorkflowGraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fit();
}

void WorkflowGraphView::scaleBy(qreal factor)
{
    const qreal next = transform().m11() * factor;
    if (next < kMinScale || next > kMaxScale)
        return;
    scale(factor, factor);
}

void WorkflowGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(event->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

WorkflowNodeItem *WorkflowGraphView::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (auto *node = dynamic_cast<WorkflowNodeItem *>(item))
            return node;
    }
    return nullptr;
}

std::pair<QString, QString> WorkflowGraphView::edgeAt(const QPointF &scenePos) const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    for (const auto &[path, ends] : m_edgePaths) {
        if (stroker.createStroke(path).contains(scenePos))
            return ends;
    }
    return {};
}

void WorkflowGraphView::mousePressEvent(QMouseEvent *event)
{
    WorkflowNodeItem *node = event->button() == Qt::LeftButton ? nodeAt(event->pos()) : nullptr;
    if (node && node->isOnHandle(mapToScene(event->pos()))) {
        m_dragFrom = node;
        const QPointF start = mapToScene(event->pos());
        m_dragLine = scene()->addLine(QLineF(start, start), QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        event->accept();
        return;
    }
    if (node) {
        scene()->clearSelection();
        node->setSelected(true);
        const int step = node->stepAt(mapToScene(event->pos()));
        if (step >= 0 && step < node->node().stepNodes.size()) {
            // A step row: its YAML, and the start of a drag to reorder.
            m_stepDragNode = node;
            m_stepDragFrom = step;
            viewport()->setCursor(Qt::SizeVerCursor);
            Q_EMIT nodeClicked(node->node().id, node->node().stepNodes[step]);
        } else {
            Q_EMIT nodeClicked(node->node().id, node->node().yamlKeyNode >= 0 ? node->node().yamlKeyNode : node->node().yamlNode);
        }
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void WorkflowGraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragLine) {
        QLineF line = m_dragLine->line();
        line.setP2(mapToScene(event->pos()));
        m_dragLine->setLine(line);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void WorkflowGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_stepDragNode) {
        viewport()->unsetCursor();
        const int to = m_stepDragNode->stepAt(mapToScene(event->pos()));
        const QString job = m_stepDragNode->node().jobId;
        const int from = m_stepDragFrom;
        m_stepDragNode = nullptr;
        m_stepDragFrom = -1;
        if (to >= 0 && to != from)
            Q_EMIT moveStepRequested(job, from, to);
        event->accept();
        return;
    }
    if (m_dragLine) {
        delete m_dragLine;
        m_dragLine = nullptr;
        WorkflowNodeItem *target = nodeAt(event->pos());
        if (m_dragFrom && target && target != m_dragFrom && target->node().kind == WorkflowGraphNode::Kind::Job
            && target->node().jobId != m_dragFrom->node().jobId)
            Q_EMIT addNeedsRequested(target->node().jobId, m_dragFrom->node().jobId);
        m_dragFrom = nullptr;
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void WorkflowGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    WorkflowNodeItem *node = event->button() == Qt::LeftButton ? nodeAt(event->pos()) : nullptr;
    if (!node) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    if (node->node().kind == WorkflowGraphNode::Kind::Trigger) {
        static const QStringList editable{QStringLiteral("push"), QStringLiteral("pull_request"), QStringLiteral("pull_request_target"),
                                          QStringLiteral("schedule"), QStringLiteral("workflow_dispatch")};
        if (editable.contains(node->node().title))
            Q_EMIT editTriggerRequested(node->node().title);
        return;
    }
    if (const int step = node->stepAt(mapToScene(event->pos())); step >= 0)
        Q_EMIT editStepRequested(node->node().jobId, step);
}

void WorkflowGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    WorkflowNodeItem *node = nodeAt(event->pos());
    const auto edge = node ? std::pair<QString, QString>() : edgeAt(mapToScene(event->pos()));
    if (node && node->node().kind == WorkflowGraphNode::Kind::Job && m_graph.gitlab) {
        // GitLab CI: the steps are script lines; stages, not runners.
        const QString job = node->node().jobId;
        if (const int line = node->stepAt(mapToScene(event->pos())); line >= 0) {
            menu.addAction(tr("Edit Script Line…"), this, [this, job, line] { Q_EMIT editStepRequested(job, line); });
            menu.addAction(tr("Remove Script Line"), this, [this, job, line] { Q_EMIT removeStepRequested(job, line); });
            menu.addSeparator();
        }
        menu.addAction(tr("Add Script Line…"), this, [this, job] { Q_EMIT addStepRequested(job); });
        menu.addAction(tr("Rename Job…"), this, [this, job] { Q_EMIT renameJobRequested(job); });
        menu.addAction(tr("Stage…"), this, [this, job] { Q_EMIT editStageRequested(job); });
        menu.addSeparator();
        menu.addAction(tr("Remove Job"), this, [this, job] { Q_EMIT removeJobRequested(job); });
    } else if (node && node->node().kind == WorkflowGraphNode::Kind::Trigger && m_graph.gitlab) {
        return; // a stage's header
    } else if (node && node->node().kind == WorkflowGraphNode::Kind::Job) {
        const QString job = node->node().jobId;
        if (const int step = node->stepAt(mapToScene(event->pos())); step >= 0) {
            menu.addAction(tr("Edit Step…"), this, [this, job, step] { Q_EMIT editStepRequested(job, step); });
            menu.addAction(tr("Remove Step"), this, [this, job, step] { Q_EMIT removeStepRequested(job, step); });
            menu.addSeparator();
        }
        menu.addAction(tr("Add Step…"), this, [this, job] { Q_EMIT addStepRequested(job); });
        menu.addAction(tr("Rename Job…"), this, [this, job] { Q_EMIT renameJobRequested(job); });
        menu.addAction(tr("Runner (runs-on)…"), this, [this, job] { Q_EMIT editRunsOnRequested(job); });
        menu.addAction(tr("Environment…"), this, [this, job] { Q_EMIT editEnvironmentRequested(job); });
        menu.addAction(tr("Matrix…"), this, [this, job] { Q_EMIT editMatrixRequested(job); });
        if (node->node().matrixCount > 0 || !node->node().combination.isEmpty())
            menu.addAction(node->node().combination.isEmpty() ? tr("Expand Matrix") : tr("Collapse Matrix"), this,
                           [this, job] { Q_EMIT toggleMatrixRequested(job); });
        menu.addSeparator();
        menu.addAction(tr("Remove Job"), this, [this, job] { Q_EMIT removeJobRequested(job); });
    } else if (node && node->node().kind == WorkflowGraphNode::Kind::Trigger) {
        const QString event = node->node().title;
        if (event == QLatin1String("schedule"))
            menu.addAction(tr("Schedule…"), this, [this, event] { Q_EMIT editTriggerRequested(event); });
        else if (event == QLatin1String("push") || event == QLatin1String("pull_request") || event == QLatin1String("pull_request_target"))
            menu.addAction(tr("Branches and Paths…"), this, [this, event] { Q_EMIT editTriggerRequested(event); });
        else if (event == QLatin1String("workflow_dispatch"))
            menu.addAction(tr("Inputs…"), this, [this, event] { Q_EMIT editTriggerRequested(event); });
        else
            return;
    } else if (!edge.first.isEmpty()) {
        menu.addAction(tr("Remove Need: %1 needs %2").arg(edge.first, edge.second), this,
                       [this, edge] { Q_EMIT removeNeedsRequested(edge.first, edge.second); });
    } else {
        menu.addAction(tr("Add Job…"), this, [this] { Q_EMIT addJobRequested(); });
        menu.addAction(tr("Fit"), this, &WorkflowGraphView::fit);
    }
    menu.exec(event->globalPos());
}

void WorkflowGraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_items.isEmpty() || m_placeholder.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

} // namespace gantry
