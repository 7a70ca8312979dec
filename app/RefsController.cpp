#include "app/RefsController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/BranchPolicy.h"
#include "gitcore/Branches.h"
#include "gitcore/Checkout.h"
#include "gitcore/Stashes.h"
#include "gitcore/Tags.h"
#include "widgets/NewBranchDialog.h"
#include "widgets/NewTagDialog.h"
#include "widgets/RefsPanel.h"
#include "widgets/SetUpstreamDialog.h"
#include "widgets/StashDialog.h"

#include <QMessageBox>
#include <QWidget>

#include <memory>

namespace gantry {

namespace {

/// Everything the refs panel lists, read in one task.
struct RefsData
{
    BranchList branches;
    TagList tags;
    StashList stashes;
};

} // namespace

RefsController::RefsController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_messages(messages)
    , m_dialogParent(dialogParent)
{
}

void RefsController::connectPanel(RefsPanel *panel)
{
    m_panel = panel;
    connect(panel, &RefsPanel::checkoutRequested, this, &RefsController::checkout);
    connect(panel, &RefsPanel::createBranchRequested, this, &RefsController::createBranch);
    connect(panel, &RefsPanel::renameBranchRequested, this, &RefsController::renameBranch);
    connect(panel, &RefsPanel::deleteBranchRequested, this, &RefsController::deleteBranch);
    connect(panel, &RefsPanel::setUpstreamRequested, this, &RefsController::setUpstream);
    connect(panel, &RefsPanel::unsetUpstreamRequested, this, &RefsController::unsetUpstream);
    connect(panel, &RefsPanel::createTagRequested, this, &RefsController::createTag);
    connect(panel, &RefsPanel::deleteTagRequested, this, &RefsController::deleteTag);
    connect(panel, &RefsPanel::stashApplyRequested, this, &RefsController::applyStash);
    connect(panel, &RefsPanel::stashPopRequested, this, &RefsController::popStash);
    connect(panel, &RefsPanel::stashDropRequested, this, &RefsController::dropStash);
    connect(panel, &RefsPanel::stashSaveRequested, this, &RefsController::saveStash);
}

void RefsController::report(const QString &error)
{
    if (m_messages)
        m_messages->showError(error);
}

void RefsController::refresh()
{
    m_runner->run(
        tr("Reading branches and tags…"),
        [](const Repository &repo) -> Result<RefsData> {
            RefsData data;
            Result<BranchList> branches = Branches::list(repo);
            if (!branches)
                return branches.error();
            Result<TagList> tags = Tags::list(repo);
            if (!tags)
                return tags.error();
            Result<StashList> stashes = Stashes::list(repo);
            if (!stashes)
                return stashes.error();
            data.branches = branches.value();
            data.tags = tags.value();
            data.stashes = stashes.value();
            return data;
        },
        [this](const Result<RefsData> &result) {
            if (!result)
                return report(result.errorMessage());
            m_branches = result->branches;
            m_tags = result->tags;
            if (m_panel)
                m_panel->setData(result->branches, result->tags, result->stashes);
        });
}

void RefsController::checkout(const QString &ref, bool detach)
{
    m_runner->run(
        tr("Checking out %1…").arg(ref),
        [ref, detach](const Repository &repo, const GitTaskContext &context) {
            return detach ? Checkout::detach(repo, ref, context.flag()) : Checkout::switchTo(repo, ref, context.flag());
        },
        [this, ref, detach](const Result<CheckoutOutcome> &result) {
            if (!result && result.error().isCancelled()) {
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Information,
                                            tr("Checkout of %1 cancelled; nothing was changed.").arg(ref));
            } else if (result) {
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Success, result->message);
            } else if (result.error().isConflict() && m_messages) {
                // Local changes are in the way: offer to carry them over in a stash.
                m_messages->showMessage(MessageBar::Kind::Error, result.errorMessage(), tr("Stash and Switch"),
                                        [this, ref, detach] { checkoutWithStash(ref, detach); });
            } else {
                report(result.errorMessage());
            }
            refresh();
            Q_EMIT changed();
        },
        true);
}

