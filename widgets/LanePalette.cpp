#include "widgets/LanePalette.h"

#include <QPalette>

#include <array>

namespace gantry {

namespace {

// Hues picked to stay apart from each other for neighbouring lanes (blue, orange, green, ...),
// as (light background, dark background) pairs: darker and saturated on white, lighter on black.
struct LaneColor
{
    QRgb light;
    QRgb dark;
};

constexpr std::array<LaneColor, 10> kLaneColors{{
    {0x1f6fd1, 0x5aa2ff}, // blue
    {0xd9480f, 0xff8a4c}, // orange
    {0x2b8a3e, 0x5fd07a}, // green
    {0xae3ec9, 0xd98cf0}, // purple
    {0xc92a2a, 0xff6b6b}, // red
    {0x0c8599, 0x3bc9db}, // teal
    {0xb08800, 0xf2c94c}, // amber
    {0x5f3dc4, 0x9b87f5}, // indigo
    {0xc2255c, 0xf783ac}, // pink
    {0x5c940d, 0xa9e34b}, // lime
}};

} // namespace

int LanePalette::size()
{
    return int(kLaneColors.size());
}

bool LanePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor LanePalette::color(int index, bool darkBackground)
{
    const LaneColor &c = kLaneColors[size_t(qAbs(index) % size())];
    return QColor::fromRgb(darkBackground ? c.dark : c.light);
}

QColor LanePalette::color(int index, const QPalette &palette)
{
    return color(index, isDark(palette));
}

} // namespace gantry
