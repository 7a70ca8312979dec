#include "pipelines/WorkflowExpressionRules.h"

#include "pipelines/ScalarPositions.h"

#include <QRegularExpression>
#include <QSet>

namespace gantry {

using Severity = Diagnostic::Severity;

WorkflowExpressionRules::WorkflowExpressionRules(const YamlSyntaxTree &tree, const Workflow &workflow, const ScalarPositions &positions)
    : t(tree), w(workflow), p(positions)
{
    for (const WorkflowJob &job : w.jobs)
        m_jobs.insert(job.id, &job);
}

bool WorkflowExpressionRules::isSecretName(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("(password|passwd|secret|token|api[_-]?key|private[_-]?key|access[_-]?key)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

bool WorkflowExpressionRules::looksLikeToken(const QString &value)
{
    static const QRegularExpression token(QStringLiteral("(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{30,}|AKIA[0-9A-Z]{16}|xox[baprs]-[A-Za-z0-9-]{10,})"));
    return token.match(value).hasMatch();
}

QString WorkflowExpressionRules::scalar(int node) const
{
    node = t.resolved(node);
    return node >= 0 && t.node(node).isScalar() ? t.node(node).value : QString();
}

DiagnosticList WorkflowExpressionRules::check()
{
    const int root = t.resolved(t.root());
    if (root < 0 || !t.node(root).isMapping())
        return {};
    for (const auto &[key, value] : t.entries(root)) {
        if (t.node(key).value == QLatin1String("jobs"))
            continue;
        checkSecrets(t.node(key).value, value);
        scan(value, ExpressionChecker::Scope(), Place::Other);
    }
    for (const WorkflowJob &job : w.jobs)
        scanJob(job);
    return m_out;
}

void WorkflowExpressionRules::scanJob(const WorkflowJob &job)
{
    if (job.node < 0 || t.resolved(job.node) < 0 || !t.node(t.resolved(job.node)).isMapping())
        return;
    ExpressionChecker::Scope scope;
    scope.matrixKnown = job.matrix.expression.isEmpty();
    for (const MatrixAxis &axis : job.matrix.axes)
        scope.matrixKeys.append(axis.name);
    for (const MatrixCombination &combination : job.matrix.include)
        for (auto it = combination.cbegin(); it != combination.cend(); ++it)
            if (!scope.matrixKeys.contains(it.key()))
                scope.matrixKeys.append(it.key());
    scope.needsKnown = true;
    for (const QString &need : job.needs) {
        const WorkflowJob *needed = m_jobs.value(need);
        if (!needed)
            continue; // needs-unknown says so
        scope.needs.insert(need, needed->outputs.keys());
        if (needed->isReusable())
            scope.needsOutputsKnown = false;
    }
    QStringList allSteps;
    for (const WorkflowStep &step : job.steps)
        if (!step.id.isEmpty())
            allSteps.append(step.id);
    for (const auto &[key, value] : t.entries(job.node)) {
        const QString name = t.node(key).value;
        ExpressionChecker::Scope here = scope;
        if (name == QLatin1String("strategy")) {
            here.matrixKnown = false;
        } else if (name == QLatin1String("outputs")) {
            here.stepsKnown = true;
            here.stepIds = allSteps;
        }
        if (name == QLatin1String("steps") && t.resolved(value) >= 0 && t.node(t.resolved(value)).isSequence()) {
            here.stepsKnown = true;
            for (int step : t.node(t.resolved(value)).children) {
                scan(step, here, Place::Other);
                if (t.value(step, u"id") >= 0)
                    here.stepIds.append(scalar(t.value(step, u"id")));
            }
            continue;
        }
        checkSecrets(name, value);
        scan(value, here, name == QLatin1String("if") ? Place::Condition : Place::Other);
    }
}

void WorkflowExpressionRules::scan(int node, const ExpressionChecker::Scope &scope, Place place, int depth)
{
    if (node < 0 || depth > maxDepth)
        return; // a workflow is never that deep; a hostile file must not exhaust the stack
    const YamlSyntaxNode &n = t.node(node);
    if (n.kind == YamlSyntaxNode::Kind::Alias)
        return; // checked where its anchor is
    if (n.isScalar()) {
        checkScalar(node, scope, place);
        return;
    }
    if (n.isSequence()) {
        for (int item : n.children)
            scan(item, scope, Place::Other, depth + 1);
        return;
    }
    const bool githubScript = scalar(t.value(node, u"uses")).startsWith(QLatin1String("actions/github-script@"));
    for (qsizetype i = 0; i + 1 < n.children.size(); i += 2) {
        const int key = n.children[i];
        const int value = n.children[i + 1];
        const QString name = t.node(key).value;
        checkSecrets(name, value);
        Place inner = Place::Other;
        if (name == QLatin1String("run"))
            inner = Place::Script;
        else if (name == QLatin1String("if"))
            inner = Place::Condition;
        if (githubScript && name == QLatin1String("with") && t.node(value).isMapping()) {
            for (qsizetype j = 0; j + 1 < t.node(value).children.size(); j += 2) {
                const bool script = t.node(t.node(value).children[j]).value == QLatin1String("script");
                scan(t.node(value).children[j + 1], scope, script ? Place::Script : Place::Other, depth + 1);
            }
            continue;
        }
        scan(value, scope, inner, depth + 1);
    }
}

void WorkflowExpressionRules::checkScalar(int node, const ExpressionChecker::Scope &scope, Place place)
{
    const YamlSyntaxNode &n = t.node(node);
    if (looksLikeToken(n.value) && !n.value.contains(QLatin1String("${{")))
        m_out.append({Severity::Warning, n.span.line, n.span.column,
                      tr("this looks like a real access token; store it as a secret and use \"${{ secrets.NAME }}\""),
                      QStringLiteral("hardcoded-secret")});
    const bool bareCondition = place == Place::Condition && !n.value.contains(QLatin1String("${{"));
    if (!bareCondition && !n.value.contains(QLatin1String("${{")))
        return;
    if (bareCondition && n.value.trimmed().isEmpty())
        return;
    const ExpressionChecker::Result result = bareCondition ? ExpressionChecker::checkExpression(n.value, scope)
                                                           : ExpressionChecker::checkTemplate(n.value, scope);
    for (const ExpressionChecker::Finding &f : result.findings) {
        const auto [line, column] = p.position(node, f.offset);
        m_out.append({Severity::Error, line, column, f.message, f.rule});
    }
    if (place != Place::Script)
        return;
    for (const ExpressionChecker::Reference &ref : result.references) {
        if (!ExpressionChecker::isUntrusted(ref.path))
            continue;
        const auto [line, column] = p.position(node, ref.offsets.value(0));
        m_out.append({Severity::Error, line, column,
                      tr("\"%1\" can be written by anyone who opens an issue or a pull request; pass it to the script "
                         "through an environment variable instead of \"${{ }}\"").arg(ref.path.join(QLatin1Char('.'))),
                      QStringLiteral("untrusted-input")});
    }
}

void WorkflowExpressionRules::checkSecrets(const QString &name, int value)
{
    if (value < 0 || !t.node(value).isMapping())
        return;
    if (name == QLatin1String("env") || name == QLatin1String("with")) {
        for (qsizetype j = 0; j + 1 < t.node(value).children.size(); j += 2)
            checkSecretLiteral(t.node(value).children[j], t.node(value).children[j + 1]);
    } else if (name == QLatin1String("credentials")) {
        checkSecretLiteral(t.keyNode(value, u"password"), t.value(value, u"password"));
    }
}

void WorkflowExpressionRules::checkSecretLiteral(int key, int value)
{
    if (key < 0 || value < 0)
        return;
    const YamlSyntaxNode &v = t.node(value);
    if (!v.isScalar() || v.value.trimmed().isEmpty() || v.value.contains(QLatin1String("${{")) || !isSecretName(t.node(key).value))
        return;
    static const QSet<QString> harmless{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("none")};
    if (harmless.contains(v.value.toLower()) || looksLikeToken(v.value))
        return; // looksLikeToken reports the token itself
    m_out.append({Severity::Warning, v.span.line, v.span.column,
                  tr("\"%1\" is written in the file; store it as a secret and use \"${{ secrets.NAME }}\"").arg(t.node(key).value),
                  QStringLiteral("hardcoded-secret")});
}

} // namespace gantry
