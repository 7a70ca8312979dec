#include "pipelines/WorkflowLocator.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

/// Finding workflow files in a working tree.
class TestWorkflowLocator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsGitHubAndGitLabFiles()
    {
        TestRepo repo(false);
        repo.write(QStringLiteral(".github/workflows/release.yaml"), "on: push\n");
        repo.write(QStringLiteral(".github/workflows/ci.yml"), "on: push\n");
        repo.write(QStringLiteral(".github/workflows/notes.txt"), "not a workflow\n");
        repo.write(QStringLiteral(".gitlab-ci.yml"), "stages: [build]\n");
        const auto files = WorkflowLocator::find(repo.path());
        QCOMPARE(files.size(), 3);
        QCOMPARE(files[0].relativePath, QStringLiteral(".github/workflows/ci.yml"));
        QCOMPARE(files[1].relativePath, QStringLiteral(".github/workflows/release.yaml"));
        QCOMPARE(files[2].relativePath, QStringLiteral(".gitlab-ci.yml"));
        QVERIFY(files[2].kind == WorkflowKind::GitLabCi);
    }

    void emptyWhenNone()
    {
        TestRepo repo(false);
        QVERIFY(WorkflowLocator::find(repo.path()).isEmpty());
        QVERIFY(WorkflowLocator::find(repo.path() + QStringLiteral("/missing")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowLocator)
#include "tst_workflowlocator.moc"
