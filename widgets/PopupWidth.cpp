#include "widgets/PopupWidth.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QListView>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>

namespace gantry {

namespace {

/// The list shown by a popup window: the window itself (a completer's popup) or the list inside
/// a combo box's popup frame.
QAbstractItemView *listOf(QWidget *popup)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(popup))
        return view;
    if (!qobject_cast<QComboBox *>(popup->parentWidget()))
        return nullptr;
    return popup->findChild<QAbstractItemView *>();
}

/// At most this many rows show before the list scrolls.
int visibleRows(QWidget *popup, QAbstractItemView *view)
{
    if (auto *combo = qobject_cast<QComboBox *>(popup->parentWidget()))
        return combo->maxVisibleItems();
    for (QObject *filter = view->parent(); filter; filter = filter->parent())
        if (auto *completer = qobject_cast<QCompleter *>(filter))
            return completer->maxVisibleItems();
    return 7;
}

} // namespace

void PopupWidth::install()
{
    static PopupWidth *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new PopupWidth(qApp);
    qApp->installEventFilter(filter);
}

int PopupWidth::neededWidth(QWidget *popup)
{
    QAbstractItemView *view = listOf(popup);
    if (!view || !view->model())
        return 0;
    const auto *list = qobject_cast<QListView *>(view);
    const int content = view->sizeHintForColumn(list ? list->modelColumn() : 0);
    if (content <= 0)
        return 0;
    // What surrounds the list's viewport: the popup's and the list's frames, and a scroll bar when
    // the rows do not all fit.
    int around = popup->width() - view->width() + 2 * view->frameWidth();
    const int rows = view->model()->rowCount(view->rootIndex());
    if (rows > visibleRows(popup, view))
        around += view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    return content + around + 4;
}

bool PopupWidth::eventFilter(QObject *watched, QEvent *event)
{
    // On showing, and on every resize after: a completer sizes its popup again as its rows change.
    if ((event->type() != QEvent::Show && event->type() != QEvent::Resize) || !watched->isWidgetType())
        return false;
    auto *popup = static_cast<QWidget *>(watched);
    if (popup->windowType() != Qt::Popup)
        return false;
    const int needed = neededWidth(popup);
    if (needed <= popup->width())
        return false;
    QRect geometry = popup->geometry();
    geometry.setWidth(needed);
    if (const QScreen *screen = popup->screen()) {
        const QRect room = screen->availableGeometry();
        if (geometry.width() > room.width())
            geometry.setWidth(room.width());
        if (geometry.right() > room.right())
            geometry.moveRight(room.right());
        if (geometry.left() < room.left())
            geometry.moveLeft(room.left());
    }
    popup->setGeometry(geometry);
    return false;
}

} // namespace gantry
