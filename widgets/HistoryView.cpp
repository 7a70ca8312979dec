#include "widgets/HistoryView.h"

#include "widgets/HistoryCommitActions.h"
#include "widgets/HistoryDelegate.h"
#include "widgets/HistoryModel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gantry {

namespace {
constexpr int kMaxAutoLanes = 24;  // beyond this the graph column stops growing on its own
}

HistoryView::HistoryView(QWidget *parent) : QWidget(parent)
{
    m_model = new HistoryModel(this);
    m_delegate = new HistoryDelegate(this);
    m_search = new HistorySearch(this);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->installEventFilter(this);

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HistoryModel::SubjectColumn, QHeaderView::Stretch);
    header->resizeSection(HistoryModel::GraphColumn, HistoryDelegate::graphWidth(3, font()));
    header->resizeSection(HistoryModel::AuthorColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    header->resizeSection(HistoryModel::DateColumn, fontMetrics().horizontalAdvance(QStringLiteral("2000-00-00 00:00")) + 16);
    header->resizeSection(HistoryModel::IdColumn, fontMetrics().horizontalAdvance(QLatin1Char('0')) * 8 + 24);

    buildSearchBar();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setContentsMargins(6, 2, 6, 2);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, statusPalette.color(QPalette::PlaceholderText));
    m_status->setPalette(statusPalette);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_findAction = new QAction(tr("Find Commit…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &HistoryView::showSearch);
    addAction(m_findAction);
    auto *findNextAction = new QAction(tr("Find Next"), this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextAction, &QAction::triggered, this, &HistoryView::findNext);
    addAction(findNextAction);
    auto *findPreviousAction = new QAction(tr("Find Previous"), this);
    findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findPreviousAction, &QAction::triggered, this, &HistoryView::findPrevious);
    addAction(findPreviousAction);
    m_actions = new HistoryCommitActions(m_model, [this] { return currentCommit(); }, this);
    m_view->addAction(m_actions->copyIdAction());
    connect(m_actions, &HistoryCommitActions::checkoutRequested, this, &HistoryView::checkoutCommitRequested);
    connect(m_actions, &HistoryCommitActions::createBranchRequested, this, &HistoryView::createBranchRequested);
    connect(m_actions, &HistoryCommitActions::createTagRequested, this, &HistoryView::createTagRequested);
    connect(m_actions, &HistoryCommitActions::mergeRequested, this, &HistoryView::mergeCommitRequested);
    connect(m_actions, &HistoryCommitActions::rebaseRequested, this, &HistoryView::rebaseOntoRequested);
    connect(m_actions, &HistoryCommitActions::resetRequested, this, &HistoryView::resetToRequested);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::onCurrentChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->isWorkingTreeRow(index.row())) {
            Q_EMIT workingTreeActivated();
            return;
        }
        const Oid id = m_model->commitAt(index.row());
        if (!id.isNull())
            Q_EMIT commitActivated(id);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        showContextMenu(pos, m_view->indexAt(pos));
    });
    connect(m_model, &HistoryModel::modelAboutToBeReset, this, [this] {
        if (m_pendingSelection.isNull())
            m_pendingSelection = currentCommit();
    });
    connect(m_model, &HistoryModel::modelReset, this, &HistoryView::onRowsInserted);
    connect(m_model, &HistoryModel::rowsInserted, this, &HistoryView::onRowsInserted);
    connect(m_model, &HistoryModel::receivedCountChanged, this, &HistoryView::updateStatus);
    connect(m_model, &HistoryModel::loadingChanged, this, &HistoryView::onLoadingChanged);
    connect(m_model, &HistoryModel::loadFailed, this, [this](const QString &message) {
        m_status->setText(tr("Could not load the history: %1").arg(message));
        Q_EMIT loadFailed(message);
    });
    connect(m_model, &HistoryModel::headerDataChanged, this, [this] {
        const int lanes = qMin(kMaxAutoLanes, m_model->graph().maxColumns());
        const int wanted = HistoryDelegate::graphWidth(lanes, m_view->font());
        if (m_view->header()->sectionSize(HistoryModel::GraphColumn) < wanted)
            m_view->header()->resizeSection(HistoryModel::GraphColumn, wanted);
    });
    connect(m_search, &HistorySearch::matchesFound, this, &HistoryView::onMatchesFound);
    connect(m_search, &HistorySearch::finished, this, &HistoryView::onSearchFinished);
    connect(m_search, &HistorySearch::failed, this, [this](const QString &message) {
        m_searchDone = true;
        m_matchLabel->setText(tr("Search failed: %1").arg(message));
    });
    updateStatus();
}

