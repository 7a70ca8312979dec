#pragma once

#include "gitcore/HistoryGraph.h"

#include <QStyledItemDelegate>

#include <span>

namespace gantry {

/// Paints history rows: the graph column (antialiased lane lines and curves, commit nodes with
/// merges and HEAD drawn distinctly) and the subject column (ref badges, then the subject).
/// Other columns are painted as usual; search matches get a highlight tint.
class HistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HistoryDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The width of one lane for rows of `font`, and the graph column width for `lanes` lanes.
    static int laneWidth(const QFont &font);
    static int graphWidth(int lanes, const QFont &font);
    /// The height of a row for `font`.
    static int rowHeight(const QFont &font);

    /// Paints one row's graph into `rect` (exposed for tests and for drag pixmaps).
    static void paintGraph(QPainter *painter, const QRect &rect, std::span<const GraphLine> lines, int nodeColumn,
                           int nodeColor, bool merge, bool head, const QPalette &palette, const QFont &font);

    /// Paints the "Uncommitted changes" row's node (a dashed ring), and the dashed line from it
    /// to HEAD on the rows it passes (`linkColumn` < 0: none), both in HEAD's lane colour.
    static void paintWorkingTree(QPainter *painter, const QRect &rect, bool workingTreeRow, bool headRow, int linkColumn,
                                 int nodeColumn, int headColor, const QPalette &palette, const QFont &font);

private:
    void paintSubject(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace gantry
