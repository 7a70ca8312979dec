#include "pipelines/WorkflowEditor.h"

#include "pipelines/JsonPath.h"
#include "pipelines/WorkflowKeyEditor.h"
#include "pipelines/YamlBlockEditor.h"
#include "pipelines/YamlJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowEditor)
};

QStringList path(std::initializer_list<QString> parts) { return QStringList(parts); }

/// `needs` as JSON is a string or a list; as a list of strings either way.
QJsonArray needsArray(const QJsonValue &needs)
{
    if (needs.isString())
        return QJsonArray{needs};
    return needs.toArray();
}

YamlOut stepOut(const WorkflowEditor::NewStep &step)
{
    QList<std::pair<QString, YamlOut>> entries;
    if (!step.name.isEmpty())
        entries.append({QStringLiteral("name"), YamlOut::string(step.name)});
    if (!step.uses.isEmpty())
        entries.append({QStringLiteral("uses"), YamlOut::string(step.uses)});
    if (!step.with.isEmpty()) {
        QList<std::pair<QString, YamlOut>> with;
        for (const auto &[k, v] : step.with)
            with.append({k, YamlOut::typed(v)});
        entries.append({QStringLiteral("with"), YamlOut::map(with)});
    }
    if (!step.run.isEmpty())
        entries.append({QStringLiteral("run"), YamlOut::string(step.run)});
    return YamlOut::map(entries);
}

} // namespace

WorkflowEditor::WorkflowEditor(const WorkflowDocument &document) : WorkflowEditBase(document) {}

bool WorkflowEditor::isValidId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return valid.match(id).hasMatch();
}

QString WorkflowEditor::blockingError() const
{
    if (m_doc.kind() != WorkflowKind::GitHubActions)
        return Tr::tr("this is a GitLab CI file; GitHub Actions edits do not apply to it");
    return yamlError(Tr::tr("the file is not a workflow: its top level is not a mapping"));
}

int WorkflowEditor::jobMapping(const QString &job, QString *error) const
{
    const WorkflowJob *j = m_doc.workflow().job(job);
    if (!j) {
        *error = Tr::tr("there is no job \"%1\"").arg(job);
        return -1;
    }
    const int node = m_doc.tree().resolved(j->node);
    if (node < 0 || !m_doc.tree().node(node).isMapping() || node != j->node) {
        *error = Tr::tr("job \"%1\" is not written as a mapping here; edit it in the text").arg(job);
        return -1;
    }
    return node;
}

WorkflowEditResult WorkflowEditor::addJob(const QString &id, const QString &runsOn, const QStringList &needs) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    if (!isValidId(id))
        return refuse(Tr::tr("\"%1\" is not a valid job id: use a letter or '_' first, then letters, digits, '-' or '_'").arg(id));
    if (m_doc.workflow().job(id))
        return refuse(Tr::tr("there is already a job \"%1\"").arg(id));
    for (const QString &need : needs) {
        if (!m_doc.workflow().job(need))
            return refuse(Tr::tr("there is no job \"%1\" to need").arg(need));
    }
    QList<std::pair<QString, YamlOut>> body;
    if (!needs.isEmpty()) {
        QList<YamlOut> list;
        for (const QString &n : needs)
            list.append(YamlOut::string(n));
        body.append({QStringLiteral("needs"), needs.size() == 1 ? list.first() : YamlOut::list(list)});
    }
    body.append({QStringLiteral("runs-on"), YamlOut::string(runsOn.isEmpty() ? QStringLiteral("ubuntu-latest") : runsOn)});
    body.append({QStringLiteral("steps"), YamlOut::list({YamlOut::map({{QStringLiteral("uses"), YamlOut::string(QStringLiteral("actions/checkout@v4"))}})})});
    const YamlOut job = YamlOut::map(body);

    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    QString error;
    const int jobs = tree.resolved(m_doc.workflow().jobsNode);
    if (m_doc.workflow().jobsNode < 0) {
        if (tree.root() < 0)
            error = editor.appendTopLevel(patch, QStringLiteral("jobs"), YamlOut::map({{id, job}}));
        else
            error = editor.insertEntry(patch, tree.root(), QStringLiteral("jobs"), YamlOut::map({{id, job}}));
    } else if (jobs >= 0 && tree.node(jobs).isMapping() && !tree.node(jobs).children.isEmpty()) {
        // Jobs separated by blank lines get one before the new job too.
        const QList<int> &children = tree.node(jobs).children;
        const QByteArray separator = children.size() >= 4 ? editor.blankLineBetween(children[0], children[2]) : QByteArray();
        TextPatch entry;
        error = editor.insertEntry(entry, jobs, id, job);
        for (const TextPatch::Replacement &r : entry.parts())
            patch.insert(r.begin, tree.node(jobs).style == YamlSyntaxNode::Style::Block ? separator + r.text : r.text);
    } else {
        const int key = tree.keyNode(tree.root(), u"jobs");
        error = editor.replaceValue(patch, key, YamlOut::map({{id, job}}));
    }
    if (!error.isEmpty())
        return refuse(error);
    QJsonValue expected = m_json;
    JsonPath::set(expected, path({QStringLiteral("jobs"), id}), job.toJson());
    return finish(patch, expected);
}

