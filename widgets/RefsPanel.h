#pragma once

#include "gitcore/BranchInfo.h"
#include "gitcore/Stashes.h"
#include "gitcore/Tags.h"

#include <QModelIndex>
#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace gantry {

class EmptyStateOverlay;
class RefsModel;

/// The side panel listing branches, remote-tracking branches (grouped by remote), tags and
/// stashes, with a filter box. It holds no Git logic: it shows what setData() gives it and
/// emits what the user asked for; the owner runs the Git operations and calls setData() again.
class RefsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RefsPanel(QWidget *parent = nullptr);
    ~RefsPanel() override;

    /// Replaces what is shown. Expansion of sections and the filter are kept.
    void setData(const BranchList &branches, const TagList &tags, const StashList &stashes);

    /// The filter text (matches names case-insensitively; sections with no match hide).
    void setFilterText(const QString &text);
    QString filterText() const;

    /// The menu the panel shows for the row at `index` (a view index); empty for section rows.
    /// The panel owns nothing of it: the caller deletes it. Exposed for the owner and for tests.
    QMenu *contextMenuFor(const QModelIndex &index, QWidget *parent = nullptr);

    // Parts, for the owner's shortcuts and for tests.
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    EmptyStateOverlay *emptyState() const { return m_emptyState; }
    RefsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

Q_SIGNALS:
    /// `ref` is a local branch short name ("main"), a remote-tracking one ("origin/main"),
    /// or a tag name / commit id for a detached checkout (then `detach` is true).
    void checkoutRequested(const QString &ref, bool detach = false);
    /// New branch starting at `fromRev` (a branch, tag or commit id).
    void createBranchRequested(const QString &fromRev);
    void renameBranchRequested(const QString &branch);
    /// `remoteTracking` is true for a remote-tracking branch ("origin/x").
    void deleteBranchRequested(const QString &branch, bool remoteTracking = false);
    /// Set upstream of local `branch`; the owner asks which one.
    void setUpstreamRequested(const QString &branch);
    void unsetUpstreamRequested(const QString &branch);
    /// New tag on `rev` (a branch or a commit id).
    void createTagRequested(const QString &rev);
    void deleteTagRequested(const QString &tag);
    /// "Create Release…": the next version and changelog of HEAD.
    void createReleaseRequested();
    void stashApplyRequested(int index);
    void stashPopRequested(int index);
    void stashDropRequested(int index);
    /// "Stash changes…" from the Stashes section's menu.
    void stashSaveRequested();
    /// A branch's "Merge into Current Branch", "Rebase Current Branch onto This…" and
    /// "Reset Current Branch to Here…".
    void mergeRequested(const QString &ref);
    void rebaseRequested(const QString &ref);
    void resetRequested(const QString &ref);
    /// A row was selected: show that commit in history (branch target, tag target, stash commit).
    void commitSelected(const gantry::Oid &commit);

private:
    void showContextMenu(const QPoint &pos);
    void activate(const QModelIndex &index);
    void onCurrentChanged(const QModelIndex &current);

    RefsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    EmptyStateOverlay *m_emptyState = nullptr;  // "No branch, tag or stash matches …"
    bool m_populated = false; // setData() was called: keep the user's expansion from then on
};

} // namespace gantry
