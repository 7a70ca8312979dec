#pragma once

#include "gitcore/HistoryLoader.h"
#include "gitcore/HistorySearch.h"
#include "gitcore/Oid.h"
#include "widgets/HistoryCommitActions.h"
#include "widgets/RefBadgePainter.h"

#include <QByteArray>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;

namespace gantry {

class HistoryDelegate;
class HistoryModel;

/// The commit history as the app embeds it: a graph + subject/author/date/id table over a
/// HistoryModel, a search bar (Ctrl+F; message, author, SHA or path; F3 / Shift+F3 step through
/// matches), a "Loading… N commits" indicator and the commit context menu (checkout detached,
/// branch or tag here, copy id or subject). It holds no Git logic of its own: the menu's Git
/// actions are request signals for the owner.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    /// Shows the history of the repository at `path` (all refs unless setQuery() said otherwise).
    void setRepository(const QString &path);
    QString repositoryPath() const;
    /// Which history to show; takes effect at the next setRepository()/reload().
    void setQuery(const HistoryQuery &query);
    /// Reloads the history (after a commit, fetch, checkout...), keeping the selected commit.
    void reload();

    /// The selected commit, or a null Oid.
    Oid currentCommit() const;
    /// Selects `commit` and scrolls to it; when it is not loaded yet, selects it as soon as it is.
    /// Returns false when the repository's history has finished loading without it.
    bool selectCommit(const Oid &commit);
    /// How many files the working tree and index change: an "Uncommitted changes (N)" row above
    /// the commits while it is not 0.
    void setUncommittedChanges(int files);
    /// Whether that row is the selected one (currentCommit() is then null), and selecting it.
    bool isWorkingTreeSelected() const;
    void selectWorkingTree();
    /// The badges shown for `commit` (for the details pane).
    RefBadgeList refsOf(const Oid &commit) const;
    bool isLoading() const;

    /// Opens the search bar and focuses its text field.
    void showSearch();
    void hideSearch();
    /// Searches as if the user had typed `text` in `mode` (also used by tests).
    void search(HistorySearchQuery::Mode mode, const QString &text);
    /// Selects the next / previous match (F3 / Shift+F3), wrapping around.
    void findNext();
    void findPrevious();
    /// Matches found so far by the current search.
    int matchCount() const;

    /// Column widths and order, for the owner's QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Parts, for the owner's shortcuts and for tests.
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QComboBox *searchModeCombo() const { return m_searchMode; }
    QWidget *searchBar() const { return m_searchBar; }
    QLabel *statusLabel() const { return m_status; }
    QAction *findAction() const { return m_findAction; }
    /// The commit actions of the context menu, acting on the selected commit; the owner may put
    /// them in a menu bar too. Disabled while no commit is selected.
    QAction *checkoutCommitAction() const { return m_actions->checkoutAction(); }
    QAction *createBranchAction() const { return m_actions->branchAction(); }
    QAction *createTagAction() const { return m_actions->tagAction(); }
    QAction *mergeCommitAction() const { return m_actions->mergeAction(); }
    QAction *rebaseOntoAction() const { return m_actions->rebaseAction(); }
    QAction *resetToAction() const { return m_actions->resetAction(); }
    QAction *copyIdAction() const { return m_actions->copyIdAction(); }
    QAction *copySubjectAction() const { return m_actions->copySubjectAction(); }
    QList<QAction *> commitActions() const;
    /// The context menu for `commit` (what right-click and the Menu key show; selects nothing).
    /// The caller owns it. Exposed for tests.
    QMenu *contextMenuFor(const Oid &commit, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The selection moved to `commit` (keyboard or mouse).
    void commitSelected(const gantry::Oid &commit);
    /// The user double-clicked or pressed Enter on a commit.
    void commitActivated(const gantry::Oid &commit);
    /// The "Uncommitted changes" row was selected, or double-clicked (Enter): go and commit them.
    void workingTreeSelected();
    void workingTreeActivated();
    /// "Checkout this commit (detached)".
    void checkoutCommitRequested(const gantry::Oid &commit);
    /// "Create branch here…" / "Create tag here…": the owner asks for the name.
    void createBranchRequested(const gantry::Oid &commit);
    void createTagRequested(const gantry::Oid &commit);
    /// "Merge into current branch", "Rebase current branch onto…", "Reset current branch to here…".
    void mergeCommitRequested(const gantry::Oid &commit);
    void rebaseOntoRequested(const gantry::Oid &commit);
    void resetToRequested(const gantry::Oid &commit);
    /// The history could not be loaded.
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildSearchBar();
    void onCurrentChanged();
    void onLoadingChanged(bool loading);
    void onRowsInserted();
    void updateStatus();
    void startSearch();
    void onMatchesFound(const QVector<Oid> &matches);
    void onSearchFinished(int total);
    void stepMatch(int direction);
    void selectRow(int row);
    void goToEnd();
    void applyFilter();
    void updateMatchLabel();
    void showContextMenu(const QPoint &viewportPos, const QModelIndex &index);

    HistoryModel *m_model = nullptr;
    HistoryDelegate *m_delegate = nullptr;
    QTreeView *m_view = nullptr;
    QWidget *m_searchBar = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_searchMode = nullptr;
    QToolButton *m_filterButton = nullptr;
    QLabel *m_matchLabel = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_findAction = nullptr;
    HistoryCommitActions *m_actions = nullptr;
    HistorySearch *m_search = nullptr;
    class QTimer *m_searchDelay = nullptr;

    HistoryQuery m_query;
    Oid m_pendingSelection;   // a commit to select as soon as it is loaded (selectCommit, reload)
    Oid m_lastEmitted;        // the last commit announced by commitSelected
    bool m_jumpToFirstMatch = false;  // the next match found is selected (search as you type)
    int m_currentMatch = -1;  // index into the model's match list, -1: none
    bool m_followEnd = false; // End pressed while loading: keep going to the last row
    bool m_searchDone = true;
    int m_searchTotal = 0;
};

} // namespace gantry
