#include "app/RewriteController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/Merger.h"
#include "gitcore/Rebaser.h"
#include "widgets/ResetDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace gantry {

namespace {

/// What the UI needs before asking anything: read on the worker.
struct MergePlan
{
    MergeAnalysis analysis = MergeAnalysis::UpToDate;
    bool fastForwardOnly = true;
    QString branch;
};

struct RewritePlan
{
    GuardRailConfig::RewriteMode mode = GuardRailConfig::RewriteMode::Confirm;
    QString branch;
    QString target;             // short id of the commit the branch would move to
    bool upToDate = false;      // rebase: nothing to do
    PublishedCommits published;
    QStringList leaving;        // "abc1234 subject" of the commits rewritten or dropped
    QStringList publishedLines; // the same for the published ones
};

QString branchOf(const Repository &repo)
{
    return repo.isHeadDetached() ? QStringLiteral("HEAD") : repo.headBranch();
}

} // namespace

RewriteController::RewriteController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
{
}

void RewriteController::succeed(const QString &message, std::function<void()> undo)
{
    if (m_messages) {
        if (undo)
            m_messages->showMessage(MessageBar::Kind::Success, message, tr("Undo"), std::move(undo));
        else
            m_messages->showMessage(MessageBar::Kind::Success, message);
    }
    Q_EMIT changed();
    Q_EMIT finished(true, message);
}

void RewriteController::fail(const QString &message)
{
    if (m_messages)
        m_messages->showError(message);
    Q_EMIT finished(false, message);
}

bool RewriteController::allowRewrite(GuardRailConfig::RewriteMode mode, const PublishedCommits &published,
                                     const QStringList &described, const QString &operation)
{
    if (mode == GuardRailConfig::RewriteMode::Off || !published.any())
        return true;
    const QString list = described.join(QLatin1Char('\n'));
    if (mode == GuardRailConfig::RewriteMode::Refuse) {
        fail(tr("%1 would rewrite %n commit(s) already on %2, and this repository refuses to rewrite published "
                "history (guards.rewrite-published in .gantry/conventions.yml):\n%3",
                nullptr, int(published.published.size()))
                 .arg(operation, published.upstream, list));
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Rewrite Published History?"),
                    tr("%1 rewrites %n commit(s) already on %2:", nullptr, int(published.published.size()))
                        .arg(operation, published.upstream),
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("rewritePublishedQuestion"));
    box.setInformativeText(list + QStringLiteral("\n\n")
                           + tr("Anyone who already has them keeps the old commits, and pushing afterwards needs a "
                                "force push (--force-with-lease). Set guards.rewrite-published in "
                                ".gantry/conventions.yml to change this question."));
    QPushButton *go = box.addButton(tr("Rewrite Anyway"), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("rewriteProceed"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(go))
        return true;
    Q_EMIT finished(false, tr("Cancelled: nothing was rewritten."));
    return false;
}

void RewriteController::merge(const QString &revision)
{
    m_runner->run(
        tr("Checking the merge of %1…").arg(revision),
        [revision](const Repository &repo) -> Result<MergePlan> {
            if (auto busy = Merger::ensureNoOperation(repo); !busy)
                return busy.error();
            auto analysis = Merger::analyze(repo, revision);
            if (!analysis)
                return analysis.error();
            MergePlan plan;
            plan.analysis = *analysis;
            plan.fastForwardOnly = GuardRailConfig::discover(repo.workdir()).mergeFastForwardOnly();
            plan.branch = branchOf(repo);
            return plan;
        },
        [this, revision](const Result<MergePlan> &plan) {
            if (!plan)
                return fail(plan.errorMessage());
            if (plan->analysis != MergeAnalysis::NeedsMergeCommit || !plan->fastForwardOnly)
                return runMerge(revision, true);
            QMessageBox box(QMessageBox::Question, tr("Create a Merge Commit?"),
                            tr("%1 and %2 have diverged: only a merge commit can join them.").arg(plan->branch, revision),
                            QMessageBox::NoButton, m_dialogParent);
            box.setObjectName(QStringLiteral("mergeCommitQuestion"));
            box.setInformativeText(
                tr("Merges here are fast-forward only by default, so that the history stays a straight line. "
                   "Rebasing %1 onto %2 keeps it straight; a merge commit records that the two lines of work "
                   "were joined. (guards.merge.fast-forward-only in .gantry/conventions.yml turns this question off.)")
                    .arg(plan->branch, revision));
            QPushButton *create = box.addButton(tr("Create Merge Commit"), QMessageBox::AcceptRole);
            create->setObjectName(QStringLiteral("mergeCreateCommit"));
            QPushButton *rebaseInstead = box.addButton(tr("Rebase Instead"), QMessageBox::ActionRole);
            rebaseInstead->setObjectName(QStringLiteral("mergeRebaseInstead"));
            QPushButton *cancel = box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(cancel);
            box.exec();
            if (box.clickedButton() == static_cast<QAbstractButton *>(create))
                return runMerge(revision, true);
            if (box.clickedButton() == static_cast<QAbstractButton *>(rebaseInstead))
                return rebase(revision);
            Q_EMIT finished(false, tr("Merge cancelled; nothing was changed."));
        });
}

void RewriteController::runMerge(const QString &revision, bool allowMergeCommit)
{
    m_runner->run(
        tr("Merging %1…").arg(revision),
        [revision, allowMergeCommit](const Repository &repo) {
            return Merger::merge(repo, revision,
                                 allowMergeCommit ? MergeMode::AllowMergeCommit : MergeMode::FastForwardOnly);
        },
        [this](const Result<MergeOutcome> &result) {
            if (!result)
                return fail(result.errorMessage());
            const MergeOutcome outcome = *result;
            switch (outcome.kind) {
            case MergeOutcome::Kind::UpToDate:
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Information, outcome.message);
                Q_EMIT finished(true, outcome.message);
                return;
            case MergeOutcome::Kind::Conflicted: {
                const QString text = outcome.message + QLatin1Char('\n') + outcome.conflictPaths.join(QLatin1Char('\n'));
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Error, text, tr("Abort Merge"), [this] { abortMerge(); });
                Q_EMIT changed();
                Q_EMIT finished(false, text);
                return;
            }
            case MergeOutcome::Kind::FastForwarded:
            case MergeOutcome::Kind::MergeCommitted:
                break;
            }
            const QString previous = outcome.previousHead.toString();
            succeed(outcome.message, outcome.previousHead.isNull() ? std::function<void()>()
                                                                   : [this, previous] { restoreHead(previous, tr("merge")); });
        });
}

