#pragma once

namespace gantry {

/// Runs the desktop application: QApplication, the main window, the repository from argv if any.
int runGui(int argc, char **argv);

} // namespace gantry
