#pragma once

#include "pipelines/YamlSyntaxTree.h"

#include <QJsonValue>

namespace gantry {

/// What a YAML node means, as JSON: plain scalars resolved by YAML 1.2's core schema (null,
/// booleans, integers, floats), every other scalar a string, aliases and (when the tree resolves
/// them) merge keys followed. Two texts mean the same when their JSON is equal — the check every
/// visual edit passes before it is accepted.
class YamlJson
{
public:
    static QJsonValue toJson(const YamlSyntaxTree &tree, int node);
    static QJsonValue toJson(const YamlSyntaxTree &tree) { return toJson(tree, tree.root()); }
    /// A plain scalar's core-schema value.
    static QJsonValue plainScalar(const QString &text);
};

} // namespace gantry
