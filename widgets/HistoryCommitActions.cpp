#include "widgets/HistoryCommitActions.h"

#include "widgets/HistoryModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>

namespace gantry {

HistoryCommitActions::HistoryCommitActions(HistoryModel *model, std::function<Oid()> selected, QWidget *parent)
    : QObject(parent)
    , m_model(model)
    , m_selected(std::move(selected))
{
    m_checkout = make(tr("Checkout This Commit (Detached)"), QStringLiteral("checkoutCommitAction"),
                      &HistoryCommitActions::emitCheckout);
    m_branch = make(tr("Create Branch Here…"), QStringLiteral("createBranchHereAction"), &HistoryCommitActions::emitBranch);
    m_tag = make(tr("Create Tag Here…"), QStringLiteral("createTagHereAction"), &HistoryCommitActions::emitTag);
    m_merge = make(tr("Merge into Current Branch"), QStringLiteral("mergeCommitAction"), &HistoryCommitActions::emitMerge);
    m_rebase = make(tr("Rebase Current Branch onto This…"), QStringLiteral("rebaseOntoCommitAction"),
                    &HistoryCommitActions::emitRebase);
    m_reset = make(tr("Reset Current Branch to Here…"), QStringLiteral("resetToCommitAction"),
                   &HistoryCommitActions::emitReset);
    m_copyId = make(tr("Copy Commit ID"), QStringLiteral("copyCommitIdAction"), &HistoryCommitActions::copyId);
    // Ctrl+C in the table copies the id, as in the other clients (the owner adds it to the table).
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copySubject = make(tr("Copy Subject"), QStringLiteral("copySubjectAction"), &HistoryCommitActions::copySubject);
    updateEnabled();
}

QAction *HistoryCommitActions::make(const QString &text, const QString &objectName, void (HistoryCommitActions::*act)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, act);
    return action;
}

QList<QAction *> HistoryCommitActions::all() const
{
    return {m_checkout, m_branch, m_tag, m_merge, m_rebase, m_reset, m_copyId, m_copySubject};
}

void HistoryCommitActions::updateEnabled()
{
    const bool hasCommit = !m_selected().isNull();
    for (QAction *action : all())
        action->setEnabled(hasCommit);
}

QMenu *HistoryCommitActions::menuFor(const Oid &commit, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("historyContextMenu"));
    if (commit.isNull())
        return menu;
    for (QAction *action : all())
        action->setEnabled(true);
    menu->addAction(m_checkout);
    menu->addSeparator();
    menu->addAction(m_branch);
    menu->addAction(m_tag);
    menu->addSeparator();
    menu->addAction(m_merge);
    menu->addAction(m_rebase);
    menu->addAction(m_reset);
    menu->addSeparator();
    menu->addAction(m_copyId);
    menu->addAction(m_copySubject);
    m_menuCommit = commit;
    m_menu = menu;
    return menu;
}

Oid HistoryCommitActions::target() const
{
    return m_menu ? m_menuCommit : m_selected();
}

void HistoryCommitActions::emitCheckout()
{
    if (const Oid commit = target(); !commit.isNull())
        Q_EMIT checkoutRequested(commit);
}

void HistoryCommitActions::emitBranch()
{
    if (const Oid commit = target(); !commit.isNull())
        Q_EMIT createBranchRequested(commit);
}

void HistoryCommitActions::emitTag()
{
    if (const Oid commit = target(); !commit.isNull())
        Q_EMIT createTagRequested(commit);
}

void HistoryCommitActions::emitMerge()
{
    if (const Oid commit = target(); !commit.isNull())
        Q_EMIT mergeRequested(commit);
}

void HistoryCommitActions::emitRebase()
{
    if (const Oid commit = target(); !commit.isNull())
        Q_EMIT rebaseRequested(commit);
}

void HistoryCommitActions::emitReset()
{
    if (const Oid commit = target(); !commit.isNull())
        Q_EMIT resetRequested(commit);
}

void HistoryCommitActions::copyId()
{
    if (const Oid commit = target(); !commit.isNull())
        QApplication::clipboard()->setText(commit.toString());
}

void HistoryCommitActions::copySubject()
{
    const int row = m_model->rowOf(target());
    if (const CommitSummary *summary = row >= 0 ? m_model->summaryAt(row) : nullptr)
        QApplication::clipboard()->setText(summary->subject);
}

} // namespace gantry
