#include "pipelines/WorkflowReader.h"

namespace gantry {

namespace {

class Reader
{
public:
    explicit Reader(const YamlSyntaxTree &tree) : t(tree) {}

    Workflow read()
    {
        Workflow w;
        const int root = t.resolved(t.root());
        if (root < 0 || !t.node(root).isMapping())
            return w;
        w.name = scalar(t.value(root, u"name"));
        w.runName = scalar(t.value(root, u"run-name"));
        w.env = map(t.value(root, u"env"));
        readPermissions(t.value(root, u"permissions"), w);
        const int concurrency = t.value(root, u"concurrency");
        w.concurrencyGroup = isMapping(concurrency) ? scalar(t.value(concurrency, u"group")) : scalar(concurrency);
        const int run = t.value(t.value(root, u"defaults"), u"run");
        w.defaultShell = scalar(t.value(run, u"shell"));
        w.defaultWorkingDirectory = scalar(t.value(run, u"working-directory"));
        // "on" may be read by YAML 1.1 tools as true; libyaml keeps it a string, as GitHub does.
        w.onNode = t.value(root, u"on");
        readTriggers(w.onNode, w);
        w.jobsNode = t.value(root, u"jobs");
        if (isMapping(w.jobsNode)) {
            for (const auto &[key, value] : t.entries(w.jobsNode))
                w.jobs.append(readJob(key, value));
        }
        return w;
    }

private:
    bool isMapping(int node) const { return node >= 0 && t.resolved(node) >= 0 && t.node(t.resolved(node)).isMapping(); }
    bool isSequence(int node) const { return node >= 0 && t.resolved(node) >= 0 && t.node(t.resolved(node)).isSequence(); }
    QString scalar(int node) const
    {
        node = t.resolved(node);
        return node >= 0 && t.node(node).isScalar() ? t.node(node).value : QString();
    }
    QMap<QString, QString> map(int node) const
    {
        QMap<QString, QString> out;
        if (!isMapping(node))
            return out;
        for (const auto &[key, value] : t.entries(node))
            out.insert(t.node(key).value, WorkflowReader::text(t, value));
        return out;
    }

    void readPermissions(int node, Workflow &w) const
    {
        if (node < 0)
            return;
        if (isMapping(node)) {
            w.permissions = QStringLiteral("map");
            w.permissionScopes = map(node);
        } else {
            w.permissions = scalar(node);
        }
    }

    void readTriggers(int on, Workflow &w) const
    {
        if (on < 0)
            return;
        const int resolved = t.resolved(on);
        if (resolved < 0)
            return;
        const YamlSyntaxNode &n = t.node(resolved);
        if (n.isScalar()) {
            w.triggers.append(WorkflowTrigger{n.value, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, resolved, -1});
        } else if (n.isSequence()) {
            for (int item : n.children) {
                WorkflowTrigger trigger;
                trigger.event = scalar(item);
                trigger.node = item;
                w.triggers.append(trigger);
            }
        } else if (n.isMapping()) {
            for (const auto &[key, value] : t.entries(resolved))
                w.triggers.append(readTrigger(key, value));
        }
    }

    WorkflowTrigger readTrigger(int key, int value) const
    {
        WorkflowTrigger trigger;
        trigger.event = t.node(key).value;
        trigger.keyNode = key;
        trigger.node = value;
        if (trigger.event == QLatin1String("schedule")) {
            if (isSequence(value)) {
                for (int item : t.node(t.resolved(value)).children) {
                    const int cron = t.value(item, u"cron");
                    if (cron >= 0) {
                        trigger.crons.append(scalar(cron));
                        trigger.cronNodes.append(cron);
                    }
                }
            }
            return trigger;
        }
        if (!isMapping(value))
            return trigger;
        trigger.branches = WorkflowReader::strings(t, t.value(value, u"branches"));
        trigger.branchesIgnore = WorkflowReader::strings(t, t.value(value, u"branches-ignore"));
        trigger.tags = WorkflowReader::strings(t, t.value(value, u"tags"));
        trigger.tagsIgnore = WorkflowReader::strings(t, t.value(value, u"tags-ignore"));
        trigger.paths = WorkflowReader::strings(t, t.value(value, u"paths"));
        trigger.pathsIgnore = WorkflowReader::strings(t, t.value(value, u"paths-ignore"));
        trigger.types = WorkflowReader::strings(t, t.value(value, u"types"));
        const int inputs = t.value(value, u"inputs");
        if (isMapping(inputs)) {
            for (const auto &[inputKey, inputValue] : t.entries(inputs))
                trigger.inputs.append(readInput(inputKey, inputValue));
        }
        for (const auto &[k, v] : t.entries(t.value(value, u"secrets")))
            trigger.secrets.append(t.node(k).value);
        for (const auto &[k, v] : t.entries(t.value(value, u"outputs")))
            trigger.outputs.append(t.node(k).value);
        return trigger;
    }

    WorkflowInput readInput(int key, int value) const
    {
        WorkflowInput input;
        input.name = t.node(key).value;
        input.keyNode = key;
        input.node = value;
        input.type = scalar(t.value(value, u"type"));
        input.description = scalar(t.value(value, u"description"));
        input.defaultValue = scalar(t.value(value, u"default"));
        input.required = scalar(t.value(value, u"required")) == QLatin1String("true");
        input.options = WorkflowReader::strings(t, t.value(value, u"options"));
        return input;
    }