QString WorkflowEditor::dropNeed(TextPatch &patch, QJsonValue &expected, const WorkflowJob &job, const QString &need) const
{
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    const int needsKey = tree.keyNode(job.node, u"needs");
    const int needsValue = tree.value(job.node, u"needs");
    if (needsKey < 0 || tree.resolved(needsValue) != needsValue)
        return Tr::tr("job \"%1\" does not need \"%2\"").arg(job.id, need);
    const QStringList jobPath{QStringLiteral("jobs"), job.id};
    const YamlSyntaxNode &n = tree.node(needsValue);
    QJsonArray remaining = needsArray(JsonPath::get(expected, jobPath + QStringList{QStringLiteral("needs")}));
    for (qsizetype i = remaining.size() - 1; i >= 0; --i) {
        if (remaining[i].toString() == need)
            remaining.removeAt(i);
    }
    if (n.isScalar() || (n.isSequence() && remaining.isEmpty())) {
        if (n.isScalar() && n.value != need)
            return Tr::tr("job \"%1\" does not need \"%2\"").arg(job.id, need);
        JsonPath::remove(expected, jobPath + QStringList{QStringLiteral("needs")});
        return editor.removeEntry(patch, needsKey);
    }
    for (int i = int(n.children.size()) - 1; i >= 0; --i) {
        const int item = n.children[i];
        if (tree.node(item).isScalar() && tree.node(item).value == need) {
            const QString error = editor.removeItem(patch, needsValue, i);
            if (!error.isEmpty())
                return error;
            JsonPath::set(expected, jobPath + QStringList{QStringLiteral("needs")}, remaining);
            return QString();
        }
    }
    return Tr::tr("job \"%1\" does not need \"%2\"").arg(job.id, need);
}

WorkflowEditResult WorkflowEditor::removeJob(const QString &id) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    QString error;
    if (jobMapping(id, &error) < 0 && !m_doc.workflow().job(id))
        return refuse(error);
    const WorkflowJob *job = m_doc.workflow().job(id);
    if (m_doc.workflow().jobs.size() == 1)
        return refuse(Tr::tr("job \"%1\" is the only job, and a workflow needs at least one").arg(id));
    const YamlBlockEditor editor(m_doc.tree());
    TextPatch patch;
    QJsonValue expected = m_json;
    error = editor.removeEntry(patch, job->keyNode);
    if (!error.isEmpty())
        return refuse(error);
    JsonPath::remove(expected, path({QStringLiteral("jobs"), id}));
    for (const WorkflowJob &other : m_doc.workflow().jobs) {
        if (other.id != id && other.needs.contains(id)) {
            error = dropNeed(patch, expected, other, id);
            if (!error.isEmpty())
                return refuse(error);
        }
    }
    return finish(patch, expected);
}

