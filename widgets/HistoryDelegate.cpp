#include "widgets/HistoryDelegate.h"

#include "widgets/HistoryModel.h"
#include "widgets/LanePalette.h"
#include "widgets/RefBadgePainter.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace gantry {

namespace {

constexpr int kGraphMargin = 4;  // space left of the first lane and right of the last

QColor matchTint(const QPalette &palette)
{
    return LanePalette::isDark(palette) ? QColor(255, 200, 40, 60) : QColor(255, 205, 0, 80);
}

/// The colour group the style paints a row in: a selection in an unfocused view is Inactive.
QPalette::ColorGroup groupOf(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
}

} // namespace

HistoryDelegate::HistoryDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

int HistoryDelegate::rowHeight(const QFont &font)
{
    return qMax(22, QFontMetrics(font).height() + 8);
}

int HistoryDelegate::laneWidth(const QFont &font)
{
    return qMax(12, qRound(rowHeight(font) * 0.62));
}

int HistoryDelegate::graphWidth(int lanes, const QFont &font)
{
    return 2 * kGraphMargin + qMax(1, lanes) * laneWidth(font);
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(rowHeight(option.font));
    if (index.column() == HistoryModel::GraphColumn)
        size.setWidth(graphWidth(index.data(HistoryModel::LaneCountRole).toInt(), option.font));
    return size;
}

void HistoryDelegate::paintGraph(QPainter *painter, const QRect &rect, std::span<const GraphLine> lines, int nodeColumn,
                                 int nodeColor, bool merge, bool head, const QPalette &palette, const QFont &font)
{
    const qreal lw = laneWidth(font);
    const qreal top = rect.top();
    const qreal bottom = rect.top() + rect.height();
    const qreal cy = top + rect.height() / 2.0;
    const qreal corner = rect.height() / 2.0;  // radius of the elbow where a line turns into a lane
    auto x = [&](int column) { return rect.left() + kGraphMargin + column * lw + lw / 2.0; };
    const bool dark = LanePalette::isDark(palette);
    const qreal penWidth = qMax(1.6, lw / 8.0);

    painter->save();
    painter->setClipRect(rect);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);

    // Lines first, so nodes sit on top of them.
    for (const GraphLine &line : lines) {
        QPen pen(LanePalette::color(line.color, dark), penWidth);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        QPainterPath path;
        if (line.top != GraphLine::kNode && line.bottom != GraphLine::kNode) {
            // Through the row: straight down, or down to the node's height and then an S-curve
            // into the new lane, so the shift never looks like it touches this row's node.
            const qreal xt = x(line.top), xb = x(line.bottom);
            path.moveTo(xt, top);
            if (line.top == line.bottom) {
                path.lineTo(xb, bottom);
            } else {
                const qreal bend = (bottom - cy) * 0.6;
                path.lineTo(xt, cy);
                path.cubicTo(xt, cy + bend, xb, bottom - bend, xb, bottom);
            }
        } else if (line.bottom == GraphLine::kNode && line.top != GraphLine::kNode) {
            // From a child above into the node: down the child's lane, then round into the node.
            const qreal xt = x(line.top), xc = x(nodeColumn);
            path.moveTo(xt, top);
            if (line.top == nodeColumn) {
                path.lineTo(xc, cy);
            } else {
                const qreal sign = xc > xt ? 1.0 : -1.0;
                const qreal r = qMin(corner, qAbs(xc - xt));
                path.quadTo(xt, cy, xt + sign * r, cy);
                path.lineTo(xc, cy);
            }
        } else if (line.top == GraphLine::kNode && line.bottom != GraphLine::kNode) {
            // From the node down to a parent: across to the parent's lane, then round down.
            const qreal xb = x(line.bottom), xc = x(nodeColumn);
            path.moveTo(xc, cy);
            if (line.bottom == nodeColumn) {
                path.lineTo(xb, bottom);
            } else {
                const qreal sign = xb > xc ? 1.0 : -1.0;
                const qreal r = qMin(corner, qAbs(xb - xc));
                path.lineTo(xb - sign * r, cy);
                path.quadTo(xb, cy, xb, bottom);
            }
        }
        painter->drawPath(path);
    }

    // The node: a filled dot; a merge is a ring; HEAD gets a halo.
    const QColor color = LanePalette::color(nodeColor, dark);
    const QPointF centre(x(nodeColumn), cy);
    const qreal radius = qMax(3.5, lw * 0.3);
    const QColor background = palette.color(QPalette::Base);
    if (head) {
        QColor halo = color;
        halo.setAlphaF(0.35);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawEllipse(centre, radius + 3.0, radius + 3.0);
    }
    if (merge) {
        painter->setPen(QPen(color, penWidth + 0.4));
        painter->setBrush(background);
        painter->drawEllipse(centre, radius * 0.8, radius * 0.8);
    } else {
        painter->setPen(QPen(background, 1.2));
        painter->setBrush(color);
        painter->drawEllipse(centre, radius, radius);
    }
    painter->restore();
}

