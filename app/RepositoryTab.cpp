#include "app/RepositoryTab.h"

#include "app/CommitController.h"
#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "app/PipelinesTab.h"
#include "app/PullController.h"
#include "app/RefsController.h"
#include "app/RewriteController.h"
#include "app/ReleaseController.h"
#include "app/RemoteController.h"
#include "app/StagingController.h"
#include "app/ThemePalette.h"
#include "app/WindowSettings.h"
#include "gitcore/DiffReader.h"
#include "gitcore/RepositoryWatcher.h"
#include "gitcore/StatusRefresh.h"
#include "gitcore/StatusReader.h"
#include "widgets/CommitBox.h"
#include "widgets/CommitDetailsPane.h"
#include "widgets/DiffView.h"
#include "widgets/HistoryView.h"
#include "widgets/RefsPanel.h"
#include "widgets/ThemedIcon.h"
#include "widgets/WorkingTreeView.h"
#include "widgets/WorkspaceSwitcher.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gantry {

namespace {

QSplitter *makeSplitter(Qt::Orientation orientation, QWidget *parent)
{
    auto *splitter = new QSplitter(orientation, parent);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(5);
    return splitter;
}

} // namespace

RepositoryTab::RepositoryTab(const QString &path, const QString &displayName, bool bare, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_displayName(displayName)
    , m_bare(bare)
{
    m_runner = new GitTaskRunner(path, this);
    m_messages = new MessageBar(this);
    m_staging = new StagingController(m_runner, m_messages, this, this);
    m_commits = new CommitController(m_runner, m_messages, this, this);
    m_refs = new RefsController(m_runner, m_messages, this, this);
    m_releases = new ReleaseController(m_runner, m_messages, this, this);
    m_rewrites = new RewriteController(m_runner, m_messages, this, this);
    m_remotes = new RemoteController(m_runner, m_messages, this, this);
    m_pull = new PullController(m_runner, m_messages, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());

    m_sideSplitter = makeSplitter(Qt::Horizontal, this);
    m_refsPanel = new RefsPanel(m_sideSplitter);
    m_pages = new QStackedWidget(m_sideSplitter);
    m_pages->addWidget(buildHistoryPage());
    m_pages->addWidget(buildChangesPage());
    if (!m_bare) {
        m_pipelines = new PipelinesTab(m_path, m_pages);
        m_pages->addWidget(m_pipelines);
    }
    m_sideSplitter->addWidget(m_refsPanel);
    m_sideSplitter->addWidget(m_pages);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setSizes({240, 1100});
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(buildSwitcher());
    body->addWidget(m_sideSplitter, 1);
    layout->addLayout(body, 1);

    m_refs->connectPanel(m_refsPanel);
    m_staging->connectWorkingTree(m_workingTree);
    m_staging->connectDiffView(m_changesDiff);
    m_commits->connectCommitBox(m_commitBox);

    connect(m_staging, &StagingController::changed, this, &RepositoryTab::refreshStatus);
    connect(m_staging, &StagingController::changed, m_commits, &CommitController::checkStagedSize);
    connect(m_commits, &CommitController::committed, this, [this] {
        refreshStatus();
        m_commits->loadConventions();
        m_refs->refresh();
        afterHistoryChange();
    });
    // "Create a Branch Instead…" on a protected branch: the new-branch dialog, from HEAD.
    connect(m_commits, &CommitController::createBranchRequested, m_refs, [this] { m_refs->createBranch(); });
    connect(m_refs, &RefsController::changed, this, [this] {
        refreshStatus();
        afterHistoryChange();
    });
    connect(m_refsPanel, &RefsPanel::mergeRequested, m_rewrites, &RewriteController::merge);
    connect(m_refsPanel, &RefsPanel::rebaseRequested, m_rewrites, &RewriteController::rebase);
    connect(m_refsPanel, &RefsPanel::resetRequested, m_rewrites, &RewriteController::reset);
    connect(m_rewrites, &RewriteController::changed, this, [this] {
        m_refs->refresh();
        refreshStatus();
        afterHistoryChange();
    });
    connect(m_refsPanel, &RefsPanel::createReleaseRequested, m_releases, &ReleaseController::createRelease);
    connect(m_releases, &ReleaseController::changed, this, [this] {
        m_refs->refresh();
        refreshStatus();
        afterHistoryChange();
    });
    connect(m_remotes, &RemoteController::changed, this, [this] {
        m_refs->refresh();
        refreshStatus();
        afterHistoryChange();
    });
    connect(m_pull, &PullController::changed, this, [this] {
        m_refs->refresh();
        refreshStatus();
        afterHistoryChange();
    });
    connect(m_pull, &PullController::rebaseRequested, m_rewrites, &RewriteController::rebase);
    connect(m_pull, &PullController::mergeRequested, m_rewrites, &RewriteController::merge);
    connect(m_refsPanel, &RefsPanel::commitSelected, this, [this](const Oid &commit) {
        setWorkspace(Workspace::History);
        m_history->selectCommit(commit);
    });
    connect(m_commitBox, &CommitBox::amendToggled, this, &RepositoryTab::updateCommitEnabled);

    connectWatcher();
    m_history->setRepository(m_path);
    m_refs->refresh();
    if (m_bare) {
        setWorkspace(Workspace::History);
    } else {
        setWorkspace(Workspace::Changes);
        refreshStatus();
        m_commits->loadInitialMessage();
        m_commits->loadConventions();
    }
    updateHeader();
}

RepositoryTab::~RepositoryTab() = default;

QWidget *RepositoryTab::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(12);
    m_nameLabel = new QLabel(header);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setToolTip(m_path);
    m_branchLabel = new QLabel(header);
    m_branchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new QLabel(header);
    m_banner->setObjectName(QStringLiteral("stateBanner"));
    m_banner->setContentsMargins(8, 2, 8, 2);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    // What the banner's state allows: finish or leave a stopped merge or rebase from here.
    m_continueRebase = new QPushButton(tr("Continue Rebase"), header);
    m_continueRebase->setObjectName(QStringLiteral("continueRebase"));
    m_continueRebase->setToolTip(tr("Commit the resolved files and replay the remaining commits"));
    m_abortOperation = new QPushButton(header);
    m_abortOperation->setObjectName(QStringLiteral("abortOperation"));
    m_continueRebase->hide();
    m_abortOperation->hide();
    connect(m_continueRebase, &QPushButton::clicked, this, [this] { m_rewrites->continueRebase(); });
    connect(m_abortOperation, &QPushButton::clicked, this, [this] {
        if (m_status.state == RepositoryState::Merge)
            m_rewrites->abortMerge();
        else
            m_rewrites->abortRebase();
    });
    m_pullReminder = new QLabel(header);
    m_pullReminder->setObjectName(QStringLiteral("pullReminder"));
    m_pullReminder->setContentsMargins(8, 2, 8, 2);
    m_pullReminder->setAutoFillBackground(true);
    m_pullReminder->hide();
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_branchLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_continueRebase);
    layout->addWidget(m_abortOperation);
    layout->addWidget(m_pullReminder);
    layout->addStretch(1);
    // As tall as its tallest occupant from the start: a banner or button that appears later
    // must not push the workspace down.
    int tallest = 0;
    for (QWidget *part : std::initializer_list<QWidget *>{m_nameLabel, m_branchLabel, m_banner, m_continueRebase,
                                                         m_abortOperation, m_pullReminder})
        tallest = std::max(tallest, part->sizeHint().height());
    header->setMinimumHeight(tallest + layout->contentsMargins().top() + layout->contentsMargins().bottom());
    return header;
}

