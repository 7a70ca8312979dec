#pragma once

// What the GUI tests that drive the real main window share (header-only: the headless tests'
// support library links no widgets).

#include "app/MainWindow.h"
#include "app/RepositoryTab.h"
#include "app/WindowSettings.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace gantry::testkit {

/// Runs `act` on the next modal dialog of type D as soon as it shows (the code under test is
/// blocked in exec() meanwhile).
template <typename D>
void whenModal(std::function<void(D *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

/// Where a test saves the screenshot `name`: build/screenshots/ (created on demand).
inline QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("GANTRY_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

/// Makes real main windows with settings of their own (never the developer's), shown and
/// exposed, and opens repositories in them.
class MainWindowTestKit
{
public:
    /// Whether the settings folder could be made.
    bool isValid() const { return m_settingsDir.isValid(); }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto *settings = m_settings.emplace_back(std::make_unique<QSettings>(
            m_settingsDir.filePath(QStringLiteral("gantry.ini")), QSettings::IniFormat)).get();
        auto window = std::make_unique<MainWindow>(std::make_unique<WindowSettings>(settings));
        window->resize(1300, 850);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return window;
    }

    /// Opens `path` in a tab of `window` (a test setup step: failing to open is fatal), in
    /// `workspace` when given.
    static RepositoryTab *open(MainWindow &window, const QString &path,
                               std::optional<RepositoryTab::Workspace> workspace = std::nullopt)
    {
        QString error;
        RepositoryTab *tab = window.tryOpenRepository(path, &error);
        if (!tab)
            qFatal("%s", qPrintable(error));
        if (workspace)
            tab->setWorkspace(*workspace);
        return tab;
    }

private:
    QTemporaryDir m_settingsDir;
    std::vector<std::unique_ptr<QSettings>> m_settings; // outlive the windows, as the app's do

};

} // namespace gantry::testkit
