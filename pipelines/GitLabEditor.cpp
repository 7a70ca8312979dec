#include "pipelines/GitLabEditor.h"

#include "pipelines/GitLabLayout.h"
#include "pipelines/GitLabReferences.h"
#include "pipelines/JsonPath.h"
#include "pipelines/YamlBlockEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace gantry {

using namespace GitLabLayout;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::GitLabEditor)
};

const QString kNeeds = QStringLiteral("needs");
const QString kScript = QStringLiteral("script");
const QString kStage = QStringLiteral("stage");

} // namespace

GitLabEditor::GitLabEditor(const WorkflowDocument &document) : WorkflowEditBase(document) {}

bool GitLabEditor::isValidJobName(const QString &id)
{
    if (id.isEmpty() || id.size() > 255 || id != id.trimmed() || id.startsWith(QLatin1Char('.')) || id == QLatin1String("<<")
        || GitLabReader::isGlobalKeyword(id))
        return false;
    return std::none_of(id.begin(), id.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString GitLabEditor::blockingError() const
{
    if (m_doc.kind() != WorkflowKind::GitLabCi)
        return Tr::tr("this is a GitHub Actions workflow; GitLab CI edits do not apply to it");
    return yamlError(Tr::tr("the file is not a GitLab CI pipeline: its top level is not a mapping"));
}

int GitLabEditor::jobKey(const QString &id, QString *error, bool templatesToo) const
{
    *error = blockingError();
    if (!error->isEmpty())
        return -1;
    if (GitLabReader::isGlobalKeyword(id)) {
        *error = Tr::tr("\"%1\" is a global keyword of the pipeline, not a job").arg(id);
        return -1;
    }
    if (id.startsWith(QLatin1Char('.')) && !templatesToo) {
        *error = Tr::tr("\"%1\" is a hidden template (it starts with '.'), not a job GitLab runs; edit it in the text").arg(id);
        return -1;
    }
    const int key = ownKey(m_doc.tree(), id);
    if (key < 0) {
        *error = m_doc.gitlab().job(id) ? Tr::tr("job \"%1\" comes from an included file; edit it there").arg(id)
                                        : Tr::tr("there is no job \"%1\"").arg(id);
        return -1;
    }
    return key;
}

int GitLabEditor::jobMapping(const QString &id, QString *error) const
{
    const int key = jobKey(id, error);
    if (key < 0)
        return -1;
    const int value = valueOfKey(m_doc.tree(), key);
    if (value < 0 || m_doc.tree().resolved(value) != value || !m_doc.tree().node(value).isMapping()) {
        *error = Tr::tr("job \"%1\" is not written as a mapping here; edit it in the text").arg(id);
        return -1;
    }
    return value;
}

QString GitLabEditor::stagesText() const
{
    return m_doc.gitlab().stages.join(QStringLiteral(", "));
}

WorkflowEditResult GitLabEditor::addJob(const QString &id, const QString &stage, const QStringList &script, const QStringList &needs) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    if (GitLabReader::isGlobalKeyword(id))
        return refuse(Tr::tr("\"%1\" is a global keyword of the pipeline; a job cannot have that name").arg(id));
    if (!isValidJobName(id))
        return refuse(Tr::tr("\"%1\" cannot name a job: use up to 255 characters, no line break, not starting with '.' or a blank").arg(id));
    if (ownKey(m_doc.tree(), id) >= 0 || m_doc.gitlab().job(id))
        return refuse(Tr::tr("there is already a job \"%1\"").arg(id));
    const QString effective = stage.isEmpty() ? QStringLiteral("test") : stage;
    if (!m_doc.gitlab().stages.contains(effective))
        return refuse(Tr::tr("stage \"%1\" is not in stages: %2; add the stage first").arg(effective, stagesText()));
    for (const QString &need : needs) {
        if (const QString problem = GitLabReferences::needsProblem(m_doc.gitlab(), id, effective, need); !problem.isEmpty())
            return refuse(problem);
    }
    const YamlSyntaxTree &tree = m_doc.tree();
    QList<std::pair<QString, YamlOut>> body;
    if (!stage.isEmpty())
        body.append({kStage, YamlOut::string(stage)});
    if (!needs.isEmpty())
        body.append({kNeeds, names(needs, tree.root() >= 0 && writesBlock(tree, kNeeds, false))});
    const QStringList lines = script.isEmpty() ? QStringList{QStringLiteral("echo \"TODO write the script of %1\"").arg(id)} : script;
    body.append({kScript, names(lines, tree.root() < 0 || writesBlock(tree, kScript, true))});
    const YamlOut job = YamlOut::map(body);

    const YamlBlockEditor editor(tree);
    TextPatch patch;
    QString error;
    const int root = rootOf(tree);
    if (tree.root() < 0) {
        error = editor.appendTopLevel(patch, id, job);
    } else {
        // After the last job; jobs separated by blank lines get one too.
        const QList<int> &children = tree.node(root).children;
        qsizetype last = -1;
        for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
            if (isJobKey(tree, children[i], children[i + 1]))
                last = i;
        }
        const int before = last >= 0 && last + 2 < children.size() ? children[last + 2] : -1;
        QByteArray separator;
        const qsizetype neighbour = last > 0 ? last - 2 : last + 2;
        if (last >= 0 && neighbour >= 0 && neighbour < children.size() && tree.node(root).style == YamlSyntaxNode::Style::Block)
            separator = editor.blankLineBetween(children[std::min(last, neighbour)], children[std::max(last, neighbour)]);
        TextPatch entry;
        error = editor.insertEntry(entry, root, id, job, before);
        for (const TextPatch::Replacement &r : entry.parts())
            patch.insert(r.begin, before >= 0 ? r.text + separator : separator + r.text);
    }
    if (!error.isEmpty())
        return refuse(error);
    QJsonValue expected = m_json.isObject() ? m_json : QJsonValue(QJsonObject());
    JsonPath::set(expected, {id}, job.toJson());
    return finish(patch, expected);
}

