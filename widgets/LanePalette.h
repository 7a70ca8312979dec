#pragma once

#include <QColor>

class QPalette;

namespace gantry {

/// The colours of history graph lanes: a fixed cycle of distinct hues, tuned separately for
/// light and dark backgrounds so lines and nodes stay readable on both.
class LanePalette
{
public:
    /// How many distinct colours there are before the cycle repeats.
    static int size();
    /// The colour for lane colour index `index` (any non-negative number) on `palette`.
    static QColor color(int index, const QPalette &palette);
    static QColor color(int index, bool darkBackground);
    /// True when `palette`'s base (the view background) is dark.
    static bool isDark(const QPalette &palette);
};

} // namespace gantry
