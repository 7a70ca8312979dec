#pragma once

#include <QIcon>
#include <QString>

namespace gantry {

/// Gantry's own icons (resources/icons/NAME.svg), drawn in the colours of the palette they are
/// painted in: the SVGs stroke with `currentColor`, which becomes the palette's button text —
/// its disabled or highlighted text in those modes — when the icon is painted. So one file
/// serves the light and the dark palette, and an icon follows a palette change by itself.
namespace ThemedIcon {
/// The icon `name` (":/icons/NAME.svg"); a null icon when there is no such file.
QIcon get(const QString &name);
} // namespace ThemedIcon

} // namespace gantry
