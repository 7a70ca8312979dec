#pragma once

#include "pipelines/WorkflowModel.h"
#include "pipelines/YamlSyntaxTree.h"

namespace gantry {

/// Reads a GitHub Actions Workflow out of a YamlSyntaxTree: `on` in its string, list and map
/// forms, jobs with needs, runs-on, environment, matrix and steps, and the rest of the format.
/// Lenient: what has the wrong shape is skipped (WorkflowValidator says why), so a half-typed
/// file still draws.
class WorkflowReader
{
public:
    static Workflow read(const YamlSyntaxTree &tree);

    /// A scalar's value; the YAML text of a collection (for `with:` values written as lists).
    static QString text(const YamlSyntaxTree &tree, int node);
    /// A string or a list of strings.
    static QStringList strings(const YamlSyntaxTree &tree, int node, QList<int> *nodes = nullptr);
};

} // namespace gantry
