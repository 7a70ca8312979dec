#include "widgets/WorkflowNodeItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <cmath>

namespace gantry {

namespace {

constexpr qreal kPadding = 9;
constexpr qreal kHandle = 10;
constexpr qreal kMinWidth = 140;
constexpr qreal kMaxWidth = 220;
constexpr qreal kGap = 4;        ///< between the details and the step header
constexpr int kMaxSteps = 8;
constexpr int kMaxTitleLines = 4;

QStringList detailsOf(const WorkflowGraphNode &node)
{
    QStringList lines;
    if (!node.subtitle.isEmpty())
        lines.append(node.subtitle);
    if (node.matrixCount > 0)
        lines.append(WorkflowNodeItem::tr("matrix: %n job(s)", nullptr, node.matrixCount));
    else if (node.matrixUnknown)
        lines.append(WorkflowNodeItem::tr("matrix: from an expression"));
    if (!node.condition.isEmpty())
        lines.append(WorkflowNodeItem::tr("if: %1").arg(node.condition));
    return lines;
}

bool hasSteps(const WorkflowGraphNode &node)
{
    return node.kind == WorkflowGraphNode::Kind::Job && !node.steps.isEmpty();
}

QStringList stepsShown(const WorkflowGraphNode &node)
{
    QStringList steps = node.steps.mid(0, kMaxSteps);
    if (node.steps.size() > kMaxSteps)
        steps.append(WorkflowNodeItem::tr("… %n more step(s)", nullptr, int(node.steps.size() - kMaxSteps)));
    return steps;
}

QString stepsHeader(const WorkflowGraphNode &node, bool folded)
{
    // ▸ folded, ▾ open, as tree views draw them.
    return (folded ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + WorkflowNodeItem::tr("%n step(s)", nullptr, int(node.steps.size()));
}

/// `text` on lines of at most `width`, broken between words (or inside a word too long for a
/// line); past `maxLines` the last line is elided.
QStringList wrapped(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    QList<int> starts;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        starts.append(line.textStart());
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (lines.size() > maxLines) {
        const QString rest = text.mid(starts.at(maxLines - 1)).trimmed();
        lines = lines.mid(0, maxLines - 1);
        lines.append(QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width));
    }
    return lines.isEmpty() ? QStringList{QString()} : lines;
}

/// The card's width: its widest line, within the card limits (the title wraps past them).
qreal widthOf(const WorkflowGraphNode &node)
{
    const QFontMetricsF title(WorkflowNodeItem::titleFont());
    const QFontMetricsF detail(WorkflowNodeItem::detailFont());
    qreal text = title.horizontalAdvance(node.title);
    // A long `if:` or trigger filter does not widen the card: it is elided (the tooltip has it).
    if (!node.subtitle.isEmpty() && node.kind == WorkflowGraphNode::Kind::Job)
        text = std::max(text, detail.horizontalAdvance(node.subtitle));
    if (node.matrixCount > 0 || node.matrixUnknown)
        text = std::max(text, detail.horizontalAdvance(detailsOf(node).value(node.subtitle.isEmpty() ? 0 : 1)));
    if (!node.environment.isEmpty())
        text = std::max(text, detail.horizontalAdvance(node.environment) + 14);
    if (hasSteps(node)) {
        for (const QString &step : stepsShown(node))
            text = std::max(text, detail.horizontalAdvance(QStringLiteral("• ") + step));
    }
    // A little slack: the layout hands sizes back rounded, and a line that fits exactly would elide.
    return std::clamp(std::ceil(text) + 3 + 2 * kPadding + kHandle, kMinWidth, kMaxWidth);
}

qreal textWidthOf(qreal cardWidth)
{
    return cardWidth - 2 * kPadding - kHandle;
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount), float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// A card's fill: white on grey in light, lighter than the background in dark.
QColor cardColor(const QPalette &palette, bool trigger)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    if (isDark(palette))
        return mix(base, text, trigger ? 0.05 : 0.08);
    return trigger ? mix(base, palette.color(QPalette::Window), 0.35) : base;
}

} // namespace

QFont WorkflowNodeItem::titleFont()
{
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.08);
    return font;
}

QColor WorkflowNodeItem::backgroundColor(const QPalette &palette)
{
    return isDark(palette) ? palette.color(QPalette::Base) : mix(palette.color(QPalette::Base), palette.color(QPalette::Window), 0.6);
}

QColor WorkflowNodeItem::edgeColor(const QPalette &palette)
{
    return mix(backgroundColor(palette), palette.color(QPalette::Text), 0.4);
}

QFont WorkflowNodeItem::detailFont()
{
    return QApplication::font();
}

