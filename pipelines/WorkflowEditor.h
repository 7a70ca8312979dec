#pragma once

#include "pipelines/WorkflowEditBase.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace gantry {

/// The visual edits of a GitHub Actions workflow, each turned into a minimal text patch that
/// keeps every comment, blank line, key order and quoting outside the bytes it must touch. The
/// patched text is re-parsed and must mean exactly the intended change (its JSON is compared
/// with the old JSON changed by hand); otherwise the edit is refused and nothing changes.
/// The command line (`gantry workflow edit`) and the graph view share it.
class WorkflowEditor : public WorkflowEditBase
{
public:
    struct NewStep
    {
        QString name;
        QString run;
        QString uses;
        QList<std::pair<QString, QString>> with;
    };

    explicit WorkflowEditor(const WorkflowDocument &document);

    WorkflowEditResult addJob(const QString &id, const QString &runsOn = QStringLiteral("ubuntu-latest"),
                              const QStringList &needs = {}) const;
    /// Removes a job and its id from every other job's needs.
    WorkflowEditResult removeJob(const QString &id) const;
    /// Renames a job: its key, every needs entry, and `needs.<id>` in expressions.
    WorkflowEditResult renameJob(const QString &from, const QString &to) const;
    WorkflowEditResult addNeeds(const QString &job, const QString &need) const;
    WorkflowEditResult removeNeeds(const QString &job, const QString &need) const;
    /// Adds a step at `index` (-1: at the end).
    WorkflowEditResult addStep(const QString &job, const NewStep &step, int index = -1) const;
    WorkflowEditResult removeStep(const QString &job, int index) const;
    WorkflowEditResult moveStep(const QString &job, int from, int to) const;
    /// WorkflowEditBase::setValue, and an event of `on: push` or `on: [push, pull_request]` given
    /// a filter turns `on:` into its map form.
    WorkflowEditResult setValue(const QString &keyPath, const YamlOut &value) const override;
    /// Removes the key, or the list item by index ("on.push.paths", "jobs.a.steps.2"), with its
    /// comments; the last entry of a mapping leaves `{}` (WorkflowKeyEditor).
    WorkflowEditResult remove(const QString &keyPath) const;

    /// Whether `id` can name a job or step (a letter or '_', then letters, digits, '-', '_').
    static bool isValidId(const QString &id);

protected:
    QString blockingError() const override;

private:
    friend class WorkflowKeyEditor;

    /// The job's mapping node, or -1 with `*error` set.
    int jobMapping(const QString &job, QString *error) const;
    /// Adds to `patch` and `expected` the removal of `need` from `job`'s needs.
    QString dropNeed(TextPatch &patch, QJsonValue &expected, const WorkflowJob &job, const QString &need) const;
    /// The job's steps list, or -1 with `*error` set (also for a file that cannot be edited).
    int stepList(const QString &job, QString *error) const;
};

} // namespace gantry