WorkflowEditResult GitLabEditor::removeJob(const QString &id) const
{
    QString error;
    const int key = jobKey(id, &error);
    if (key < 0)
        return refuse(error);
    const YamlSyntaxTree &tree = m_doc.tree();
    for (const GitLabJob &other : m_doc.gitlab().jobs) {
        if (other.extends.contains(id))
            return refuse(Tr::tr("job \"%1\" extends \"%2\"; change that first").arg(other.id, id));
    }
    if (const int tag = GitLabReferences::referenceTag(tree, id); tag >= 0)
        return refuse(Tr::tr("line %1 takes part of \"%2\" with !reference; change that first").arg(tree.node(tag).span.line).arg(id));
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    error = editor.removeEntry(patch, key);
    const QList<GitLabReferences::Reference> refs =
        GitLabReferences::find(tree, id, {kNeeds, QStringLiteral("dependencies")}, key);
    QSet<int> emptied;
    for (const GitLabReferences::Reference &r : refs) {
        if (!error.isEmpty())
            break;
        if (r.viaAlias) {
            error = Tr::tr("the %1 at line %2 are an alias (*name); edit the list it points to").arg(r.key).arg(tree.node(r.keyNode).span.line);
            break;
        }
        const auto named = std::count_if(refs.begin(), refs.end(), [&](const GitLabReferences::Reference &o) { return o.list == r.list; });
        if (r.list < 0 || named == tree.node(r.list).children.size()) {
            if (emptied.contains(r.keyNode))
                continue;
            emptied.insert(r.keyNode);
            // No needs left: the job waits for the earlier stages again; no dependencies left: none.
            error = r.key == kNeeds || r.list < 0 ? editor.removeEntry(patch, r.keyNode) : editor.replaceValue(patch, r.keyNode, YamlOut::list());
        } else {
            error = editor.removeItem(patch, r.list, r.index);
        }
    }
    return finish(error, patch, GitLabReferences::dropped(m_json, id));
}

