// Gantry: one binary for the desktop app (`gantry [PATH]`) and the headless command line (`gantry <command>`).
#include "app/CommandLine.h"
#include "app/GuiMain.h"
#include "app/Translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    if (gantry::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Gantry"));
        QCoreApplication::setOrganizationName(QStringLiteral("Gantry"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GANTRY_VERSION));
        gantry::Translations::install();
        return gantry::CommandLine::run(app.arguments().mid(1));
    }
    return gantry::runGui(argc, argv);
}
