#pragma once

#include "gitcore/CommitGuard.h"
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
/// with MERGE_MSG / commit.template when the repository opens, and reports the outcome.
/// Before committing it checks the guard rails (CommitGuard): a protected branch asks for
/// confirmation or refuses, amending a published commit asks, a large commit gets a hint.
/// It also feeds the box's composer with the repository's commitlint configuration and the
/// scopes and co-authors of its history, read on the task runner.
class CommitController : public QObject
{
    Q_OBJECT
public:
    /// GitError::code() of a commit refused because no identity is configured.
    static constexpr int IdentityMissing = -2001;

    CommitController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent = nullptr);

    /// Listens to the box's commit and amend requests, and drives its busy state.
    void connectCommitBox(CommitBox *box);

    /// The answer to a guard rail's question (tests answer without a dialog through setGuardAnswer).
    enum class GuardAnswer { Ask, Proceed, Cancel, CreateBranch };
    void setGuardAnswer(GuardAnswer answer) { m_guardAnswer = answer; }

public Q_SLOTS:
    void commit(const QString &message, bool amend, bool signoff);
    /// Prefills the box with MERGE_MSG, SQUASH_MSG or commit.template when the box is empty.
    void loadInitialMessage();
    /// Measures the staged change (after a stage); when it grows past guards.large-commit-lines,
    /// shows a hint to split it in the message bar and emits largeStagedChange(). Non-blocking.
    void checkStagedSize();
    /// Rereads the commitlint configuration and the history's scopes and co-authors for the
    /// composer (on opening and after each commit).
    void loadConventions();
    /// The paths with changes (from the status): their scopes come first among the suggestions.
    void setChangedPaths(const QStringList &paths);

Q_SIGNALS:
    /// A commit was made: HEAD, the index and history changed.
    void committed(const gantry::CommitOutcome &outcome);
    /// The user chose "Create a Branch Instead…" on a protected branch.
    void createBranchRequested();
    /// The commit changed more lines than guards.large-commit-lines: a hint to split it.
    void largeCommit(int lines, int limit);
    /// The staged change just grew past guards.large-commit-lines (before committing).
    void largeStagedChange(int lines, int limit);
    /// A guard rail stopped the commit (refused, or the user cancelled); tests wait on it.
    void guardStopped(const QString &reason);

private:
    /// Asks the guard-rail questions for `report`; false when the commit should not go ahead.
    bool passesGuards(const CommitGuardReport &report, bool amend);
    /// Asks a yes/no guard question; `branchOption` adds "Create a Branch Instead…".
    GuardAnswer ask(const QString &title, const QString &text, const QString &details, const QString &proceed,
                    bool branchOption);
    void writeCommit(const QString &message, bool amend, bool signoff, const CommitGuardReport &report);
    void setBusy(bool busy);
    void onAmendToggled(bool amend);
    void updateScopeSuggestions();
    /// Asks for name and email; saves them and returns true when the user accepted.
    bool askForIdentity();

    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_dialogParent;
    QPointer<CommitBox> m_box;
    bool m_busy = false;
    GuardAnswer m_guardAnswer = GuardAnswer::Ask;
    bool m_stagedLarge = false; // the last measure was above the limit (hint shown once per crossing)
    QString m_amendMessage; // HEAD's message as put in the box by "Amend"
    QStringList m_historyScopes;
    QStringList m_pathScopes;
    bool m_conventionsInFlight = false;
};

} // namespace gantry
