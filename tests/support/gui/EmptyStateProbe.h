#pragma once

// What the tests of empty states share (header-only: the headless support library links no
// widgets): whether an EmptyStateOverlay's text is really on screen, whole, and where a widget
// test saves its screenshots.

#include "widgets/EmptyStateOverlay.h"

#include <QDir>
#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QWidget>

namespace gantry::testkit {

/// build/screenshots/widgets-NAME.png (the folder made on demand).
inline QString widgetScreenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("GANTRY_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/widgets-") + name + QStringLiteral(".png");
}

/// True when `overlay` shows its text in `viewport`: it is visible there, its whole text fits
/// its area (wrapped, with the margins it paints with), and text-coloured pixels were painted.
inline bool paintsText(const EmptyStateOverlay *overlay, QWidget *viewport)
{
    if (!overlay->isVisible() || overlay->parentWidget() != viewport)
        return false;
    const QRect area = overlay->geometry();
    const QRect inner = QRect(QPoint(0, 0), area.size()).adjusted(12, 12, -12, -12);
    const QRect needed = QFontMetrics(viewport->font()).boundingRect(inner, int(Qt::AlignHCenter | Qt::TextWordWrap), overlay->text());
    if (needed.height() > inner.height() || needed.width() > inner.width())
        return false;
    // The background is the commonest colour; text is what stands apart from it.
    const QImage image = viewport->grab(area).toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += qAbs(qGray(image.pixel(x, y)) - qGray(background)) > 60 ? 1 : 0;
    return ink > 30;
}

} // namespace gantry::testkit
