#include "pipelines/WorkflowTemplates.h"

#include <QCoreApplication>
#include <QFile>

namespace gantry {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowTemplates)
};
} // namespace

QList<WorkflowTemplates::Template> WorkflowTemplates::all()
{
    return {
        {QStringLiteral("build-and-test"), Tr::tr("Build and test"),
         Tr::tr("Builds and tests every push to main and every pull request."), QStringLiteral("build-and-test.yml")},
        {QStringLiteral("test-then-deploy"), Tr::tr("Test, then deploy through environments"),
         Tr::tr("Tests, then deploys to test, staging and production in turn; production waits for a manual "
                "approval through the environment's required reviewers."),
         QStringLiteral("deploy.yml")},
        {QStringLiteral("scheduled"), Tr::tr("Scheduled job"),
         Tr::tr("Runs a job every night at 03:00 UTC, and by hand from the Actions tab."), QStringLiteral("nightly.yml")},
        {QStringLiteral("container"), Tr::tr("Container build and push"),
         Tr::tr("Builds a container image and pushes it to the GitHub Container Registry for every v* tag."),
         QStringLiteral("container.yml")},
    };
}

QByteArray WorkflowTemplates::text(const QString &id)
{
    QFile file(QStringLiteral(":/templates/%1.yml").arg(id));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace gantry
