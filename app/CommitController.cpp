#include "app/CommitController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/CommitLintConfig.h"
#include "gitcore/ConventionSuggestions.h"
#include "gitcore/Identity.h"
#include "gitcore/Repository.h"
#include "widgets/CommitBox.h"
#include "widgets/CommitComposer.h"
#include "widgets/IdentityDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace gantry {

namespace {

/// What the composer needs from the repository, read together on the task runner.
struct ConventionData
{
    CommitLintConfig config;
    ConventionSuggestions suggestions;
    QString identity;
};

} // namespace

CommitController::CommitController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
{
}

void CommitController::connectCommitBox(CommitBox *box)
{
    m_box = box;
    connect(box, &CommitBox::commitRequested, this, &CommitController::commit);
    connect(box, &CommitBox::amendToggled, this, &CommitController::onAmendToggled);
}

void CommitController::setBusy(bool busy)
{
    m_busy = busy;
    if (m_box)
        m_box->setBusy(busy);
}

void CommitController::commit(const QString &message, bool amend, bool signoff)
{
    if (m_busy)
        return;
    setBusy(true);
    m_runner->run(
        tr("Checking the guard rails…"), [amend](const Repository &repo) { return CommitGuard::check(repo, amend); },
        [this, message, amend, signoff](const Result<CommitGuardReport> &result) {
            CommitGuardReport report;
            if (result)
                report = result.value();
            else if (m_messages)
                m_messages->showError(result.errorMessage()); // the guard could not look: commit as asked
            if (!report.problems.isEmpty() && m_messages)
                m_messages->showError(report.problems.first().toString());
            if (!passesGuards(report, amend)) {
                setBusy(false);
                return;
            }
            writeCommit(message, amend, signoff, report);
        });
}

CommitController::GuardAnswer CommitController::ask(const QString &title, const QString &text, const QString &details,
                                                    const QString &proceed, bool branchOption)
{
    if (m_guardAnswer != GuardAnswer::Ask)
        return m_guardAnswer;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(details);
    QPushButton *go = box.addButton(proceed, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("guardProceed"));
    QPushButton *branch = nullptr;
    if (branchOption) {
        branch = box.addButton(tr("Create a Branch Instead…"), QMessageBox::AcceptRole);
        branch->setObjectName(QStringLiteral("guardCreateBranch"));
    }
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(branch ? branch : cancel);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(go))
        return GuardAnswer::Proceed;
    if (branch && box.clickedButton() == static_cast<QAbstractButton *>(branch))
        return GuardAnswer::CreateBranch;
    return GuardAnswer::Cancel;
}

bool CommitController::passesGuards(const CommitGuardReport &report, bool amend)
{
    if (report.protectedBranch) {
        if (report.mode == GuardRailConfig::ProtectionMode::Refuse) {
            const QString text = tr("%1 is protected: this repository refuses commits made directly on it "
                                    "(protected-branches in .gantry/conventions.yml). Commit on a branch and merge it.")
                                     .arg(report.branch);
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Error, text, tr("Create Branch…"),
                                        [this] { Q_EMIT createBranchRequested(); });
            Q_EMIT guardStopped(text);
            return false;
        }
        const GuardAnswer answer =
            ask(tr("Protected Branch"), tr("%1 is protected: commit here anyway?").arg(report.branch),
                tr("Work on %1 usually arrives through reviewed merges. Committing directly skips that; "
                   "a branch of its own keeps the change reviewable.").arg(report.branch),
                amend ? tr("Amend Anyway") : tr("Commit Anyway"), true);
        if (answer == GuardAnswer::CreateBranch)
            Q_EMIT createBranchRequested();
        if (answer != GuardAnswer::Proceed) {
            Q_EMIT guardStopped(tr("%1 is protected").arg(report.branch));
            return false;
        }
    }
    if (amend && report.amendsPublished && report.rewriteMode == GuardRailConfig::RewriteMode::Refuse) {
        const QString text = tr("The last commit is already on %1, and this repository refuses to rewrite published "
                                "history (guards.rewrite-published in .gantry/conventions.yml). Make a new commit on top.")
                                 .arg(report.upstream);
        if (m_messages)
            m_messages->showError(text);
        Q_EMIT guardStopped(text);
        return false;
    }
    if (amend && report.amendsPublished && report.rewriteMode == GuardRailConfig::RewriteMode::Confirm) {
        const GuardAnswer answer =
            ask(tr("Rewrite Published History"),
                tr("The last commit is already on %1: amending it rewrites published history.").arg(report.upstream),
                tr("Anyone who pulled it keeps the old commit, and pushing the amended one needs a force push. "
                   "A new commit on top is usually the better fix."),
                tr("Amend Anyway"), false);
        if (answer != GuardAnswer::Proceed) {
            Q_EMIT guardStopped(tr("the last commit is published"));
            return false;
        }
    }
    return true;
}