void HistoryDelegate::paintWorkingTree(QPainter *painter, const QRect &rect, bool workingTreeRow, bool headRow,
                                       int linkColumn, int nodeColumn, int headColor, const QPalette &palette,
                                       const QFont &font)
{
    const qreal lw = laneWidth(font);
    const qreal cy = rect.top() + rect.height() / 2.0;
    auto x = [&](int column) { return rect.left() + kGraphMargin + column * lw + lw / 2.0; };
    const bool dark = LanePalette::isDark(palette);
    const QColor color = LanePalette::color(headColor, dark);
    painter->save();
    painter->setClipRect(rect);
    painter->setRenderHint(QPainter::Antialiasing, true);
    // A dashed line: from the "Uncommitted changes" node down, through the rows between, into HEAD.
    if (linkColumn >= 0) {
        QPen dashed(color, qMax(1.6, lw / 8.0), Qt::DashLine, Qt::FlatCap);
        painter->setPen(dashed);
        const qreal from = workingTreeRow ? cy : rect.top();
        const qreal to = headRow ? cy : rect.top() + rect.height();
        painter->drawLine(QPointF(x(linkColumn), from), QPointF(x(linkColumn), to));
    }
    // Its node: a hollow, dashed ring — changes, not a commit yet.
    if (workingTreeRow) {
        const qreal radius = qMax(4.0, lw * 0.32);
        QPen ring(color, qMax(1.6, lw / 8.0), Qt::DotLine, Qt::RoundCap);
        painter->setPen(ring);
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawEllipse(QPointF(x(nodeColumn), cy), radius, radius);
    }
    painter->restore();
}

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;

    // Background (selection, hover, alternate rows) from the style, then the search tint.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!selected && index.data(HistoryModel::SearchMatchRole).toBool())
        painter->fillRect(opt.rect, matchTint(opt.palette));

    switch (index.column()) {
    case HistoryModel::GraphColumn: {
        const int link = index.data(HistoryModel::WorkingTreeLinkRole).toInt();
        const bool workingTree = index.data(HistoryModel::WorkingTreeRole).toBool();
        if (workingTree || link >= 0)
            paintWorkingTree(painter, opt.rect, workingTree, index.data(HistoryModel::IsHeadRole).toBool(), link,
                             index.data(HistoryModel::NodeColumnRole).toInt(),
                             index.data(HistoryModel::WorkingTreeLinkColorRole).toInt(), opt.palette, opt.font);
        if (workingTree)
            return;
        const QVector<GraphLine> lines = index.data(HistoryModel::GraphLinesRole).value<QVector<GraphLine>>();
        paintGraph(painter, opt.rect, std::span<const GraphLine>(lines.constData(), size_t(lines.size())),
                   index.data(HistoryModel::NodeColumnRole).toInt(), index.data(HistoryModel::NodeColorRole).toInt(),
                   index.data(HistoryModel::IsMergeRole).toBool(), index.data(HistoryModel::IsHeadRole).toBool(),
                   opt.palette, opt.font);
        return;
    }
    case HistoryModel::SubjectColumn:
        paintSubject(painter, opt, index);
        return;
    default: {
        // The rest as plain text, without drawing the background a second time.
        opt.backgroundBrush = Qt::NoBrush;
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        painter->save();
        painter->setFont(opt.font);
        QColor text = opt.palette.color(groupOf(opt), selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected)
            text.setAlphaF(0.8);
        painter->setPen(text);
        painter->drawText(textRect, int(opt.displayAlignment | Qt::AlignVCenter),
                          opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
        painter->restore();
        return;
    }
    }
}

void HistoryDelegate::paintSubject(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index) const
{
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect area = opt.rect.adjusted(4, 0, -4, 0);
    const RefBadgeList badges = index.data(HistoryModel::RefsRole).value<RefBadgeList>();
    int x = area.left();
    if (!badges.isEmpty()) {
        // Badges take at most two thirds of the column so the subject stays readable.
        const QRect badgeArea(area.left(), area.top(), qMax(0, area.width() * 2 / 3), area.height());
        // In the colour group the style fills the selection with.
        QPalette palette = opt.palette;
        palette.setCurrentColorGroup(groupOf(opt));
        x = RefBadgePainter::paint(painter, badgeArea, badges, opt.font, palette, selected);
    }
    QColor text = opt.palette.color(groupOf(opt), selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected && index.data(HistoryModel::IsMergeRole).toBool())
        text.setAlphaF(0.65);  // merges are bookkeeping: quieter than real work
    painter->save();
    painter->setPen(text);
    QFont font = opt.font;
    if (index.data(HistoryModel::IsHeadRole).toBool())
        font.setBold(true);
    painter->setFont(font);
    const QRect textRect(x, area.top(), area.right() - x + 1, area.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(font).elidedText(opt.text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace gantry
