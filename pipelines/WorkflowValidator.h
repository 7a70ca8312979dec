#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/WorkflowModel.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QCoreApplication>
#include <QHash>

namespace gantry {

class ScalarPositions;

/// Everything wrong with a GitHub Actions workflow, each at its line and column: the YAML
/// problems, the schema (SchemaChecker over the github-workflow schema resource), and the rules
/// a schema cannot say: needs naming unknown jobs, needs cycles, empty needs, duplicate and
/// invalid ids, steps with both or neither of uses/run, malformed `uses:`, cron schedules, a matrix
/// past GitHub's 256 jobs, and
/// (through WorkflowExpressionRules) expressions, hard-coded secrets and untrusted input in scripts.
/// docs/workflow-validation.md lists the rules.
class WorkflowValidator
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowValidator)

public:
    /// The findings sorted by line and column. `workflow` is WorkflowReader::read(tree).
    static DiagnosticList validate(const YamlSyntaxTree &tree, const Workflow &workflow);
    /// Parses, reads and validates a file's bytes.
    static DiagnosticList validate(const QByteArray &text);

    /// Whether a job or step id is one GitHub accepts: a letter or `_`, then letters, digits, `-`, `_`.
    static bool isValidId(const QString &id);
    /// Why a step's `uses:` is malformed, or empty when it is fine.
    static QString stepUsesProblem(const QString &uses);
    /// Why a job's `uses:` (a reusable workflow) is malformed, or empty.
    static QString jobUsesProblem(const QString &uses);

private:
    WorkflowValidator(const YamlSyntaxTree &tree, const Workflow &workflow, const ScalarPositions &positions, DiagnosticList &out);
    void checkJobs();
    void checkNeeds(const WorkflowJob &job);
    void checkCycles();
    void checkSteps(const WorkflowJob &job);
    /// A matrix past GitHub's 256 jobs, counted without creating them.
    void checkMatrix(const WorkflowJob &job);
    void checkSchedules();
    void add(Diagnostic::Severity severity, int node, const QString &message, const QString &rule, int offset = 0);

    const YamlSyntaxTree &t;
    const Workflow &w;
    const ScalarPositions &p;
    DiagnosticList &out;
    QStringList m_ids;
    QHash<QString, const WorkflowJob *> m_jobs;
};

} // namespace gantry
