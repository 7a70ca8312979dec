#include "widgets/WorkspaceSwitcher.h"

#include <QButtonGroup>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionToolButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gantry {

namespace {

constexpr int kButtonWidth = 76;
constexpr int kIconSize = 22;

/// A workspace's button: icon over name, checkable, with a count badge at the icon's top right.
class WorkspaceButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    int count = 0;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QToolButton::paintEvent(event);
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        if (isChecked()) // the current workspace: a bar at its left edge, as side bars mark theirs
            painter.fillRect(QRect(0, 4, 3, height() - 8), palette().color(QPalette::Highlight));
        if (count <= 0)
            return;
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        font.setBold(true);
        painter.setFont(font);
        const QString text = count > 999 ? QStringLiteral("999+") : QString::number(count);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 8);
        const QRect badge(width / 2 + this->width() / 2 + kIconSize / 2 - width, 3, width, height);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
        painter.fillPath(pill, palette().color(QPalette::Highlight));
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, text);
    }
};

} // namespace

WorkspaceSwitcher::WorkspaceSwitcher(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("workspaceSwitcher"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(4, 6, 4, 6);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &WorkspaceSwitcher::workspaceRequested);
}

void WorkspaceSwitcher::addWorkspace(int id, const QIcon &icon, const QString &name, const QString &toolTip,
                                     const QKeySequence &shortcut)
{
    auto *button = new WorkspaceButton(this);
    button->setObjectName(QStringLiteral("workspaceButton%1").arg(id));
    button->setIcon(icon);
    button->setIconSize(QSize(kIconSize, kIconSize));
    button->setText(name);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    button->setFixedWidth(kButtonWidth);
    button->setToolTip(shortcut.isEmpty() ? toolTip
                                          : QStringLiteral("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    m_group->addButton(button, id);
    m_layout->insertWidget(m_layout->count() - 1, button);
}

void WorkspaceSwitcher::setCurrent(int id)
{
    if (QAbstractButton *button = m_group->button(id))
        button->setChecked(true);
}

int WorkspaceSwitcher::current() const
{
    return m_group->checkedId();
}

void WorkspaceSwitcher::setBadge(int id, int count)
{
    auto *button = static_cast<WorkspaceButton *>(m_group->button(id));
    if (!button || button->count == count)
        return;
    button->count = count;
    button->update();
}

int WorkspaceSwitcher::badge(int id) const
{
    auto *button = static_cast<WorkspaceButton *>(m_group->button(id));
    return button ? button->count : 0;
}

void WorkspaceSwitcher::setWorkspaceEnabled(int id, bool enabled)
{
    if (QAbstractButton *button = m_group->button(id))
        button->setEnabled(enabled);
}

QToolButton *WorkspaceSwitcher::button(int id) const
{
    return static_cast<QToolButton *>(m_group->button(id));
}

} // namespace gantry