WorkflowEditResult WorkflowEditor::renameJob(const QString &from, const QString &to) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    const WorkflowJob *job = m_doc.workflow().job(from);
    if (!job)
        return refuse(Tr::tr("there is no job \"%1\"").arg(from));
    if (!isValidId(to))
        return refuse(Tr::tr("\"%1\" is not a valid job id: use a letter or '_' first, then letters, digits, '-' or '_'").arg(to));
    if (from == to || m_doc.workflow().job(to))
        return refuse(Tr::tr("there is already a job \"%1\"").arg(to));
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    QString error = editor.replaceScalar(patch, job->keyNode, YamlOut::string(to));
    for (const WorkflowJob &other : m_doc.workflow().jobs) {
        for (qsizetype i = 0; i < other.needs.size() && error.isEmpty(); ++i) {
            if (other.needs[i] == from)
                error = editor.replaceScalar(patch, other.needsNodes[i], YamlOut::string(to));
        }
    }
    if (!error.isEmpty())
        return refuse(error);
    // `needs.<from>` in expressions, wherever a value mentions it, and `jobs.<from>` in the
    // outputs of a reusable workflow (the one place GitHub has the `jobs` context).
    const auto referenceTo = [&](const char *context) {
        return QRegularExpression(QStringLiteral("\\b%1\\.%2(?![A-Za-z0-9_-])").arg(QLatin1String(context), QRegularExpression::escape(from)));
    };
    const QRegularExpression reference = referenceTo("needs");
    const QRegularExpression jobsReference = referenceTo("jobs");
    const QStringList callOutputs{QStringLiteral("on"), QStringLiteral("workflow_call"), QStringLiteral("outputs")};
    const QByteArray &text = tree.text();
    for (int i = 0; i < tree.size(); ++i) {
        const YamlSyntaxNode &n = tree.node(i);
        if (!n.isScalar() || tree.isKey(i))
            continue;
        const bool inCallOutputs = n.value.contains(QLatin1String("jobs."))
            && tree.path(i).startsWith(callOutputs.join(QLatin1Char('.')) + QLatin1Char('.'));
        if (!inCallOutputs && !n.value.contains(QLatin1String("needs.")))
            continue;
        const QString raw = QString::fromUtf8(text.mid(n.span.begin, n.span.size()));
        for (const QRegularExpression *re : {&reference, &jobsReference}) {
            if (re == &jobsReference && !inCallOutputs)
                continue;
            const qsizetype contextSize = re == &reference ? 6 : 5; // "needs." or "jobs."
            auto matches = re->globalMatch(raw);
            while (matches.hasNext()) {
                const auto match = matches.next();
                const qsizetype begin = n.span.begin + raw.left(match.capturedStart()).toUtf8().size() + contextSize;
                patch.replace(begin, begin + from.toUtf8().size(), to.toUtf8());
            }
        }
    }
    QJsonValue expected = m_json;
    QJsonObject jobs = JsonPath::get(expected, {QStringLiteral("jobs")}).toObject();
    const QJsonValue body = jobs.take(from);
    jobs.insert(to, body);
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        QJsonObject o = it.value().toObject();
        const QJsonValue needs = o.value(QStringLiteral("needs"));
        if (needs.isString() && needs.toString() == from)
            o.insert(QStringLiteral("needs"), to);
        else if (needs.isArray()) {
            QJsonArray list = needs.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list[i].toString() == from)
                    list.replace(i, to);
            }
            o.insert(QStringLiteral("needs"), list);
        }
        if (it.value().isObject())
            it.value() = o;
    }
    JsonPath::set(expected, {QStringLiteral("jobs")}, jobs);
    expected = JsonPath::mapStrings(expected, [&](const QString &s) {
        QString out = s;
        return out.replace(reference, QStringLiteral("needs.") + to);
    });
    const QJsonValue outputs = JsonPath::get(expected, callOutputs);
    if (outputs.isObject()) {
        JsonPath::set(expected, callOutputs, JsonPath::mapStrings(outputs, [&](const QString &s) {
                          QString out = s;
                          return out.replace(jobsReference, QStringLiteral("jobs.") + to);
                      }));
    }
    return finish(patch, expected);
}

