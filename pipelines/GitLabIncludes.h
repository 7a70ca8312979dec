#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/GitLabPipeline.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gantry {

/// GitLab's local `include:` resolved as GitLab resolves it: every path is taken from the project
/// root (whichever file includes it), normalised, and refused when it leads outside the project;
/// an included file's own includes are merged too, before the file that includes them; and every
/// include — nested and repeated ones too — counts against the pipeline's limit (GitLab's default
/// is 150 per pipeline, and 100 levels of nesting). Findings point at the include in the file
/// being read; what goes wrong inside an included file is reported at the top-level include
/// that led to it, "in FILE: …".
class GitLabIncludes
{
public:
    static constexpr int DefaultMaxIncludes = GitLabReader::DefaultMaxIncludes;
    static constexpr int MaxNesting = 100;

    struct Included
    {
        QString path;         ///< project-relative, normalised
        QJsonObject content;  ///< the file's keys (its own includes are earlier in the list)
    };
    struct Outcome
    {
        QList<Included> files;     ///< in merge order
        DiagnosticList diagnostics;
        int count = 0;             ///< includes counted against the limit
    };

    /// The includes of the mapping `root` of `tree`, read through `read` (no reader: each is
    /// reported as not read).
    static Outcome resolve(const YamlSyntaxTree &tree, int root, const GitLabReader::IncludeReader &read,
                           int maxIncludes = DefaultMaxIncludes);
    /// `path` relative to the project root ("/ci/a.yml", "./ci/../ci/a.yml" → "ci/a.yml");
    /// empty when it leaves the project ("../x", "a/../../x") or names no file.
    static QString normalise(const QString &path);
};

} // namespace gantry
