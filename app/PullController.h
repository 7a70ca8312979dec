#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace gantry {

class GitTaskRunner;
class MessageBar;

/// Pull, the way the team rules want it: fetch the current branch's upstream remote, then
/// fast-forward only (Merger, FastForwardOnly). When the branch and its upstream have diverged
/// nothing is merged: the message bar says so and offers the choice (diverged()), which the tab
/// hands to the RewriteController's merge — which asks before a merge commit — or rebase.
class PullController : public QObject
{
    Q_OBJECT
public:
    PullController(GitTaskRunner *runner, MessageBar *messages, QObject *parent = nullptr);

public Q_SLOTS:
    void pull();

Q_SIGNALS:
    /// Refs or HEAD changed: reload refs, history and status.
    void changed();
    /// The branch and `upstream` have diverged: merge or rebase is the user's call.
    void diverged(const QString &upstream);
    void mergeRequested(const QString &upstream);
    void rebaseRequested(const QString &upstream);
    /// A pull finished (tests).
    void finished(bool ok);

private:
    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    bool m_busy = false;
};

} // namespace gantry
