#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Oid.h"
#include "gitcore/StatusEntry.h"

#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QSplitter;
class QPushButton;
class QStackedWidget;

namespace gantry {

class CommitBox;
class CommitController;
class CommitDetailsPane;
class DiffView;
class GitTaskRunner;
class HistoryView;
class MessageBar;
class RefsController;
class RewriteController;
class ReleaseController;
class PipelinesTab;
class PullController;
class RemoteController;
class RefsPanel;
class RepositoryWatcher;
class StagingController;
class WindowSettings;
class WorkingTreeView;
class WorkspaceSwitcher;

/// The workspace of one open repository: the refs panel on the left, and History (graph,
/// commit details, the selected file's diff), Changes (working tree, diff, commit box) or
/// Pipelines (the CI workflow editor). Owns the repository's task runner, watcher and controllers, and keeps status,
/// refs and history fresh when the repository changes on disk.
class RepositoryTab : public QWidget
{
    Q_OBJECT
public:
    enum class Workspace { History, Changes, Pipelines };

    /// `path` is the repository's working tree (or git folder when bare), as Repository::open found it.
    RepositoryTab(const QString &path, const QString &displayName, bool bare, QWidget *parent = nullptr);
    ~RepositoryTab() override;

    QString path() const { return m_path; }
    QString displayName() const { return m_displayName; }
    bool isBare() const { return m_bare; }
    /// The tab's title: the repository's name and its branch.
    QString title() const;

    Workspace workspace() const;
    void setWorkspace(Workspace workspace);
    bool isSidePanelVisible() const;
    void setSidePanelVisible(bool visible);

    /// Rereads status and refs (window focus, F5); `withHistory` also reloads the history.
    void refresh(bool withHistory = false);
    void refreshStatus();
    /// Re-reads the status of `paths` only (what the watcher saw change; see StatusRefresh),
    /// or all of it when `paths` is empty.
    void refreshStatusPaths(const QStringList &paths);

    void restoreLayout(const WindowSettings &settings);
    void saveLayout(WindowSettings &settings) const;

    const StatusSnapshot &status() const { return m_status; }

    // Parts, for the main window's actions and for tests.
    GitTaskRunner *taskRunner() const { return m_runner; }
    StagingController *stagingController() const { return m_staging; }
    CommitController *commitController() const { return m_commits; }
    RefsController *refsController() const { return m_refs; }
    ReleaseController *releaseController() const { return m_releases; }
    RewriteController *rewriteController() const { return m_rewrites; }
    RemoteController *remoteController() const { return m_remotes; }
    PullController *pullController() const { return m_pull; }
    WorkingTreeView *workingTreeView() const { return m_workingTree; }
    DiffView *changesDiffView() const { return m_changesDiff; }
    CommitBox *commitBox() const { return m_commitBox; }
    HistoryView *historyView() const { return m_history; }
    CommitDetailsPane *detailsPane() const { return m_details; }
    DiffView *historyDiffView() const { return m_historyDiff; }
    RefsPanel *refsPanel() const { return m_refsPanel; }
    MessageBar *messageBar() const { return m_messages; }
    /// The workspace buttons at the tab's left edge.
    WorkspaceSwitcher *workspaceSwitcher() const { return m_switcher; }
    QLabel *stateBanner() const { return m_banner; }
    /// "main is 3 commits behind origin/main — pull before you start new work"; hidden when not behind.
    QLabel *pullReminder() const { return m_pullReminder; }
    /// Beside the state banner during a stopped rebase or merge.
    QPushButton *continueRebaseButton() const { return m_continueRebase; }
    QPushButton *abortOperationButton() const { return m_abortOperation; }
    /// The Pipelines workspace (nullptr in a bare repository).
    PipelinesTab *pipelinesTab() const { return m_pipelines; }
    /// Asks about unsaved work (the pipeline editor) before the tab closes; false: keep it open.
    bool maybeClose();

Q_SIGNALS:
    /// The title (branch) changed.
    void titleChanged(const QString &title);
    /// A status read finished (tests wait on it).
    void statusRefreshed();
    void workspaceChanged(gantry::RepositoryTab::Workspace workspace);

private:
    QWidget *buildHeader();
    QWidget *buildSwitcher();
    QWidget *buildHistoryPage();
    QWidget *buildChangesPage();
    void connectWatcher();
    void applyStatus(const StatusSnapshot &snapshot);
    void updateHeader();
    void updateCommitEnabled();
    void showWorkingFile(const QString &path, bool staged);
    void reloadWorkingDiff();
    void showCommitFile(const Oid &commit, const QString &path);
    void showUncommittedFile(const QString &path, bool staged);
    /// Reads `path`'s diff of `kind` (of `commit` for a commit) into the History diff, off the UI thread.
    void showHistoryDiff(const QString &path, DiffKind kind, const Oid &commit);
    void onCommitSelected(const Oid &commit);
    void afterHistoryChange();

    QString m_path;
    QString m_displayName;
    bool m_bare = false;
    StatusSnapshot m_status;
    bool m_hasStatus = false;
    bool m_statusInFlight = false;
    bool m_statusAgain = false;
    bool m_againFull = false;          // the queued read must read everything
    QSet<QString> m_againPaths;        // else: the paths it must re-read
    bool m_statusStale = false;        // the last read failed: the next one reads everything

    // The file the Changes diff shows, and the options it was computed with.
    QString m_workingPath;
    bool m_workingStaged = false;
    DiffOptions m_diffOptions;
    quint64 m_workingDiffGeneration = 0;
    Oid m_historyDiffCommit;
    QString m_historyDiffPath;
    bool m_historyDiffStaged = false; // of an uncommitted file (m_historyDiffCommit null)
    quint64 m_historyDiffGeneration = 0;

    GitTaskRunner *m_runner = nullptr;
    RepositoryWatcher *m_watcher = nullptr;
    StagingController *m_staging = nullptr;
    CommitController *m_commits = nullptr;
    RefsController *m_refs = nullptr;
    ReleaseController *m_releases = nullptr;
    RewriteController *m_rewrites = nullptr;
    RemoteController *m_remotes = nullptr;
    PullController *m_pull = nullptr;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_pullReminder = nullptr;
    QPushButton *m_continueRebase = nullptr;
    QPushButton *m_abortOperation = nullptr;
    MessageBar *m_messages = nullptr;
    WorkspaceSwitcher *m_switcher = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    RefsPanel *m_refsPanel = nullptr;
    QStackedWidget *m_pages = nullptr;
    PipelinesTab *m_pipelines = nullptr;
    QSplitter *m_historySplitter = nullptr;
    QSplitter *m_historyBottomSplitter = nullptr;
    HistoryView *m_history = nullptr;
    CommitDetailsPane *m_details = nullptr;
    DiffView *m_historyDiff = nullptr;
    QSplitter *m_changesSplitter = nullptr;
    QSplitter *m_changesLeftSplitter = nullptr;
    WorkingTreeView *m_workingTree = nullptr;
    CommitBox *m_commitBox = nullptr;
    DiffView *m_changesDiff = nullptr;
};

} // namespace gantry
