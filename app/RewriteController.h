#pragma once

#include "gitcore/GuardRailConfig.h"
#include "gitcore/PublishedHistory.h"
#include "gitcore/Rebaser.h"
#include "gitcore/Reset.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace gantry {

class GitTaskRunner;
class MessageBar;

/// Acts on "Merge into current branch", "Rebase current branch onto…" and "Reset current branch
/// to here…" through Merger, Rebaser and Reset on the task runner, with the guard rails of
/// docs/guard-rails.md: a merge that needs a merge commit asks first (fast-forward only by
/// default), rewriting published commits warns (or is refused), and every change offers Undo
/// (conflicts offer Abort).
class RewriteController : public QObject
{
    Q_OBJECT
public:
    RewriteController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent = nullptr);

public Q_SLOTS:
    void merge(const QString &revision);
    void rebase(const QString &upstream);
    /// Asks for the mode (ResetDialog), then resets.
    void reset(const QString &revision);
    /// Commits the resolved conflicts of a stopped rebase and replays the rest.
    void continueRebase();
    void abortMerge();
    void abortRebase();

Q_SIGNALS:
    /// Refs, HEAD or the working tree changed: reload history, refs and status.
    void changed();
    /// An operation ended — done (`ok`), failed, refused or cancelled — with what was shown.
    void finished(bool ok, const QString &message);

private:
    /// Whether a rewrite of `published` may go ahead: off, nothing published, or confirmed.
    bool allowRewrite(GuardRailConfig::RewriteMode mode, const PublishedCommits &published,
                      const QStringList &described, const QString &operation);
    void runMerge(const QString &revision, bool allowMergeCommit);
    void runRebase(const QString &upstream, bool allowPublished);
    void runReset(const QString &revision, ResetMode mode, bool allowPublished);
    /// Moves the branch back to `commit` (a hard reset that saves local changes): Undo of a
    /// merge or rebase.
    void restoreHead(const QString &commit, const QString &what);
    void showRebaseOutcome(const Result<RebaseOutcome> &result);
    void succeed(const QString &message, std::function<void()> undo = {});
    void fail(const QString &message);

    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_dialogParent;
};

} // namespace gantry
