#include "app/RemoteController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/Branches.h"
#include "widgets/PushDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace gantry {

namespace {

/// tr() for the free functions of this file (the class's own context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::RemoteController)
};

/// What the push dialog opens with, read on the worker.
struct PushChoices
{
    QStringList remotes;
    QStringList branches;
    PushGuardReport guard;
    bool hasUpstream = false;
};

/// The remote a fetch goes to: the current branch's upstream's, else origin, else the only one.
Result<QString> defaultRemote(const Repository &repo)
{
    auto remotes = RemoteTransfer::remotes(repo);
    if (!remotes)
        return remotes.error();
    if (remotes->isEmpty())
        return GitError::custom(Tr::tr("This repository has no remotes to fetch from."));
    if (!repo.isHeadDetached())
        if (auto branch = Branches::local(repo, repo.headBranch()); branch && remotes->contains(branch->remote))
            return branch->remote;
    if (remotes->contains(QStringLiteral("origin")))
        return QStringLiteral("origin");
    return remotes->first();
}

} // namespace

RemoteController::RemoteController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_runner(runner), m_messages(messages), m_dialogParent(dialogParent)
{
}

PushDialog *RemoteController::pushDialog() const { return m_dialog; }

void RemoteController::setBusy(bool busy) { m_busy = busy; }

void RemoteController::done(bool ok, const QString &error)
{
    setBusy(false);
    if (!ok && !error.isEmpty() && m_messages)
        m_messages->showError(error);
    Q_EMIT finished(ok);
}

void RemoteController::fetch()
{
    if (m_busy)
        return;
    setBusy(true);
    m_runner->run(
        tr("Fetching…"),
        [](const Repository &repo, const GitTaskContext &context) -> Result<QPair<QString, FetchOutcome>> {
            auto remote = defaultRemote(repo);
            if (!remote)
                return remote.error();
            auto fetched = RemoteTransfer::fetch(repo, *remote, context.flag());
            if (!fetched)
                return fetched.error();
            return qMakePair(*remote, *fetched);
        },
        [this](const Result<QPair<QString, FetchOutcome>> &result) {
            if (!result) {
                if (result.error().isCancelled()) {
                    if (m_messages)
                        m_messages->showMessage(MessageBar::Kind::Information, tr("Fetch cancelled: no ref was changed."));
                    return done(false);
                }
                return done(false, tr("Fetch failed: %1").arg(result.errorMessage()));
            }
            const int count = int(result->second.updated.size());
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Success,
                                        count == 0 ? tr("Fetched %1: already up to date.").arg(result->first)
                                                   : tr("Fetched %1: %n ref(s) updated.", nullptr, count).arg(result->first));
            if (count > 0)
                Q_EMIT changed();
            done(true);
        },
        true);
}

