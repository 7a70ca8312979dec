#pragma once

#include "pipelines/YamlSyntaxTree.h"

#include <QByteArray>

namespace gantry {

/// Builds a YamlSyntaxTree from a file's bytes with libyaml's event API: exact byte ranges for
/// every node, styles, anchors and aliases, comments attached to their nodes, and the problems
/// at their line and column. Never fails: a broken file gives the tree of what parsed before the
/// problem, plus the problem.
class YamlSyntaxParser
{
public:
    /// How `<<` merge keys are taken: GitHub Actions rejects them; GitLab CI resolves them.
    enum class MergeKeys { Reject, Resolve };

    static YamlSyntaxTree parse(const QByteArray &text, MergeKeys mergeKeys = MergeKeys::Reject);
};

} // namespace gantry
