#include "app/MessageBar.h"

#include "app/ThemePalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace gantry {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton = new QPushButton(this);
    m_closeButton = new QToolButton(this);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_closeButton);
    m_autoHide = new QTimer(this);
    m_autoHide->setSingleShot(true);
    m_autoHide->setInterval(8000);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        auto action = std::move(m_action);
        dismiss();
        if (action)
            action();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(!actionText.isEmpty() && m_action);
    const QStyle::StandardPixmap icon = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    applyColors();
    show();
    // Errors and offers to undo stay until the user has seen them; plain notices go away.
    if (kind != Kind::Error && !m_action)
        m_autoHide->start();
    else
        m_autoHide->stop();
}

void MessageBar::dismiss()
{
    m_autoHide->stop();
    m_action = nullptr;
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QWidget::changeEvent(event);
}

void MessageBar::applyColors()
{
    const bool dark = ThemePalette::isDark(parentWidget() ? parentWidget()->palette() : palette());
    QColor background;
    switch (m_kind) {
    case Kind::Error:
        background = dark ? QColor(0x4a, 0x1d, 0x1f) : QColor(0xff, 0xeb, 0xe9);
        break;
    case Kind::Success:
        background = dark ? QColor(0x1b, 0x3a, 0x26) : QColor(0xda, 0xfb, 0xe1);
        break;
    case Kind::Information:
        background = dark ? QColor(0x1c, 0x2d, 0x44) : QColor(0xdd, 0xf4, 0xff);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    // setPalette() sends a PaletteChange of its own: do not answer it.
    m_applyingColors = true;
    setPalette(p);
    m_applyingColors = false;
}

} // namespace gantry
