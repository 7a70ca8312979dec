#include "app/GuiMain.h"

#include "app/MainWindow.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "app/Translations.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "widgets/PopupWidth.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace gantry {

namespace {

/// The first argument that is not an option: the repository to open.
QString pathArgument(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1))
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    return {};
}

/// Why `path` cannot be opened, or empty when it can.
QString pathProblem(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QCoreApplication::translate("gantry::MainWindow", "%1 does not exist.").arg(path);
    Result<Repository> repo = Repository::open(path);
    if (!repo)
        return QCoreApplication::translate("gantry::MainWindow", "%1 is not a Git repository (or inside one).").arg(path);
    return {};
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int runGui(int argc, char **argv)
{
    ensureLibgit2();
    if (!hasDisplay()) {
        // Without a display QApplication would abort; say what is wrong on one line instead.
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        const QString path = pathArgument(arguments);
        const QString problem = path.isEmpty() ? QString() : pathProblem(path);
        const QString message = !problem.isEmpty()
            ? problem
            : QStringLiteral("cannot open a window: no display (DISPLAY and WAYLAND_DISPLAY are not set); "
                             "see 'gantry --help' for the commands that run without one");
        std::fprintf(stderr, "gantry: %s\n", message.toLocal8Bit().constData());
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gantry"));
    QApplication::setOrganizationName(QStringLiteral("Gantry"));
    QApplication::setApplicationVersion(QStringLiteral(GANTRY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gantry"));
    Translations::install();
    ThemePalette::applySystem();
    PopupWidth::install();

    MainWindow window;
    const QString path = pathArgument(QApplication::arguments());
    if (path.isEmpty())
        window.restoreSession();
    window.show();
    if (!path.isEmpty()) {
        // After show(), so the message box about a bad path has its window behind it.
        QTimer::singleShot(0, &window, [&window, path] {
            if (!window.openRepository(QDir(path).absolutePath()) && window.tabCount() == 0)
                window.restoreSession();
        });
    }
    return app.exec();
}

} // namespace gantry
