#include "pipelines/YamlJson.h"

#include <algorithm>
#include <vector>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace gantry {

namespace {
constexpr int MaxDepth = 200; // alias bombs and absurd nesting stop here
}

QJsonValue YamlJson::plainScalar(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?(0|[1-9][0-9]*)$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression real(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null") || text == QLatin1String("Null")
        || text == QLatin1String("NULL"))
        return QJsonValue::Null;
    if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
        return false;
    if (integer.match(text).hasMatch() || real.match(text).hasMatch())
        return text.toDouble();
    if (octal.match(text).hasMatch())
        return double(text.mid(2).toLongLong(nullptr, 8));
    if (hex.match(text).hasMatch())
        return double(text.mid(2).toLongLong(nullptr, 16));
    return text;
}

namespace {

QJsonValue convert(const YamlSyntaxTree &tree, int index, int depth)
{
    index = tree.resolved(index);
    if (index < 0 || depth > MaxDepth)
        return QJsonValue::Null;
    const YamlSyntaxNode &n = tree.node(index);
    switch (n.kind) {
    case YamlSyntaxNode::Kind::Scalar:
        if (n.style == YamlSyntaxNode::Style::Plain && n.tag.isEmpty())
            return YamlJson::plainScalar(n.value);
        return n.value;
    case YamlSyntaxNode::Kind::Sequence: {
        QJsonArray array;
        for (int child : n.children)
            array.append(convert(tree, child, depth + 1));
        return array;
    }
    case YamlSyntaxNode::Kind::Mapping: {
        // QJsonObject keeps its keys sorted, so inserting in file order moves the keys after each
        // new one: quadratic in a big mapping (500,000 env: entries took a minute). Sorted first,
        // every insert lands at the end. Of duplicate keys the last wins, as insert() would have it.
        std::vector<std::pair<QString, int>> named;
        const auto entries = tree.entries(index);
        named.reserve(entries.size());
        for (const auto &[key, value] : entries) {
            const int k = tree.resolved(key);
            named.emplace_back(k >= 0 && tree.node(k).isScalar()
                                   ? tree.node(k).value
                                   : QString::fromUtf8(tree.text().mid(tree.node(key).span.begin, tree.node(key).span.size())),
                               value);
        }
        std::stable_sort(named.begin(), named.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonObject object;
        for (size_t i = 0; i < named.size(); ++i) {
            if (i + 1 < named.size() && named[i + 1].first == named[i].first)
                continue;
            object.insert(named[i].first, convert(tree, named[i].second, depth + 1));
        }
        return object;
    }
    case YamlSyntaxNode::Kind::Alias:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

QJsonValue YamlJson::toJson(const YamlSyntaxTree &tree, int node)
{
    return convert(tree, node, 0);
}

} // namespace gantry
