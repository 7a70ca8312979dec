#pragma once

#include "app/RecentRepositories.h"
#include "app/WindowSettings.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace gantry {

class CloneController;
class RepositoryTab;
class WelcomePage;

/// Gantry's main window: one tab per open repository (or the welcome page when none is),
/// the menus and their shortcuts, the status bar's progress indicator, and the session
/// (geometry, open tabs, splitters) saved and restored through WindowSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `settings` may be null: the application's QSettings are used.
    explicit MainWindow(std::unique_ptr<WindowSettings> settings = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the repository containing `path` in a tab (or switches to its tab when it is
    /// open already). On failure shows the reason in a dialog and returns null.
    RepositoryTab *openRepository(const QString &path);
    /// The same without a dialog: on failure `error` gets the reason.
    RepositoryTab *tryOpenRepository(const QString &path, QString *error);
    /// Reopens the tabs of the last session (repositories that are gone are skipped).
    void restoreSession();
    /// Writes geometry, tabs and layout to the settings (also done on close).
    void saveSession();

    RepositoryTab *currentTab() const;
    RepositoryTab *tabAt(int index) const;
    int tabCount() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    WelcomePage *welcomePage() const { return m_welcome; }
    RecentRepositories recentRepositories() const { return m_recent; }

    // Actions, for tests and for a command palette.
    QAction *commitAction() const { return m_commitAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *changesAction() const { return m_changesAction; }
    QAction *pipelinesAction() const { return m_pipelinesAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *closeTabAction() const { return m_closeTabAction; }
    QAction *cloneAction() const { return m_cloneAction; }
    QAction *fetchAction() const { return m_fetchAction; }
    CloneController *cloneController() const { return m_clone; }
    QAction *pushAction() const { return m_pushAction; }
    QAction *pullAction() const { return m_pullAction; }
    /// The status bar's progress label and Cancel button.
    QLabel *progressLabel() const { return m_progressLabel; }
    QToolButton *cancelButton() const { return m_cancelButton; }
    /// Repository ▸ Selected Commit: the history's commit actions of the current tab.
    QMenu *commitMenu() const { return m_commitMenu; }

public Q_SLOTS:
    void showOpenDialog();
    void showInitDialog();
    void closeTab(int index);
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    /// An action that runs `run` on the current tab (and does nothing without one).
    QAction *tabAction(const QString &text, const std::function<void(RepositoryTab &)> &run);
    void createMenus();
    void createStatusBar();
    void updateActions();
    void updateRecentMenu();
    void updateWindowTitle();
    void updateProgress();
    void onCurrentTabChanged();
    void addToRecent(const QString &path);

    std::unique_ptr<WindowSettings> m_settings;
    RecentRepositories m_recent;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    CloneController *m_clone = nullptr;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_commitMenu = nullptr;

    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QPointer<RepositoryTab> m_progressTab;

    QAction *m_openAction = nullptr;
    QAction *m_initAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QActionGroup *m_workspaceGroup = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_changesAction = nullptr;
    QAction *m_pipelinesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_sidePanelAction = nullptr;
    QAction *m_commitAction = nullptr;
    QAction *m_stageAllAction = nullptr;
    QAction *m_unstageAllAction = nullptr;
    QAction *m_newBranchAction = nullptr;
    QAction *m_newTagAction = nullptr;
    QAction *m_createReleaseAction = nullptr;
    QAction *m_stashAction = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_pushAction = nullptr;
    QAction *m_pullAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace gantry