    WorkflowJob readJob(int key, int value) const
    {
        WorkflowJob job;
        job.id = t.node(key).value;
        job.keyNode = key;
        job.node = value;
        if (!isMapping(value))
            return job;
        job.name = scalar(t.value(value, u"name"));
        const int runsOn = t.value(value, u"runs-on");
        if (isMapping(runsOn)) {
            job.runsOnGroup = scalar(t.value(runsOn, u"group"));
            job.runsOn = WorkflowReader::strings(t, t.value(runsOn, u"labels"));
        } else {
            job.runsOn = WorkflowReader::strings(t, runsOn);
        }
        job.needs = WorkflowReader::strings(t, t.value(value, u"needs"), &job.needsNodes);
        job.condition = scalar(t.value(value, u"if"));
        const int environment = t.value(value, u"environment");
        if (isMapping(environment)) {
            job.environment = scalar(t.value(environment, u"name"));
            job.environmentUrl = scalar(t.value(environment, u"url"));
        } else {
            job.environment = scalar(environment);
        }
        readMatrix(t.value(t.value(value, u"strategy"), u"matrix"), job.matrix);
        const int strategy = t.value(value, u"strategy");
        job.matrix.failFast = scalar(t.value(strategy, u"fail-fast"));
        job.matrix.maxParallel = scalar(t.value(strategy, u"max-parallel"));
        job.uses = scalar(t.value(value, u"uses"));
        job.with = map(t.value(value, u"with"));
        const int secrets = t.value(value, u"secrets");
        job.secrets = isMapping(secrets) ? map(secrets) : QMap<QString, QString>{{QStringLiteral("inherit"), scalar(secrets)}};
        if (secrets < 0)
            job.secrets.clear();
        job.env = map(t.value(value, u"env"));
        job.outputs = map(t.value(value, u"outputs"));
        const int container = t.value(value, u"container");
        job.container = isMapping(container) ? scalar(t.value(container, u"image")) : scalar(container);
        for (const auto &[k, v] : t.entries(t.value(value, u"services")))
            job.services.append(t.node(k).value);
        job.continueOnError = scalar(t.value(value, u"continue-on-error"));
        job.timeoutMinutes = scalar(t.value(value, u"timeout-minutes"));
        const int steps = t.value(value, u"steps");
        if (isSequence(steps)) {
            for (int item : t.node(t.resolved(steps)).children)
                job.steps.append(readStep(item));
        }
        return job;
    }

    void readMatrix(int node, WorkflowMatrix &matrix) const
    {
        matrix.node = node;
        if (node < 0)
            return;
        if (!isMapping(node)) {
            matrix.expression = scalar(node);
            return;
        }
        for (const auto &[key, value] : t.entries(node)) {
            const QString name = t.node(key).value;
            if (name == QLatin1String("include") || name == QLatin1String("exclude")) {
                QList<MatrixCombination> &list = name == QLatin1String("include") ? matrix.include : matrix.exclude;
                if (isSequence(value)) {
                    for (int item : t.node(t.resolved(value)).children)
                        list.append(map(item));
                } else if (!isMapping(value)) {
                    matrix.expression = scalar(value); // include: ${{ fromJSON(...) }}
                }
                continue;
            }
            MatrixAxis axis;
            axis.name = name;
            axis.keyNode = key;
            if (isSequence(value)) {
                for (int item : t.node(t.resolved(value)).children)
                    axis.values.append(WorkflowReader::text(t, item));
            } else {
                axis.values.append(WorkflowReader::text(t, value)); // an expression: one unknown value
            }
            matrix.axes.append(axis);
        }
    }

    WorkflowStep readStep(int node) const
    {
        WorkflowStep step;
        step.node = node;
        step.id = scalar(t.value(node, u"id"));
        step.name = scalar(t.value(node, u"name"));
        step.uses = scalar(t.value(node, u"uses"));
        step.run = scalar(t.value(node, u"run"));
        step.shell = scalar(t.value(node, u"shell"));
        step.workingDirectory = scalar(t.value(node, u"working-directory"));
        step.condition = scalar(t.value(node, u"if"));
        step.with = map(t.value(node, u"with"));
        step.env = map(t.value(node, u"env"));
        step.continueOnError = scalar(t.value(node, u"continue-on-error"));
        step.timeoutMinutes = scalar(t.value(node, u"timeout-minutes"));
        return step;
    }

    const YamlSyntaxTree &t;
};

} // namespace

Workflow WorkflowReader::read(const YamlSyntaxTree &tree)
{
    return Reader(tree).read();
}

QString WorkflowReader::text(const YamlSyntaxTree &tree, int node)
{
    node = tree.resolved(node);
    if (node < 0)
        return QString();
    const YamlSyntaxNode &n = tree.node(node);
    if (n.isScalar())
        return n.value;
    return QString::fromUtf8(tree.text().mid(n.span.begin, n.span.size()));
}

QStringList WorkflowReader::strings(const YamlSyntaxTree &tree, int node, QList<int> *nodes)
{
    QStringList out;
    const int resolved = tree.resolved(node);
    if (resolved < 0)
        return out;
    const YamlSyntaxNode &n = tree.node(resolved);
    if (n.isScalar()) {
        out.append(n.value);
        if (nodes)
            nodes->append(resolved);
    } else if (n.isSequence()) {
        for (int item : n.children) {
            const int r = tree.resolved(item);
            if (r >= 0 && tree.node(r).isScalar()) {
                out.append(tree.node(r).value);
                if (nodes)
                    nodes->append(item);
            }
        }
    }
    return out;
}

} // namespace gantry
