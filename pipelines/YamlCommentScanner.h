#pragma once

#include "pipelines/YamlSyntaxTree.h"

namespace gantry {

class TextPositions;

/// Finds the comments of a parsed YAML file (libyaml reports none) and decides which node each
/// belongs to, so that an edit moving or deleting a node can carry its comments along.
/// A '#' starts a comment outside scalars when it begins a line or follows whitespace.
class YamlCommentScanner
{
public:
    static QList<YamlComment> scan(const YamlSyntaxTree &tree, const TextPositions &positions);

    /// Where an entry starts on its line: a key's first byte, or the '-' of a block sequence item.
    static qsizetype entryStart(const YamlSyntaxTree &tree, int node);
    /// Whether a node is an entry a comment can belong to: a mapping key or a sequence item.
    static bool isEntry(const YamlSyntaxTree &tree, int node);
};

} // namespace gantry
