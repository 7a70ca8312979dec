#pragma once

#include "gitcore/CommitWriter.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QWidget;

namespace gantry {

class CommitBox;
class GitTaskRunner;
class MessageBar;

/// Makes commits from the commit box through CommitWriter on the task runner: asks for an
/// identity first when none is configured, fills the box with HEAD's message on "Amend" and
/// with MERGE_MSG / commit.template when the repository opens, and reports the outcome. Feeds
/// the box's composer with the repository's commitlint configuration and the scopes and
/// co-authors of its history, read on the task runner.
class CommitController : public QObject
{
    Q_OBJECT
public:
    /// GitError::code() of a commit refused because no identity is configured.
    static constexpr int IdentityMissing = -2001;

    CommitController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent = nullptr);

    /// Listens to the box's commit and amend requests, and drives its busy state.
    void connectCommitBox(CommitBox *box);

public Q_SLOTS:
    void commit(const QString &message, bool amend, bool signoff);
    /// Prefills the box with MERGE_MSG, SQUASH_MSG or commit.template when the box is empty.
    void loadInitialMessage();
    /// Rereads the commitlint configuration and the history's scopes and co-authors for the
    /// composer (on opening and after each commit).
    void loadConventions();
    /// The paths with changes (from the status): their scopes come first among the suggestions.
    void setChangedPaths(const QStringList &paths);

Q_SIGNALS:
    /// A commit was made: HEAD, the index and history changed.
    void committed(const gantry::CommitOutcome &outcome);

private:
    void onAmendToggled(bool amend);
    void updateScopeSuggestions();
    /// Asks for name and email; saves them and returns true when the user accepted.
    bool askForIdentity();

    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_dialogParent;
    QPointer<CommitBox> m_box;
    bool m_busy = false;
    QString m_amendMessage; // HEAD's message as put in the box by "Amend"
    QStringList m_historyScopes;
    QStringList m_pathScopes;
    bool m_conventionsInFlight = false;
};

} // namespace gantry
