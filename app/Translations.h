#pragma once

namespace gantry {

/// Loads Gantry's and Qt's translations for the system locale (GANTRY_LANG or LANGUAGE overrides).
namespace Translations {
void install();
}

} // namespace gantry
