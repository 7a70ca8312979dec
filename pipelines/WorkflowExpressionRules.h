#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/ExpressionChecker.h"
#include "pipelines/WorkflowModel.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QCoreApplication>
#include <QHash>

namespace gantry {

class ScalarPositions;

/// The rules on values of a workflow: every `${{ }}` (and bare `if:` condition) through
/// ExpressionChecker with what its job can see (matrix, needs, earlier steps), untrusted input
/// (an issue title, a branch name) interpolated straight into a `run:` script, and secrets
/// written as literals where a `${{ secrets.X }}` belongs.
class WorkflowExpressionRules
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowExpressionRules)

public:
    WorkflowExpressionRules(const YamlSyntaxTree &tree, const Workflow &workflow, const ScalarPositions &positions);

    DiagnosticList check();

    /// Whether a key names a credential ("password", "API_TOKEN", "aws_secret_key", …).
    static bool isSecretName(const QString &key);
    /// Whether a literal looks like a real token (GitHub, AWS, Slack), whatever its key.
    static bool looksLikeToken(const QString &value);

private:
    enum class Place { Other, Script, Condition };

    static constexpr int maxDepth = 100;
    void scan(int node, const ExpressionChecker::Scope &scope, Place place, int depth = 0);
    void scanJob(const WorkflowJob &job);
    void checkScalar(int node, const ExpressionChecker::Scope &scope, Place place);
    QString scalar(int node) const;
    void checkSecrets(const QString &name, int value);
    void checkSecretLiteral(int key, int value);

    const YamlSyntaxTree &t;
    const Workflow &w;
    const ScalarPositions &p;
    DiagnosticList m_out;
    QHash<QString, const WorkflowJob *> m_jobs;
};

} // namespace gantry
