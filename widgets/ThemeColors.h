#pragma once

#include <QColor>
#include <QList>

class QPalette;
class QWidget;

namespace gantry {

/// Colour arithmetic for readable light and dark themes: WCAG 2 contrast, blending, and
/// foregrounds moved lighter or darker (keeping their hue) until they read on every background
/// they are drawn on; plus the status colours (error, warning, success) for text on a palette.
class ThemeColors
{
public:
    /// WCAG AA: normal text, and user-interface shapes (badges, borders).
    static constexpr double kTextContrast = 4.5;
    static constexpr double kShapeContrast = 3.0;

    enum class Status { Error, Warning, Success };

    /// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
    /// `base` moved towards `over` by `amount` (0 … 1), opaque.
    static QColor blend(const QColor &base, const QColor &over, double amount);
    /// Whether `palette`'s base (the background of views and editors) is dark.
    static bool isDark(const QPalette &palette);

    /// `wanted`, or the nearest colour of the same hue (lighter on dark backgrounds, darker on
    /// light ones) with at least `ratio` against every one of `backgrounds`.
    static QColor readable(const QColor &wanted, const QList<QColor> &backgrounds, double ratio = kTextContrast);
    static QColor readable(const QColor &wanted, const QColor &background, double ratio = kTextContrast);

    /// Text in a status colour, readable on `palette`'s window and base.
    static QColor statusText(Status status, const QPalette &palette);
    /// Draws `widget`'s text (a label's) in `status`'s colour; clearStatus() goes back to the
    /// inherited colours.
    static void setStatus(QWidget *widget, Status status);
    static void clearStatus(QWidget *widget);
};

} // namespace gantry
