#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace gantry {

/// The GitHub Actions workflow a YamlSyntaxTree describes, as plain values for the graph, the
/// validator and the command line. Every part keeps the index of its node in the tree (`node`,
/// and `keyNode` for mapping entries) so views can select its text and edits can find it.
/// Read by WorkflowReader; a part that is missing or has the wrong type is left empty (the
/// validator reports it).

/// One input of workflow_dispatch or workflow_call.
struct WorkflowInput
{
    QString name;
    QString type;          ///< "string", "boolean", "choice", "number", "environment"; empty: string
    QString description;
    QString defaultValue;
    bool required = false;
    QStringList options;   ///< choice
    int node = -1;
    int keyNode = -1;
};

/// An event under `on:` and its filters.
struct WorkflowTrigger
{
    QString event;                       ///< "push", "pull_request", "schedule", …
    QStringList branches, branchesIgnore, tags, tagsIgnore, paths, pathsIgnore;
    QStringList types;                   ///< activity types
    QStringList crons;                   ///< schedule
    QList<int> cronNodes;                ///< the node of each cron string
    QList<WorkflowInput> inputs;         ///< workflow_dispatch / workflow_call inputs
    QStringList secrets;                 ///< workflow_call secrets
    QStringList outputs;                 ///< workflow_call outputs
    int node = -1;                       ///< the event's value (or the scalar naming it)
    int keyNode = -1;                    ///< the event's key in a map form; -1 in string/list forms
};

/// One step of a job.
struct WorkflowStep
{
    QString id, name, uses, run, shell, workingDirectory, condition;
    QMap<QString, QString> with, env;
    QString continueOnError;  ///< as written ("true", an expression); empty when absent
    QString timeoutMinutes;
    int node = -1;            ///< the step's mapping
};

/// One axis of a matrix: its name and values (scalars as written; others as their YAML text).
struct MatrixAxis
{
    QString name;
    QStringList values;
    int keyNode = -1;
};

using MatrixCombination = QMap<QString, QString>;

/// `strategy:` of a job.
struct WorkflowMatrix
{
    QList<MatrixAxis> axes;
    QList<MatrixCombination> include, exclude;
    QString expression;        ///< `matrix: ${{ fromJSON(...) }}`: not expandable before the run
    QString failFast;          ///< as written; empty when absent (GitHub's default is true)
    QString maxParallel;
    int node = -1;             ///< the matrix node

    /// GitHub's limit on the jobs one matrix creates in a run.
    static constexpr int MaxJobs = 256;
    /// At most this many combinations of the axes' product are looked at (by combinations()
    /// and to count jobs exactly); a bigger matrix is counted without creating them.
    static constexpr qint64 MaxVisited = qint64(1) << 16;

    /// How many jobs GitHub would create. Exact when the product of the axes is small enough
    /// to go through (MaxVisited); otherwise a lower bound (the product minus what each
    /// `exclude` matches) in 64 bits, saturating at the largest qint64.
    struct JobCount
    {
        qint64 count = 0;
        bool exact = true;
    };

    bool isEmpty() const { return axes.isEmpty() && include.isEmpty() && expression.isEmpty(); }
    /// The jobs GitHub runs: the product of the axes, minus `exclude` (partial matches), plus
    /// `include` (merged into each combination it does not contradict, else added on its own).
    /// Stops after `limit` combinations (GitHub's limit: it runs no more) and after MaxVisited
    /// combinations of the product, so a huge matrix costs no more than a big one.
    QList<MatrixCombination> combinations(qsizetype limit = MaxJobs) const;
    /// The number of jobs, without creating them (GitHub's limit is MaxJobs).
    JobCount jobCount() const;
};

/// One job under `jobs:`.
struct WorkflowJob
{
    QString id;
    QString name;
    QStringList runsOn;        ///< labels (string or list form, or group/labels form's labels)
    QString runsOnGroup;       ///< runs-on: {group: …}
    QStringList needs;
    QList<int> needsNodes;     ///< the node of each needs entry
    QString condition;         ///< if:
    QString environment;       ///< environment name (string or name: form)
    QString environmentUrl;
    WorkflowMatrix matrix;
    QString uses;              ///< a reusable-workflow job
    QMap<QString, QString> with, secrets, env, outputs;
    QString container;         ///< image (string or image: form)
    QStringList services;
    QString continueOnError, timeoutMinutes;
    QList<WorkflowStep> steps;
    int node = -1;             ///< the job's mapping
    int keyNode = -1;          ///< its id's key

    bool isReusable() const { return !uses.isEmpty(); }
    /// The name shown on the graph: `name:` when given, else the id.
    QString displayName() const { return name.isEmpty() ? id : name; }
};

/// A whole workflow file.
struct Workflow
{
    QString name;
    QString runName;
    QList<WorkflowTrigger> triggers;
    QMap<QString, QString> env;
    QString permissions;       ///< "read-all", "write-all", or "map" when given per scope
    QMap<QString, QString> permissionScopes;
    QString concurrencyGroup;
    QString defaultShell, defaultWorkingDirectory;
    QList<WorkflowJob> jobs;
    int jobsNode = -1;
    int onNode = -1;

    /// The job with that id, or nullptr.
    const WorkflowJob *job(const QString &id) const;
    qsizetype jobIndex(const QString &id) const;
};

} // namespace gantry
