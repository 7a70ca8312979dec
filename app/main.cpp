// Gantry: one binary for the desktop app (`gantry [PATH]`) and the headless command line (`gantry <command>`).
#include "app/CommandLine.h"
#include "app/GlobalOptions.h"
#include "app/GuiMain.h"
#include "app/Translations.h"

#include <QCoreApplication>

#include <vector>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // git's options before the command (-C, -c, --no-pager, …) count for the window as well.
    gantry::GlobalOptions options = gantry::GlobalOptions::parse(arguments);
    if (options.problem == gantry::GlobalOptions::Problem::None)
        options.apply();
    if (gantry::CommandLine::isHeadless(options)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Gantry"));
        QCoreApplication::setOrganizationName(QStringLiteral("Gantry"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GANTRY_VERSION));
        gantry::Translations::install();
        return gantry::CommandLine::run(options);
    }
    // The window gets the program and what follows the global options (a path, Qt's options).
    std::vector<char *> rest{argv[0]};
    for (int i = 1 + int(arguments.size() - options.rest.size()); i < argc; ++i)
        rest.push_back(argv[i]);
    int restCount = int(rest.size());
    rest.push_back(nullptr);
    return gantry::runGui(restCount, rest.data());
}
