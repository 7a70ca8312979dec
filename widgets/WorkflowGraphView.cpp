#include "widgets/WorkflowGraphView.h"

#include "widgets/WorkflowNodeItem.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QKeyEvent>
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
constexpr qreal kMargin = 24; ///< around the graph, in scene units

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
    const auto action = [this](const QString &text, const QList<QKeySequence> &keys, void (WorkflowGraphView::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QStringList names;
        for (const QKeySequence &key : keys)
            names.append(key.toString(QKeySequence::NativeText));
        a->setToolTip(tr("%1 (%2)").arg(text, names.join(tr(" or "))));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_zoomInAction = action(tr("Zoom In"), {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                            &WorkflowGraphView::zoomIn);
    m_zoomOutAction = action(tr("Zoom Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &WorkflowGraphView::zoomOut);
    m_fitAction = action(tr("Fit"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &WorkflowGraphView::fit);
    m_fitAction->setToolTip(tr("Show the whole graph (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)));
    // Scroll bars the user drags: the view is theirs from then on.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::sliderPressed, this, [this] { m_mode = ViewMode::Manual; });
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
    const QColor arrows = WorkflowNodeItem::edgeColor(palette());
    const QPen pen(arrows, 1.4);
    for (const WorkflowGraphEdge &edge : graph.edges) {
        const QPainterPath path = splinePath(edge.path, edge.head);
        if (path.isEmpty())
            continue;
        auto *line = scene()->addPath(path, pen);
        line->setZValue(-1);
        const QPointF before = edge.path.size() >= 2 ? edge.path.last() : edge.path.first();
        const QPointF tip = edge.head.isNull() ? edge.path.last() : edge.head;
        auto *head = scene()->addPolygon(arrowHead(before == tip && edge.path.size() >= 2 ? edge.path[edge.path.size() - 2] : before, tip),
                                         QPen(Qt::NoPen), arrows);
        head->setZValue(-1);
        if (!edge.fromTrigger) {
            const qsizetype from = graph.indexOf(edge.from);
            const qsizetype to = graph.indexOf(edge.to);
            if (from >= 0 && to >= 0)
                m_edgePaths.append({path, {graph.nodes[to].jobId, graph.nodes[from].jobId}});
        }
    }
    for (const WorkflowGraphNode &node : graph.nodes) {
        auto *item = new WorkflowNodeItem(node, m_foldedSteps.contains(node.jobId));
        item->setFindings(errors.value(node.id), warnings.value(node.id));
        scene()->addItem(item);
        m_items.insert(node.id, item);
    }
    scene()->setSceneRect(graph.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin));
    if (!selected.isEmpty())
        selectJob(selected);
    updateScrollBars();
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

qreal WorkflowGraphView::zoom() const
{
    return transform().m11();
}

qreal WorkflowGraphView::readableZoom()
{
    // About 9 pt on screen for the smallest text of a card (its details and steps).
    constexpr qreal kReadablePoints = 9.0;
    const qreal points = WorkflowNodeItem::detailFont().pointSizeF();
    return points > 0 ? kReadablePoints / points : 1.0;
}

qreal WorkflowGraphView::fitZoom() const
{
    // The viewport as it is without scroll bars (fitting to the smaller one that has them left
    // the bars there, and a part of the graph under them), a pixel short: a scene exactly as
    // wide as the viewport could still scroll by rounding.
    const QSizeF area = QSizeF(maximumViewportSize()) - QSizeF(2, 2);
    const QRectF scene = this->scene()->sceneRect();
    if (scene.isEmpty() || area.isEmpty())
        return 1.0;
    return std::min(area.width() / scene.width(), area.height() / scene.height());
}

void WorkflowGraphView::fit()
{
    m_mode = ViewMode::Fit;
    applyViewMode();
}

void WorkflowGraphView::fitReadable()
{
    m_mode = ViewMode::Readable;
    applyViewMode();
}

void WorkflowGraphView::resetZoom()
{
    m_mode = ViewMode::Manual;
    setZoom(1.0);
}

bool WorkflowGraphView::applyViewMode()
{
    if (m_mode == ViewMode::Manual || m_items.isEmpty())
        return true;
    // Until the view has its size, fitting would shrink the graph to nothing: do it on show/resize.
    m_modePending = !isVisible() || viewport()->width() < 50;
    if (m_modePending)
        return false;
    const QRectF scene = this->scene()->sceneRect();
    const qreal fitted = std::min(fitZoom(), 1.0); // a small graph is not blown up
    const qreal zoom = m_mode == ViewMode::Fit ? fitted : std::max(fitted, readableZoom());
    // A graph shown whole is centred; one that does not fit starts where reading does, on the
    // left (the triggers), and scrolls from the top left.
    const bool whole = zoom <= fitted + 1e-9;
    setAlignment(whole ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    setTransform(QTransform::fromScale(zoom, zoom));
    updateScrollBars();
    if (whole) {
        centerOn(scene.center());
    } else {
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    }
    Q_EMIT zoomChanged(zoom);
    return true;
}

void WorkflowGraphView::updateScrollBars()
{
    const QSizeF area = maximumViewportSize();
    const QRectF shown = transform().mapRect(scene()->sceneRect());
    const bool fits = shown.width() <= area.width() + 0.5 && shown.height() <= area.height() + 0.5;
    const Qt::ScrollBarPolicy policy = fits ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(policy);
    setVerticalScrollBarPolicy(policy);
}

void WorkflowGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_mode != ViewMode::Manual)
        applyViewMode();
    else
        updateScrollBars();
}

void WorkflowGraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_modePending)
        applyViewMode();
}

void WorkflowGraphView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinScale, kMaxScale);
    const QPointF middle = mapToScene(viewport()->rect().center()); // what the user looks at stays there
    setTransform(QTransform::fromScale(zoom, zoom));
    updateScrollBars();
    centerOn(middle);
    Q_EMIT zoomChanged(zoom);
}

void WorkflowGraphView::scaleBy(qreal factor)
{
    const qreal next = transform().m11() * factor;
    if (next < kMinScale || next > kMaxScale)
        return;
    m_mode = ViewMode::Manual;
    scale(factor, factor);
    updateScrollBars();
    Q_EMIT zoomChanged(next);
}

void WorkflowGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() != 0)
            scaleBy(event->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep);
        event->accept();
        return;
    }
    m_mode = ViewMode::Manual; // the user scrolls: a resize no longer moves the view
    QGraphicsView::wheelEvent(event);
}

void WorkflowGraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: case Qt::Key_Right: case Qt::Key_Up: case Qt::Key_Down:
    case Qt::Key_PageUp: case Qt::Key_PageDown: case Qt::Key_Home: case Qt::Key_End:
        m_mode = ViewMode::Manual; // the user scrolls with the keys
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
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

// The requests carry copies of the node's strings: a slot that edits re-lays the graph out,
// which deletes the item a reference into it would point to.
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
    if (node && node->isOnStepsHeader(mapToScene(event->pos()))) {
        const QString job = node->node().jobId;
        event->accept();
        m_pressToggledSteps = true;
        Q_EMIT toggleStepsRequested(job); // re-lays the graph out: `node` is gone after this
        return;
    }
    m_pressToggledSteps = false;
    if (node) {
        scene()->clearSelection();
        node->setSelected(true);
        const int step = node->stepAt(mapToScene(event->pos()));
        if (step >= 0 && step < node->node().stepNodes.size()) {
            // A step row: its YAML, and the start of a drag to reorder.
            m_stepDragNode = node;
            m_stepDragFrom = step;
            viewport()->setCursor(Qt::SizeVerCursor);
            Q_EMIT nodeClicked(QString(node->node().id), node->node().stepNodes[step]);
        } else {
            Q_EMIT nodeClicked(QString(node->node().id), node->node().yamlKeyNode >= 0 ? node->node().yamlKeyNode : node->node().yamlNode);
        }
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton)
        m_mode = ViewMode::Manual; // the background is dragged: the view is the user's
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
            Q_EMIT addNeedsRequested(QString(target->node().jobId), QString(m_dragFrom->node().jobId));
        m_dragFrom = nullptr;
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void WorkflowGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (std::exchange(m_pressToggledSteps, false)) {
        event->accept(); // the second click of a double-click on a step header: the cards moved since
        return;
    }
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
            Q_EMIT editTriggerRequested(QString(node->node().title));
        return;
    }
    if (const int step = node->stepAt(mapToScene(event->pos())); step >= 0)
        Q_EMIT editStepRequested(QString(node->node().jobId), step);
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
    painter->fillRect(rect, WorkflowNodeItem::backgroundColor(palette()));
    if (!m_items.isEmpty() || m_placeholder.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

} // namespace gantry