QWidget *RepositoryTab::buildSwitcher()
{
    m_switcher = new WorkspaceSwitcher(this);
    m_switcher->addWorkspace(int(Workspace::History), ThemedIcon::get(QStringLiteral("history")), tr("History"),
                             tr("The commits of every branch as a graph"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_switcher->addWorkspace(int(Workspace::Changes), ThemedIcon::get(QStringLiteral("changes")), tr("Changes"),
                             tr("The working tree's changes: stage them and commit"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_switcher->addWorkspace(int(Workspace::Pipelines), ThemedIcon::get(QStringLiteral("pipelines")), tr("Pipelines"),
                             tr("The CI workflows as a graph beside their YAML"), QKeySequence(Qt::CTRL | Qt::Key_3));
    m_switcher->setWorkspaceEnabled(int(Workspace::Changes), !m_bare);
    m_switcher->setWorkspaceEnabled(int(Workspace::Pipelines), !m_bare);
    connect(m_switcher, &WorkspaceSwitcher::workspaceRequested, this, [this](int id) { setWorkspace(Workspace(id)); });
    return m_switcher;
}

QWidget *RepositoryTab::buildHistoryPage()
{
    m_historySplitter = makeSplitter(Qt::Vertical, this);
    m_history = new HistoryView(m_historySplitter);
    // The window's Find in History… (Ctrl+F) opens this search from every workspace; the view's
    // own binding would make the key ambiguous while the list has the focus.
    m_history->findAction()->setShortcut(QKeySequence());
    m_historyBottomSplitter = makeSplitter(Qt::Horizontal, m_historySplitter);
    m_details = new CommitDetailsPane(m_historyBottomSplitter);
    m_details->setRepository(m_path);
    m_historyDiff = new DiffView(m_historyBottomSplitter);
    m_historyBottomSplitter->addWidget(m_details);
    m_historyBottomSplitter->addWidget(m_historyDiff);
    m_historyBottomSplitter->setStretchFactor(1, 2);
    m_historyBottomSplitter->setSizes({420, 700});
    m_historySplitter->addWidget(m_history);
    m_historySplitter->addWidget(m_historyBottomSplitter);
    m_historySplitter->setStretchFactor(0, 3);
    m_historySplitter->setStretchFactor(1, 2);
    m_historySplitter->setSizes({480, 320});

    connect(m_history, &HistoryView::commitSelected, this, &RepositoryTab::onCommitSelected);
    connect(m_history, &HistoryView::loadFailed, m_messages, &MessageBar::showError);
    connect(m_history, &HistoryView::checkoutCommitRequested, this,
            [this](const Oid &commit) { m_refs->checkout(commit.toString(), true); });
    connect(m_history, &HistoryView::createBranchRequested, this,
            [this](const Oid &commit) { m_refs->createBranch(commit.toString()); });
    connect(m_history, &HistoryView::createTagRequested, this,
            [this](const Oid &commit) { m_refs->createTag(commit.toString()); });
    connect(m_history, &HistoryView::mergeCommitRequested, this,
            [this](const Oid &commit) { m_rewrites->merge(commit.toString()); });
    connect(m_history, &HistoryView::rebaseOntoRequested, this,
            [this](const Oid &commit) { m_rewrites->rebase(commit.toString()); });
    connect(m_history, &HistoryView::resetToRequested, this,
            [this](const Oid &commit) { m_rewrites->reset(commit.toString()); });
    // The "Uncommitted changes" row: its files in the details pane, their diffs read-only below;
    // a double-click goes to Changes to stage and commit them.
    connect(m_history, &HistoryView::workingTreeSelected, this, [this] {
        m_historyDiffPath.clear();
        m_historyDiff->clear();
        m_details->showWorkingTree(m_status);
    });
    connect(m_history, &HistoryView::workingTreeActivated, this, [this] { setWorkspace(Workspace::Changes); });
    connect(m_details, &CommitDetailsPane::workingFileSelected, this, &RepositoryTab::showUncommittedFile);
    connect(m_details, &CommitDetailsPane::commitSelected, m_history, &HistoryView::selectCommit);
    connect(m_details, &CommitDetailsPane::fileSelected, this, &RepositoryTab::showCommitFile);
    connect(m_historyDiff, &DiffView::optionsChanged, this, [this](const DiffOptions &options) {
        m_diffOptions.whitespace = options.whitespace;
        m_diffOptions.contextLines = options.contextLines;
        if (!m_historyDiffPath.isEmpty() && m_historyDiffCommit.isNull())
            showUncommittedFile(m_historyDiffPath, m_historyDiffStaged);
        else if (!m_historyDiffPath.isEmpty())
            showCommitFile(m_historyDiffCommit, m_historyDiffPath);
    });
    return m_historySplitter;
}

QWidget *RepositoryTab::buildChangesPage()
{
    m_changesSplitter = makeSplitter(Qt::Horizontal, this);
    m_changesLeftSplitter = makeSplitter(Qt::Vertical, m_changesSplitter);
    m_workingTree = new WorkingTreeView(m_changesLeftSplitter);
    m_commitBox = new CommitBox(m_changesLeftSplitter);
    m_changesLeftSplitter->addWidget(m_workingTree);
    m_changesLeftSplitter->addWidget(m_commitBox);
    m_changesLeftSplitter->setStretchFactor(0, 1);
    // Room for the composer's fields, preview and lint findings under the file list.
    m_changesLeftSplitter->setSizes({280, 520});
    m_changesDiff = new DiffView(m_changesSplitter);
    m_changesDiff->setReservesStagingButtons(true);
    m_changesSplitter->addWidget(m_changesLeftSplitter);
    m_changesSplitter->addWidget(m_changesDiff);
    m_changesSplitter->setStretchFactor(1, 1);
    m_changesSplitter->setSizes({420, 760});

    connect(m_workingTree, &WorkingTreeView::fileSelected, this, &RepositoryTab::showWorkingFile);
    connect(m_changesDiff, &DiffView::optionsChanged, this, [this](const DiffOptions &options) {
        m_diffOptions.whitespace = options.whitespace;
        m_diffOptions.contextLines = options.contextLines;
        reloadWorkingDiff();
    });
    connect(m_changesDiff, &DiffView::showLargeFileRequested, this, [this](const QString &path) {
        if (path != m_workingPath)
            return;
        m_diffOptions.forceLarge = true;
        reloadWorkingDiff();
        m_diffOptions.forceLarge = false;
    });
    return m_changesSplitter;
}

void RepositoryTab::connectWatcher()
{
    m_watcher = new RepositoryWatcher(m_path, this);
    if (!m_watcher->isValid()) {
        m_messages->showError(tr("Changes on disk will not be noticed: %1").arg(m_watcher->errorMessage()));
        return;
    }
    // Only what the watcher saw change is read again; an index or refs change reads everything.
    connect(m_watcher, &RepositoryWatcher::workdirChanged, this, [this] { refreshStatusPaths(m_watcher->takeChangedPaths()); });
    connect(m_watcher, &RepositoryWatcher::indexChanged, this, &RepositoryTab::refreshStatus);
    connect(m_watcher, &RepositoryWatcher::refsChanged, this, [this] {
        m_refs->refresh();
        refreshStatus();
        afterHistoryChange();
    });
}

QString RepositoryTab::title() const
{
    if (m_status.headDetached)
        return tr("%1 (detached)").arg(m_displayName);
    if (!m_status.branch.isEmpty())
        return QStringLiteral("%1 — %2").arg(m_displayName, m_status.branch);
    return m_displayName;
}

RepositoryTab::Workspace RepositoryTab::workspace() const
{
    switch (m_pages->currentIndex()) {
    case 0: return Workspace::History;
    case 2: return Workspace::Pipelines;
    default: return Workspace::Changes;
    }
}

bool RepositoryTab::maybeClose()
{
    return !m_pipelines || m_pipelines->maybeSave();
}

void RepositoryTab::setWorkspace(Workspace workspace)
{
    if (m_bare)
        workspace = Workspace::History;
    const int index = workspace == Workspace::History ? 0 : workspace == Workspace::Changes ? 1 : 2;
    m_switcher->setCurrent(int(workspace));
    if (m_pages->currentIndex() == index)
        return;
    if (workspace == Workspace::Pipelines && m_pipelines)
        m_pipelines->reload();
    m_pages->setCurrentIndex(index);
    Q_EMIT workspaceChanged(workspace);
}

bool RepositoryTab::isSidePanelVisible() const
{
    return !m_refsPanel->isHidden();
}

void RepositoryTab::setSidePanelVisible(bool visible)
{
    m_refsPanel->setVisible(visible);
}

void RepositoryTab::refresh(bool withHistory)
{
    if (m_pipelines)
        m_pipelines->reload(); // F5 and coming back to the window: the open workflow file against the disk
    refreshStatus();
    m_refs->refresh();
    if (withHistory)
        afterHistoryChange();
}

void RepositoryTab::refreshStatus()
{
    refreshStatusPaths({});
}

void RepositoryTab::refreshStatusPaths(const QStringList &paths)
{
    if (m_bare)
        return;
    // One read at a time; a request during a read runs once more after it, with every path
    // asked for meanwhile (or everything, if one of the requests was for everything).
    if (m_statusInFlight) {
        m_statusAgain = true;
        if (paths.isEmpty())
            m_againFull = true;
        else
            m_againPaths.unite(QSet<QString>(paths.cbegin(), paths.cend()));
        return;
    }
    m_statusInFlight = true;
    // A partial read folds into the last snapshot: after one failed (or was dropped), its paths
    // are lost, so the next read reads everything.
    const bool partial = !paths.isEmpty() && m_hasStatus && !m_statusStale;
    m_runner->run(
        tr("Reading status…"),
        [partial, paths, last = m_status](const Repository &repo, const GitTaskContext &context) -> Result<StatusSnapshot> {
            // libgit2 cannot stop a status read: a cancelled one runs out and its result is dropped.
            Result<StatusSnapshot> snapshot = partial ? StatusRefresh::refresh(repo, last, paths) : StatusReader::read(repo);
            if (context.isCancelled())
                return GitError::cancelled();
            return snapshot;
        },
        [this](const Result<StatusSnapshot> &result) {
            m_statusInFlight = false;
            m_statusStale = !result;
            if (result)
                applyStatus(result.value());
            else if (!result.error().isCancelled())
                m_messages->showError(result.errorMessage());
            if (m_statusAgain) {
                const QStringList again = m_againFull ? QStringList() : QStringList(m_againPaths.cbegin(), m_againPaths.cend());
                m_statusAgain = m_againFull = false;
                m_againPaths.clear();
                refreshStatusPaths(again);
            }
            Q_EMIT statusRefreshed();
        },
        true);
}

void RepositoryTab::applyStatus(const StatusSnapshot &snapshot)
{
    const QString oldTitle = title();
    m_status = snapshot;
    m_hasStatus = true;
    m_workingTree->setSnapshot(snapshot);
    // The scopes of what will be committed (what is staged, else everything changed).
    QStringList staged;
    QStringList changed;
    for (const StatusEntry &entry : snapshot.entries) {
        if (entry.isIgnored())
            continue;
        changed.append(entry.pathString());
        if (entry.isStaged())
            staged.append(entry.pathString());
    }
    m_commits->setChangedPaths(staged.isEmpty() ? changed : staged);
    m_switcher->setBadge(int(Workspace::Changes), int(changed.size()));
    m_history->setUncommittedChanges(int(changed.size()));
    if (m_history->isWorkingTreeSelected())
        m_details->showWorkingTree(snapshot);
    updateHeader();
    updateCommitEnabled();
    reloadWorkingDiff();
    // Every change the watcher or an operation (checkout, pull, reset, stash) reports ends in a
    // status read: the open workflow file follows the disk from here.
    if (m_pipelines)
        m_pipelines->reload();
    if (title() != oldTitle)
        Q_EMIT titleChanged(title());
}

void RepositoryTab::updateHeader()
{
    m_nameLabel->setText(m_displayName);
    QString branch;
    if (m_status.headDetached)
        branch = tr("HEAD detached at %1").arg(m_status.head.toString().left(7));
    else if (!m_status.branch.isEmpty())
        branch = tr("on %1").arg(m_status.branch);
    if (!m_status.upstream.isEmpty()) {
        branch += m_status.upstreamGone ? tr("  (upstream %1 is gone)").arg(m_status.upstream)
                                        : tr("  ↑%1 ↓%2 %3").arg(m_status.ahead).arg(m_status.behind).arg(m_status.upstream);
    }
    m_branchLabel->setText(branch);

    QString banner;
    if (m_bare)
        banner = tr("Bare repository: no working tree to change, only its history");
    else if (m_status.state != RepositoryState::Clean)
        banner = Repository::describeState(m_status.state);
    else if (m_status.headDetached)
        banner = tr("Detached HEAD: new commits will not be on any branch");
    else if (m_hasStatus && m_status.headUnborn)
        banner = tr("No commits yet on %1: the first commit creates it").arg(m_status.branch);
    if (m_status.conflictedCount() > 0)
        banner += (banner.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("%n conflicted file(s)", nullptr, m_status.conflictedCount());
    m_banner->setText(banner);
    QPalette p = m_banner->palette();
    const bool dark = ThemePalette::isDark(palette());
    p.setColor(QPalette::Window, dark ? QColor(0x4d, 0x3a, 0x12) : QColor(0xff, 0xf1, 0xc9));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xd0, 0x80) : QColor(0x6b, 0x4a, 0x00));
    m_banner->setPalette(p);
    m_banner->setVisible(!banner.isEmpty());
    const bool merging = !m_bare && m_status.state == RepositoryState::Merge;
    const bool rebasing = !m_bare
        && (m_status.state == RepositoryState::RebaseMerge || m_status.state == RepositoryState::Rebase
            || m_status.state == RepositoryState::RebaseInteractive);
    m_continueRebase->setVisible(rebasing);
    m_continueRebase->setEnabled(m_status.conflictedCount() == 0);
    m_abortOperation->setText(merging ? tr("Abort Merge") : tr("Abort Rebase"));
    m_abortOperation->setVisible(merging || rebasing);

    // Behind its upstream: new work would start from an old commit (and merge later).
    const bool behind = !m_status.headDetached && !m_status.branch.isEmpty() && !m_status.upstream.isEmpty()
        && !m_status.upstreamGone && m_status.behind > 0;
    m_pullReminder->setText(behind ? tr("%1 is %n commit(s) behind %2 — pull before you start new work", nullptr,
                                        m_status.behind)
                                         .arg(m_status.branch, m_status.upstream)
                                   : QString());
    QPalette reminder = m_pullReminder->palette();
    reminder.setColor(QPalette::Window, dark ? QColor(0x1d, 0x3b, 0x5c) : QColor(0xdd, 0xea, 0xfb));
    reminder.setColor(QPalette::WindowText, dark ? QColor(0xa8, 0xcd, 0xf5) : QColor(0x0b, 0x3d, 0x7a));
    m_pullReminder->setPalette(reminder);
    m_pullReminder->setToolTip(behind ? tr("Pull (or fetch and merge) %1 into %2 first, so that new branches and "
                                           "commits start from the latest work.")
                                            .arg(m_status.upstream, m_status.branch)
                                      : QString());
    m_pullReminder->setVisible(behind);
}

void RepositoryTab::updateCommitEnabled()
{
    const bool staged = m_status.stagedCount() > 0 || m_status.state == RepositoryState::Merge;
    m_commitBox->setCanCommit(staged || m_commitBox->isAmend());
}

void RepositoryTab::showWorkingFile(const QString &path, bool staged)
{
    m_workingPath = path;
    m_workingStaged = staged;
    reloadWorkingDiff();
}

void RepositoryTab::reloadWorkingDiff()
{
    if (m_workingPath.isEmpty())
        return;
    const quint64 generation = ++m_workingDiffGeneration;
    const QString path = m_workingPath;
    const bool staged = m_workingStaged;
    const DiffOptions options = m_diffOptions;
    m_runner->run(
        tr("Reading the diff of %1…").arg(path),
        [path, staged, options](const Repository &repo) {
            return DiffReader::fileDiff(repo, staged ? DiffKind::HeadToIndex : DiffKind::IndexToWorkdir, path, options);
        },
        [this, generation, staged](const Result<DiffFile> &result) {
            if (generation != m_workingDiffGeneration)
                return; // a newer file was picked meanwhile
            if (!result) {
                m_messages->showError(result.errorMessage());
                return;
            }
            if (result->status == DeltaStatus::Unmodified) {
                m_changesDiff->clear();
                return;
            }
            m_changesDiff->setDiff(result.value(), staged ? DiffView::Mode::Staged : DiffView::Mode::Unstaged);
        });
}

void RepositoryTab::onCommitSelected(const Oid &commit)
{
    m_historyDiffCommit = commit;
    m_historyDiffPath.clear();
    m_historyDiff->clear();
    if (commit.isNull())
        m_details->clear();
    else
        m_details->showCommit(commit, m_history->refsOf(commit));
}

void RepositoryTab::showCommitFile(const Oid &commit, const QString &path)
{
    m_historyDiffCommit = commit;
    showHistoryDiff(path, DiffKind::CommitToParent, commit);
}

void RepositoryTab::showUncommittedFile(const QString &path, bool staged)
{
    m_historyDiffCommit = Oid();
    m_historyDiffStaged = staged;
    // Read-only here: to stage, go to Changes.
    showHistoryDiff(path, staged ? DiffKind::HeadToIndex : DiffKind::IndexToWorkdir, Oid());
}

void RepositoryTab::showHistoryDiff(const QString &path, DiffKind kind, const Oid &commit)
{
    m_historyDiffPath = path;
    const quint64 generation = ++m_historyDiffGeneration;
    const DiffOptions options = m_diffOptions;
    m_runner->run(
        tr("Reading the diff of %1…").arg(path),
        [path, kind, commit, options](const Repository &repo) {
            return DiffReader::fileDiff(repo, kind, path, options, commit);
        },
        [this, generation](const Result<DiffFile> &result) {
            if (generation != m_historyDiffGeneration)
                return;
            if (!result)
                m_messages->showError(result.errorMessage());
            else
                m_historyDiff->setDiff(result.value(), DiffView::Mode::Commit);
        });
}

void RepositoryTab::afterHistoryChange()
{
    m_history->reload();
}

void RepositoryTab::restoreLayout(const WindowSettings &settings)
{
    m_sideSplitter->restoreState(settings.splitterState(QStringLiteral("side")));
    m_historySplitter->restoreState(settings.splitterState(QStringLiteral("history.vertical")));
    m_historyBottomSplitter->restoreState(settings.splitterState(QStringLiteral("history.bottom")));
    m_changesSplitter->restoreState(settings.splitterState(QStringLiteral("changes.horizontal")));
    m_changesLeftSplitter->restoreState(settings.splitterState(QStringLiteral("changes.left")));
    m_history->restoreState(settings.splitterState(QStringLiteral("history.columns")));
    m_commitBox->setMode(settings.commitMode());
    m_commitBox->setUserTemplates(settings.commitTemplates());
    if (m_pipelines)
        m_pipelines->restoreLayout(settings);
}

void RepositoryTab::saveLayout(WindowSettings &settings) const
{
    settings.setSplitterState(QStringLiteral("side"), m_sideSplitter->saveState());
    settings.setSplitterState(QStringLiteral("history.vertical"), m_historySplitter->saveState());
    settings.setSplitterState(QStringLiteral("history.bottom"), m_historyBottomSplitter->saveState());
    settings.setSplitterState(QStringLiteral("changes.horizontal"), m_changesSplitter->saveState());
    settings.setSplitterState(QStringLiteral("changes.left"), m_changesLeftSplitter->saveState());
    settings.setSplitterState(QStringLiteral("history.columns"), m_history->saveState());
    settings.setCommitMode(m_commitBox->preferredMode());
    if (m_pipelines)
        m_pipelines->saveLayout(settings);
}

} // namespace gantry