void CommitController::writeCommit(const QString &message, bool amend, bool signoff, const CommitGuardReport &report)
{
    CommitRequest request;
    request.message = message;
    request.editedInteractively = true;
    request.amend = amend;
    request.signoff = signoff;
    setBusy(true);
    m_runner->run(
        amend ? tr("Amending the last commit…") : tr("Committing…"),
        [request](const Repository &repo, const GitTaskContext &context) -> Result<CommitOutcome> {
            if (!Identity::isConfigured(repo, request.environment))
                return GitError::custom(Identity::missingIdentityMessage(Identity::Role::Author), IdentityMissing);
            CommitRequest withCancel = request;
            withCancel.cancel = context.flag();
            CommitWriter writer(repo);
            Result<CommitOutcome> outcome = writer.commit(withCancel);
            if (!outcome && writer.failedHook() && !writer.failedHook()->output.trimmed().isEmpty()) {
                return GitError::custom(outcome.errorMessage() + QStringLiteral("\n")
                                            + QString::fromUtf8(writer.failedHook()->output.trimmed()),
                                        outcome.error().code());
            }
            return outcome;
        },
        [this, message, amend, signoff, report](const Result<CommitOutcome> &result) {
            setBusy(false);
            if (!result) {
                if (result.error().isCancelled())
                    return; // the user asked for it: nothing to report
                if (result.error().code() == IdentityMissing) {
                    if (askForIdentity())
                        writeCommit(message, amend, signoff, report);
                    return;
                }
                if (m_messages)
                    m_messages->showError(result.errorMessage());
                return;
            }
            const CommitOutcome &outcome = result.value();
            if (m_box)
                m_box->clear();
            if (m_messages) {
                QString text = outcome.summaryLine();
                if (outcome.postCommit && !outcome.postCommit->ok())
                    text += QStringLiteral("\n") + outcome.postCommit->failureMessage();
                if (report.isLarge())
                    text += QStringLiteral("\n")
                        + tr("Hint: this commit changes %n line(s), more than %1 (guards.large-commit-lines); "
                             "smaller commits are easier to review and revert — consider splitting the next one.",
                             nullptr, report.changedLines)
                              .arg(report.largeCommitLines);
                m_messages->showMessage(report.isLarge() ? MessageBar::Kind::Information : MessageBar::Kind::Success, text);
            }
            if (report.isLarge())
                Q_EMIT largeCommit(report.changedLines, report.largeCommitLines);
            Q_EMIT committed(outcome);
        },
        true);
}

void CommitController::checkStagedSize()
{
    m_runner->run(
        tr("Measuring the staged change…"), [](const Repository &repo) { return CommitGuard::check(repo, false); },
        [this](const Result<CommitGuardReport> &result) {
            if (!result)
                return; // a hint only: nothing to report
            const bool large = result->isLarge();
            if (large && !m_stagedLarge) {
                if (m_messages)
                    m_messages->showMessage(
                        MessageBar::Kind::Information,
                        tr("Hint: the staged change is %n line(s), more than %1 (guards.large-commit-lines); "
                           "consider committing it in smaller steps.", nullptr, result->changedLines)
                            .arg(result->largeCommitLines));
                Q_EMIT largeStagedChange(result->changedLines, result->largeCommitLines);
            }
            m_stagedLarge = large;
        });
}

void CommitController::loadInitialMessage()
{
    m_runner->run(
        tr("Reading the commit message template…"),
        [](const Repository &repo) { return CommitWriter(repo).initialMessage(); },
        [this](const Result<QString> &result) {
            if (result && !result.value().isEmpty() && m_box && m_box->message().trimmed().isEmpty())
                m_box->setMessage(result.value());
        });
}

