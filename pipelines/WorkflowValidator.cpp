#include "pipelines/WorkflowValidator.h"

#include "pipelines/CronExpression.h"
#include "pipelines/ScalarPositions.h"
#include "pipelines/SchemaChecker.h"
#include "pipelines/WorkflowExpressionRules.h"
#include "pipelines/WorkflowReader.h"
#include "pipelines/WorkflowSchema.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace gantry {

using Severity = Diagnostic::Severity;

WorkflowValidator::WorkflowValidator(const YamlSyntaxTree &tree, const Workflow &workflow, const ScalarPositions &positions,
                                     DiagnosticList &diagnostics)
    : t(tree), w(workflow), p(positions), out(diagnostics)
{
    for (const WorkflowJob &job : w.jobs) {
        m_ids.append(job.id);
        m_jobs.insert(job.id, &job);
    }
}

DiagnosticList WorkflowValidator::validate(const QByteArray &text)
{
    const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
    return validate(tree, WorkflowReader::read(tree));
}

DiagnosticList WorkflowValidator::validate(const YamlSyntaxTree &tree, const Workflow &workflow)
{
    DiagnosticList out = tree.diagnostics();
    if (tree.root() < 0) {
        if (!tree.hasErrors())
            out.append({Severity::Error, 1, 1, tr("the file is empty; a workflow needs \"on\" and \"jobs\""), QStringLiteral("missing-key")});
        return out;
    }
    out += SchemaChecker(tree, WorkflowSchema::githubWorkflow()).check();
    const ScalarPositions positions(tree);
    WorkflowValidator v(tree, workflow, positions, out);
    v.checkJobs();
    v.checkCycles();
    v.checkSchedules();
    out += WorkflowExpressionRules(tree, workflow, positions).check();
    sortDiagnostics(out);
    return out;
}

void WorkflowValidator::add(Severity severity, int node, const QString &message, const QString &rule, int offset)
{
    if (node < 0)
        return;
    const auto [line, column] = p.position(node, offset);
    out.append({severity, line, column, message, rule});
}

bool WorkflowValidator::isValidId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return valid.match(id).hasMatch();
}

QString WorkflowValidator::stepUsesProblem(const QString &uses)
{
    if (uses.contains(QLatin1String("${{")))
        return {};
    if (uses.startsWith(QLatin1String("docker://")))
        return uses.size() > 9 ? QString() : tr("\"docker://\" needs an image name");
    if (uses.startsWith(QLatin1String("./")))
        return {};
    static const QRegularExpression remote(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@\\s]+)?@[^@\\s]+$"));
    if (remote.match(uses).hasMatch())
        return {};
    if (!uses.contains(QLatin1Char('@')))
        return tr("\"%1\" has no ref; use \"{owner}/{repo}@{ref}\", \"{owner}/{repo}/{path}@{ref}\", \"./path\" or \"docker://image\"").arg(uses);
    return tr("\"%1\" is not \"{owner}/{repo}@{ref}\", \"{owner}/{repo}/{path}@{ref}\", \"./path\" or \"docker://image\"").arg(uses);
}

