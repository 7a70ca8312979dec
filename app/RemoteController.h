#pragma once

#include "gitcore/PushGuard.h"
#include "gitcore/RemoteTransfer.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gantry {

class GitTaskRunner;
class MessageBar;
class PushDialog;

/// Fetch and Push… for one repository: runs RemoteTransfer on the task runner (cancellable from
/// the status bar), asks through a PushDialog what to push, applies the push guard (a protected
/// branch asks "Push anyway?" or is refused, a rewrite needs force-with-lease), and reports the
/// outcome or the error in the message bar.
class RemoteController : public QObject
{
    Q_OBJECT
public:
    RemoteController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent = nullptr);

    /// The open push dialog, if any (for tests).
    PushDialog *pushDialog() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    /// Fetches the current branch's upstream remote (else origin, else the only remote).
    void fetch();
    /// Opens the push dialog for the current branch.
    void showPushDialog();
    /// Checks `request` against the guard rails (asking when they say so), then pushes it.
    void push(const PushRequest &request);

Q_SIGNALS:
    /// Remote-tracking refs (and maybe the upstream config) changed: reload refs and history.
    void changed();
    /// A fetch or push finished (successfully or not), for tests.
    void finished(bool ok);
    /// The push dialog is open.
    void pushDialogShown();

private:
    void setBusy(bool busy);
    void done(bool ok, const QString &error = {});
    /// Asks before pushing to a protected branch (confirm mode); true to go on.
    bool confirmProtected(const PushGuardReport &report);
    void transfer(const PushRequest &request);

    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_dialogParent;
    QPointer<PushDialog> m_dialog;
    bool m_busy = false;
};

} // namespace gantry