WorkflowEditResult GitLabEditor::renameJob(const QString &from, const QString &to) const
{
    QString error;
    const int key = jobKey(from, &error, true);
    if (key < 0)
        return refuse(error);
    const bool hidden = from.startsWith(QLatin1Char('.'));
    if (hidden != to.startsWith(QLatin1Char('.')))
        return refuse(hidden ? Tr::tr("\"%1\" is a hidden template; its new name must start with '.' too").arg(from)
                             : Tr::tr("a name starting with '.' would hide job \"%1\" (GitLab would not run it)").arg(from));
    if (!isValidJobName(hidden ? to.mid(1) : to) || (hidden && to.size() < 2))
        return refuse(Tr::tr("\"%1\" cannot name a job: use up to 255 characters, no line break, not starting with '.' or a blank").arg(to));
    if (from == to || ownKey(m_doc.tree(), to) >= 0 || m_doc.gitlab().job(to))
        return refuse(Tr::tr("there is already a job \"%1\"").arg(to));
    const YamlSyntaxTree &tree = m_doc.tree();
    if (const int tag = GitLabReferences::referenceTag(tree, from); tag >= 0)
        return refuse(Tr::tr("line %1 takes part of \"%2\" with !reference; rename it in the text").arg(tree.node(tag).span.line).arg(from));
    const QStringList keys{kNeeds, QStringLiteral("dependencies"), QStringLiteral("extends")};
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    error = editor.replaceScalar(patch, key, YamlOut::string(to));
    for (const GitLabReferences::Reference &r : GitLabReferences::find(tree, from, keys)) {
        if (error.isEmpty())
            error = editor.replaceScalar(patch, r.scalar, YamlOut::string(to));
    }
    return finish(error, patch, GitLabReferences::renamed(m_json, from, to, keys));
}

WorkflowEditResult GitLabEditor::addNeeds(const QString &job, const QString &need) const
{
    QString error;
    const int mapping = jobMapping(job, &error);
    if (mapping < 0)
        return refuse(error);
    const GitLabJob *j = m_doc.gitlab().job(job);
    if (j && j->needs.contains(need))
        return refuse(Tr::tr("job \"%1\" already needs \"%2\"").arg(job, need));
    if (const QString problem = GitLabReferences::needsProblem(m_doc.gitlab(), job, j ? j->stage : QStringLiteral("test"), need); !problem.isEmpty())
        return refuse(problem);
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    const QStringList needsPath{job, kNeeds};
    QJsonValue expected = m_json;
    const int key = tree.keyNode(mapping, kNeeds);
    const int value = tree.value(mapping, kNeeds);
    if (key < 0 || tree.node(key).parent != mapping) {
        // None of its own: the inherited ones (extends, <<) are copied, or they would be lost.
        QJsonArray list = j ? j->merged.value(kNeeds).toArray() : QJsonArray();
        list.append(need);
        YamlOut out = YamlOut::fromJson(list);
        out.block = writesBlock(tree, kNeeds, false);
        // After stage:, extends: and image:, before the script.
        const int before = firstKey(tree, mapping, [](const QString &k) {
            return k == kScript || k == QLatin1String("before_script") || k == QLatin1String("run") || k == QLatin1String("trigger");
        });
        error = editor.insertEntry(patch, mapping, kNeeds, out, before);
        JsonPath::set(expected, needsPath, list);
    } else if (tree.resolved(value) != value) {
        error = Tr::tr("the needs of job \"%1\" are an alias (*name); edit the list it points to").arg(job);
    } else if (tree.node(value).isSequence()) {
        error = editor.insertItem(patch, value, -1, YamlOut::string(need));
        QJsonArray list = JsonPath::get(expected, needsPath).toArray();
        list.append(need);
        JsonPath::set(expected, needsPath, list);
    } else if (tree.node(value).isScalar() && !tree.node(value).value.isEmpty()) {
        const QString existing = tree.node(value).value;
        patch.replace(tree.node(value).span.begin, tree.node(value).span.end,
                      editor.emitter().flow(YamlOut::list({YamlOut::string(existing), YamlOut::string(need)})));
        JsonPath::set(expected, needsPath, QJsonArray{existing, need});
    } else {
        error = Tr::tr("job \"%1\" has needs that are neither a name nor a list").arg(job);
    }
    return finish(error, patch, expected);
}

