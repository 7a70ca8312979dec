#include "app/PipelineDialogChanges.h"

#include <QJsonValue>

namespace gantry {

namespace {

YamlOut strings(const QStringList &values)
{
    QList<YamlOut> items;
    for (const QString &v : values)
        items.append(YamlOut::string(v));
    return YamlOut::list(items);
}

/// A scalar key: set when it changed, removed when it was emptied.
void scalarChange(QList<WorkflowKeyChange> &changes, const QString &path, const QString &before, const QString &after,
                  const YamlOut &value)
{
    if (before == after)
        return;
    if (after.isEmpty())
        changes.append(WorkflowKeyChange::remove(path));
    else
        changes.append(WorkflowKeyChange::set(path, value));
}

void stringChange(QList<WorkflowKeyChange> &changes, const QString &path, const QString &before, const QString &after)
{
    scalarChange(changes, path, before, after, YamlOut::string(after));
}

/// A list key: removed when emptied, written whole when new or reordered; else item by item
/// (items taken out, or changed in place and added at or taken from the end), so the other
/// items keep their quoting and comments. With a `field`, each item is a map holding the value under it
/// (`- cron: …`).
void listChange(QList<WorkflowKeyChange> &changes, const YamlSyntaxTree &tree, const QString &path, const QStringList &before,
                const QStringList &after, const QString &field = QString())
{
    if (before == after)
        return;
    if (after.isEmpty()) {
        changes.append(WorkflowKeyChange::remove(path));
        return;
    }
    const auto item = [&](const QString &v) {
        return field.isEmpty() ? YamlOut::string(v) : YamlOut::map({{field, YamlOut::string(v)}});
    };
    const auto at = [&](qsizetype i) {
        return field.isEmpty() ? QStringLiteral("%1.%2").arg(path).arg(i) : QStringLiteral("%1.%2.%3").arg(path).arg(i).arg(field);
    };
    const int node = tree.find(path);
    // Item by item needs a list of its own (not `branches: main`, not an alias) whose items are
    // the values read (none skipped, so the indexes are the list's).
    if (!before.isEmpty() && node >= 0 && tree.node(node).isSequence() && tree.path(node) == path
        && tree.node(node).children.size() == before.size()) {
        if (after.size() < before.size()) {
            // Items taken out, the rest in order: remove those (from the last, so indexes hold).
            QList<qsizetype> removed;
            qsizetype j = 0;
            for (qsizetype i = 0; i < before.size(); ++i) {
                if (j < after.size() && before[i] == after[j])
                    ++j;
                else
                    removed.prepend(i);
            }
            if (j == after.size()) {
                for (qsizetype i : std::as_const(removed))
                    changes.append(WorkflowKeyChange::remove(QStringLiteral("%1.%2").arg(path).arg(i)));
                return;
            }
        }
        // Changed in place, then added at the end or taken from it; unless items moved (a moved
        // item's comment would stay behind on another one).
        const qsizetype common = std::min(before.size(), after.size());
        bool moved = false;
        for (qsizetype i = 0; i < common; ++i)
            moved = moved || (before[i] != after[i] && (before.contains(after[i]) || after.contains(before[i])));
        if (!moved) {
            for (qsizetype i = 0; i < common; ++i) {
                if (before[i] != after[i])
                    changes.append(WorkflowKeyChange::set(at(i), YamlOut::string(after[i])));
            }
            for (qsizetype i = common; i < after.size(); ++i)
                changes.append(WorkflowKeyChange::appendItem(path, item(after[i])));
            for (qsizetype i = before.size() - 1; i >= common; --i)
                changes.append(WorkflowKeyChange::remove(QStringLiteral("%1.%2").arg(path).arg(i)));
            return;
        }
    }
    QList<YamlOut> items;
    for (const QString &v : after)
        items.append(item(v));
    changes.append(WorkflowKeyChange::set(path, YamlOut::list(items)));
}

/// A run command as written: several lines end with a line break (a `|` block).
QString runText(const QString &run, const QString &before)
{
    if ((run.contains(QLatin1Char('\n')) || before.endsWith(QLatin1Char('\n'))) && !run.endsWith(QLatin1Char('\n')))
        return run + QLatin1Char('\n');
    return run;
}

/// An action's input as typed: a number or boolean stays plain only when it reads back as the
/// same text (`20`, `true`); `3.10` (which YAML reads as 3.1), `0x10` or `True` are quoted.
YamlOut actionInput(const QString &value)
{
    const YamlOut typed = YamlOut::typed(value);
    if (typed.kind != YamlOut::Kind::Typed)
        return typed;
    const QJsonValue json = typed.toJson();
    const QString back = json.isBool() ? (json.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
        : json.isDouble()             ? QString::number(json.toDouble(), 'g', 17)
                                      : QString();
    return back == value ? typed : YamlOut::string(value);
}

QString inputType(const QString &type) { return type.isEmpty() ? QStringLiteral("string") : type; }

YamlOut inputDefault(const TriggerDialog::Input &input)
{
    const QString type = inputType(input.type);
    return type == QLatin1String("boolean") || type == QLatin1String("number") ? YamlOut::typed(input.defaultValue)
                                                                               : YamlOut::string(input.defaultValue);
}

YamlOut newInput(const TriggerDialog::Input &input)
{
    QList<std::pair<QString, YamlOut>> entries;
    if (!input.description.isEmpty())
        entries.append({QStringLiteral("description"), YamlOut::string(input.description)});
    if (input.required)
        entries.append({QStringLiteral("required"), YamlOut::typed(QStringLiteral("true"))});
    if (!input.defaultValue.isEmpty())
        entries.append({QStringLiteral("default"), inputDefault(input)});
    entries.append({QStringLiteral("type"), YamlOut::string(inputType(input.type))});
    if (!input.options.isEmpty())
        entries.append({QStringLiteral("options"), strings(input.options)});
    return YamlOut::map(entries);
}

const TriggerDialog::Input *inputNamed(const QList<TriggerDialog::Input> &inputs, const QString &name)
{
    for (const TriggerDialog::Input &input : inputs) {
        if (input.name == name)
            return &input;
    }
    return nullptr;
}

} // namespace

bool PipelineDialogChanges::stepValues(const WorkflowDocument &document, const QString &job, int index, StepDialog::Values *values,
                                       QString *stepPath)
{
    const WorkflowJob *j = document.workflow().job(job);
    if (!j || index < 0 || index >= j->steps.size())
        return false;
    const WorkflowStep &step = j->steps[index];
    const YamlSyntaxTree &tree = document.tree();
    const int steps = tree.value(j->node, u"steps");
    const qsizetype position = steps >= 0 ? tree.node(steps).children.indexOf(step.node) : -1;
    if (position < 0)
        return false;
    *stepPath = QStringLiteral("jobs.%1.steps.%2").arg(job).arg(position);
    StepDialog::Values v;
    v.name = step.name;
    v.usesAction = !step.uses.isEmpty() && step.run.isEmpty();
    v.run = step.run;
    v.uses = step.uses;
    v.shell = step.shell;
    v.workingDirectory = step.workingDirectory;
    v.condition = step.condition;
    // The inputs in the file's order (the model's map is sorted).
    const int with = tree.value(step.node, u"with");
    if (with >= 0 && tree.node(tree.resolved(with)).isMapping()) {
        for (const auto &[key, value] : tree.entries(tree.resolved(with))) {
            const int resolved = tree.resolved(value);
            v.with.append({tree.node(key).value, resolved >= 0 && tree.node(resolved).isScalar() ? tree.node(resolved).value : QString()});
        }
    }
    *values = v;
    return true;
}

QList<WorkflowKeyChange> PipelineDialogChanges::stepChanges(const QString &stepPath, const StepDialog::Values &before,
                                                            const StepDialog::Values &after)
{
    QList<WorkflowKeyChange> changes;
    const auto key = [&](const char *name) { return stepPath + QLatin1Char('.') + QLatin1String(name); };
    stringChange(changes, key("name"), before.name, after.name);
    if (after.usesAction) {
        stringChange(changes, key("uses"), before.uses, after.uses);
        if (!before.usesAction) {
            // What only a run step has goes with it.
            stringChange(changes, key("run"), before.run, QString());
            stringChange(changes, key("shell"), before.shell, QString());
            stringChange(changes, key("working-directory"), before.workingDirectory, QString());
        }
        if (before.with != after.with) {
            bool perKey = !before.with.isEmpty() && !after.with.isEmpty();
            QStringList afterKeys;
            for (const auto &[k, v] : after.with) {
                afterKeys.append(k);
                perKey = perKey && !k.contains(QLatin1Char('.'));
            }
            for (const auto &[k, v] : before.with)
                perKey = perKey && !k.contains(QLatin1Char('.'));
            if (after.with.isEmpty()) {
                changes.append(WorkflowKeyChange::remove(key("with")));
            } else if (!perKey) {
                QList<std::pair<QString, YamlOut>> entries;
                for (const auto &[k, v] : after.with)
                    entries.append({k, actionInput(v)});
                changes.append(WorkflowKeyChange::set(key("with"), YamlOut::map(entries)));
            } else {
                // Input by input, so the others keep their text and comments.
                for (const auto &[k, v] : before.with) {
                    if (!afterKeys.contains(k))
                        changes.append(WorkflowKeyChange::remove(key("with") + QLatin1Char('.') + k));
                }
                for (const auto &[k, v] : after.with) {
                    if (!before.with.contains(std::pair<QString, QString>(k, v)))
                        changes.append(WorkflowKeyChange::set(key("with") + QLatin1Char('.') + k, actionInput(v)));
                }
            }
        }
    } else {
        const QString run = runText(after.run, before.run);
        if (before.usesAction || run != before.run)
            changes.append(WorkflowKeyChange::set(key("run"), YamlOut::string(run)));
        if (before.usesAction) {
            stringChange(changes, key("uses"), before.uses, QString());
            if (!before.with.isEmpty())
                changes.append(WorkflowKeyChange::remove(key("with")));
        }
        stringChange(changes, key("shell"), before.shell, after.shell);
        stringChange(changes, key("working-directory"), before.workingDirectory, after.workingDirectory);
    }
    stringChange(changes, key("if"), before.condition, after.condition);
    return changes;
}

const WorkflowTrigger *PipelineDialogChanges::trigger(const WorkflowDocument &document, const QString &event)
{
    for (const WorkflowTrigger &t : document.workflow().triggers) {
        if (t.event == event)
            return &t;
    }
    return nullptr;
}

TriggerDialog::Values PipelineDialogChanges::triggerValues(const WorkflowTrigger &trigger)
{
    TriggerDialog::Values v;
    v.event = trigger.event;
    v.branches = trigger.branches;
    v.branchesIgnore = trigger.branchesIgnore;
    v.tags = trigger.tags;
    v.tagsIgnore = trigger.tagsIgnore;
    v.paths = trigger.paths;
    v.pathsIgnore = trigger.pathsIgnore;
    v.types = trigger.types;
    v.crons = trigger.crons;
    for (const WorkflowInput &input : trigger.inputs)
        v.inputs.append({input.name, inputType(input.type), input.description, input.defaultValue, input.required, input.options});
    return v;
}

QList<WorkflowKeyChange> PipelineDialogChanges::triggerChanges(const WorkflowDocument &document, const TriggerDialog::Values &before,
                                                               const TriggerDialog::Values &after)
{
    const YamlSyntaxTree &tree = document.tree();
    QList<WorkflowKeyChange> changes;
    const QString base = QStringLiteral("on.") + after.event + QLatin1Char('.');
    listChange(changes, tree, base + QStringLiteral("branches"), before.branches, after.branches);
    listChange(changes, tree, base + QStringLiteral("branches-ignore"), before.branchesIgnore, after.branchesIgnore);
    listChange(changes, tree, base + QStringLiteral("tags"), before.tags, after.tags);
    listChange(changes, tree, base + QStringLiteral("tags-ignore"), before.tagsIgnore, after.tagsIgnore);
    listChange(changes, tree, base + QStringLiteral("paths"), before.paths, after.paths);
    listChange(changes, tree, base + QStringLiteral("paths-ignore"), before.pathsIgnore, after.pathsIgnore);
    listChange(changes, tree, base + QStringLiteral("types"), before.types, after.types);
    if (!after.crons.isEmpty())
        listChange(changes, tree, QStringLiteral("on.schedule"), before.crons, after.crons, QStringLiteral("cron"));
    const QString inputs = base + QStringLiteral("inputs");
    if (after.inputs.isEmpty() && !before.inputs.isEmpty()) {
        changes.append(WorkflowKeyChange::remove(inputs));
        return changes;
    }
    for (const TriggerDialog::Input &old : before.inputs) {
        if (!inputNamed(after.inputs, old.name))
            changes.append(WorkflowKeyChange::remove(inputs + QLatin1Char('.') + old.name));
    }
    for (const TriggerDialog::Input &input : after.inputs) {
        const TriggerDialog::Input *old = inputNamed(before.inputs, input.name);
        const QString path = inputs + QLatin1Char('.') + input.name + QLatin1Char('.');
        if (!old) {
            changes.append(WorkflowKeyChange::set(inputs + QLatin1Char('.') + input.name, newInput(input)));
            continue;
        }
        stringChange(changes, path + QStringLiteral("description"), old->description, input.description);
        if (old->required != input.required)
            changes.append(input.required ? WorkflowKeyChange::set(path + QStringLiteral("required"), YamlOut::typed(QStringLiteral("true")))
                                          : WorkflowKeyChange::remove(path + QStringLiteral("required")));
        scalarChange(changes, path + QStringLiteral("default"), old->defaultValue, input.defaultValue, inputDefault(input));
        if (inputType(old->type) != inputType(input.type))
            changes.append(WorkflowKeyChange::set(path + QStringLiteral("type"), YamlOut::string(inputType(input.type))));
        listChange(changes, tree, path + QStringLiteral("options"), old->options, input.options);
    }
    return changes;
}

} // namespace gantry
