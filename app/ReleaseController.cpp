#include "app/ReleaseController.h"

#include "app/GitTaskRunner.h"
#include "app/MessageBar.h"
#include "gitcore/ChangelogWriter.h"
#include "gitcore/ReleasePlanner.h"
#include "gitcore/Tags.h"
#include "widgets/CreateReleaseDialog.h"

#include <QDate>
#include <QWidget>

namespace gantry {

namespace {

/// What the dialog opens with, computed on the worker.
struct ReleaseProposal
{
    ReleasePlan plan;
    QString changelog;
    QStringList existingTags;
    QStringList configProblems;
};

} // namespace

ReleaseController::ReleaseController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_runner(runner), m_messages(messages), m_dialogParent(dialogParent)
{
}

CreateReleaseDialog *ReleaseController::dialog() const { return m_dialog; }

void ReleaseController::createRelease()
{
    if (m_dialog && m_dialog->isVisible())
        return m_dialog->raise();
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    m_runner->run(
        tr("Computing the next version…"),
        [date](const Repository &repo) -> Result<ReleaseProposal> {
            if (repo.isHeadUnborn())
                return GitError::custom(tr("There is nothing to release: the repository has no commits yet."));
            ReleaseProposal proposal;
            const ReleaseConfig config = repo.isBare() ? ReleaseConfig() : ReleaseConfig::discover(repo.workdir());
            for (const ConfigProblem &p : config.problems())
                proposal.configProblems.append(p.toString());
            auto plan = ReleasePlanner::plan(repo, config);
            if (!plan)
                return plan.error();
            proposal.plan = *plan;
            // The changelog of what would be released; none when nothing can be released from here.
            if (plan->status != ReleasePlan::Status::Blocked) {
                const bool proposed = plan->version.has_value();
                proposal.changelog = ChangelogWriter(config.types())
                                         .write(proposed ? plan->commits : plan->computed.commits,
                                                (proposed ? *plan->version : plan->computed.next).toString(), date);
            }
            auto tags = Tags::list(repo);
            if (!tags)
                return tags.error();
            for (const TagInfo &t : *tags)
                proposal.existingTags.append(t.name);
            return proposal;
        },
        [this](const Result<ReleaseProposal> &result) {
            if (!result) {
                if (m_messages)
                    m_messages->showError(result.errorMessage());
                return;
            }
            const ReleasePlan &plan = result->plan;
            auto *dialog = new CreateReleaseDialog(m_dialogParent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_dialog = dialog;
            const VersionComputation &computed = plan.computed;
            QStringList summary;
            if (const QString from = ReleasePlanner::describeBranch(plan); !from.isEmpty())
                summary.append(from);
            summary.append(plan.reasons); // the headline when no release can be made from here
            if (plan.status == ReleasePlan::Status::Releasable) {
                if (!computed.lastRelease)
                    summary.append(tr("%n commit(s), no version tag yet: a first release.", nullptr, int(plan.commits.size())));
                else
                    summary.append(tr("%n commit(s) since %1: a %2 release.", nullptr, int(plan.commits.size()))
                                       .arg(computed.lastRelease->name, SemVer::bumpName(computed.bump)));
            } else if (plan.status == ReleasePlan::Status::NothingToRelease) {
                summary.append(tr("Nothing since %1 calls for a release (only commits such as docs or chore); "
                                  "you can still enter a version.")
                                   .arg(computed.lastTag ? computed.lastTag->name : computed.lastRelease->name));
            }
            summary.append(plan.notes);
            summary.append(result->configProblems);
            dialog->setSummary(summary.join(QLatin1Char('\n')));
            dialog->setExistingTags(result->existingTags);
            dialog->setChangelog(result->changelog);
            dialog->setVersion(plan.version ? plan.version->toTag() : QString());
            if (!plan.version)
                dialog->setHeadingVersion(computed.next.toTag());
            // Beside the disabled button, what to do instead (the reasons head the summary).
            if (plan.status == ReleasePlan::Status::NotReleaseBranch)
                dialog->setBlockedReason(plan.target.isEmpty() ? tr("No release can be made from here.")
                                                               : tr("Create the release from %1.").arg(plan.target));
            else if (plan.status == ReleasePlan::Status::Blocked)
                dialog->setBlockedReason(tr("No release can be made from %1 now.").arg(plan.branch.branch));
            connect(dialog, &QDialog::accepted, this, [this, dialog, head = plan.head] {
                release({dialog->version(), dialog->changelog(), dialog->commitChangelog(), head});
            });
            dialog->open();
            Q_EMIT dialogShown();
        });
}

void ReleaseController::release(const ReleaseRequest &request)
{
    m_runner->run(
        tr("Creating release %1…").arg(request.tagName),
        [request](const Repository &repo) { return ReleaseCreator::create(repo, request); },
        [this](const Result<ReleaseOutcome> &result) {
            Q_EMIT changed();
            if (!result) {
                if (m_messages)
                    m_messages->showError(tr("The release was not created: %1").arg(result.errorMessage()));
                return;
            }
            const ReleaseOutcome outcome = *result;
            if (m_messages)
                m_messages->showMessage(MessageBar::Kind::Success,
                                        outcome.changelogCommit.isNull()
                                            ? tr("Created release %1.").arg(outcome.tagName)
                                            : tr("Created release %1 and committed CHANGELOG.md.").arg(outcome.tagName),
                                        tr("Undo"), [this, outcome] { undo(outcome); });
        });
}

void ReleaseController::undo(const ReleaseOutcome &outcome)
{
    m_runner->run(
        tr("Undoing release %1…").arg(outcome.tagName),
        [outcome](const Repository &repo) { return ReleaseCreator::undo(repo, outcome); },
        [this, outcome](const Result<void> &result) {
            Q_EMIT changed();
            if (!m_messages)
                return;
            if (!result)
                m_messages->showError(result.errorMessage());
            else
                m_messages->showMessage(MessageBar::Kind::Success, tr("Release %1 undone.").arg(outcome.tagName));
        });
}

} // namespace gantry