WorkflowEditResult GitLabEditor::removeNeeds(const QString &job, const QString &need) const
{
    QString error;
    const int mapping = jobMapping(job, &error);
    if (mapping < 0)
        return refuse(error);
    const YamlSyntaxTree &tree = m_doc.tree();
    const int key = tree.keyNode(mapping, kNeeds);
    const GitLabJob *j = m_doc.gitlab().job(job);
    if (key >= 0 && tree.node(key).parent != mapping && j && j->needs.contains(need))
        return refuse(Tr::tr("job \"%1\" inherits its needs (<<); edit them where they are written").arg(job));
    if (key < 0 && j && j->needs.contains(need))
        return refuse(Tr::tr("job \"%1\" inherits its needs (extends); edit them where they are written").arg(job));
    QList<GitLabReferences::Reference> refs;
    for (const GitLabReferences::Reference &r : GitLabReferences::find(tree, need, {kNeeds})) {
        if (r.keyNode == key)
            refs.append(r);
    }
    if (key < 0 || refs.isEmpty())
        return refuse(Tr::tr("job \"%1\" does not need \"%2\"").arg(job, need));
    if (refs.first().viaAlias)
        return refuse(Tr::tr("the needs of job \"%1\" are an alias (*name); edit the list it points to").arg(job));
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    QJsonValue expected = m_json;
    const QStringList needsPath{job, kNeeds};
    QJsonArray list = JsonPath::get(expected, needsPath).toArray();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list[i].toString() == need || list[i].toObject().value(QStringLiteral("job")).toString() == need)
            list.removeAt(i);
    }
    if (refs.first().list < 0 || list.isEmpty()) {
        error = editor.removeEntry(patch, key);
        JsonPath::remove(expected, needsPath);
    } else {
        for (qsizetype i = refs.size() - 1; i >= 0 && error.isEmpty(); --i)
            error = editor.removeItem(patch, refs[i].list, refs[i].index);
        JsonPath::set(expected, needsPath, list);
    }
    return finish(error, patch, expected);
}

WorkflowEditResult GitLabEditor::setStage(const QString &job, const QString &stage) const
{
    QString error;
    const int mapping = jobMapping(job, &error);
    if (mapping < 0)
        return refuse(error);
    const GitLabPipeline &p = m_doc.gitlab();
    if (!p.stages.contains(stage))
        return refuse(Tr::tr("stage \"%1\" is not in stages: %2; add the stage first").arg(stage, stagesText()));
    const GitLabJob *j = p.job(job);
    if (j && j->stage == stage)
        return refuse(Tr::tr("job \"%1\" is already in stage \"%2\"").arg(job, stage));
    for (const GitLabJob &other : p.jobs) {
        if (j && j->needs.contains(other.id) && p.stages.indexOf(other.stage) > p.stages.indexOf(stage))
            return refuse(Tr::tr("job \"%1\" needs \"%2\", which runs in a later stage (%3)").arg(job, other.id, other.stage));
        if (other.needs.contains(job) && p.stages.indexOf(other.stage) < p.stages.indexOf(stage))
            return refuse(Tr::tr("job \"%1\" needs \"%2\" and runs in an earlier stage (%3)").arg(other.id, job, other.stage));
    }
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    const int key = tree.keyNode(mapping, kStage);
    const int value = tree.value(mapping, kStage);
    if (key >= 0 && tree.node(key).parent == mapping && tree.resolved(value) == value && tree.node(value).isScalar()) {
        error = editor.replaceScalar(patch, value, YamlOut::string(stage));
    } else if (key >= 0 && tree.node(key).parent == mapping) {
        error = Tr::tr("the stage of job \"%1\" is not written as a name; edit it in the text").arg(job);
    } else {
        // First in the job, after what it extends or merges.
        const int before = firstKey(tree, mapping, [](const QString &k) { return k != QLatin1String("extends") && k != QLatin1String("<<"); });
        error = editor.insertEntry(patch, mapping, kStage, YamlOut::string(stage), before);
    }
    if (!error.isEmpty())
        return refuse(error);
    QJsonValue expected = m_json;
    JsonPath::set(expected, {job, kStage}, stage);
    return finish(patch, expected);
}