void RewriteController::abortMerge()
{
    m_runner->run(
        tr("Aborting the merge…"), [](const Repository &repo) { return Merger::abortMerge(repo); },
        [this](const Result<void> &result) {
            if (!result)
                return fail(result.errorMessage());
            succeed(tr("Merge aborted."));
        });
}

void RewriteController::restoreHead(const QString &commit, const QString &what)
{
    m_runner->run(
        tr("Undoing the %1…").arg(what),
        [commit](const Repository &repo) { return Reset::reset(repo, commit, ResetMode::Hard, true); },
        [this, what](const Result<ResetOutcome> &result) {
            if (!result)
                return fail(result.errorMessage());
            succeed(tr("Undid the %1: %2").arg(what, result->message));
        });
}

void RewriteController::rebase(const QString &upstream)
{
    m_runner->run(
        tr("Checking the rebase onto %1…").arg(upstream),
        [upstream](const Repository &repo) -> Result<RewritePlan> {
            if (auto busy = Merger::ensureNoOperation(repo); !busy)
                return busy.error();
            auto planned = Rebaser::plan(repo, upstream);
            if (!planned)
                return planned.error();
            RewritePlan plan;
            plan.mode = GuardRailConfig::discover(repo.workdir()).rewritePublished();
            plan.branch = branchOf(repo);
            plan.upToDate = planned->kind == RebaseOutcome::Kind::UpToDate;
            plan.published = planned->published;
            plan.publishedLines = PublishedHistory::describe(repo, planned->published.published);
            return plan;
        },
        [this, upstream](const Result<RewritePlan> &plan) {
            if (!plan)
                return fail(plan.errorMessage());
            if (plan->upToDate) {
                const QString text = tr("%1 is already based on %2.").arg(plan->branch, upstream);
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Information, text);
                Q_EMIT finished(true, text);
                return;
            }
            if (!allowRewrite(plan->mode, plan->published, plan->publishedLines,
                              tr("Rebasing %1 onto %2").arg(plan->branch, upstream)))
                return;
            runRebase(upstream, true);
        });
}

