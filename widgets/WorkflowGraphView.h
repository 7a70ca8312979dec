#pragma once

#include "pipelines/WorkflowGraph.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QAction;
class QGraphicsLineItem;

namespace gantry {

class WorkflowNodeItem;

/// The pipeline graph: triggers and jobs as WorkflowNodeItems, needs as arrows. Zoom (Ctrl+wheel,
/// Ctrl+plus/minus, Ctrl+0 fits), pan (drag the background), fit. A file's first view is fitted
/// but never below the zoom at which the cards' text reads at about 9 pt (beyond that it
/// scrolls, from the top left: the triggers); scroll bars show only when the graph does not fit.
/// Clicking a node selects it and asks for its YAML; a click on a card's step header folds its
/// steps; dragging from a job's handle (its right edge) onto another job asks for a need; the
/// context menu asks for job and edge edits. Decides nothing itself: it emits requests.
class WorkflowGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit WorkflowGraphView(QWidget *parent = nullptr);

    /// Shows a laid-out graph. `errors`/`warnings` map node ids to the findings at them.
    void setGraph(const WorkflowGraphData &graph, const QHash<QString, QStringList> &errors = {},
                  const QHash<QString, QStringList> &warnings = {});
    const WorkflowGraphData &graph() const { return m_graph; }
    /// The item of a node id, or nullptr (tests).
    WorkflowNodeItem *item(const QString &nodeId) const;
    /// Selects the nodes of a job (from the text cursor), without emitting nodeClicked.
    void selectJob(const QString &jobId);
    QString selectedJob() const;
    /// The text shown when there is nothing to draw, or an error took the graph.
    void setPlaceholder(const QString &text);
    /// Jobs whose cards show their steps folded (set before setGraph; the layout measured them so).
    void setFoldedSteps(const QSet<QString> &jobs) { m_foldedSteps = jobs; }
    const QSet<QString> &foldedSteps() const { return m_foldedSteps; }

    /// The current zoom (1.0: 100 %).
    qreal zoom() const;
    /// The lowest zoom at which the cards' smallest text is about 9 pt on screen.
    static qreal readableZoom();
    /// The view's actions, with their shortcuts while the graph has the focus (also in the
    /// workspace's toolbar): Zoom In (Ctrl++ and Ctrl+=), Zoom Out (Ctrl+-), Fit (Ctrl+0).
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *fitAction() const { return m_fitAction; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// The whole graph with a margin, no scroll bars (never above 100 %).
    void fit();
    /// A file's first view: fitted, but never below readableZoom(); beyond that it scrolls, from
    /// the top left.
    void fitReadable();
    /// 100 %.
    void resetZoom();

Q_SIGNALS:
    void nodeClicked(const QString &nodeId, int yamlNode);
    /// A needs edge was dragged from `need` to `job`: `job` should need `need`.
    void addNeedsRequested(const QString &job, const QString &need);
    void removeNeedsRequested(const QString &job, const QString &need);
    void removeJobRequested(const QString &job);
    void renameJobRequested(const QString &job);
    void addStepRequested(const QString &job);
    void addJobRequested();
    void toggleMatrixRequested(const QString &job);
    /// A step was dragged to another row of its job's card.
    void moveStepRequested(const QString &job, int from, int to);
    void editRunsOnRequested(const QString &job);
    void editEnvironmentRequested(const QString &job);
    void editMatrixRequested(const QString &job);
    /// A trigger's filters (push, pull_request, pull_request_target), its schedule (schedule) or
    /// its inputs (workflow_dispatch): from its context menu or a double-click on it.
    void editTriggerRequested(const QString &event);
    /// Step `index` of a job's card (double-clicked, or "Edit Step…" on its row).
    void editStepRequested(const QString &job, int index);
    /// "Remove Step" (GitHub) or "Remove Script Line" (GitLab CI) on a row of a job's card.
    void removeStepRequested(const QString &job, int index);
    /// GitLab CI: the job's stage.
    void editStageRequested(const QString &job);
    /// A card's step header was clicked: fold or unfold its steps.
    void toggleStepsRequested(const QString &job);
    /// The zoom changed (1.0: 100 %).
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Fit and first view follow the view's size until the user zooms or scrolls.
    enum class ViewMode { Manual, Fit, Readable };
    WorkflowNodeItem *nodeAt(const QPoint &viewPos) const;
    /// The need edge near a point ("job", "need"), empty when none.
    std::pair<QString, QString> edgeAt(const QPointF &scenePos) const;
    void scaleBy(qreal factor);
    void setZoom(qreal zoom);
    /// Applies m_mode for the current size (false: the view has no size yet, done on show).
    bool applyViewMode();
    /// Scroll bars only when the scene does not fit at the current zoom.
    void updateScrollBars();
    /// The zoom at which the whole scene fits the viewport without scroll bars.
    qreal fitZoom() const;

    WorkflowGraphData m_graph;
    QHash<QString, WorkflowNodeItem *> m_items;
    QList<std::pair<QPainterPath, std::pair<QString, QString>>> m_edgePaths;
    QPointer<WorkflowNodeItem> m_dragFrom;
    QPointer<WorkflowNodeItem> m_stepDragNode;
    int m_stepDragFrom = -1;
    QGraphicsLineItem *m_dragLine = nullptr;
    QString m_placeholder;
    QSet<QString> m_foldedSteps;
    ViewMode m_mode = ViewMode::Manual;
    bool m_modePending = false;
    bool m_pressToggledSteps = false;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
};

} // namespace gantry
