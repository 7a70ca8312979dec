#include "widgets/WorkflowNodeItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace gantry {

namespace {

constexpr qreal kPadding = 8;
constexpr qreal kHandle = 10;
constexpr qreal kMinWidth = 150;
constexpr qreal kMaxWidth = 260;
constexpr int kMaxSteps = 8;

QFont titleFont()
{
    QFont font = QApplication::font();
    font.setBold(true);
    return font;
}

QFont smallFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

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

QStringList stepsShown(const WorkflowGraphNode &node)
{
    QStringList steps = node.steps.mid(0, kMaxSteps);
    if (node.steps.size() > kMaxSteps)
        steps.append(WorkflowNodeItem::tr("… %n more step(s)", nullptr, int(node.steps.size() - kMaxSteps)));
    return steps;
}

} // namespace

WorkflowNodeItem::WorkflowNodeItem(const WorkflowGraphNode &node, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_node(node)
{
    setPos(node.rect.topLeft());
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    QStringList tip{node.title};
    tip += detailsOf(node);
    if (!node.environment.isEmpty())
        tip.append(tr("environment: %1").arg(node.environment));
    setToolTip(tip.join(QLatin1Char('\n')));
}

QSizeF WorkflowNodeItem::measure(const WorkflowGraphNode &node)
{
    const QFontMetricsF title(titleFont());
    const QFontMetricsF small(smallFont());
    qreal width = title.horizontalAdvance(node.title) + 2 * kPadding + kHandle;
    qreal height = title.height() + 2 * kPadding;
    QStringList lines = detailsOf(node);
    if (!node.environment.isEmpty())
        lines.append(node.environment + QStringLiteral("    "));
    for (const QString &line : lines) {
        width = std::max(width, small.horizontalAdvance(line) + 2 * kPadding + kHandle);
        height += small.height();
    }
    if (node.kind == WorkflowGraphNode::Kind::Job) {
        const QStringList steps = stepsShown(node);
        if (!steps.isEmpty())
            height += 6;
        for (const QString &step : steps) {
            width = std::max(width, small.horizontalAdvance(QStringLiteral("• ") + step) + 2 * kPadding + kHandle);
            height += small.height();
        }
    }
    return QSizeF(std::clamp(width, kMinWidth, kMaxWidth), height);
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

qreal WorkflowNodeItem::stepsTop() const
{
    const QFontMetricsF title(titleFont());
    const QFontMetricsF small(smallFont());
    qreal y = kPadding + title.height() + small.height() * detailLines().size();
    if (!m_node.environment.isEmpty())
        y += small.height();
    return y + 6;
}

qreal WorkflowNodeItem::stepRowHeight()
{
    return QFontMetricsF(smallFont()).height();
}

int WorkflowNodeItem::stepAt(const QPointF &scenePos) const
{
    if (m_node.kind != WorkflowGraphNode::Kind::Job || m_node.steps.isEmpty())
        return -1;
    const QPointF p = mapFromScene(scenePos);
    if (p.x() < 0 || p.x() > m_node.rect.width() - kHandle)
        return -1;
    const int row = int(std::floor((p.y() - stepsTop()) / stepRowHeight()));
    const int shown = int(std::min<qsizetype>(m_node.steps.size(), kMaxSteps));
    return p.y() >= stepsTop() && row >= 0 && row < shown ? row : -1;
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

QStringList WorkflowNodeItem::detailLines() const
{
    return detailsOf(m_node);
}

void WorkflowNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const QRectF r(QPointF(0, 0), m_node.rect.size());
    const bool trigger = m_node.kind == WorkflowGraphNode::Kind::Trigger;
    const bool selected = option->state & QStyle::State_Selected;
    QColor border = palette.color(QPalette::Mid);
    if (!m_errors.isEmpty())
        border = QColor(0xd0, 0x30, 0x30);
    else if (!m_warnings.isEmpty())
        border = QColor(0xd8, 0x90, 0x10);
    if (selected)
        border = palette.color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(border, selected || !m_errors.isEmpty() ? 2.0 : 1.0));
    QColor fill = palette.color(trigger ? QPalette::AlternateBase : QPalette::Base);
    painter->setBrush(fill);
    const qreal radius = trigger ? r.height() / 2 : 6;
    painter->drawRoundedRect(r.adjusted(1, 1, -1, -1), std::min(radius, 14.0), std::min(radius, 14.0));
    if (!trigger) {
        // The handle: drag from here to another job to make it need this one.
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Mid));
        painter->drawEllipse(QPointF(r.right() - kHandle / 2 - 1, r.height() / 2), 3.5, 3.5);
    }
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(titleFont());
    const QFontMetricsF title(titleFont());
    qreal y = kPadding;
    const qreal textWidth = r.width() - 2 * kPadding - kHandle;
    painter->drawText(QRectF(kPadding, y, textWidth, title.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      title.elidedText(m_node.title, Qt::ElideRight, textWidth));
    y += title.height();
    painter->setFont(smallFont());
    const QFontMetricsF small(smallFont());
    painter->setPen(palette.color(QPalette::PlaceholderText));
    for (const QString &line : detailLines()) {
        painter->drawText(QRectF(kPadding, y, textWidth, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(line, Qt::ElideRight, textWidth));
        y += small.height();
    }
    if (!m_node.environment.isEmpty()) {
        const QString text = m_node.environment;
        const QRectF badge(kPadding, y + 1, std::min(small.horizontalAdvance(text) + 10, textWidth), small.height() - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2f, 0x81, 0xf7, 60));
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(badge, Qt::AlignCenter, small.elidedText(text, Qt::ElideRight, badge.width() - 6));
        y += small.height();
    }
    if (!trigger) {
        const QStringList steps = stepsShown(m_node);
        if (!steps.isEmpty()) {
            y += 3;
            painter->setPen(QPen(palette.color(QPalette::Midlight), 1));
            painter->drawLine(QPointF(kPadding, y), QPointF(r.width() - kPadding - kHandle, y));
            y += 3;
        }
        painter->setPen(palette.color(QPalette::Text));
        for (const QString &step : steps) {
            painter->drawText(QRectF(kPadding, y, textWidth, small.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              small.elidedText(QStringLiteral("• ") + step, Qt::ElideRight, textWidth));
            y += small.height();
        }
    }
}

} // namespace gantry