HistoryView::~HistoryView() = default;

void HistoryView::buildSearchBar()
{
    m_searchBar = new QWidget(this);
    m_searchBar->setObjectName(QStringLiteral("historySearchBar"));
    auto *bar = new QHBoxLayout(m_searchBar);
    bar->setContentsMargins(4, 4, 4, 4);
    bar->setSpacing(4);

    m_searchMode = new QComboBox(m_searchBar);
    m_searchMode->addItem(tr("Message"), int(HistorySearchQuery::Mode::Message));
    m_searchMode->addItem(tr("Author"), int(HistorySearchQuery::Mode::Author));
    m_searchMode->addItem(tr("Commit ID"), int(HistorySearchQuery::Mode::Sha));
    m_searchMode->addItem(tr("Path"), int(HistorySearchQuery::Mode::Path));
    m_searchMode->setToolTip(tr("What to search"));

    m_searchEdit = new QLineEdit(m_searchBar);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("Find commits"));
    m_searchEdit->installEventFilter(this);

    m_matchLabel = new QLabel(m_searchBar);
    m_matchLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));

    auto *previous = new QToolButton(m_searchBar);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAutoRaise(true);
    connect(previous, &QToolButton::clicked, this, &HistoryView::findPrevious);
    auto *next = new QToolButton(m_searchBar);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    next->setAutoRaise(true);
    connect(next, &QToolButton::clicked, this, &HistoryView::findNext);

    m_filterButton = new QToolButton(m_searchBar);
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setToolTip(tr("Show only matching commits"));
    m_filterButton->setCheckable(true);
    m_filterButton->setAutoRaise(true);
    connect(m_filterButton, &QToolButton::toggled, this, [this] { applyFilter(); });

    auto *close = new QToolButton(m_searchBar);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close search (Esc)"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &HistoryView::hideSearch);

    bar->addWidget(m_searchMode);
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_filterButton);
    bar->addWidget(close);
    m_searchBar->hide();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryView::startSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchMode, &QComboBox::currentIndexChanged, this, &HistoryView::startSearch);
}

void HistoryView::setRepository(const QString &path)
{
    m_search->cancel();
    m_pendingSelection = Oid();
    m_lastEmitted = Oid();
    m_currentMatch = -1;
    m_followEnd = false;
    m_model->setRepository(path, m_query);
    if (!m_searchEdit->text().trimmed().isEmpty())
        startSearch();
    updateStatus();
}

QString HistoryView::repositoryPath() const
{
    return m_model->repositoryPath();
}

void HistoryView::setQuery(const HistoryQuery &query)
{
    m_query = query;
    m_model->setQuery(query);
}

void HistoryView::reload()
{
    m_pendingSelection = currentCommit();
    m_model->reload();
    if (!m_searchEdit->text().trimmed().isEmpty())
        startSearch();
}

Oid HistoryView::currentCommit() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->commitAt(current.row()) : Oid();
}

bool HistoryView::selectCommit(const Oid &commit)
{
    if (commit.isNull())
        return false;
    int row = m_model->rowOf(commit);
    if (row < 0 && m_model->hasReceived(commit)) {
        m_model->exposeAllReceived();
        row = m_model->rowOf(commit);
    }
    if (row >= 0) {
        m_pendingSelection = Oid();
        selectRow(row);
        return true;
    }
    if (!m_model->isLoading())
        return false;
    m_pendingSelection = commit;
    return true;
}

void HistoryView::setUncommittedChanges(int files)
{
    m_model->setUncommittedChanges(files);
}

bool HistoryView::isWorkingTreeSelected() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_model->isWorkingTreeRow(current.row());
}

void HistoryView::selectWorkingTree()
{
    if (m_model->hasWorkingTreeRow())
        selectRow(0);
}

RefBadgeList HistoryView::refsOf(const Oid &commit) const
{
    return m_model->refsOf(commit);
}

