#include "app/PipelineEditActions.h"

#include "app/PipelineDialogChanges.h"
#include "app/WorkflowSession.h"
#include "pipelines/CronExpression.h"
#include "pipelines/GitLabEditor.h"
#include "pipelines/WorkflowEditor.h"
#include "widgets/StepDialog.h"
#include "widgets/TriggerDialog.h"
#include "widgets/WorkflowGraphView.h"

#include <QInputDialog>
#include <QUndoStack>

namespace gantry {

PipelineEditActions::PipelineEditActions(WorkflowSession *session, WorkflowGraphView *graph, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_graph(graph), m_parent(dialogParent)
{
    connect(graph, &WorkflowGraphView::addNeedsRequested, this, &PipelineEditActions::addNeeds);
    connect(graph, &WorkflowGraphView::removeNeedsRequested, this, &PipelineEditActions::removeNeeds);
    connect(graph, &WorkflowGraphView::removeJobRequested, this, &PipelineEditActions::removeJob);
    connect(graph, &WorkflowGraphView::renameJobRequested, this, &PipelineEditActions::renameJob);
    connect(graph, &WorkflowGraphView::addStepRequested, this, &PipelineEditActions::addStep);
    connect(graph, &WorkflowGraphView::addJobRequested, this, &PipelineEditActions::addJob);
    connect(graph, &WorkflowGraphView::moveStepRequested, this, &PipelineEditActions::moveStep);
    connect(graph, &WorkflowGraphView::editStepRequested, this, &PipelineEditActions::editStep);
    connect(graph, &WorkflowGraphView::removeStepRequested, this, &PipelineEditActions::removeStep);
    connect(graph, &WorkflowGraphView::editRunsOnRequested, this, &PipelineEditActions::editRunsOn);
    connect(graph, &WorkflowGraphView::editEnvironmentRequested, this, &PipelineEditActions::editEnvironment);
    connect(graph, &WorkflowGraphView::editMatrixRequested, this, &PipelineEditActions::editMatrix);
    connect(graph, &WorkflowGraphView::editTriggerRequested, this, &PipelineEditActions::editTrigger);
    connect(graph, &WorkflowGraphView::editStageRequested, this, &PipelineEditActions::editStage);
}

void PipelineEditActions::showResult(const WorkflowEditResult &result, const QString &label)
{
    if (!result.ok) {
        Q_EMIT message(tr("%1: %2").arg(label, result.error));
        return;
    }
    Q_EMIT message(QString());
    if (!m_session->applyEdit(result, label))
        Q_EMIT message(tr("%1: the text changed while the edit was made; nothing was changed, try again").arg(label));
}

void PipelineEditActions::addNeeds(const QString &job, const QString &need)
{
    const WorkflowDocument &doc = m_session->document();
    showResult(isGitLab() ? GitLabEditor(doc).addNeeds(job, need) : WorkflowEditor(doc).addNeeds(job, need), tr("%1 needs %2").arg(job, need));
}

void PipelineEditActions::removeNeeds(const QString &job, const QString &need)
{
    const WorkflowDocument &doc = m_session->document();
    showResult(isGitLab() ? GitLabEditor(doc).removeNeeds(job, need) : WorkflowEditor(doc).removeNeeds(job, need),
               tr("%1 no longer needs %2").arg(job, need));
}

void PipelineEditActions::removeJob(const QString &job)
{
    const WorkflowDocument &doc = m_session->document();
    showResult(isGitLab() ? GitLabEditor(doc).removeJob(job) : WorkflowEditor(doc).removeJob(job), tr("Remove job %1").arg(job));
}

void PipelineEditActions::renameJob(const QString &job)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Rename Job"), tr("New id for job %1:").arg(job), QLineEdit::Normal, job, &ok);
    const WorkflowDocument &doc = m_session->document();
    if (ok && name != job)
        showResult(isGitLab() ? GitLabEditor(doc).renameJob(job, name.trimmed()) : WorkflowEditor(doc).renameJob(job, name.trimmed()),
                   tr("Rename job %1").arg(job));
}

void PipelineEditActions::addJob()
{
    bool ok = false;
    const QString id = QInputDialog::getText(m_parent, tr("Add Job"), tr("Job id:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || id.isEmpty())
        return;
    QStringList needs;
    if (const QString selected = m_graph->selectedJob(); !selected.isEmpty())
        needs.append(selected);
    if (isGitLab())
        return addGitLabJob(id, needs);
    showResult(WorkflowEditor(m_session->document()).addJob(id, QStringLiteral("ubuntu-latest"), needs), tr("Add job %1").arg(id));
}

void PipelineEditActions::addStep(const QString &job)
{
    bool ok = false;
    if (isGitLab()) {
        const QString line = QInputDialog::getText(m_parent, tr("Add Script Line"), tr("Command to add to the script of job %1:").arg(job),
                                                   QLineEdit::Normal, QString(), &ok).trimmed();
        if (ok && !line.isEmpty())
            showResult(GitLabEditor(m_session->document()).addScriptLine(job, line), tr("Add a script line to %1").arg(job));
        return;
    }
    const QString command = QInputDialog::getMultiLineText(m_parent, tr("Add Step"),
                                                           tr("Command to run in job %1 (or an action as uses: owner/repo@ref):").arg(job),
                                                           QString(), &ok);
    if (!ok || command.trimmed().isEmpty())
        return;
    WorkflowEditor::NewStep step;
    const QString text = command.trimmed();
    if (text.startsWith(QLatin1String("uses:")))
        step.uses = text.mid(5).trimmed();
    else
        step.run = text.contains(QLatin1Char('\n')) ? text + QLatin1Char('\n') : text;
    showResult(WorkflowEditor(m_session->document()).addStep(job, step), tr("Add a step to %1").arg(job));
}

void PipelineEditActions::moveStep(const QString &job, int from, int to)
{
    if (isGitLab())
        showResult(GitLabEditor(m_session->document()).moveScriptLine(job, from, to), tr("Move a script line of %1").arg(job));
    else
        showResult(WorkflowEditor(m_session->document()).moveStep(job, from, to), tr("Move a step of %1").arg(job));
}

namespace {

/// "a, b" → a string for one item, a list for several (as people write runs-on and branches).
YamlOut listOrString(const QString &text, bool typed = false)
{
    QList<YamlOut> items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            items.append(typed ? YamlOut::typed(value) : YamlOut::string(value));
    }
    return items.size() == 1 ? items.first() : YamlOut::list(items);
}

} // namespace

void PipelineEditActions::editRunsOn(const QString &job)
{
    const WorkflowJob *j = m_session->document().workflow().job(job);
    if (!j)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(m_parent, tr("Runner"), tr("runs-on for job %1 (labels, comma-separated):").arg(job),
                                               QLineEdit::Normal, j->runsOn.join(QStringLiteral(", ")), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    showResult(WorkflowEditor(m_session->document()).setValue(QStringLiteral("jobs.%1.runs-on").arg(job), listOrString(text)),
               tr("Runner of %1").arg(job));
}

void PipelineEditActions::editEnvironment(const QString &job)
{
    const WorkflowJob *j = m_session->document().workflow().job(job);
    if (!j)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Environment"), tr("Environment of job %1 (development, test, staging, production…):").arg(job),
                                               QLineEdit::Normal, j->environment, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    // The name: form keeps its url; the short form stays short.
    const YamlSyntaxTree &tree = m_session->document().tree();
    const int current = tree.find(QStringLiteral("jobs.%1.environment").arg(job));
    const bool mapForm = current >= 0 && tree.node(tree.resolved(current)).isMapping();
    const QString path = mapForm ? QStringLiteral("jobs.%1.environment.name").arg(job) : QStringLiteral("jobs.%1.environment").arg(job);
    showResult(WorkflowEditor(m_session->document()).set(path, name), tr("Environment of %1").arg(job));
}

void PipelineEditActions::editMatrix(const QString &job)
{
    const WorkflowJob *j = m_session->document().workflow().job(job);
    if (!j)
        return;
    QStringList lines;
    for (const MatrixAxis &axis : j->matrix.axes)
        lines.append(axis.name + QStringLiteral(": ") + axis.values.join(QStringLiteral(", ")));
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        m_parent, tr("Matrix"), tr("Axes of job %1, one per line as NAME: VALUE, VALUE (include and exclude stay as written):").arg(job),
        lines.join(QLatin1Char('\n')), &ok);
    if (!ok)
        return;
    // One undo step for all the axes changed.
    m_session->undoStack()->beginMacro(tr("Matrix of %1").arg(job));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon).trimmed();
        if (colon <= 0 || name.isEmpty()) {
            Q_EMIT message(tr("Matrix: \"%1\" is not NAME: VALUE, VALUE").arg(line.trimmed()));
            break;
        }
        YamlOut values = listOrString(line.mid(colon + 1), true);
        if (values.isScalar())
            values = YamlOut::list({values});
        const WorkflowEditResult result = WorkflowEditor(m_session->document())
                                              .setValue(QStringLiteral("jobs.%1.strategy.matrix.%2").arg(job, name), values);
        if (!result.ok) {
            showResult(result, tr("Matrix of %1").arg(job));
            break;
        }
        if (!result.patch.isEmpty())
            m_session->applyEdit(result, tr("Matrix of %1").arg(job));
    }
    m_session->undoStack()->endMacro();
}

