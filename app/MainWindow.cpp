#include "app/MainWindow.h"

#include "app/CloneController.h"
#include "app/CommitController.h"
#include "app/GitTaskRunner.h"
#include "app/RefsController.h"
#include "app/ReleaseController.h"
#include "app/RemoteController.h"
#include "app/PullController.h"
#include "app/RepositoryTab.h"
#include "app/StagingController.h"
#include "app/WelcomePage.h"
#include "app/WindowSettings.h"
#include "gitcore/Repository.h"
#include "widgets/CommitBox.h"
#include "widgets/HistoryView.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

// resources.qrc is compiled into the gantry_app static library, whose resource initialiser the
// linker would drop: register it explicitly (Q_INIT_RESOURCE must be called outside a namespace).
static void registerGantryResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace gantry {

MainWindow::MainWindow(std::unique_ptr<WindowSettings> settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings ? std::move(settings) : std::make_unique<WindowSettings>())
{
    registerGantryResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/gantry.svg")));
    m_recent = m_settings->recentRepositories();
    m_recent.pruneMissing();

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    createActions();
    createMenus();
    createStatusBar();

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_welcome, &WelcomePage::initRequested, this, &MainWindow::showInitDialog);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openRepository);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    // Back from another application (also where window activation events are not sent).
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            if (RepositoryTab *tab = currentTab())
                tab->refresh();
    });

    if (!restoreGeometry(m_settings->geometry()))
        resize(1400, 900);
    restoreState(m_settings->windowState());
    m_welcome->setRecentRepositories(m_recent.paths());
    updateRecentMenu();
    onCurrentTabChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Repository…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);
    m_initAction = new QAction(tr("&Init Repository…"), this);
    connect(m_initAction, &QAction::triggered, this, &MainWindow::showInitDialog);
    m_cloneAction = new QAction(tr("&Clone…"), this);
    m_cloneAction->setToolTip(tr("Copy a remote repository to this computer and open it"));
    m_cloneAction->setStatusTip(m_cloneAction->toolTip());
    m_clone = new CloneController(this, this);
    connect(m_cloneAction, &QAction::triggered, m_clone, &CloneController::start);
    connect(m_clone, &CloneController::cloned, this, [this](const QString &path) { openRepository(path); });
    m_closeTabAction = new QAction(tr("&Close Tab"), this);
    m_closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = tabAction(tr("&Find in History…"), [](RepositoryTab &tab) {
        tab.setWorkspace(RepositoryTab::Workspace::History);
        tab.historyView()->showSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);

    m_workspaceGroup = new QActionGroup(this);
    const auto workspaceAction = [this](const QString &text, int key, RepositoryTab::Workspace workspace) {
        QAction *action = tabAction(text, [workspace](RepositoryTab &tab) { tab.setWorkspace(workspace); });
        action->setActionGroup(m_workspaceGroup);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        action->setCheckable(true);
        return action;
    };
    m_historyAction = workspaceAction(tr("&History"), Qt::Key_1, RepositoryTab::Workspace::History);
    m_changesAction = workspaceAction(tr("&Changes"), Qt::Key_2, RepositoryTab::Workspace::Changes);
    m_pipelinesAction = workspaceAction(tr("&Pipelines"), Qt::Key_3, RepositoryTab::Workspace::Pipelines);
    m_refreshAction = tabAction(tr("&Refresh"), [](RepositoryTab &tab) { tab.refresh(true); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_sidePanelAction = new QAction(tr("Show &Side Panel"), this);
    m_sidePanelAction->setCheckable(true);
    m_sidePanelAction->setChecked(m_settings->sidePanelVisible());
    m_sidePanelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_sidePanelAction, &QAction::toggled, this, [this](bool visible) {
        for (int i = 0; i < tabCount(); ++i)
            tabAt(i)->setSidePanelVisible(visible);
    });

    m_commitAction = tabAction(tr("&Commit"), [](RepositoryTab &tab) {
        tab.setWorkspace(RepositoryTab::Workspace::Changes);
        tab.commitBox()->requestCommit();
    });
    m_commitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_stageAllAction = tabAction(tr("&Stage All"), [](RepositoryTab &tab) { tab.stagingController()->stageAll(); });
    m_stageAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_unstageAllAction = tabAction(tr("&Unstage All"), [](RepositoryTab &tab) { tab.stagingController()->unstageAll(); });
    m_unstageAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_newBranchAction = tabAction(tr("New &Branch…"), [](RepositoryTab &tab) { tab.refsController()->createBranch(); });
    m_newBranchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_newTagAction = tabAction(tr("New &Tag…"), [](RepositoryTab &tab) { tab.refsController()->createTag(); });
    m_newTagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_createReleaseAction = tabAction(tr("Create &Release…"), [](RepositoryTab &tab) { tab.releaseController()->createRelease(); });
    m_stashAction = tabAction(tr("St&ash…"), [](RepositoryTab &tab) { tab.refsController()->saveStash(); });
    m_stashAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    m_fetchAction = tabAction(tr("&Fetch"), [](RepositoryTab &tab) { tab.remoteController()->fetch(); });
    m_fetchAction->setObjectName(QStringLiteral("fetchAction"));
    m_fetchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fetchAction->setToolTip(tr("Download the remote's new commits, branches and tags (changes no local branch)"));
    m_pullAction = tabAction(tr("P&ull"), [](RepositoryTab &tab) { tab.pullController()->pull(); });
    m_pullAction->setObjectName(QStringLiteral("pullAction"));
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_pullAction->setToolTip(tr("Fetch the upstream and fast-forward the branch to it (never a merge commit)"));
    m_pushAction = tabAction(tr("&Push…"), [](RepositoryTab &tab) { tab.remoteController()->showPushDialog(); });
    m_pushAction->setObjectName(QStringLiteral("pushAction"));
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pushAction->setToolTip(tr("Send a branch to a remote"));
    m_fetchAction->setIcon(ThemedIcon::get(QStringLiteral("fetch")));
    m_pullAction->setIcon(ThemedIcon::get(QStringLiteral("pull")));
    m_pushAction->setIcon(ThemedIcon::get(QStringLiteral("push")));
    m_newBranchAction->setIcon(ThemedIcon::get(QStringLiteral("branch")));
    m_newBranchAction->setToolTip(tr("Create a branch from HEAD or another start point"));
    m_newTagAction->setIcon(ThemedIcon::get(QStringLiteral("tag")));
    m_stashAction->setIcon(ThemedIcon::get(QStringLiteral("stash")));
    m_stashAction->setToolTip(tr("Put the local changes aside and clean the working tree"));
    m_refreshAction->setIcon(ThemedIcon::get(QStringLiteral("refresh")));
    m_refreshAction->setToolTip(tr("Read the repository again: status, branches and history"));
    m_commitAction->setIcon(ThemedIcon::get(QStringLiteral("commit")));
    m_historyAction->setIcon(ThemedIcon::get(QStringLiteral("history")));
    m_changesAction->setIcon(ThemedIcon::get(QStringLiteral("changes")));
    m_pipelinesAction->setIcon(ThemedIcon::get(QStringLiteral("pipelines")));

    m_aboutAction = new QAction(tr("&About Gantry"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QAction *MainWindow::tabAction(const QString &text, const std::function<void(RepositoryTab &)> &run)
{
    auto *action = new QAction(text, this);
    connect(action, &QAction::triggered, this, [this, run] {
        if (RepositoryTab *tab = currentTab())
            run(*tab);
    });
    return action;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    file->addAction(m_openAction);
    file->addAction(m_initAction);
    file->addAction(m_cloneAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_closeTabAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_historyAction);
    view->addAction(m_changesAction);
    view->addAction(m_pipelinesAction);
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addAction(m_sidePanelAction);

    QMenu *repository = menuBar()->addMenu(tr("&Repository"));
    repository->addAction(m_commitAction);
    repository->addAction(m_stageAllAction);
    repository->addAction(m_unstageAllAction);
    repository->addSeparator();
    repository->addAction(m_newBranchAction);
    repository->addAction(m_newTagAction);
    repository->addAction(m_createReleaseAction);
    repository->addAction(m_stashAction);
    repository->addSeparator();
    // The selected history commit's actions (the same QActions as its context menu).
    m_commitMenu = repository->addMenu(tr("Selected Co&mmit"));
    connect(m_commitMenu, &QMenu::aboutToShow, this, [this] {
        m_commitMenu->clear();
        if (RepositoryTab *tab = currentTab())
            m_commitMenu->addActions(tab->historyView()->commitActions());
        if (m_commitMenu->isEmpty())
            m_commitMenu->addAction(tr("No commit selected"))->setEnabled(false);
    });

    QMenu *remote = menuBar()->addMenu(tr("Remo&te"));
    remote->setToolTipsVisible(true);
    remote->addAction(m_fetchAction);
    remote->addAction(m_pullAction);
    remote->addAction(m_pushAction);
    // The everyday actions, icon over name (as Fork's and GitHub Desktop's bars).
    QToolBar *bar = addToolBar(tr("Repository"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    bar->setIconSize(QSize(22, 22));
    bar->addAction(m_fetchAction);
    bar->addAction(m_pullAction);
    bar->addAction(m_pushAction);
    bar->addSeparator();
    bar->addAction(m_newBranchAction);
    bar->addAction(m_stashAction);
    bar->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumWidth(120);
    m_progressBar->setMaximumHeight(14);
    m_progressBar->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelTaskButton"));
    m_cancelButton->setToolTip(tr("Stop the running operation where that is safe"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        if (!m_progressTab)
            return;
        m_progressTab->taskRunner()->cancelCancellable();
        m_progressLabel->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
    });
    updateProgress();
}

void MainWindow::updateProgress()
{
    GitTaskRunner *runner = m_progressTab ? m_progressTab->taskRunner() : nullptr;
    const bool busy = runner && runner->isBusy();
    m_progressLabel->setText(busy ? runner->currentLabel() : QString());
    m_progressLabel->setVisible(busy);
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy && runner->currentIsCancellable());
    m_cancelButton->setEnabled(true);
}

RepositoryTab *MainWindow::openRepository(const QString &path)
{
    QString error;
    RepositoryTab *tab = tryOpenRepository(path, &error);
    if (!tab)
        QMessageBox::warning(this, tr("Open Repository"), error);
    return tab;
}

RepositoryTab *MainWindow::tryOpenRepository(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        *error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    Result<Repository> repo = Repository::open(path);
    if (!repo) {
        *error = tr("%1 is not a Git repository (or inside one).\n\n%2")
                     .arg(QDir::toNativeSeparators(path), repo.errorMessage());
        return nullptr;
    }
    const bool bare = repo->isBare();
    const QString root = RecentRepositories::normalize(bare ? repo->gitDir() : repo->workdir());
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->path() == root) {
            m_tabs->setCurrentIndex(i);
            addToRecent(root);
            return tabAt(i);
        }
    }
    auto *tab = new RepositoryTab(root, repo->displayName(), bare, m_tabs);
    tab->restoreLayout(*m_settings);
    tab->setSidePanelVisible(m_sidePanelAction->isChecked());
    const QString workspace = m_settings->workspace();
    tab->setWorkspace(workspace == QLatin1String("history")       ? RepositoryTab::Workspace::History
                      : workspace == QLatin1String("pipelines") ? RepositoryTab::Workspace::Pipelines
                                                                : RepositoryTab::Workspace::Changes);
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, QDir::toNativeSeparators(root));
    connect(tab, &RepositoryTab::titleChanged, this, [this, tab](const QString &title) {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            m_tabs->setTabText(i, title);
        updateWindowTitle();
    });
    connect(tab, &RepositoryTab::workspaceChanged, this, &MainWindow::updateActions);
    // The commit mode and the saved templates are the user's, shared by every tab.
    connect(tab->commitBox(), &CommitBox::modeChanged, this, [this](CommitBox::Mode mode) {
        m_settings->setCommitMode(mode);
        for (int i = 0; i < tabCount(); ++i) {
            if (tabAt(i)->commitBox()->preferredMode() != mode && tabAt(i)->commitBox()->message().trimmed().isEmpty())
                tabAt(i)->commitBox()->setMode(mode);
        }
    });
    connect(tab->commitBox(), &CommitBox::userTemplatesChanged, this, [this, tab] {
        const QList<UserCommitTemplate> templates = tab->commitBox()->userTemplates();
        m_settings->setCommitTemplates(templates);
        for (int i = 0; i < tabCount(); ++i) {
            if (tabAt(i) != tab)
                tabAt(i)->commitBox()->setUserTemplates(templates);
        }
    });
    connect(tab->taskRunner(), &GitTaskRunner::activityChanged, this, [this, tab] {
        if (m_progressTab == tab)
            updateProgress();
    });
    m_tabs->setCurrentIndex(index);
    addToRecent(root);
    onCurrentTabChanged();
    return tab;
}

void MainWindow::addToRecent(const QString &path)
{
    m_recent.add(path);
    m_settings->setRecentRepositories(m_recent);
    m_welcome->setRecentRepositories(m_recent.paths());
    updateRecentMenu();
}

void MainWindow::restoreSession()
{
    const QStringList paths = m_settings->openRepositories();
    const int current = m_settings->currentTab();
    for (const QString &path : paths) {
        QString error;
        if (QFileInfo(path).isDir())
            tryOpenRepository(path, &error);
    }
    if (current >= 0 && current < tabCount())
        m_tabs->setCurrentIndex(current);
}

void MainWindow::saveSession()
{
    m_settings->setGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    QStringList paths;
    for (int i = 0; i < tabCount(); ++i)
        paths << tabAt(i)->path();
    m_settings->setOpenRepositories(paths);
    m_settings->setCurrentTab(m_tabs->currentIndex());
    m_settings->setSidePanelVisible(m_sidePanelAction->isChecked());
    if (RepositoryTab *tab = currentTab()) {
        tab->saveLayout(*m_settings);
        const RepositoryTab::Workspace workspace = tab->workspace();
        m_settings->setWorkspace(workspace == RepositoryTab::Workspace::History     ? QStringLiteral("history")
                                 : workspace == RepositoryTab::Workspace::Pipelines ? QStringLiteral("pipelines")
                                                                                    : QStringLiteral("changes"));
    }
    m_settings->setRecentRepositories(m_recent);
    m_settings->sync();
}

RepositoryTab *MainWindow::currentTab() const
{
    return qobject_cast<RepositoryTab *>(m_tabs->currentWidget());
}

RepositoryTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<RepositoryTab *>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

void MainWindow::showOpenDialog()
{
    const QString start = m_recent.isEmpty() ? QDir::homePath() : QFileInfo(m_recent.paths().first()).path();
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Repository"), start);
    if (!path.isEmpty())
        openRepository(path);
}

void MainWindow::showInitDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Init Repository: choose or create a folder"),
                                                           QDir::homePath());
    if (path.isEmpty())
        return;
    Result<Repository> existing = Repository::openExact(path);
    if (existing) {
        QMessageBox::information(this, tr("Init Repository"),
                                 tr("%1 is a Git repository already; it is opened instead.").arg(path));
        openRepository(path);
        return;
    }
    Result<Repository> created = Repository::init(path);
    if (!created) {
        QMessageBox::warning(this, tr("Init Repository"),
                             tr("Could not create a repository in %1.\n\n%2").arg(path, created.errorMessage()));
        return;
    }
    openRepository(path);
}

