#include "pipelines/GitLabLayout.h"

#include "pipelines/GitLabPipeline.h"

namespace gantry::GitLabLayout {

int rootOf(const YamlSyntaxTree &tree)
{
    const int root = tree.resolved(tree.root());
    return root >= 0 && tree.node(root).isMapping() ? root : -1;
}

int ownKey(const YamlSyntaxTree &tree, const QString &id)
{
    const int root = rootOf(tree);
    if (root < 0)
        return -1;
    const QList<int> &children = tree.node(root).children;
    for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
        if (tree.node(children[i]).isScalar() && tree.node(children[i]).value == id)
            return children[i];
    }
    return -1;
}

int valueOfKey(const YamlSyntaxTree &tree, int key)
{
    if (key < 0 || tree.node(key).parent < 0)
        return -1;
    return tree.node(tree.node(key).parent).children.value(tree.node(key).slot + 1, -1);
}

bool isJobKey(const YamlSyntaxTree &tree, int key, int value)
{
    const QString id = tree.node(key).value;
    const int v = tree.resolved(value);
    return !GitLabReader::isGlobalKeyword(id) && !id.startsWith(QLatin1Char('.')) && id != QLatin1String("<<") && v >= 0
        && tree.node(v).isMapping();
}

bool writesBlock(const YamlSyntaxTree &tree, const QString &key, bool fallback)
{
    const int root = rootOf(tree);
    if (root < 0)
        return fallback;
    const QList<int> &children = tree.node(root).children;
    for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
        const int job = tree.resolved(children[i + 1]);
        if (!isJobKey(tree, children[i], children[i + 1]))
            continue;
        const int value = tree.value(job, key);
        if (value >= 0 && tree.node(value).isSequence() && !tree.node(value).children.isEmpty())
            return tree.node(value).style == YamlSyntaxNode::Style::Block;
    }
    return fallback;
}

int firstKey(const YamlSyntaxTree &tree, int mapping, const std::function<bool(const QString &)> &wanted)
{
    const QList<int> &children = tree.node(mapping).children;
    for (qsizetype i = 0; i < children.size(); i += 2) {
        if (wanted(tree.node(children[i]).value))
            return children[i];
    }
    return -1;
}

YamlOut names(const QStringList &values, bool block)
{
    QList<YamlOut> items;
    for (const QString &v : values)
        items.append(YamlOut::string(v));
    YamlOut out = YamlOut::list(items);
    out.block = block;
    return out;
}

} // namespace gantry::GitLabLayout
