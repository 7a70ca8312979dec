#include "pipelines/WorkflowKeyEditor.h"

#include "pipelines/JsonPath.h"
#include "pipelines/YamlBlockEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowEditor)
};

bool isIndex(const QString &part)
{
    bool ok = false;
    part.toInt(&ok);
    return ok;
}

/// `value` nested under the keys `parts` (from `first` on).
YamlOut nested(const QStringList &parts, qsizetype first, const YamlOut &value)
{
    YamlOut out = value;
    for (qsizetype i = parts.size() - 1; i >= first; --i)
        out = YamlOut::map({{parts[i], out}});
    return out;
}

} // namespace

int WorkflowKeyEditor::shortFormOn() const
{
    const YamlSyntaxTree &tree = m_editor.m_doc.tree();
    const int root = tree.root();
    if (root < 0 || !tree.node(root).isMapping())
        return -1;
    const int on = tree.value(root, u"on");
    if (on < 0 || tree.resolved(on) != on)
        return -1;
    const YamlSyntaxNode &n = tree.node(on);
    if (n.isScalar())
        return n.value.isEmpty() ? -1 : on;
    if (!n.isSequence())
        return -1;
    for (int item : n.children) {
        if (!tree.node(item).isScalar() || tree.resolved(item) != item)
            return -1;
    }
    return on;
}

bool WorkflowKeyEditor::needsMapForm(const QStringList &parts) const
{
    if (parts.size() < 2 || parts.first() != QLatin1String("on"))
        return false;
    // A list index below the event ("on.schedule.0.cron") needs that list to exist already.
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (isIndex(parts[i]))
            return false;
    }
    return shortFormOn() >= 0;
}

WorkflowEditResult WorkflowKeyEditor::setInMapForm(const QStringList &parts, const YamlOut &value) const
{
    const YamlSyntaxTree &tree = m_editor.m_doc.tree();
    const int on = shortFormOn();
    if (on < 0 || parts.size() < 2)
        return m_editor.refuse(Tr::tr("\"on\" is not written as an event name or a list of them"));
    QStringList events;
    const YamlSyntaxNode &n = tree.node(on);
    if (n.isScalar())
        events.append(n.value);
    for (int item : n.children)
        events.append(tree.node(item).value);
    if (events.removeDuplicates() > 0)
        return m_editor.refuse(Tr::tr("\"on\" names an event twice; fix it in the text first"));
    // Every event keeps its place with no filters; the edited one gets the value (or is added).
    QList<std::pair<QString, YamlOut>> entries;
    bool found = false;
    for (const QString &event : std::as_const(events)) {
        const bool edited = event == parts[1];
        found = found || edited;
        entries.append({event, edited ? nested(parts, 2, value) : YamlOut::null()});
    }
    if (!found)
        entries.append({parts[1], nested(parts, 2, value)});
    const YamlOut map = YamlOut::map(entries);
    TextPatch patch;
    const QString error = YamlBlockEditor(tree).replaceValue(patch, tree.keyOf(on), map);
    if (!error.isEmpty())
        return m_editor.refuse(error);
    QJsonValue expected = m_editor.m_json;
    JsonPath::set(expected, {QStringLiteral("on")}, map.toJson());
    return m_editor.finish(patch, expected);
}