WorkflowEditResult WorkflowEditor::addNeeds(const QString &job, const QString &need) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    QString error;
    const int mapping = jobMapping(job, &error);
    if (mapping < 0)
        return refuse(error);
    if (!m_doc.workflow().job(need))
        return refuse(Tr::tr("there is no job \"%1\" to need").arg(need));
    if (need == job)
        return refuse(Tr::tr("a job cannot need itself"));
    const WorkflowJob *j = m_doc.workflow().job(job);
    if (j->needs.contains(need))
        return refuse(Tr::tr("job \"%1\" already needs \"%2\"").arg(job, need));
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    const QStringList needsPath{QStringLiteral("jobs"), job, QStringLiteral("needs")};
    QJsonValue expected = m_json;
    const int key = tree.keyNode(mapping, u"needs");
    const int value = tree.value(mapping, u"needs");
    if (key < 0) {
        // A new `needs:` goes after the job's name when it starts with one, else first.
        const QList<int> &children = tree.node(mapping).children;
        int before = children.isEmpty() ? -1 : children.first();
        if (before >= 0 && tree.node(before).value == QLatin1String("name"))
            before = children.size() > 2 ? children[2] : -1;
        error = editor.insertEntry(patch, mapping, QStringLiteral("needs"), YamlOut::string(need), before);
        JsonPath::set(expected, needsPath, need);
    } else if (tree.node(value).isScalar()) {
        const QString existing = tree.node(value).value;
        error = editor.replaceValue(patch, key, YamlOut::list({YamlOut::string(existing), YamlOut::string(need)}));
        // A scalar becomes a flow list in place: "needs: a" → "needs: [a, b]".
        if (error.isEmpty()) {
            patch = TextPatch();
            patch.replace(tree.node(value).span.begin, tree.node(value).span.end,
                          editor.emitter().flow(YamlOut::list({YamlOut::string(existing), YamlOut::string(need)})));
        }
        JsonPath::set(expected, needsPath, QJsonArray{existing, need});
    } else if (tree.node(value).isSequence()) {
        error = editor.insertItem(patch, value, -1, YamlOut::string(need));
        QJsonArray list = JsonPath::get(expected, needsPath).toArray();
        list.append(need);
        JsonPath::set(expected, needsPath, list);
    } else {
        error = Tr::tr("job \"%1\" has needs that are neither a name nor a list").arg(job);
    }
    if (!error.isEmpty())
        return refuse(error);
    return finish(patch, expected);
}

WorkflowEditResult WorkflowEditor::removeNeeds(const QString &job, const QString &need) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    QString error;
    if (jobMapping(job, &error) < 0)
        return refuse(error);
    TextPatch patch;
    QJsonValue expected = m_json;
    error = dropNeed(patch, expected, *m_doc.workflow().job(job), need);
    if (!error.isEmpty())
        return refuse(error);
    return finish(patch, expected);
}

