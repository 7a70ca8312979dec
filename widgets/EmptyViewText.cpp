#include "widgets/EmptyViewText.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace gantry {

EmptyViewText *EmptyViewText::install(QAbstractItemView *view, const QString &text)
{
    return new EmptyViewText(view, text);
}

EmptyViewText::EmptyViewText(QAbstractItemView *view, const QString &text) : QObject(view), m_view(view), m_text(text)
{
    view->viewport()->installEventFilter(this);
}

void EmptyViewText::setText(const QString &text)
{
    m_text = text;
    if (m_view)
        m_view->viewport()->update();
}

bool EmptyViewText::isShowing() const
{
    return m_view && m_view->model() && m_view->model()->rowCount(m_view->rootIndex()) == 0 && !m_text.isEmpty();
}

bool EmptyViewText::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_view && watched == m_view->viewport() && isShowing()) {
        // The view paints nothing over an empty model: draw the sentence, then let it paint.
        QWidget *viewport = m_view->viewport();
        QPainter painter(viewport);
        painter.setPen(m_view->palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport->rect().adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap, m_text);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gantry