WorkflowEditResult WorkflowKeyEditor::remove(const QString &keyPath) const
{
    if (const QString e = m_editor.blockingError(); !e.isEmpty())
        return m_editor.refuse(e);
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    if (keyPath.isEmpty() || parts.contains(QString()))
        return m_editor.refuse(Tr::tr("\"%1\" is not a key path (keys and list indexes joined by '.')").arg(keyPath));
    const YamlSyntaxTree &tree = m_editor.m_doc.tree();
    const QString parentPath = parts.mid(0, parts.size() - 1).join(QLatin1Char('.'));
    const int parent = tree.find(parentPath);
    if (parent < 0)
        return m_editor.refuse(Tr::tr("there is no %1 to remove").arg(keyPath));
    // Through an alias the parent is the anchor's, which other places share (the key holding
    // the alias itself can go).
    if (tree.resolved(parent) != parent || tree.path(parent) != parentPath)
        return m_editor.refuse(Tr::tr("%1 is inside an alias; edit the anchor it points to").arg(keyPath));
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    QString error;
    const YamlSyntaxNode &p = tree.node(parent);
    if (p.isSequence()) {
        bool ok = false;
        const int index = parts.last().toInt(&ok);
        if (!ok || index < 0 || index >= p.children.size())
            return m_editor.refuse(Tr::tr("there is no %1 to remove").arg(keyPath));
        error = editor.removeItem(patch, parent, index);
    } else {
        const int key = p.isMapping() ? tree.keyNode(parent, parts.last()) : -1;
        if (key < 0 || tree.node(key).parent != parent)
            return m_editor.refuse(Tr::tr("there is no %1 to remove").arg(keyPath));
        error = editor.removeEntry(patch, key);
    }
    if (!error.isEmpty())
        return m_editor.refuse(error);
    QJsonValue expected = m_editor.m_json;
    if (!JsonPath::remove(expected, parts))
        return m_editor.refuse(Tr::tr("there is no %1 to remove").arg(keyPath));
    return m_editor.finish(patch, expected);
}

WorkflowEditResult WorkflowKeyEditor::append(const QString &keyPath, const YamlOut &value) const
{
    if (const QString e = m_editor.blockingError(); !e.isEmpty())
        return m_editor.refuse(e);
    const YamlSyntaxTree &tree = m_editor.m_doc.tree();
    const int node = tree.find(keyPath);
    if (node < 0 || !tree.node(node).isSequence())
        return m_editor.refuse(Tr::tr("there is no list at %1").arg(keyPath));
    if (tree.path(node) != keyPath || tree.resolved(node) != node)
        return m_editor.refuse(Tr::tr("%1 is inside an alias; edit the anchor it points to").arg(keyPath));
    TextPatch patch;
    if (const QString error = YamlBlockEditor(tree).insertItem(patch, node, -1, value); !error.isEmpty())
        return m_editor.refuse(error);
    QJsonValue expected = m_editor.m_json;
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    QJsonArray list = JsonPath::get(expected, parts).toArray();
    list.append(value.toJson());
    JsonPath::set(expected, parts, list);
    return m_editor.finish(patch, expected);
}

WorkflowEditResult WorkflowKeyEditor::applyAll(const WorkflowDocument &document, const QList<WorkflowKeyChange> &changes)
{
    QList<WorkflowKeyChange> ordered;
    for (const WorkflowKeyChange &change : changes) {
        if (change.value)
            ordered.append(change);
    }
    for (const WorkflowKeyChange &change : changes) {
        if (!change.value)
            ordered.append(change);
    }
    WorkflowDocument current = document;
    for (const WorkflowKeyChange &change : std::as_const(ordered)) {
        const WorkflowEditor editor(current);
        const WorkflowEditResult step = change.append ? WorkflowKeyEditor(editor).append(change.keyPath, *change.value)
            : change.value                            ? editor.setValue(change.keyPath, *change.value)
                                                      : editor.remove(change.keyPath);
        if (!step.ok) {
            WorkflowEditResult refused = step;
            refused.text = document.text();
            refused.patch = TextPatch();
            return refused;
        }
        if (!step.patch.isEmpty())
            current = WorkflowDocument::fromText(step.text, document.kind());
    }
    // One replacement from the first changed byte to the last (on whole UTF-8 characters).
    const QByteArray &before = document.text();
    const QByteArray &after = current.text();
    WorkflowEditResult result;
    result.ok = true;
    result.text = after;
    if (before == after)
        return result;
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    while (prefix > 0 && prefix < before.size() && (uchar(before[prefix]) & 0xC0) == 0x80)
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    while (suffix > 0 && (uchar(before[before.size() - suffix]) & 0xC0) == 0x80)
        --suffix;
    result.patch.replace(prefix, before.size() - suffix, after.mid(prefix, after.size() - prefix - suffix));
    return result;
}

} // namespace gantry