void CommitController::loadConventions()
{
    if (m_conventionsInFlight)
        return;
    m_conventionsInFlight = true;
    m_runner->run(
        tr("Reading the commit conventions…"),
        [](const Repository &repo, const GitTaskContext &context) -> Result<ConventionData> {
            ConventionData data;
            if (!repo.isBare())
                data.config = CommitLintConfig::discover(repo.workdir());
            const QString name = Identity::configuredName(repo);
            const QString email = Identity::configuredEmail(repo);
            if (!name.isEmpty() && !email.isEmpty())
                data.identity = QStringLiteral("%1 <%2>").arg(name, email);
            Result<ConventionSuggestions> suggestions = ConventionSuggestions::read(
                repo, ConventionSuggestions::DefaultCommitLimit, email, context.flag());
            if (context.isCancelled())
                return GitError::cancelled();
            if (!suggestions)
                return suggestions.error();
            data.suggestions = suggestions.value();
            return data;
        },
        [this](const Result<ConventionData> &result) {
            m_conventionsInFlight = false;
            if (!m_box)
                return;
            if (!result) {
                if (!result.error().isCancelled() && m_messages)
                    m_messages->showError(result.errorMessage());
                return;
            }
            CommitComposer *composer = m_box->composer();
            composer->setLintConfig(result->config);
            composer->setCoAuthorSuggestions(result->suggestions.coAuthors);
            composer->setOwnIdentity(result->identity);
            m_historyScopes = result->suggestions.historyScopes;
            updateScopeSuggestions();
            if (!result->config.problems().isEmpty() && m_messages) {
                QStringList lines;
                for (const ConfigProblem &problem : result->config.problems())
                    lines.append(problem.toString());
                m_messages->showError(tr("The commit-lint configuration has problems (defaults are used for what "
                                         "could not be read):\n%1")
                                          .arg(lines.join(QLatin1Char('\n'))));
            }
        },
        true);
}

void CommitController::setChangedPaths(const QStringList &paths)
{
    const QStringList scopes = ConventionSuggestions::scopesFromPaths(paths);
    if (scopes == m_pathScopes)
        return;
    m_pathScopes = scopes;
    updateScopeSuggestions();
}

void CommitController::updateScopeSuggestions()
{
    if (!m_box)
        return;
    ConventionSuggestions suggestions;
    suggestions.historyScopes = m_historyScopes;
    m_box->composer()->setScopeSuggestions(suggestions.scopesFor(m_pathScopes));
}

void CommitController::onAmendToggled(bool amend)
{
    if (!m_box)
        return;
    if (!amend) {
        // Leave what the user typed; take back only the message amend put there.
        if (!m_amendMessage.isEmpty() && m_box->message().trimmed() == m_amendMessage)
            m_box->setMessage(QString());
        m_amendMessage.clear();
        return;
    }
    m_runner->run(
        tr("Reading the last commit…"), [](const Repository &repo) { return CommitWriter(repo).headMessage(); },
        [this](const Result<QString> &result) {
            if (!m_box || !m_box->isAmend())
                return;
            if (result) {
                m_box->setMessage(result.value().trimmed());
                m_amendMessage = m_box->message().trimmed();
            }
            else if (m_messages)
                m_messages->showError(result.errorMessage());
        });
}

bool CommitController::askForIdentity()
{
    Result<Repository> repo = Repository::open(m_runner->repositoryPath());
    if (!repo) {
        if (m_messages)
            m_messages->showError(repo.errorMessage());
        return false;
    }
    IdentityDialog dialog(m_dialogParent);
    dialog.setName(Identity::configuredName(repo.value()));
    dialog.setEmail(Identity::configuredEmail(repo.value()));
    dialog.setRepositoryScopeAvailable(true);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Identity::Scope scope =
        dialog.scope() == IdentityDialog::Scope::Global ? Identity::Scope::Global : Identity::Scope::Repository;
    Result<void> saved = Identity::save(&repo.value(), scope, dialog.name(), dialog.email());
    if (!saved) {
        if (m_messages)
            m_messages->showError(saved.errorMessage());
        return false;
    }
    return true;
}

} // namespace gantry