WorkflowEditResult GitLabEditor::addStage(const QString &stage) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    const QString name = stage.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('\n')))
        return refuse(Tr::tr("\"%1\" cannot name a stage").arg(stage));
    if (m_doc.gitlab().stages.contains(name))
        return refuse(Tr::tr("stage \"%1\" is already in stages: %2").arg(name, stagesText()));
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    QString error;
    QJsonValue expected = m_json.isObject() ? m_json : QJsonValue(QJsonObject());
    const QString kStages = QStringLiteral("stages");
    const int key = ownKey(tree, kStages);
    const int value = key >= 0 ? valueOfKey(tree, key) : -1;
    if (key >= 0) {
        if (tree.resolved(value) != value || !tree.node(value).isSequence())
            return refuse(Tr::tr("stages: is not written as a list here; edit it in the text"));
        const QJsonArray current = JsonPath::get(expected, {kStages}).toArray();
        qsizetype at = current.size();
        for (qsizetype i = 0; i < current.size(); ++i) {
            if (current[i].toString() == QLatin1String(".post"))
                at = i;
        }
        error = editor.insertItem(patch, value, int(at), YamlOut::string(name));
        QJsonArray list = current;
        list.insert(at, name);
        JsonPath::set(expected, {kStages}, list);
    } else {
        // GitLab's stages (or the included ones), now written here with the new one.
        QStringList stages = m_doc.gitlab().stages;
        stages.removeAll(QStringLiteral(".pre"));
        stages.removeAll(QStringLiteral(".post"));
        stages.append(name);
        const YamlOut out = names(stages, false);
        const int root = rootOf(tree);
        if (root < 0) {
            error = editor.appendTopLevel(patch, kStages, out);
        } else {
            const int before = firstKey(tree, root, [](const QString &k) {
                return k != QLatin1String("include") && k != QLatin1String("workflow") && k != QLatin1String("spec");
            });
            error = editor.insertEntry(patch, root, kStages, out, before);
        }
        JsonPath::set(expected, {kStages}, out.toJson());
    }
    return finish(error, patch, expected);
}

int GitLabEditor::scriptKey(const QString &job, QString *error) const
{
    const int mapping = jobMapping(job, error);
    if (mapping < 0)
        return -1;
    const YamlSyntaxTree &tree = m_doc.tree();
    const int key = tree.keyNode(mapping, kScript);
    const GitLabJob *j = m_doc.gitlab().job(job);
    if (key < 0 || tree.node(key).parent != mapping) {
        *error = j && !j->script.isEmpty() ? Tr::tr("job \"%1\" inherits its script (extends, <<); edit it where it is written").arg(job)
                                           : Tr::tr("job \"%1\" has no script").arg(job);
        return -1;
    }
    const int value = tree.value(mapping, kScript);
    if (tree.resolved(value) != value || !(tree.node(value).isSequence() || tree.node(value).isScalar())) {
        *error = Tr::tr("the script of job \"%1\" is not written as lines here; edit it in the text").arg(job);
        return -1;
    }
    return key;
}

QJsonValue GitLabEditor::withScript(const QString &job, const std::function<void(QJsonArray &)> &change) const
{
    QJsonValue expected = m_json;
    const QJsonValue current = JsonPath::get(expected, {job, kScript});
    QJsonArray list = current.isString() ? QJsonArray{current} : current.toArray();
    change(list);
    JsonPath::set(expected, {job, kScript}, list);
    return expected;
}

