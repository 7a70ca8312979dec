#pragma once

#include <QPalette>
#include <QString>

namespace gantry {

/// Gantry's light and dark palettes on the Fusion style. Follows the system: dark when the
/// platform's window colour is dark (Qt 6.4 has no colour-scheme hint); GANTRY_THEME=dark|light
/// overrides it (tests, screenshots).
class ThemePalette
{
public:
    enum class Theme { Light, Dark };

    /// The theme to use: GANTRY_THEME when set to "dark" or "light", else the system's.
    static Theme detect();
    /// Whether `palette`'s window colour is dark.
    static bool isDark(const QPalette &palette);
    static QPalette palette(Theme theme);
    /// Sets the Fusion style and the palette for `theme` on the running QApplication.
    static void apply(Theme theme);
    /// apply(detect()).
    static void applySystem();
};

} // namespace gantry
