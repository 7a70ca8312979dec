#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace gantry {

class WorkflowGraphView;
class WorkflowSession;
struct WorkflowEditResult;

/// The visual edits of the Pipelines workspace: what the graph's gestures and menus ask for
/// (a need dragged, a step moved or edited, a job renamed, the runner, environment, matrix or a
/// trigger edited; for GitLab CI a script line or a stage) turned into WorkflowEditor or
/// GitLabEditor edits, asked for in small dialogs where a value is
/// needed, and applied on the WorkflowSession as undoable steps. A refused edit is reported with
/// its reason (message()); nothing changes then.
class PipelineEditActions : public QObject
{
    Q_OBJECT
public:
    PipelineEditActions(WorkflowSession *session, WorkflowGraphView *graph, QWidget *dialogParent);

public Q_SLOTS:
    void addNeeds(const QString &job, const QString &need);
    void removeNeeds(const QString &job, const QString &need);
    void removeJob(const QString &job);
    void renameJob(const QString &job);
    /// Asks for the id; the new job needs the selected one, if any.
    void addJob();
    void addStep(const QString &job);
    void moveStep(const QString &job, int from, int to);
    /// Step `index` of the job's card in the step dialog; only the fields changed are edited, as
    /// one undo step.
    void editStep(const QString &job, int index);
    /// Removes step `index` (GitLab CI: script line `index`).
    void removeStep(const QString &job, int index);
    void editRunsOn(const QString &job);
    void editEnvironment(const QString &job);
    void editMatrix(const QString &job);
    /// The trigger dialog: push/pull_request(_target) filters and activity types, schedule
    /// crons, workflow_dispatch inputs; the changes as one undo step.
    void editTrigger(const QString &event);
    /// GitLab CI: the job's stage, picked from the pipeline's stages.
    void editStage(const QString &job);

Q_SIGNALS:
    /// A sentence to show (why an edit was refused, a schedule in words); empty: hide it.
    void message(const QString &text);

private:
    void showResult(const WorkflowEditResult &result, const QString &label);
    /// The open file is a GitLab CI pipeline: the edits go through GitLabEditor.
    bool isGitLab() const;
    /// GitLab CI: asks for a new job's stage and adds it (`needs`: the selected job, if any).
    void addGitLabJob(const QString &id, const QStringList &needs);
    /// GitLab CI: a script line (a step row of a GitLab card), edited in a line dialog.
    void editScriptLine(const QString &job, int index);

    WorkflowSession *m_session;
    QPointer<WorkflowGraphView> m_graph;
    QPointer<QWidget> m_parent;
};

} // namespace gantry
