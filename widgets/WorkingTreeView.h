#pragma once

#include "gitcore/StatusEntry.h"
#include "widgets/WorkingTreeModel.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace gantry {

class EmptyStateOverlay;

/// Shows the working-tree status in sections (Conflicts, Staged, Unstaged, Untracked) and turns the
/// user's clicks into requests. It holds no Git logic: the app wires the signals to the staging engine
/// and calls setSnapshot() with the new status afterwards.
class WorkingTreeView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkingTreeView(QWidget *parent = nullptr);

    /// Shows `snapshot`, keeping the selection and expanded sections where the paths still exist.
    void setSnapshot(const StatusSnapshot &snapshot);
    WorkingTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    /// "Nothing to commit, working tree clean", shown when every section is empty.
    EmptyStateOverlay *emptyState() const { return m_emptyState; }

    /// The selected files' paths (duplicates removed), and whether they are all in Staged.
    QStringList selectedPaths() const;
    QStringList selectedPaths(WorkingTreeModel::Section section) const;

Q_SIGNALS:
    void stageRequested(const QStringList &paths);
    void unstageRequested(const QStringList &paths);
    /// Throw away working-tree changes of these paths; the receiver confirms with the user.
    void discardRequested(const QStringList &paths);
    /// A single file became current: show its diff (staged: HEAD→index, else index→worktree).
    void fileSelected(const QString &path, bool staged);
    void openRequested(const QString &path);

private:
    void onActivated(const QModelIndex &index);
    void onCurrentChanged(const QModelIndex &current);
    void showContextMenu(const QPoint &pos);
    void stageSelection();
    void unstageSelection();
    void discardSelection();
    void openSelection();
    void copySelectedPaths();
    void stageAll();
    void unstageAll();
    void updateButtons();

    WorkingTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    EmptyStateOverlay *m_emptyState = nullptr;
    QPushButton *m_stageAll = nullptr;
    QPushButton *m_unstageAll = nullptr;
    QAction *m_stageAction = nullptr;
    QAction *m_unstageAction = nullptr;
    QAction *m_discardAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_copyPathAction = nullptr;
};

} // namespace gantry