WorkflowNodeItem::WorkflowNodeItem(const WorkflowGraphNode &node, bool stepsFolded, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_node(node), m_folded(stepsFolded)
{
    setPos(node.rect.topLeft());
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    m_titleLines = wrapped(node.title, titleFont(), textWidthOf(widthOf(node)), kMaxTitleLines);
    QStringList tip{node.title};
    tip += detailsOf(node);
    if (!node.environment.isEmpty())
        tip.append(tr("environment: %1").arg(node.environment));
    setToolTip(tip.join(QLatin1Char('\n')));
}

qreal WorkflowNodeItem::rowHeight()
{
    return std::ceil(QFontMetricsF(detailFont()).height() + 2);
}

QSizeF WorkflowNodeItem::measure(const WorkflowGraphNode &node, bool stepsFolded)
{
    const qreal width = widthOf(node);
    const QFontMetricsF title(titleFont());
    const qsizetype titleLines = wrapped(node.title, titleFont(), textWidthOf(width), kMaxTitleLines).size();
    qreal height = 2 * kPadding + titleLines * title.height();
    qsizetype rows = detailsOf(node).size() + (node.environment.isEmpty() ? 0 : 1);
    if (hasSteps(node)) {
        height += kGap;
        rows += 1 + (stepsFolded ? 0 : stepsShown(node).size());
    }
    return QSizeF(width, height + rows * rowHeight());
}

void WorkflowNodeItem::setFindings(const QStringList &errors, const QStringList &warnings)
{
    m_errors = errors;
    m_warnings = warnings;
    if (m_baseToolTip.isEmpty())
        m_baseToolTip = toolTip();
    setToolTip(errors.isEmpty() && warnings.isEmpty()
                   ? m_baseToolTip
                   : m_baseToolTip + QStringLiteral("\n\n") + (errors + warnings).join(QLatin1Char('\n')));
    update();
}

qreal WorkflowNodeItem::stepsHeaderTop() const
{
    const qsizetype rows = detailsOf(m_node).size() + (m_node.environment.isEmpty() ? 0 : 1);
    return kPadding + m_titleLines.size() * QFontMetricsF(titleFont()).height() + rows * rowHeight() + kGap;
}

int WorkflowNodeItem::stepAt(const QPointF &scenePos) const
{
    if (!hasSteps(m_node) || m_folded)
        return -1;
    const QPointF p = mapFromScene(scenePos);
    if (p.x() < 0 || p.x() > m_node.rect.width() - kHandle)
        return -1;
    const qreal top = stepsHeaderTop() + rowHeight();
    const int row = int(std::floor((p.y() - top) / rowHeight()));
    const int shown = int(std::min<qsizetype>(m_node.steps.size(), kMaxSteps));
    return p.y() >= top && row >= 0 && row < shown ? row : -1;
}

bool WorkflowNodeItem::isOnStepsHeader(const QPointF &scenePos) const
{
    if (!hasSteps(m_node))
        return false;
    const QPointF p = mapFromScene(scenePos);
    const qreal top = stepsHeaderTop();
    return p.x() >= 0 && p.x() <= m_node.rect.width() - kHandle && p.y() >= top && p.y() < top + rowHeight();
}

bool WorkflowNodeItem::isOnHandle(const QPointF &scenePos) const
{
    if (m_node.kind != WorkflowGraphNode::Kind::Job)
        return false;
    const QPointF p = mapFromScene(scenePos);
    return p.x() >= m_node.rect.width() - kHandle && p.x() <= m_node.rect.width() && p.y() >= 0 && p.y() <= m_node.rect.height();
}

QRectF WorkflowNodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_node.rect.size()).adjusted(-2, -2, 2, 2);
}

void WorkflowNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const QRectF r(QPointF(0, 0), m_node.rect.size());
    const bool trigger = m_node.kind == WorkflowGraphNode::Kind::Trigger;
    const bool selected = option->state & QStyle::State_Selected;
    const QColor fill = cardColor(palette, trigger);
    QColor border = mix(fill, palette.color(QPalette::Text), 0.28);
    if (!m_errors.isEmpty())
        border = QColor(0xd0, 0x30, 0x30);
    else if (!m_warnings.isEmpty())
        border = QColor(0xd8, 0x90, 0x10);
    if (selected)
        border = palette.color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(border, selected || !m_errors.isEmpty() ? 2.0 : 1.0));
    painter->setBrush(fill);
    const qreal radius = trigger ? r.height() / 2 : 6;
    painter->drawRoundedRect(r.adjusted(1, 1, -1, -1), std::min(radius, 14.0), std::min(radius, 14.0));
    if (!trigger) {
        // The handle: drag from here to another job to make it need this one.
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(fill, palette.color(QPalette::Text), 0.4));
        painter->drawEllipse(QPointF(r.right() - kHandle / 2 - 1, r.height() / 2), 3.5, 3.5);
    }
    const qreal textWidth = textWidthOf(r.width());
    const qreal left = trigger ? kPadding + 4 : kPadding; // clear of a pill's round ends
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(titleFont());
    const QFontMetricsF title(titleFont());
    qreal y = kPadding;
    for (const QString &line : m_titleLines) {
        painter->drawText(QRectF(left, y, textWidth, title.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += title.height();
    }
    painter->setFont(detailFont());
    const QFontMetricsF detail(detailFont());
    const qreal row = rowHeight();
    painter->setPen(palette.color(QPalette::PlaceholderText));
    for (const QString &line : detailsOf(m_node)) {
        painter->drawText(QRectF(left, y, textWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                          detail.elidedText(line, Qt::ElideRight, textWidth));
        y += row;
    }
    if (!m_node.environment.isEmpty()) {
        // The environment as a badge: a rounded outline in the highlight colour.
        const QString text = m_node.environment;
        const QRectF badge(left, y + 1.5, std::min(detail.horizontalAdvance(text) + 14, textWidth), row - 3);
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(40);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(badge, Qt::AlignCenter, detail.elidedText(text, Qt::ElideRight, badge.width() - 10));
        y += row;
    }
    if (!hasSteps(m_node))
        return;
    y += kGap;
    painter->setPen(QPen(mix(fill, palette.color(QPalette::Text), 0.14), 1));
    painter->drawLine(QPointF(kPadding, y - kGap / 2), QPointF(r.width() - kPadding - kHandle, y - kGap / 2));
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(left, y, textWidth, row), Qt::AlignLeft | Qt::AlignVCenter, stepsHeader(m_node, m_folded));
    y += row;
    if (m_folded)
        return;
    painter->setPen(palette.color(QPalette::Text));
    for (const QString &step : stepsShown(m_node)) {
        painter->drawText(QRectF(left, y, textWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                          detail.elidedText(QStringLiteral("• ") + step, Qt::ElideRight, textWidth));
        y += row;
    }
}

} // namespace gantry