QString WorkflowValidator::jobUsesProblem(const QString &uses)
{
    if (uses.contains(QLatin1String("${{")))
        return {};
    static const QRegularExpression local(QStringLiteral("^\\./\\.github/workflows/[^@\\s]+\\.ya?ml$"));
    static const QRegularExpression remote(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[^@\\s]+\\.ya?ml@[^@\\s]+$"));
    if (local.match(uses).hasMatch() || remote.match(uses).hasMatch())
        return {};
    return tr("\"%1\" is not a reusable workflow; use \"{owner}/{repo}/.github/workflows/{file}.yml@{ref}\" or "
              "\"./.github/workflows/{file}.yml\"").arg(uses);
}

void WorkflowValidator::checkJobs()
{
    // GitHub rejects a workflow whose jobs: is an empty mapping.
    if (w.jobsNode >= 0 && w.jobs.isEmpty() && t.resolved(w.jobsNode) >= 0 && t.node(t.resolved(w.jobsNode)).isMapping()
        && t.node(t.resolved(w.jobsNode)).children.isEmpty())
        add(Severity::Error, w.jobsNode, tr("a workflow needs at least one job"), QStringLiteral("jobs-empty"));
    QHash<QString, const WorkflowJob *> seen;
    for (const WorkflowJob &job : w.jobs) {
        if (!isValidId(job.id))
            add(Severity::Error, job.keyNode,
                tr("invalid job id \"%1\": it must start with a letter or \"_\" and hold only letters, digits, \"-\" and \"_\"").arg(job.id),
                QStringLiteral("invalid-id"));
        const QString lower = job.id.toLower();
        if (const WorkflowJob *other = seen.value(lower); other && other->id != job.id)
            add(Severity::Error, job.keyNode,
                tr("job id \"%1\" is a duplicate of \"%2\" (line %3): job ids ignore case").arg(job.id, other->id)
                    .arg(t.node(other->keyNode).span.line),
                QStringLiteral("duplicate-id"));
        seen.insert(lower, &job);
        checkNeeds(job);
        if (job.isReusable()) {
            const QString problem = jobUsesProblem(job.uses);
            if (!problem.isEmpty())
                add(Severity::Error, t.value(job.node, u"uses"), problem, QStringLiteral("uses-format"));
        }
        checkSteps(job);
        checkMatrix(job);
    }
}

void WorkflowValidator::checkMatrix(const WorkflowJob &job)
{
    if (!job.matrix.expression.isEmpty() || job.matrix.isEmpty())
        return;
    const WorkflowMatrix::JobCount jobs = job.matrix.jobCount();
    if (jobs.count <= WorkflowMatrix::MaxJobs)
        return;
    add(Severity::Error, job.matrix.node,
        (jobs.exact ? tr("matrix would create %1 jobs; GitHub allows at most %2")
                    : tr("matrix would create at least %1 jobs; GitHub allows at most %2"))
            .arg(jobs.count)
            .arg(WorkflowMatrix::MaxJobs),
        QStringLiteral("matrix-too-large"));
}

void WorkflowValidator::checkNeeds(const WorkflowJob &job)
{
    const int needs = t.resolved(t.value(job.node, u"needs"));
    if (needs >= 0 && t.node(needs).isSequence() && t.node(needs).children.isEmpty())
        add(Severity::Warning, needs, tr("\"needs\" is empty; remove it, or name the jobs \"%1\" waits for").arg(job.id),
            QStringLiteral("needs-empty"));
    QSet<QString> listed;
    for (qsizetype i = 0; i < job.needs.size(); ++i) {
        const QString &name = job.needs[i];
        const int node = job.needsNodes.value(i, -1);
        if (listed.contains(name))
            add(Severity::Warning, node, tr("job \"%1\" is already needed").arg(name), QStringLiteral("needs-duplicate"));
        listed.insert(name);
        if (m_jobs.contains(name))
            continue;
        const QString near = SchemaChecker::suggestion(name, m_ids);
        add(Severity::Error, node,
            near.isEmpty() ? tr("job \"%1\" needs \"%2\", which is not a job of this workflow").arg(job.id, name)
                           : tr("job \"%1\" needs \"%2\", which is not a job of this workflow; did you mean \"%3\"?").arg(job.id, name, near),
            QStringLiteral("needs-unknown"));
    }
}

void WorkflowValidator::checkCycles()
{
    // Depth-first over needs, iteratively (a hostile file may chain thousands of jobs); a job met
    // again while on the path closes a cycle.
    QHash<QString, int> state; // 1: on the path, 2: done
    QSet<QString> reported;
    for (const WorkflowJob &start : w.jobs) {
        if (state.value(start.id) != 0)
            continue;
        QList<std::pair<const WorkflowJob *, qsizetype>> stack{{&start, 0}};
        QStringList path{start.id};
        state.insert(start.id, 1);
        while (!stack.isEmpty()) {
            auto &[job, next] = stack.last();
            if (next >= job->needs.size()) {
                state.insert(job->id, 2);
                stack.removeLast();
                path.removeLast();
                continue;
            }
            const QString need = job->needs[next++];
            const WorkflowJob *needed = m_jobs.value(need);
            if (!needed)
                continue;
            const int s = state.value(need);
            if (s == 1) {
                QStringList cycle = path.mid(path.indexOf(need));
                QStringList sorted = cycle;
                sorted.sort();
                const QString key = sorted.join(QLatin1Char(' '));
                if (!reported.contains(key)) {
                    reported.insert(key);
                    cycle.append(need);
                    add(Severity::Error, needed->keyNode, tr("the needs of these jobs form a cycle: %1").arg(cycle.join(QStringLiteral(" → "))),
                        QStringLiteral("needs-cycle"));
                }
            } else if (s == 0) {
                state.insert(need, 1);
                path.append(need);
                stack.append({needed, 0});
            }
        }
    }
}

void WorkflowValidator::checkSteps(const WorkflowJob &job)
{
    QHash<QString, int> ids; // lower-case id -> its node
    for (const WorkflowStep &step : job.steps) {
        if (step.node < 0 || t.resolved(step.node) < 0 || !t.node(t.resolved(step.node)).isMapping())
            continue;
        const int idNode = t.value(step.node, u"id");
        if (!step.id.isEmpty() && !step.id.contains(QLatin1String("${{"))) {
            if (!isValidId(step.id))
                add(Severity::Error, idNode,
                    tr("invalid step id \"%1\": it must start with a letter or \"_\" and hold only letters, digits, \"-\" and \"_\"").arg(step.id),
                    QStringLiteral("invalid-id"));
            const QString lower = step.id.toLower();
            if (ids.contains(lower))
                add(Severity::Error, idNode, tr("step id \"%1\" is already used in job \"%2\" (line %3)").arg(step.id, job.id)
                                                 .arg(t.node(ids.value(lower)).span.line),
                    QStringLiteral("duplicate-id"));
            else
                ids.insert(lower, idNode);
        }
        const int usesNode = t.value(step.node, u"uses");
        const int runNode = t.value(step.node, u"run");
        if (usesNode >= 0 && runNode >= 0)
            add(Severity::Error, t.keyNode(step.node, u"run"), tr("a step has either \"uses\" or \"run\", not both"), QStringLiteral("step-uses-run"));
        else if (usesNode < 0 && runNode < 0)
            add(Severity::Error, step.node, tr("a step needs \"uses\" or \"run\""), QStringLiteral("step-uses-run"));
        if (usesNode >= 0 && !step.uses.isEmpty()) {
            const QString problem = stepUsesProblem(step.uses);
            if (!problem.isEmpty())
                add(Severity::Error, usesNode, problem, QStringLiteral("uses-format"));
        }
    }
}

void WorkflowValidator::checkSchedules()
{
    for (const WorkflowTrigger &trigger : w.triggers) {
        for (qsizetype i = 0; i < trigger.crons.size(); ++i) {
            const int node = trigger.cronNodes.value(i, -1);
            const CronExpression cron = CronExpression::parse(trigger.crons[i]);
            if (!cron.isValid()) {
                add(Severity::Error, node, cron.error(), QStringLiteral("cron"), cron.errorOffset());
            } else if (const int minutes = cron.minimumIntervalMinutes(); minutes < 5) {
                add(Severity::Warning, node,
                    tr("\"%1\" runs every %2 min; GitHub runs schedules at most every 5 minutes").arg(trigger.crons[i]).arg(minutes),
                    QStringLiteral("cron-interval"));
            }
        }
    }
}

} // namespace gantry
