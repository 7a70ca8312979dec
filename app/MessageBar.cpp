#include "app/MessageBar.h"

#include "app/ThemePalette.h"
#include "widgets/OverlayAnchor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace gantry {

namespace {

constexpr int kMargin = 12;    // from the host's edges
constexpr int kMaxWidth = 620; // a paragraph, not a banner across the window
constexpr int kRadius = 6;

} // namespace

MessageBar::MessageBar(QWidget *host)
    : QWidget(host)
{
    setAttribute(Qt::WA_StyledBackground, false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 6, 8);
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
    if (host)
        new OverlayAnchor(this, host, OverlayAnchor::Edge::BottomRight, kMaxWidth, kMargin);
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
    show(); // the anchor places it
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

void MessageBar::paintEvent(QPaintEvent *)
{
    // A card with a border, so it reads as floating over the views beneath it.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath card;
    card.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter.fillPath(card, palette().color(QPalette::Window));
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawPath(card);
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
    p.setColor(QPalette::Mid, dark ? background.lighter(160) : background.darker(130));
    // setPalette() sends a PaletteChange of its own: do not answer it.
    m_applyingColors = true;
    setPalette(p);
    m_applyingColors = false;
}

} // namespace gantry