void RefsController::checkoutWithStash(const QString &ref, bool detach)
{
    m_runner->run(
        tr("Stashing and checking out %1…").arg(ref),
        [ref, detach](const Repository &repo, const GitTaskContext &context) {
            return Checkout::switchWithStash(repo, ref, detach, context.flag());
        },
        [this, ref](const Result<CheckoutOutcome> &result) {
            if (!result && result.error().isCancelled() && m_messages)
                m_messages->showMessage(MessageBar::Kind::Information,
                                        tr("Checkout of %1 cancelled; your changes are where they were.").arg(ref));
            else if (!result)
                report(result.errorMessage());
            else if (m_messages)
                m_messages->showMessage(result->stashConflicted ? MessageBar::Kind::Error : MessageBar::Kind::Success,
                                        result->message);
            refresh();
            Q_EMIT changed();
        },
        true);
}

QStringList RefsController::revisionSuggestions() const
{
    QStringList revisions{QStringLiteral("HEAD")};
    for (const BranchInfo &b : std::as_const(m_branches))
        if (!b.isSymbolic)
            revisions << b.name;
    for (const TagInfo &t : std::as_const(m_tags))
        revisions << t.name;
    return revisions;
}

void RefsController::createBranch(const QString &fromRev)
{
    // Validation runs on every keystroke: a handle of the UI thread's own, opened once.
    auto repo = std::make_shared<Result<Repository>>(Repository::open(m_runner->repositoryPath()));
    NewBranchDialog dialog(m_dialogParent);
    // The policy file is a few lines at most: read here, where the dialog needs it.
    dialog.setPolicy(BranchPolicy::discover(m_runner->repositoryPath()));
    dialog.setBranches(m_branches);
    dialog.setStartPointSuggestions(revisionSuggestions());
    dialog.setStartPoint(fromRev);
    dialog.setCheckoutAfterCreate(true);
    dialog.setNameValidator([repo](const QString &name) {
        return *repo ? Branches::nameProblem(repo->value(), name) : Branches::nameProblem(name);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString start = dialog.startPoint().isEmpty() ? QStringLiteral("HEAD") : dialog.startPoint();
    const bool switchTo = dialog.checkoutAfterCreate();
    const bool outsidePolicy = dialog.overridesPolicy();
    m_runner->run(
        tr("Creating branch %1…").arg(name),
        [name, start](const Repository &repo) { return Branches::create(repo, name, start); },
        [this, name, switchTo, outsidePolicy](const Result<BranchInfo> &result) {
            if (!result)
                return report(result.errorMessage());
            if (switchTo) {
                checkout(name);
                return;
            }
            const QString created = outsidePolicy ? tr("Created branch %1, outside the branch policy.").arg(name)
                                                  : tr("Created branch %1.").arg(name);
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Success, created, tr("Switch to It"),
                                        [this, name] { checkout(name); });
            refresh();
            Q_EMIT changed();
        });
}

void RefsController::renameBranch(const QString &branch)
{
    auto repo = std::make_shared<Result<Repository>>(Repository::open(m_runner->repositoryPath()));
    NewBranchDialog dialog(m_dialogParent);
    dialog.setPolicy(BranchPolicy::discover(m_runner->repositoryPath()));
    dialog.setRenameMode(branch);
    dialog.setName(branch);
    dialog.setNameValidator([repo, branch](const QString &name) {
        if (name == branch)
            return tr("Type the new name.");
        return *repo ? Branches::nameProblem(repo->value(), name) : Branches::nameProblem(name);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    m_runner->run(
        tr("Renaming branch %1…").arg(branch),
        [branch, name](const Repository &repo) { return Branches::rename(repo, branch, name); },
        [this, branch, name](const Result<BranchInfo> &result) {
            if (!result)
                return report(result.errorMessage());
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Success, tr("Renamed %1 to %2.").arg(branch, name));
            refresh();
            Q_EMIT changed();
        });
}

void RefsController::deleteBranch(const QString &branch, bool remoteTracking)
{
    if (remoteTracking) {
        report(tr("Deleting a branch on a remote comes with the remotes feature; %1 was left alone.").arg(branch));
        return;
    }
    removeBranch(branch, false);
}

void RefsController::removeBranch(const QString &branch, bool force)
{
    m_runner->run(
        tr("Deleting branch %1…").arg(branch),
        [branch, force](const Repository &repo) { return Branches::remove(repo, branch, force); },
        [this, branch](const Result<DeletedBranch> &result) {
            if (!result && result.error().code() == Branches::NotFullyMerged) {
                const auto answer = QMessageBox::question(
                    m_dialogParent, tr("Delete Branch"),
                    tr("%1 is not fully merged. Delete it anyway? You can undo this afterwards.").arg(branch));
                if (answer == QMessageBox::Yes)
                    removeBranch(branch, true);
                return;
            }
            if (!result)
                return report(result.errorMessage());
            const DeletedBranch deleted = result.value();
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Information, tr("Deleted branch %1.").arg(branch), tr("Undo"),
                                        [this, deleted] { restoreBranch(deleted); });
            refresh();
            Q_EMIT changed();
        });
}

void RefsController::restoreBranch(const DeletedBranch &deleted)
{
    m_runner->run(
        tr("Restoring branch %1…").arg(deleted.name),
        [deleted](const Repository &repo) { return Branches::restore(repo, deleted); },
        [this](const Result<BranchInfo> &restored) {
            if (!restored)
                report(restored.errorMessage());
            refresh();
            Q_EMIT changed();
        });
}

void RefsController::setUpstream(const QString &branch)
{
    // Remote-tracking branches first: they are what an upstream usually is.
    QStringList remote;
    QStringList local;
    QString current;
    for (const BranchInfo &b : std::as_const(m_branches)) {
        if (b.isLocal() && b.name == branch)
            current = b.upstream;
        else if (!b.isSymbolic)
            (b.isLocal() ? local : remote) << b.name;
    }
    SetUpstreamDialog dialog(m_dialogParent);
    dialog.setBranch(branch);
    dialog.setCandidates(remote, local);
    dialog.setCurrentUpstream(current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString upstream = dialog.upstream();
    if (upstream.isEmpty()) {
        unsetUpstream(branch);
        return;
    }
    runVoid(tr("Setting the upstream of %1…").arg(branch),
            [branch, upstream](const Repository &repo) { return Branches::setUpstream(repo, branch, upstream); },
            tr("%1 now tracks %2.").arg(branch, upstream));
}

void RefsController::unsetUpstream(const QString &branch)
{
    runVoid(tr("Removing the upstream of %1…").arg(branch),
            [branch](const Repository &repo) { return Branches::setUpstream(repo, branch, QString()); },
            tr("%1 no longer tracks a branch.").arg(branch));
}

template <typename Work>
void RefsController::runVoid(const QString &label, Work work, const QString &success)
{
    m_runner->run(label, std::move(work), [this, success](const Result<void> &result) {
        if (!result)
            report(result.errorMessage());
        else if (m_messages && !success.isEmpty())
            m_messages->showMessage(MessageBar::Kind::Success, success);
        refresh();
        Q_EMIT changed();
    });
}

void RefsController::createTag(const QString &rev)
{
    auto repo = std::make_shared<Result<Repository>>(Repository::open(m_runner->repositoryPath()));
    NewTagDialog dialog(m_dialogParent);
    dialog.setTargetSuggestions(revisionSuggestions());
    dialog.setTarget(rev);
    if (*repo)
        dialog.setNameValidator([repo](const QString &name) { return Tags::nameProblem(repo->value(), name); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.name();
    const QString target = dialog.target().isEmpty() ? QStringLiteral("HEAD") : dialog.target();
    const QString message = dialog.isAnnotated() ? dialog.message() : QString();
    m_runner->run(
        tr("Creating tag %1…").arg(name),
        [name, message, target](const Repository &repo) {
            return message.trimmed().isEmpty() ? Tags::createLightweight(repo, name, target)
                                               : Tags::createAnnotated(repo, name, message, target);
        },
        [this, name](const Result<TagInfo> &result) {
            if (!result)
                return report(result.errorMessage());
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Success, tr("Created tag %1.").arg(name));
            refresh();
            Q_EMIT changed();
        });
}

void RefsController::deleteTag(const QString &tag)
{
    m_runner->run(
        tr("Deleting tag %1…").arg(tag), [tag](const Repository &repo) { return Tags::remove(repo, tag); },
        [this, tag](const Result<DeletedTag> &result) {
            if (!result)
                return report(result.errorMessage());
            const DeletedTag deleted = result.value();
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Information, tr("Deleted tag %1.").arg(tag), tr("Undo"), [this, deleted] {
                    m_runner->run(
                        tr("Restoring tag %1…").arg(deleted.name),
                        [deleted](const Repository &repo) { return Tags::restore(repo, deleted); },
                        [this](const Result<TagInfo> &restored) {
                            if (!restored)
                                report(restored.errorMessage());
                            refresh();
                            Q_EMIT changed();
                        });
                });
            refresh();
            Q_EMIT changed();
        });
}

void RefsController::saveStash()
{
    StashDialog dialog(m_dialogParent);
    StashSaveOptions defaults;
    defaults.includeUntracked = true;
    dialog.setOptions(defaults);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StashSaveOptions options = dialog.options();
    m_runner->run(
        tr("Stashing changes…"),
        [options](const Repository &repo, const GitTaskContext &context) {
            return Stashes::save(repo, options, context.flag());
        },
        [this](const Result<Oid> &result) {
            if (!result && result.error().isCancelled()) {
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Information, tr("Stash cancelled; nothing was changed."));
            } else if (!result) {
                report(result.errorMessage());
            } else if (m_messages) {
                m_messages->showMessage(MessageBar::Kind::Success, tr("Changes stashed as stash@{0}."));
            }
            refresh();
            Q_EMIT changed();
        },
        true);
}

void RefsController::applyStash(int index)
{
    applyOrPop(index, false);
}

void RefsController::popStash(int index)
{
    applyOrPop(index, true);
}

void RefsController::applyOrPop(int index, bool pop)
{
    m_runner->run(
        pop ? tr("Popping stash@{%1}…").arg(index) : tr("Applying stash@{%1}…").arg(index),
        [index, pop](const Repository &repo, const GitTaskContext &context) {
            return pop ? Stashes::pop(repo, index, false, context.flag()) : Stashes::apply(repo, index, false, context.flag());
        },
        [this, index](const Result<StashApplyOutcome> &result) {
            if (!result && result.error().isCancelled()) {
                if (m_messages)
                    m_messages->showMessage(MessageBar::Kind::Information,
                                            tr("Applying stash@{%1} cancelled; nothing was changed.").arg(index));
            } else if (!result) {
                report(result.errorMessage());
            } else if (result->conflicted) {
                report(tr("stash@{%1} was applied with conflicts in: %2. The stash was kept.")
                           .arg(index)
                           .arg(result->conflictPaths.join(QStringLiteral(", "))));
            } else if (m_messages) {
                m_messages->showMessage(MessageBar::Kind::Success, result->dropped
                                                                       ? tr("Applied and dropped stash@{%1}.").arg(index)
                                                                       : tr("Applied stash@{%1}.").arg(index));
            }
            refresh();
            Q_EMIT changed();
        },
        true);
}

void RefsController::dropStash(int index)
{
    m_runner->run(
        tr("Dropping stash@{%1}…").arg(index), [index](const Repository &repo) { return Stashes::drop(repo, index); },
        [this, index](const Result<DroppedStash> &result) {
            if (!result)
                return report(result.errorMessage());
            const DroppedStash dropped = result.value();
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Information, tr("Dropped stash@{%1}.").arg(index), tr("Undo"),
                                        [this, dropped] {
                                            runVoid(tr("Restoring the stash…"),
                                                    [dropped](const Repository &repo) {
                                                        return Stashes::store(repo, dropped.commit, dropped.message);
                                                    },
                                                    tr("Stash restored."));
                                        });
            refresh();
        });
}

} // namespace gantry