void PipelineEditActions::editTrigger(const QString &event)
{
    const WorkflowTrigger *trigger = PipelineDialogChanges::trigger(m_session->document(), event);
    if (!trigger || !TriggerDialog::canEdit(event))
        return;
    const TriggerDialog::Values before = PipelineDialogChanges::triggerValues(*trigger);
    TriggerDialog dialog(before, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TriggerDialog::Values after = dialog.values();
    const QString label = event == QLatin1String("schedule") ? tr("Schedule")
        : event == QLatin1String("workflow_dispatch")        ? tr("Inputs of workflow_dispatch")
                                                             : tr("Filters of %1").arg(event);
    const WorkflowEditResult result = WorkflowKeyEditor::applyAll(m_session->document(), PipelineDialogChanges::triggerChanges(m_session->document(), before, after));
    showResult(result, label);
    if (result.ok && event == QLatin1String("schedule") && !after.crons.isEmpty())
        Q_EMIT message(tr("Schedule: %1 (UTC)").arg(CronExpression::parse(after.crons.first()).description()));
}

void PipelineEditActions::editStep(const QString &job, int index)
{
    if (isGitLab()) {
        editScriptLine(job, index);
        return;
    }
    StepDialog::Values before;
    QString path;
    if (!PipelineDialogChanges::stepValues(m_session->document(), job, index, &before, &path))
        return;
    StepDialog dialog(before, tr("Step %1 of %2").arg(index + 1).arg(job), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<WorkflowKeyChange> changes = PipelineDialogChanges::stepChanges(path, before, dialog.values());
    showResult(WorkflowKeyEditor::applyAll(m_session->document(), changes), tr("Edit step %1 of %2").arg(index + 1).arg(job));
}

bool PipelineEditActions::isGitLab() const
{
    return m_session->document().kind() == WorkflowKind::GitLabCi;
}

void PipelineEditActions::addGitLabJob(const QString &id, const QStringList &needs)
{
    const GitLabPipeline &pipeline = m_session->document().gitlab();
    // The stage of the job it needs, else GitLab's default.
    const GitLabJob *needed = needs.isEmpty() ? nullptr : pipeline.job(needs.first());
    const QString current = needed ? needed->stage : QStringLiteral("test");
    bool ok = false;
    const QString stage = QInputDialog::getItem(m_parent, tr("Add Job"), tr("Stage of job %1:").arg(id), pipeline.stages,
                                                std::max<int>(0, int(pipeline.stages.indexOf(current))), false, &ok);
    if (ok)
        showResult(GitLabEditor(m_session->document()).addJob(id, stage, {}, needs), tr("Add job %1").arg(id));
}

void PipelineEditActions::editStage(const QString &job)
{
    const GitLabJob *j = m_session->document().gitlab().job(job);
    if (!j)
        return;
    const QString current = j->stage;
    const QStringList stages = m_session->document().gitlab().stages;
    bool ok = false;
    const QString stage = QInputDialog::getItem(m_parent, tr("Stage"), tr("Stage of job %1 (type a name for a new stage):").arg(job), stages,
                                                std::max<int>(0, int(stages.indexOf(current))), true, &ok)
                              .trimmed();
    if (!ok || stage.isEmpty() || stage == current)
        return;
    const QString label = tr("Stage of %1").arg(job);
    if (stages.contains(stage)) {
        showResult(GitLabEditor(m_session->document()).setStage(job, stage), label);
        return;
    }
    // A new stage: added to stages: (before .post), then the job moved to it, as one undo step.
    const WorkflowEditResult added = GitLabEditor(m_session->document()).addStage(stage);
    if (!added.ok) {
        showResult(added, label);
        return;
    }
    const WorkflowEditResult moved = GitLabEditor(WorkflowDocument::fromText(added.text, WorkflowKind::GitLabCi,
                                                                             m_session->document().baseDir()))
                                         .setStage(job, stage);
    if (!moved.ok) {
        showResult(moved, label);
        return;
    }
    m_session->undoStack()->beginMacro(label);
    showResult(added, label);
    showResult(moved, label);
    m_session->undoStack()->endMacro();
}

void PipelineEditActions::editScriptLine(const QString &job, int index)
{
    const GitLabJob *j = m_session->document().gitlab().job(job);
    if (!j || index < 0 || index >= j->script.size())
        return;
    bool ok = false;
    const QString line = QInputDialog::getText(m_parent, tr("Script Line"), tr("Line %1 of the script of job %2:").arg(index + 1).arg(job),
                                               QLineEdit::Normal, j->script.at(index), &ok);
    if (ok && line != j->script.at(index))
        showResult(GitLabEditor(m_session->document()).setScriptLine(job, index, line), tr("Script of %1").arg(job));
}

void PipelineEditActions::removeStep(const QString &job, int index)
{
    if (isGitLab())
        showResult(GitLabEditor(m_session->document()).removeScriptLine(job, index), tr("Remove a script line of %1").arg(job));
    else
        showResult(WorkflowEditor(m_session->document()).removeStep(job, index), tr("Remove a step of %1").arg(job));
}

} // namespace gantry