void RemoteController::showPushDialog()
{
    if (m_dialog && m_dialog->isVisible())
        return m_dialog->raise();
    if (m_busy)
        return;
    m_runner->run(
        tr("Preparing the push…"),
        [](const Repository &repo) -> Result<PushChoices> {
            PushChoices choices;
            auto remotes = RemoteTransfer::remotes(repo);
            if (!remotes)
                return remotes.error();
            if (remotes->isEmpty())
                return GitError::custom(tr("This repository has no remotes to push to."));
            choices.remotes = *remotes;
            auto branches = Branches::list(repo, Branches::Which::Local);
            if (!branches)
                return branches.error();
            for (const BranchInfo &b : *branches)
                choices.branches.append(b.name);
            auto guard = PushGuard::check(repo, {});
            if (!guard)
                return guard.error();
            choices.guard = *guard;
            if (auto local = Branches::local(repo, guard->request.localBranch))
                choices.hasUpstream = local->hasUpstream();
            return choices;
        },
        [this](const Result<PushChoices> &result) {
            if (!result) {
                if (m_messages)
                    m_messages->showError(tr("Cannot push: %1").arg(result.errorMessage()));
                return;
            }
            const PushGuardReport &guard = result->guard;
            auto *dialog = new PushDialog(m_dialogParent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_dialog = dialog;
            dialog->setLocalBranches(result->branches, guard.request.localBranch);
            dialog->setRemotes(result->remotes, guard.request.remote);
            dialog->setRemoteBranch(guard.request.remoteBranch);
            dialog->setSetUpstream(!result->hasUpstream);
            QStringList summary;
            if (guard.upToDate())
                summary << tr("%1 is up to date with %2/%3.").arg(guard.request.localBranch, guard.request.remote,
                                                                  guard.request.remoteBranch);
            else
                summary << tr("%n commit(s) to push.", nullptr, guard.commitsToPush);
            if (guard.rewrites()) {
                summary << tr("This rewrites %1/%2: %n commit(s) there would be replaced, which needs Force with lease.",
                              nullptr, guard.commitsToReplace)
                               .arg(guard.request.remote, guard.request.remoteBranch);
                dialog->setForceWithLease(true);
            }
            if (guard.refused())
                summary << tr("%1 is protected: this repository refuses pushes to it.").arg(guard.request.remoteBranch);
            else if (guard.protectedBranch)
                summary << tr("%1 is protected: you will be asked to confirm.").arg(guard.request.remoteBranch);
            dialog->setSummary(summary.join(QLatin1Char('\n')));
            connect(dialog, &QDialog::accepted, this, [this, dialog] { push(dialog->request()); });
            dialog->open();
            Q_EMIT pushDialogShown();
        });
}

bool RemoteController::confirmProtected(const PushGuardReport &report)
{
    const QString branch = report.request.remoteBranch;
    QMessageBox box(QMessageBox::Warning, tr("Protected Branch"), tr("Push to %1 anyway?").arg(branch),
                    QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("%1 is protected: work on it usually arrives through reviewed merges. Pushing "
                              "directly skips that review for everyone who shares %2.")
                               .arg(branch, report.request.remote));
    QPushButton *go = box.addButton(tr("Push Anyway"), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("guardProceed"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(go);
}

void RemoteController::push(const PushRequest &request)
{
    if (m_busy)
        return;
    setBusy(true);
    m_runner->run(
        tr("Checking the push…"), [request](const Repository &repo) { return PushGuard::check(repo, request); },
        [this, request](const Result<PushGuardReport> &result) {
            if (!result)
                return done(false, tr("Not pushed: %1").arg(result.errorMessage()));
            const PushGuardReport &report = *result;
            if (!report.problems.isEmpty() && m_messages)
                m_messages->showError(report.problems.first().toString());
            if (report.refused())
                return done(false, tr("Not pushed: %1 is protected and this repository refuses pushes to it "
                                      "(protected-branches in .gantry/conventions.yml). Push a branch of your own "
                                      "and merge it through a review.").arg(report.request.remoteBranch));
            if (report.protectedBranch && !confirmProtected(report)) {
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Information,
                                            tr("Not pushed: %1 is protected.").arg(report.request.remoteBranch));
                return done(false);
            }
            transfer(report.request);
        });
}

void RemoteController::transfer(const PushRequest &request)
{
    m_runner->run(
        tr("Pushing %1 to %2…").arg(request.localBranch, request.remote),
        [request](const Repository &repo, const GitTaskContext &context) {
            return RemoteTransfer::push(repo, request, context.flag());
        },
        [this](const Result<PushOutcome> &result) {
            if (!result) {
                const GitError &error = result.error();
                if (error.isCancelled()) {
                    if (m_messages)
                        m_messages->showMessage(MessageBar::Kind::Information, tr("Push cancelled: nothing was sent."));
                    return done(false);
                }
                if ((error.code() == RemoteTransfer::LeaseMismatch || error.code() == RemoteTransfer::NonFastForward)
                    && m_messages) {
                    m_messages->showMessage(MessageBar::Kind::Error, error.message(), tr("Fetch"), [this] { fetch(); });
                    return done(false);
                }
                return done(false, tr("Push failed: %1").arg(error.message()));
            }
            const PushOutcome &outcome = *result;
            const PushRequest &req = outcome.request;
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Success,
                                        outcome.upToDate
                                            ? tr("%1 is already on %2/%3.").arg(req.localBranch, req.remote, req.remoteBranch)
                                            : tr("Pushed %1 to %2/%3.").arg(req.localBranch, req.remote, req.remoteBranch));
            Q_EMIT changed();
            done(true);
        },
        true);
}

} // namespace gantry
