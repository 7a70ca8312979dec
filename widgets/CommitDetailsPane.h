#pragma once

#include "gitcore/CommitInfo.h"
#include "gitcore/StatusEntry.h"
#include "widgets/RefBadgePainter.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gantry {

class EmptyStateOverlay;

/// The pane beside the history that shows one commit: message (subject bold, body), author and
/// committer with dates, clickable parents, refs, the changed files, and a copy-SHA button —
/// or, for the history's "Uncommitted changes" row, the staged and unstaged files.
/// It only reads the repository (on a worker); what the user picks comes out as signals.
class CommitDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit CommitDetailsPane(QWidget *parent = nullptr);
    ~CommitDetailsPane() override;

    /// The repository to read commits from; clears what is shown.
    void setRepository(const QString &path);
    QString repositoryPath() const { return m_repositoryPath; }

    /// Reads `commit` (with its changed files, on a worker) and shows it with `refs` as badges.
    /// A later call replaces an earlier one still loading.
    void showCommit(const gantry::Oid &commit, const gantry::RefBadgeList &refs = {});
    /// Shows an already-read commit (files shown when info.filesLoaded).
    void showInfo(const gantry::CommitInfo &info, const gantry::RefBadgeList &refs = {});
    /// Shows the uncommitted changes of `status`: staged files first, then the others. Picking
    /// one emits workingFileSelected. Called again with a newer status, it follows it.
    void showWorkingTree(const gantry::StatusSnapshot &status);
    bool isShowingWorkingTree() const { return m_workingTree; }
    /// Shows nothing ("No commit selected").
    void clear();

    /// The commit shown (or loading); null when none.
    Oid commit() const { return m_commit; }
    /// The info shown; empty until loaded.
    const CommitInfo &info() const { return m_info; }
    bool isLoading() const { return m_loading; }

    // Parts, for the owner's shortcuts and for tests.
    QTreeWidget *fileList() const { return m_files; }
    EmptyStateOverlay *filesEmptyState() const { return m_filesEmptyState; }
    QToolButton *copyShaButton() const { return m_copySha; }
    QTextBrowser *headerView() const { return m_header; }

Q_SIGNALS:
    /// The user clicked a parent link: show that commit.
    void commitSelected(const gantry::Oid &commit);
    /// The user picked a changed file: show its diff in `commit` (against the first parent).
    void fileSelected(const gantry::Oid &commit, const QString &path);
    /// The user picked a file of the uncommitted changes: its staged or its unstaged diff.
    void workingFileSelected(const QString &path, bool staged);
    /// The shown commit finished loading (or failed: then `message` is not empty).
    void loaded(const gantry::Oid &commit, const QString &message = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void onLoaded(quint64 generation, const gantry::Oid &commit, const gantry::CommitInfo &info,
                  const QString &error);
    void onLinkActivated(const QUrl &url);
    void onFileActivated(QTreeWidgetItem *item);
    void render();
    void renderWorkingTree();
    QString headerHtml() const;

    QString m_repositoryPath;
    Oid m_commit;
    CommitInfo m_info;
    bool m_hasInfo = false;
    RefBadgeList m_refs;
    QString m_error;
    quint64 m_generation = 0;  // bumped per showCommit(): results of older loads are dropped
    bool m_loading = false;
    bool m_workingTree = false;  // showing the uncommitted changes of m_status
    StatusSnapshot m_status;

    QTextBrowser *m_header = nullptr;
    QLabel *m_filesLabel = nullptr;
    QTreeWidget *m_files = nullptr;
    EmptyStateOverlay *m_filesEmptyState = nullptr;  // "This commit changes no file."
    QToolButton *m_copySha = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_content = nullptr;  // header + files, hidden while nothing is shown
};

} // namespace gantry
