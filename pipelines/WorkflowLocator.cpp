#include "pipelines/WorkflowLocator.h"

#include <QDir>
#include <QFileInfo>

namespace gantry {

QList<WorkflowFileRef> WorkflowLocator::find(const QString &workdir)
{
    QList<WorkflowFileRef> found;
    const QDir root(workdir);
    QDir actions(root.filePath(QStringLiteral(".github/workflows")));
    const QStringList names = actions.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                                                QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names)
        found.append({WorkflowKind::GitHubActions, QStringLiteral(".github/workflows/") + name});
    if (QFileInfo(root.filePath(QStringLiteral(".gitlab-ci.yml"))).isFile())
        found.append({WorkflowKind::GitLabCi, QStringLiteral(".gitlab-ci.yml")});
    return found;
}

} // namespace gantry
