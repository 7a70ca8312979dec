#include "support/TestRepo.h"

#include <QDir>
#include <QTest>

/// `gantry branch-check`, run as a hook or CI runs it: verdicts, exit codes, the repository's
/// policy and a malformed one.
class TestCliBranchCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("GANTRY_APP").isEmpty(), "run through ctest"); }

    void verdictsAndExitCodes()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "a\n", QStringLiteral("feat: a"));
        QByteArray out = repo.gantry({QStringLiteral("branch-check"), QStringLiteral("feat/12-dark-mode")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray("feat/12-dark-mode fits feat/*\n"));
        out = repo.gantry({QStringLiteral("branch-check"), QStringLiteral("Feat/x")});
        QCOMPARE(repo.lastExitCode(), 1);
        QCOMPARE(out, QByteArray("'Feat/x' does not match any of: main, master, develop, feat/*, feature/*, fix/*, "
                                 "bugfix/*, hotfix/*, release/*, chore/* (names are case-sensitive: 'feat/x' would fit)\n"));
        out = repo.gantry({QStringLiteral("branch-check"), QStringLiteral("feat/a..b")});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY2(out.contains("not a valid branch name"), out.constData());

        // No name: the checked-out branch.
        out = repo.gantry({QStringLiteral("branch-check")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray("main fits main\n"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("wip")});
        repo.gantry({QStringLiteral("branch-check"), QStringLiteral("-C"), repo.path()}, QDir::tempPath());
        QCOMPARE(repo.lastExitCode(), 1);

        // Usage errors.
        repo.gantry({QStringLiteral("branch-check"), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(repo.lastExitCode(), 2);
        repo.gantry({QStringLiteral("branch-check"), QStringLiteral("--bogus")});
        QCOMPARE(repo.lastExitCode(), 2);
        repo.gantry({QStringLiteral("branch-check"), QStringLiteral("-C"), repo.filePath(QStringLiteral("nope"))});
        QCOMPARE(repo.lastExitCode(), 2);
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")});
        repo.gantry({QStringLiteral("branch-check")});
        QCOMPARE(repo.lastExitCode(), 2);
        QVERIFY2(repo.lastStderr().contains("detached"), repo.lastStderr().constData());
    }

    void repositoryPolicyAndAMalformedOne()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".gantry/conventions.yml"), "branches:\n  allowed: [trunk, \"story/*\"]\n");
        repo.gantry({QStringLiteral("branch-check"), QStringLiteral("story/x")});
        QCOMPARE(repo.lastExitCode(), 0);
        repo.gantry({QStringLiteral("branch-check"), QStringLiteral("feat/x")});
        QCOMPARE(repo.lastExitCode(), 1);

        repo.write(QStringLiteral(".gantry/conventions.yml"), "branches:\n  allowed: [trunk\n");
        const QByteArray out = repo.gantry({QStringLiteral("branch-check"), QStringLiteral("feat/x")});
        QCOMPARE(repo.lastExitCode(), 0); // the defaults meanwhile
        QCOMPARE(out, QByteArray("feat/x fits feat/*\n"));
        QVERIFY2(repo.lastStderr().startsWith("gantry branch-check: " + repo.path().toUtf8()
                                              + "/.gantry/conventions.yml:3:1: invalid YAML"),
                 repo.lastStderr().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBranchCheck)
#include "tst_cli_branchcheck.moc"