void MainWindow::closeTab(int index)
{
    RepositoryTab *tab = tabAt(index);
    if (!tab || !tab->maybeClose())
        return;
    tab->saveLayout(*m_settings);
    m_tabs->removeTab(index);
    tab->deleteLater();
    onCurrentTabChanged();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Gantry"),
                       tr("<h3>Gantry %1</h3><p>A desktop client for Git and CI/CD pipelines.</p>"
                          "<p>Built with Qt %2 and libgit2.</p>")
                           .arg(QStringLiteral(GANTRY_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::onCurrentTabChanged()
{
    m_stack->setCurrentWidget(tabCount() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
    m_progressTab = currentTab();
    updateProgress();
    updateActions();
    updateWindowTitle();
}

void MainWindow::updateActions()
{
    RepositoryTab *tab = currentTab();
    const bool hasTab = tab != nullptr;
    const bool hasWorktree = hasTab && !tab->isBare();
    for (QAction *action : {m_closeTabAction, m_findAction, m_historyAction, m_changesAction, m_refreshAction,
                            m_newBranchAction, m_newTagAction, m_createReleaseAction, m_fetchAction, m_pullAction, m_pushAction})
        action->setEnabled(hasTab);
    for (QAction *action : {m_commitAction, m_stageAllAction, m_unstageAllAction, m_stashAction, m_pipelinesAction})
        action->setEnabled(hasWorktree);
    if (tab) {
        m_historyAction->setChecked(tab->workspace() == RepositoryTab::Workspace::History);
        m_changesAction->setChecked(tab->workspace() == RepositoryTab::Workspace::Changes);
        m_pipelinesAction->setChecked(tab->workspace() == RepositoryTab::Workspace::Pipelines);
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : m_recent.paths()) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRepository(path); });
    }
    if (m_recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent repositories"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear Recent")), &QAction::triggered, this, [this] {
        m_recent.clear();
        m_settings->setRecentRepositories(m_recent);
        m_welcome->setRecentRepositories({});
        updateRecentMenu();
    });
}

void MainWindow::updateWindowTitle()
{
    RepositoryTab *tab = currentTab();
    setWindowTitle(tab ? tr("%1 — Gantry").arg(tab->title()) : tr("Gantry"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < tabCount(); ++i) {
        if (!tabAt(i)->maybeClose()) {
            event->ignore();
            return;
        }
    }
    saveSession();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back to the window: what other programs did meanwhile shows at once.
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        if (RepositoryTab *tab = currentTab())
            tab->refresh();
    }
    QMainWindow::changeEvent(event);
}

} // namespace gantry
