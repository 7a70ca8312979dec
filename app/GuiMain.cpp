#include "app/GuiMain.h"

#include "app/Translations.h"

#include <QApplication>
#include <QMainWindow>

namespace gantry {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gantry"));
    QApplication::setOrganizationName(QStringLiteral("Gantry"));
    QApplication::setApplicationVersion(QStringLiteral(GANTRY_VERSION));
    Translations::install();
    QMainWindow window;
    window.setWindowTitle(QApplication::translate("gantry::MainWindow", "Gantry"));
    window.show();
    return app.exec();
}

} // namespace gantry
