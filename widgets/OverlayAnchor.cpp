#include "widgets/OverlayAnchor.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace gantry {

OverlayAnchor::OverlayAnchor(QWidget *overlay, QWidget *host, Edge edge, int maxWidth, int margin)
    : QObject(overlay), m_overlay(overlay), m_host(host), m_edge(edge), m_maxWidth(maxWidth), m_margin(margin)
{
    overlay->installEventFilter(this);
    host->installEventFilter(this);
}

void OverlayAnchor::place()
{
    if (!m_overlay || !m_host || !m_overlay->parentWidget() || m_placing)
        return;
    m_placing = true;
    QWidget *parent = m_overlay->parentWidget();
    const QRect host(m_host == parent ? QPoint(0, 0) : m_host->mapTo(parent, QPoint(0, 0)), m_host->size());
    if (QLayout *layout = m_overlay->layout())
        layout->activate();
    const int room = std::max(160, host.width() - 2 * m_margin);
    const int width = m_edge == Edge::Top ? room
                                          : std::min({room, m_maxWidth, std::max(m_overlay->sizeHint().width(), 320)});
    const int height = m_overlay->hasHeightForWidth() ? m_overlay->heightForWidth(width) : m_overlay->sizeHint().height();
    const int x = m_edge == Edge::Top ? host.left() + m_margin : host.right() + 1 - m_margin - width;
    const int y = m_edge == Edge::Top ? host.top() + m_margin / 2 : host.bottom() + 1 - m_margin - height;
    m_overlay->setGeometry(x, y, width, height);
    m_overlay->raise();
    m_placing = false;
}

bool OverlayAnchor::eventFilter(QObject *watched, QEvent *event)
{
    const bool hostMoved = watched == m_host && (event->type() == QEvent::Resize || event->type() == QEvent::Move);
    const bool overlayChanged = watched == m_overlay && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest);
    if ((hostMoved && m_overlay && m_overlay->isVisible()) || overlayChanged)
        place();
    return QObject::eventFilter(watched, event);
}

} // namespace gantry
