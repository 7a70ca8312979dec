#include "widgets/EmptyStateOverlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTreeView>

namespace gantry {

namespace {

constexpr int kMargin = 12;

} // namespace

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, const QString &text)
    : QWidget(view->viewport()), m_view(view), m_text(text)
{
    setObjectName(QStringLiteral("emptyStateOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    view->viewport()->installEventFilter(this);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &EmptyStateOverlay::refresh);
    if (auto *tree = qobject_cast<QTreeView *>(view)) {
        connect(tree, &QTreeView::expanded, this, &EmptyStateOverlay::refresh);
        connect(tree, &QTreeView::collapsed, this, &EmptyStateOverlay::refresh);
    }
    refresh();
}

void EmptyStateOverlay::setText(const QString &text)
{
    m_text = text;
    refresh();
    update();
}

void EmptyStateOverlay::setEmptyCheck(std::function<bool()> isEmpty)
{
    m_isEmpty = std::move(isEmpty);
    refresh();
}

void EmptyStateOverlay::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (model == m_model)
        return;
    for (const QMetaObject::Connection &c : m_modelConnections)
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (!model)
        return;
    // Queued: the view lays the new rows out first, so the overlay goes under them.
    const auto later = [this] { QMetaObject::invokeMethod(this, &EmptyStateOverlay::refresh, Qt::QueuedConnection); };
    m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, later)
                       << connect(model, &QAbstractItemModel::rowsInserted, this, later)
                       << connect(model, &QAbstractItemModel::rowsRemoved, this, later)
                       << connect(model, &QAbstractItemModel::layoutChanged, this, later);
}

int EmptyStateOverlay::bottomOfRows() const
{
    const QAbstractItemModel *model = m_view->model();
    const QModelIndex root = m_view->rootIndex();
    const int rows = model ? model->rowCount(root) : 0;
    if (rows == 0)
        return 0;
    // The last row drawn: in a tree, down through the open last children.
    QModelIndex last = model->index(rows - 1, 0, root);
    if (auto *tree = qobject_cast<const QTreeView *>(m_view.data())) {
        while (tree->isExpanded(last) && model->rowCount(last) > 0)
            last = model->index(model->rowCount(last) - 1, 0, last);
    }
    const QRect rect = m_view->visualRect(last);
    return rect.isValid() ? qMax(0, rect.bottom() + 1) : 0;
}

void EmptyStateOverlay::refresh()
{
    if (!m_view)
        return;
    watchModel();
    const QAbstractItemModel *model = m_view->model();
    const bool empty = m_isEmpty ? m_isEmpty() : (!model || model->rowCount(m_view->rootIndex()) == 0);
    const QRect area = m_view->viewport()->rect();
    const int top = empty ? bottomOfRows() : 0;
    const QRect free(area.left(), top, area.width(), area.height() - top);
    const bool show = empty && !m_text.isEmpty() && free.height() > fontMetrics().height();
    if (show) {
        setGeometry(free);
        raise();
    }
    setVisible(show);
    update();
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        refresh();
    return QWidget::eventFilter(watched, event);
}

void EmptyStateOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.setFont(m_view ? m_view->font() : font());
    const QRect box = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    // Alone in the viewport: in its middle; under rows (section headers): just below them.
    const Qt::Alignment vertical = geometry().top() == 0 ? Qt::AlignVCenter : Qt::AlignTop;
    painter.drawText(box, int(Qt::AlignHCenter | vertical | Qt::TextWordWrap), m_text);
}

} // namespace gantry
