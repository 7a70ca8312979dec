#pragma once

#include <QString>
#include <QStringList>

namespace gantry {

/// Which CI system a workflow file belongs to.
enum class WorkflowKind { GitHubActions, GitLabCi };

/// A CI workflow file found in a working tree.
struct WorkflowFileRef
{
    WorkflowKind kind;
    QString relativePath; // "/"-separated, relative to the working tree
};

/// Finds a repository's CI workflow files: `.github/workflows/*.yml|*.yaml` and `.gitlab-ci.yml`.
class WorkflowLocator
{
public:
    /// The workflow files under `workdir`, GitHub Actions first, each group sorted by path.
    static QList<WorkflowFileRef> find(const QString &workdir);
};

} // namespace gantry
