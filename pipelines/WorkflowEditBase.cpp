#include "pipelines/WorkflowEditBase.h"

#include "pipelines/JsonPath.h"
#include "pipelines/YamlBlockEditor.h"
#include "pipelines/YamlJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace gantry {

namespace {

// The messages were WorkflowEditor's before they were shared: the context keeps their translations.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowEditor)
};

/// The merged pipeline's errors by rule: an edit must not add one of any rule.
QHash<QString, int> errorCounts(const DiagnosticList &diagnostics)
{
    QHash<QString, int> counts;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            ++counts[d.rule];
    }
    return counts;
}

} // namespace

WorkflowEditBase::WorkflowEditBase(const WorkflowDocument &document)
    : m_doc(document), m_json(YamlJson::toJson(document.tree()))
{
}

WorkflowEditResult WorkflowEditBase::refuse(const QString &error) const
{
    WorkflowEditResult result;
    result.error = error;
    result.text = m_doc.text();
    return result;
}

QString WorkflowEditBase::yamlError(const QString &notAMapping) const
{
    for (const Diagnostic &d : m_doc.tree().diagnostics()) {
        if (d.rule == QLatin1String("yaml-syntax") || d.rule == QLatin1String("yaml-encoding") || d.rule == QLatin1String("yaml-tab-indent")
            || d.rule == QLatin1String("yaml-alias-limit") || d.rule == QLatin1String("yaml-alias-recursive"))
            return Tr::tr("the file has a YAML error at line %1, column %2 (%3); fix it in the text first")
                .arg(d.line)
                .arg(d.column)
                .arg(d.message);
    }
    const int root = m_doc.tree().resolved(m_doc.tree().root());
    if (m_doc.tree().root() >= 0 && (root < 0 || !m_doc.tree().node(root).isMapping()))
        return notAMapping;
    return QString();
}

WorkflowEditResult WorkflowEditBase::finish(const TextPatch &patch, const QJsonValue &expected) const
{
    if (patch.overlaps())
        return refuse(Tr::tr("the edit's changes overlap; nothing was changed"));
    const QByteArray text = patch.apply(m_doc.text());
    const WorkflowDocument after = WorkflowDocument::fromText(text, m_doc.kind(), m_doc.baseDir());
    for (const Diagnostic &d : after.tree().diagnostics()) {
        if (d.isError() && !m_doc.tree().diagnostics().contains(d) && d.rule != QLatin1String("yaml-duplicate-key"))
            return refuse(Tr::tr("the edit would make the YAML invalid (%1); nothing was changed").arg(d.message));
    }
    if (YamlJson::toJson(after.tree()) != expected)
        return refuse(Tr::tr("the edit would change more than intended; nothing was changed"));
    if (m_doc.kind() == WorkflowKind::GitLabCi) {
        const QHash<QString, int> before = errorCounts(m_doc.gitlab().diagnostics);
        const QHash<QString, int> now = errorCounts(after.gitlab().diagnostics);
        for (const Diagnostic &d : after.gitlab().diagnostics) {
            if (d.isError() && now.value(d.rule) > before.value(d.rule))
                return refuse(Tr::tr("GitLab would reject the result (%1); nothing was changed").arg(d.message));
        }
    }
    WorkflowEditResult result;
    result.ok = true;
    result.text = text;
    result.patch = patch;
    return result;
}

WorkflowEditResult WorkflowEditBase::finish(const QString &error, const TextPatch &patch, const QJsonValue &expected) const
{
    return error.isEmpty() ? finish(patch, expected) : refuse(error);
}

WorkflowEditResult WorkflowEditBase::set(const QString &keyPath, const QString &value) const
{
    return setValue(keyPath, YamlOut::typed(value));
}

WorkflowEditResult WorkflowEditBase::setValue(const QString &keyPath, const YamlOut &out) const
{
    if (const QString e = blockingError(); !e.isEmpty())
        return refuse(e);
    const QStringList parts = keyPath.split(QLatin1Char('.'));
    if (keyPath.isEmpty() || parts.contains(QString()))
        return refuse(Tr::tr("\"%1\" is not a key path (keys and list indexes joined by '.')").arg(keyPath));
    const YamlSyntaxTree &tree = m_doc.tree();
    const YamlBlockEditor editor(tree);
    TextPatch patch;
    QString error;
    // The deepest part of the path that exists.
    int node = tree.root();
    qsizetype found = 0;
    for (; found < parts.size(); ++found) {
        const int next = tree.find(parts.mid(0, found + 1).join(QLatin1Char('.')));
        if (next < 0)
            break;
        node = next;
    }
    if (tree.root() < 0) {
        YamlOut nested = out;
        for (qsizetype i = parts.size() - 1; i >= 1; --i)
            nested = YamlOut::map({{parts[i], nested}});
        error = editor.appendTopLevel(patch, parts.first(), nested);
    } else if (found == parts.size()) {
        if (tree.resolved(node) != node)
            return refuse(Tr::tr("%1 is an alias; edit the anchor it points to").arg(keyPath));
        const int key = tree.keyOf(node);
        if (tree.node(node).isScalar() && out.isScalar())
            error = editor.replaceScalar(patch, node, out);
        else if (key >= 0)
            error = editor.replaceValue(patch, key, out);
        else
            error = Tr::tr("%1 is a list item holding a collection; edit it in the text").arg(keyPath);
    } else {
        const int parent = tree.resolved(node);
        if (parent != node)
            return refuse(Tr::tr("%1 is an alias; edit the anchor it points to").arg(parts.mid(0, found).join(QLatin1Char('.'))));
        YamlOut nested = out;
        for (qsizetype i = parts.size() - 1; i > found; --i)
            nested = YamlOut::map({{parts[i], nested}});
        const YamlSyntaxNode &p = tree.node(parent);
        if (p.isMapping()) {
            error = editor.insertEntry(patch, parent, parts[found], nested);
        } else if (p.isScalar() && p.value.isEmpty() && tree.keyOf(parent) >= 0) {
            error = editor.replaceValue(patch, tree.keyOf(parent), YamlOut::map({{parts[found], nested}}));
        } else {
            error = Tr::tr("%1 is not a mapping, so it cannot get \"%2\"").arg(parts.mid(0, found).join(QLatin1Char('.')), parts[found]);
        }
    }
    if (!error.isEmpty())
        return refuse(error);
    QJsonValue expected = m_json;
    if (expected.isNull() || expected.isUndefined())
        expected = QJsonObject();
    if (!JsonPath::set(expected, parts, out.toJson()))
        return refuse(Tr::tr("%1 cannot be set: a list index in it does not exist").arg(keyPath));
    return finish(patch, expected);
}

} // namespace gantry