WorkflowEditResult WorkflowEditor::addStep(const QString &job, const NewStep &step, int index) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    QString error;
    const int mapping = jobMapping(job, &error);
    if (mapping < 0)
        return refuse(error);
    if (step.run.isEmpty() == step.uses.isEmpty())
        return refuse(Tr::tr("a step needs either a command to run or an action to use"));
    if (m_doc.workflow().job(job)->isReusable())
        return refuse(Tr::tr("job \"%1\" calls a reusable workflow (uses:); such a job has no steps of its own").arg(job));
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    const YamlOut out = stepOut(step);
    TextPatch patch;
    const QStringList stepsPath{QStringLiteral("jobs"), job, QStringLiteral("steps")};
    QJsonValue expected = m_json;
    const int steps = tree.value(mapping, u"steps");
    if (steps >= 0 && tree.node(steps).isSequence()) {
        const int count = int(tree.node(steps).children.size());
        if (index > count)
            return refuse(Tr::tr("job \"%1\" has %2 steps; there is no position %3").arg(job).arg(count).arg(index));
        error = editor.insertItem(patch, steps, index, out);
        QJsonArray list = JsonPath::get(expected, stepsPath).toArray();
        list.insert(index < 0 ? list.size() : index, out.toJson());
        JsonPath::set(expected, stepsPath, list);
    } else if (steps < 0) {
        error = editor.insertEntry(patch, mapping, QStringLiteral("steps"), YamlOut::list({out}));
        JsonPath::set(expected, stepsPath, QJsonArray{out.toJson()});
    } else {
        error = editor.replaceValue(patch, tree.keyNode(mapping, u"steps"), YamlOut::list({out}));
        JsonPath::set(expected, stepsPath, QJsonArray{out.toJson()});
    }
    if (!error.isEmpty())
        return refuse(error);
    return finish(patch, expected);
}

int WorkflowEditor::stepList(const QString &job, QString *error) const
{
    *error = blockingError();
    if (!error->isEmpty())
        return -1;
    const int mapping = jobMapping(job, error);
    if (mapping < 0)
        return -1;
    const int steps = m_doc.tree().value(mapping, u"steps");
    if (steps < 0 || !m_doc.tree().node(steps).isSequence()) {
        *error = Tr::tr("job \"%1\" has no steps").arg(job);
        return -1;
    }
    return steps;
}

WorkflowEditResult WorkflowEditor::removeStep(const QString &job, int index) const
{
    QString error;
    const int steps = stepList(job, &error);
    if (steps < 0)
        return refuse(error);
    if (index < 0 || index >= m_doc.tree().node(steps).children.size())
        return refuse(Tr::tr("job \"%1\" has no step %2").arg(job).arg(index));
    TextPatch patch;
    error = YamlBlockEditor(m_doc.tree()).removeItem(patch, steps, index);
    if (!error.isEmpty())
        return refuse(error);
    QJsonValue expected = m_json;
    JsonPath::remove(expected, {QStringLiteral("jobs"), job, QStringLiteral("steps"), QString::number(index)});
    return finish(patch, expected);
}

WorkflowEditResult WorkflowEditor::moveStep(const QString &job, int from, int to) const
{
    QString error;
    const int steps = stepList(job, &error);
    if (steps < 0)
        return refuse(error);
    TextPatch patch;
    error = YamlBlockEditor(m_doc.tree()).moveItem(patch, steps, from, to);
    if (!error.isEmpty())
        return refuse(error);
    const QStringList stepsPath{QStringLiteral("jobs"), job, QStringLiteral("steps")};
    QJsonValue expected = m_json;
    QJsonArray list = JsonPath::get(expected, stepsPath).toArray();
    const QJsonValue moved = list.takeAt(from);
    list.insert(to, moved);
    JsonPath::set(expected, stepsPath, list);
    return finish(patch, expected);
}

WorkflowEditResult WorkflowEditor::setValue(const QString &keyPath, const YamlOut &out) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    if (const WorkflowKeyEditor keys(*this); !parts.contains(QString()) && keys.needsMapForm(parts))
        return keys.setInMapForm(parts, out);
    return WorkflowEditBase::setValue(keyPath, out); // also says why a key path is not one
}

WorkflowEditResult WorkflowEditor::remove(const QString &keyPath) const
{
    return WorkflowKeyEditor(*this).remove(keyPath);
}

} // namespace gantry
