#include "widgets/ThemeColors.h"

#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace gantry {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double worstContrast(const QColor &color, const QList<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, ThemeColors::contrast(color, background));
    return worst;
}

} // namespace

double ThemeColors::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::blend(const QColor &base, const QColor &over, double amount)
{
    const QColor b = base.toRgb();
    const QColor o = over.toRgb();
    // Rounded to 8 bits a channel, as it is drawn: contrasts are measured on what is shown.
    auto mix = [amount](int from, int to) { return std::clamp(int(std::lround(from + (to - from) * amount)), 0, 255); };
    return QColor(mix(b.red(), o.red()), mix(b.green(), o.green()), mix(b.blue(), o.blue()));
}

bool ThemeColors::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.18;
}

QColor ThemeColors::readable(const QColor &wanted, const QList<QColor> &backgrounds, double ratio)
{
    if (backgrounds.isEmpty() || worstContrast(wanted, backgrounds) >= ratio)
        return wanted;
    // Towards white or black, whichever can reach further on these backgrounds.
    const bool lighter = worstContrast(Qt::white, backgrounds) >= worstContrast(Qt::black, backgrounds);
    float h = 0;
    float s = 0;
    float l = 0;
    float a = 1;
    wanted.toHsl().getHslF(&h, &s, &l, &a);
    if (h < 0)
        h = 0;  // achromatic
    // Luminance grows with HSL lightness at a fixed hue and saturation: bisect for the smallest
    // change that reaches the ratio.
    float from = l;
    float to = lighter ? 1.0f : 0.0f;
    if (worstContrast(QColor::fromHslF(h, s, to, a), backgrounds) < ratio)
        return lighter ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step < 24; ++step) {
        const float middle = (from + to) / 2;
        if (worstContrast(QColor::fromHslF(h, s, middle, a), backgrounds) >= ratio)
            to = middle;
        else
            from = middle;
    }
    const QColor exact = QColor::fromHslF(h, s, to, a).toRgb();
    QColor result(exact.red(), exact.green(), exact.blue());  // 8 bits a channel, as drawn
    // Rounding to 8 bits may land just short: one more step in the same direction.
    for (int i = 0; i < 8 && worstContrast(result, backgrounds) < ratio; ++i)
        result = lighter ? QColor(std::min(255, result.red() + 1), std::min(255, result.green() + 1), std::min(255, result.blue() + 1))
                         : QColor(std::max(0, result.red() - 1), std::max(0, result.green() - 1), std::max(0, result.blue() - 1));
    return result;
}

QColor ThemeColors::readable(const QColor &wanted, const QColor &background, double ratio)
{
    return readable(wanted, QList<QColor>{background}, ratio);
}

QColor ThemeColors::statusText(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    QColor color;
    switch (status) {
    case Status::Error: color = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e); break;
    case Status::Warning: color = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00); break;
    case Status::Success: color = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37); break;
    }
    return readable(color, {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

void ThemeColors::setStatus(QWidget *widget, Status status)
{
    QPalette palette = widget->palette();
    const QColor color = statusText(status, palette);
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

void ThemeColors::clearStatus(QWidget *widget)
{
    widget->setPalette(QPalette());
}

} // namespace gantry