WorkflowEditResult GitLabEditor::addScriptLine(const QString &job, const QString &line, int index) const
{
    QString error;
    const int mapping = jobMapping(job, &error);
    if (mapping < 0)
        return refuse(error);
    if (line.trimmed().isEmpty())
        return refuse(Tr::tr("a script line needs a command"));
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    const int ownScript = tree.keyNode(mapping, kScript);
    if (ownScript < 0) {
        if (index > 0)
            return refuse(Tr::tr("job \"%1\" has no script; there is no line %2").arg(job).arg(index));
        error = editor.insertEntry(patch, mapping, kScript, names({line}, writesBlock(tree, kScript, true)));
        if (!error.isEmpty())
            return refuse(error);
        QJsonValue expected = m_json;
        JsonPath::set(expected, {job, kScript}, QJsonArray{line});
        return finish(patch, expected);
    }
    const int key = scriptKey(job, &error);
    if (key < 0)
        return refuse(error);
    const int value = valueOfKey(tree, key);
    const int count = tree.node(value).isSequence() ? int(tree.node(value).children.size()) : 1;
    if (index > count)
        return refuse(Tr::tr("job \"%1\" has %2 script lines; there is no position %3").arg(job).arg(count).arg(index));
    const int at = index < 0 ? count : index;
    if (tree.node(value).isSequence()) {
        error = editor.insertItem(patch, value, at, YamlOut::string(line));
    } else {
        // One string becomes a list of lines.
        QStringList lines{tree.node(value).value};
        lines.insert(at, line);
        error = editor.replaceValue(patch, key, names(lines, true));
    }
    return finish(error, patch, withScript(job, [&](QJsonArray &list) { list.insert(at, line); }));
}

WorkflowEditResult GitLabEditor::removeScriptLine(const QString &job, int index) const
{
    QString error;
    const int key = scriptKey(job, &error);
    if (key < 0)
        return refuse(error);
    const YamlSyntaxTree &tree = m_doc.tree();
    const int value = valueOfKey(tree, key);
    const int count = tree.node(value).isSequence() ? int(tree.node(value).children.size()) : 1;
    if (index < 0 || index >= count)
        return refuse(Tr::tr("job \"%1\" has no script line %2").arg(job).arg(index));
    if (count == 1)
        return refuse(Tr::tr("that is the only script line of job \"%1\", and GitLab wants one; remove the job instead").arg(job));
    TextPatch patch;
    error = YamlBlockEditor(tree).removeItem(patch, value, index);
    return finish(error, patch, withScript(job, [&](QJsonArray &list) { list.removeAt(index); }));
}

WorkflowEditResult GitLabEditor::setScriptLine(const QString &job, int index, const QString &line) const
{
    QString error;
    const int key = scriptKey(job, &error);
    if (key < 0)
        return refuse(error);
    if (line.trimmed().isEmpty())
        return refuse(Tr::tr("a script line needs a command"));
    const YamlSyntaxTree &tree = m_doc.tree();
    const int value = valueOfKey(tree, key);
    const bool list = tree.node(value).isSequence();
    const int count = list ? int(tree.node(value).children.size()) : 1;
    if (index < 0 || index >= count)
        return refuse(Tr::tr("job \"%1\" has no script line %2").arg(job).arg(index));
    const int scalar = list ? tree.node(value).children[index] : value;
    if (!tree.node(scalar).isScalar() || tree.resolved(scalar) != scalar)
        return refuse(Tr::tr("script line %1 of job \"%2\" is not a single line (a list or !reference); edit it in the text").arg(index).arg(job));
    TextPatch patch;
    error = YamlBlockEditor(tree).replaceScalar(patch, scalar, YamlOut::string(line));
    if (!error.isEmpty())
        return refuse(error);
    QJsonValue expected = m_json;
    JsonPath::set(expected, list ? QStringList{job, kScript, QString::number(index)} : QStringList{job, kScript}, line);
    return finish(patch, expected);
}

WorkflowEditResult GitLabEditor::moveScriptLine(const QString &job, int from, int to) const
{
    QString error;
    const int key = scriptKey(job, &error);
    if (key < 0)
        return refuse(error);
    const YamlSyntaxTree &tree = m_doc.tree();
    const int value = valueOfKey(tree, key);
    if (!tree.node(value).isSequence())
        return refuse(Tr::tr("job \"%1\" has a single script line").arg(job));
    TextPatch patch;
    error = YamlBlockEditor(tree).moveItem(patch, value, from, to);
    if (!error.isEmpty())
        return refuse(error); // before the JSON: from and to may be out of range
    return finish(patch, withScript(job, [&](QJsonArray &list) {
        const QJsonValue moved = list.takeAt(from);
        list.insert(to, moved);
    }));
}

} // namespace gantry
