#pragma once

#include "gitcore/Oid.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace gantry {

class HistoryModel;

/// The actions on one history commit — checkout detached, branch or tag here, merge it, rebase
/// or reset the current branch onto it, copy its id or subject — and the context menu that lists them. The Git ones are request signals; copying
/// needs no Git. They act on the commit of the menu that is open, else on the selected one.
class HistoryCommitActions : public QObject
{
    Q_OBJECT
public:
    /// `selected` returns the view's selected commit (null when none); `model` gives subjects.
    HistoryCommitActions(HistoryModel *model, std::function<Oid()> selected, QWidget *parent);

    QAction *checkoutAction() const { return m_checkout; }
    QAction *branchAction() const { return m_branch; }
    QAction *tagAction() const { return m_tag; }
    QAction *mergeAction() const { return m_merge; }
    QAction *rebaseAction() const { return m_rebase; }
    QAction *resetAction() const { return m_reset; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *copySubjectAction() const { return m_copySubject; }
    QList<QAction *> all() const;

    /// Enables the actions when a commit is selected (call when the selection changes).
    void updateEnabled();
    /// A menu of the actions acting on `commit` for as long as the menu lives; the caller owns it.
    QMenu *menuFor(const Oid &commit, QWidget *parent);

Q_SIGNALS:
    void checkoutRequested(const gantry::Oid &commit);
    void createBranchRequested(const gantry::Oid &commit);
    void createTagRequested(const gantry::Oid &commit);
    void mergeRequested(const gantry::Oid &commit);
    void rebaseRequested(const gantry::Oid &commit);
    void resetRequested(const gantry::Oid &commit);

private:
    QAction *make(const QString &text, const QString &objectName, void (HistoryCommitActions::*act)());
    /// The commit the actions act on: the open menu's, else the selected one.
    Oid target() const;
    void emitCheckout();
    void emitBranch();
    void emitTag();
    void emitMerge();
    void emitRebase();
    void emitReset();
    void copyId();
    void copySubject();

    HistoryModel *m_model;
    std::function<Oid()> m_selected;
    QAction *m_checkout = nullptr;
    QAction *m_branch = nullptr;
    QAction *m_tag = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_rebase = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_copySubject = nullptr;
    Oid m_menuCommit;        // the commit of m_menu, while it exists
    QPointer<QMenu> m_menu;
};

} // namespace gantry
