#pragma once

#include "pipelines/WorkflowEditBase.h"

#include <QString>
#include <QStringList>

namespace gantry {

/// The visual edits of a GitLab CI file — jobs, needs, stages, script lines, any value — each a
/// minimal text patch on the file's own text (comments, anchors, quoting and layout kept), like
/// WorkflowEditor's: the re-parsed file must mean exactly the intended change and the merged
/// pipeline must gain no error. Jobs that come only from an include, and hidden `.templates`
/// (except for renaming), are refused with the reason. The command line and the graph share it.
class GitLabEditor : public WorkflowEditBase
{
public:
    explicit GitLabEditor(const WorkflowDocument &document);

    /// A new job after the file's last one. No stage: GitLab's default (test); no script lines:
    /// a placeholder echo (GitLab wants one).
    WorkflowEditResult addJob(const QString &id, const QString &stage = {}, const QStringList &script = {},
                              const QStringList &needs = {}) const;
    /// Removes a job with its comments, and its name from the other entries' needs and dependencies.
    WorkflowEditResult removeJob(const QString &id) const;
    /// Renames a job or a `.template`: its key and every needs, dependencies and extends naming it.
    WorkflowEditResult renameJob(const QString &from, const QString &to) const;
    /// `job` needs `need` (a job of the merged pipeline, not in a later stage, no cycle).
    WorkflowEditResult addNeeds(const QString &job, const QString &need) const;
    WorkflowEditResult removeNeeds(const QString &job, const QString &need) const;
    /// Moves a job to a stage of `stages:` (GitLab's defaults when the file has none).
    WorkflowEditResult setStage(const QString &job, const QString &stage) const;
    /// Adds a stage to `stages:` (before .post), writing the list when the file has none.
    WorkflowEditResult addStage(const QString &stage) const;
    /// Adds a line to the job's `script:` at `index` (-1: at the end).
    WorkflowEditResult addScriptLine(const QString &job, const QString &line, int index = -1) const;
    WorkflowEditResult removeScriptLine(const QString &job, int index) const;
    WorkflowEditResult setScriptLine(const QString &job, int index, const QString &line) const;
    WorkflowEditResult moveScriptLine(const QString &job, int from, int to) const;

    /// Whether `id` can name a GitLab job: up to 255 characters, no line break, not starting with
    /// '.' (a hidden template) or a blank, not a global keyword.
    static bool isValidJobName(const QString &id);

protected:
    QString blockingError() const override;

private:
    /// The top-level key of `id` in this file, or -1 with `*error` set. Hidden templates only
    /// when `templatesToo`.
    int jobKey(const QString &id, QString *error, bool templatesToo = false) const;
    /// The job's mapping (its key's value), or -1 with `*error` set.
    int jobMapping(const QString &id, QString *error) const;
    /// The job's own `script:` key, or -1 with `*error` set (for an inherited or missing one).
    int scriptKey(const QString &job, QString *error) const;
    QString stagesText() const;
    /// Applies `change` to the job's script as JSON (a single string becomes a list first).
    QJsonValue withScript(const QString &job, const std::function<void(QJsonArray &)> &change) const;
};

} // namespace gantry