bool HistoryView::isLoading() const
{
    return m_model->isLoading();
}

void HistoryView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, HistoryModel::SubjectColumn);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
}

void HistoryView::onCurrentChanged()
{
    m_actions->updateEnabled();
    if (isWorkingTreeSelected()) {
        m_lastEmitted = Oid();
        Q_EMIT workingTreeSelected();
        return;
    }
    const Oid id = currentCommit();
    if (id.isNull() || id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT commitSelected(id);
}

void HistoryView::onRowsInserted()
{
    if (!m_pendingSelection.isNull()) {
        const Oid wanted = m_pendingSelection;
        int row = m_model->rowOf(wanted);
        if (row < 0 && m_model->hasReceived(wanted)) {
            m_model->exposeAllReceived();
            row = m_model->rowOf(wanted);
        }
        if (row >= 0) {
            m_pendingSelection = Oid();
            selectRow(row);
        }
    }
    if (m_filterButton->isChecked())
        applyFilter();
    updateStatus();
}

void HistoryView::onLoadingChanged(bool loading)
{
    if (!loading) {
        m_followEnd = false;
        if (!m_pendingSelection.isNull() && m_model->rowOf(m_pendingSelection) < 0 && !m_model->hasReceived(m_pendingSelection)) {
            // The commit is gone (amended, rebased away): fall back to the top of the history.
            m_pendingSelection = Oid();
            if (currentCommit().isNull() && m_model->rowCount() > 0)
                selectRow(0);
        }
    }
    updateStatus();
}

void HistoryView::updateStatus()
{
    const int received = m_model->receivedCount();
    if (m_model->repositoryPath().isEmpty())
        m_status->setText(tr("No repository"));
    else if (m_model->isLoading())
        m_status->setText(tr("Loading… %n commit(s)", nullptr, received));
    else
        m_status->setText(tr("%n commit(s)", nullptr, received));
}

void HistoryView::goToEnd()
{
    m_model->exposeAllReceived(m_model->isLoading());
    m_followEnd = m_model->isLoading();
    const int last = m_model->rowCount() - 1;
    if (last >= 0)
        selectRow(last);
}

void HistoryView::showSearch()
{
    m_searchBar->show();
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void HistoryView::hideSearch()
{
    m_searchDelay->stop();
    m_search->cancel();
    m_searchBar->hide();
    m_searchEdit->clear();
    m_model->clearMatches();
    m_currentMatch = -1;
    m_searchDone = true;
    applyFilter();
    m_view->setFocus(Qt::OtherFocusReason);
}

void HistoryView::search(HistorySearchQuery::Mode mode, const QString &text)
{
    m_searchBar->show();
    const QSignalBlocker blockMode(m_searchMode);
    const QSignalBlocker blockEdit(m_searchEdit);
    m_searchMode->setCurrentIndex(m_searchMode->findData(int(mode)));
    m_searchEdit->setText(text);
    startSearch();
}

void HistoryView::startSearch()
{
    m_searchDelay->stop();
    m_model->clearMatches();
    m_currentMatch = -1;
    m_jumpToFirstMatch = true;
    const QString text = m_searchEdit->text();
    if (text.trimmed().isEmpty() || m_model->repositoryPath().isEmpty()) {
        m_search->cancel();
        m_searchDone = true;
        m_matchLabel->clear();
        applyFilter();
        return;
    }
    HistorySearchQuery query;
    query.mode = HistorySearchQuery::Mode(m_searchMode->currentData().toInt());
    query.text = text;
    query.allRefs = m_query.allRefs;
    query.revisions = m_query.revisions;
    m_searchDone = false;
    m_searchTotal = 0;
    m_matchLabel->setText(tr("Searching…"));
    applyFilter();
    m_search->start(m_model->repositoryPath(), query);
}

QList<QAction *> HistoryView::commitActions() const
{
    return m_actions->all();
}

QMenu *HistoryView::contextMenuFor(const Oid &commit, QWidget *parent)
{
    return m_actions->menuFor(commit, parent);
}

void HistoryView::showContextMenu(const QPoint &viewportPos, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    selectRow(index.row());
    QMenu *menu = contextMenuFor(m_model->commitAt(index.row()), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(viewportPos));
}

void HistoryView::onMatchesFound(const QVector<Oid> &matches)
{
    m_model->addMatches(matches);
    if (m_filterButton->isChecked()) {
        for (const Oid &id : matches) {
            const int row = m_model->rowOf(id);
            if (row >= 0)
                m_view->setRowHidden(row, QModelIndex(), false);
        }
    }
    if (m_jumpToFirstMatch && !matches.isEmpty()) {
        // The first match found is the newest: select it as the user types.
        m_jumpToFirstMatch = false;
        selectCommit(matches.first());
        m_currentMatch = 0;
    }
    updateMatchLabel();
}

void HistoryView::onSearchFinished(int total)
{
    m_searchDone = true;
    m_searchTotal = total;
    updateMatchLabel();
}

void HistoryView::updateMatchLabel()
{
    const int count = m_model->matchCount();
    if (count == 0) {
        m_matchLabel->setText(m_searchDone ? tr("No matches") : tr("Searching…"));
        return;
    }
    const QVector<int> rows = m_model->matchRows();
    const int current = rows.indexOf(m_view->currentIndex().row());
    const QString total = m_searchDone ? QString::number(count) : tr("%1+").arg(count);
    m_matchLabel->setText(current >= 0 ? tr("%1 of %2").arg(current + 1).arg(total) : tr("%1 matches").arg(total));
}

int HistoryView::matchCount() const
{
    return m_model->matchCount();
}

void HistoryView::findNext()
{
    stepMatch(1);
}

void HistoryView::findPrevious()
{
    stepMatch(-1);
}

void HistoryView::stepMatch(int direction)
{
    if (m_model->matchCount() == 0)
        return;
    QVector<int> rows = m_model->matchRows();
    if (rows.size() < m_model->matchCount()) {
        // Some matches are loaded but not shown yet: show them so stepping reaches them.
        m_model->exposeAllReceived();
        rows = m_model->matchRows();
    }
    if (rows.isEmpty())
        return;
    const int current = m_view->currentIndex().row();
    int target = -1;
    if (direction > 0) {
        auto it = std::upper_bound(rows.begin(), rows.end(), current);
        target = it == rows.end() ? rows.first() : *it;
    } else {
        auto it = std::lower_bound(rows.begin(), rows.end(), current);
        target = it == rows.begin() ? rows.last() : *(it - 1);
    }
    selectRow(target);
    updateMatchLabel();
}

void HistoryView::applyFilter()
{
    const bool filtering = m_filterButton->isChecked() && !m_searchEdit->text().trimmed().isEmpty();
    const int rows = m_model->rowCount();
    m_view->setUpdatesEnabled(false);
    for (int row = 0; row < rows; ++row)
        m_view->setRowHidden(row, QModelIndex(), filtering && !m_model->isMatch(m_model->commitAt(row)));
    m_view->setUpdatesEnabled(true);
}

QByteArray HistoryView::saveState() const
{
    return m_view->header()->saveState();
}

bool HistoryView::restoreState(const QByteArray &state)
{
    const bool restored = m_view->header()->restoreState(state);
    // The subject always takes the remaining width, whatever the saved state said.
    m_view->header()->setSectionResizeMode(HistoryModel::SubjectColumn, QHeaderView::Stretch);
    return restored;
}

bool HistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu && watched == m_view
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        // Menu key / Shift+F10: the menu of the selected row, under it.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            const QRect rect = m_view->visualRect(current.siblingAtColumn(HistoryModel::SubjectColumn));
            showContextMenu(QPoint(rect.left() + 16, rect.bottom()), current);
        }
        return true;
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_view) {
            if (key->key() == Qt::Key_End && key->modifiers() == Qt::NoModifier) {
                goToEnd();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && isWorkingTreeSelected()) {
                Q_EMIT workingTreeActivated();
                return true;
            }
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !currentCommit().isNull()) {
                Q_EMIT commitActivated(currentCommit());
                return true;
            }
        } else if (watched == m_searchEdit) {
            if (key->key() == Qt::Key_Escape) {
                hideSearch();
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (m_searchDelay->isActive())
                    startSearch();
                else
                    stepMatch(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
                return true;
            }
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
                stepMatch(key->key() == Qt::Key_Down ? 1 : -1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_view->doItemsLayout();
        m_view->viewport()->update();
    }
}

} // namespace gantry