void RewriteController::runRebase(const QString &upstream, bool allowPublished)
{
    m_runner->run(
        tr("Rebasing onto %1…").arg(upstream),
        [upstream, allowPublished](const Repository &repo) { return Rebaser::rebase(repo, upstream, allowPublished); },
        [this](const Result<RebaseOutcome> &result) { showRebaseOutcome(result); });
}

void RewriteController::continueRebase()
{
    m_runner->run(
        tr("Continuing the rebase…"), [](const Repository &repo) { return Rebaser::continueRebase(repo); },
        [this](const Result<RebaseOutcome> &result) { showRebaseOutcome(result); });
}

void RewriteController::showRebaseOutcome(const Result<RebaseOutcome> &result)
{
    if (!result)
        return fail(result.errorMessage());
    if (result->kind == RebaseOutcome::Kind::Conflicted) {
        const QString text = result->message + QLatin1Char('\n') + result->conflictPaths.join(QLatin1Char('\n'));
        if (m_messages)
            m_messages->showMessage(MessageBar::Kind::Error, text, tr("Abort Rebase"), [this] { abortRebase(); });
        Q_EMIT changed();
        Q_EMIT finished(false, text);
        return;
    }
    const QString previous = result->previousHead.toString();
    succeed(result->message, [this, previous] { restoreHead(previous, tr("rebase")); });
}

void RewriteController::abortRebase()
{
    m_runner->run(
        tr("Aborting the rebase…"), [](const Repository &repo) { return Rebaser::abort(repo); },
        [this](const Result<void> &result) {
            if (!result)
                return fail(result.errorMessage());
            succeed(tr("Rebase aborted; the branch is as it was."));
        });
}

void RewriteController::reset(const QString &revision)
{
    m_runner->run(
        tr("Checking the reset to %1…").arg(revision),
        [revision](const Repository &repo) -> Result<RewritePlan> {
            auto planned = Reset::plan(repo, revision, ResetMode::Mixed);
            if (!planned)
                return planned.error();
            RewritePlan plan;
            plan.mode = GuardRailConfig::discover(repo.workdir()).rewritePublished();
            plan.branch = branchOf(repo);
            plan.target = planned->target.toShortString();
            plan.published = planned->published;
            plan.leaving = PublishedHistory::describe(repo, planned->leaving);
            plan.publishedLines = PublishedHistory::describe(repo, planned->published.published);
            return plan;
        },
        [this, revision](const Result<RewritePlan> &plan) {
            if (!plan)
                return fail(plan.errorMessage());
            ResetDialog dialog(m_dialogParent);
            dialog.setTarget(plan->branch, plan->target);
            dialog.setLeavingCommits(plan->leaving);
            if (dialog.exec() != QDialog::Accepted) {
                Q_EMIT finished(false, tr("Reset cancelled; nothing was changed."));
                return;
            }
            const ResetMode mode = dialog.mode();
            if (!allowRewrite(plan->mode, plan->published, plan->publishedLines,
                              tr("Resetting %1 to %2").arg(plan->branch, plan->target)))
                return;
            runReset(revision, mode, true);
        });
}

void RewriteController::runReset(const QString &revision, ResetMode mode, bool allowPublished)
{
    m_runner->run(
        tr("Resetting to %1…").arg(revision),
        [revision, mode, allowPublished](const Repository &repo) {
            return Reset::reset(repo, revision, mode, allowPublished);
        },
        [this](const Result<ResetOutcome> &result) {
            if (!result)
                return fail(result.errorMessage());
            const ResetOutcome outcome = *result;
            succeed(outcome.message, [this, outcome] {
                m_runner->run(
                    tr("Undoing the reset…"), [outcome](const Repository &repo) { return Reset::undo(repo, outcome); },
                    [this](const Result<void> &undone) {
                        if (!undone)
                            return fail(undone.errorMessage());
                        succeed(tr("Reset undone."));
                    });
            });
        });
}

} // namespace gantry
