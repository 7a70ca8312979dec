#include "support/ReleaseScenarios.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QTest>

namespace {

using gantry::testkit::trimmed;

} // namespace

/// `gantry next-version` and `gantry changelog`, run as a user runs them on real repositories.
class TestCliRelease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("GANTRY_APP").isEmpty(), "run through ctest"); }

    void nextVersion()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v0.1.0\n")); // no tag: the initial version
        QCOMPARE(repo.lastExitCode(), 0);
        repo.git({"tag", "-a", "v1.4.2", "-m", "1.4.2"});
        repo.git({"tag", "nightly"});
        QCOMPARE(repo.gantry({"next-version", "-C", repo.path()}, QDir::tempPath()), QByteArray("v1.4.2\n"));
        QCOMPARE(repo.lastExitCode(), 3); // nothing to release: the current version
        QVERIFY(repo.lastStderr().contains("nothing to release since v1.4.2"));
        repo.commitFile("a", "2", "fix: two");
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v1.4.3\n"));
        repo.commitFile("a", "3", "feat(ui): three");
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v1.5.0\n"));
        QCOMPARE(repo.gantry({"next-version", "--pre", "rc"}), QByteArray("v1.5.0-rc.0\n"));
        QCOMPARE(repo.gantry({"next-version", "HEAD~1"}), QByteArray("v1.4.3\n"));
        QCOMPARE(repo.lastExitCode(), 0);
        repo.commitFile("a", "4", "refactor!: drop the old API");
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v2.0.0\n"));
    }

    /// The branch decides (docs/cli.md): a feature branch is not a release branch (exit 4, nothing
    /// on stdout, the reasons and the preview on stderr); main releases; beta pre-releases; a
    /// release branch whose version exists elsewhere is blocked.
    void nextVersionOnBranches()
    {
        TestRepo repo;
        gantry::testkit::makeGitFlowReleases(repo);
        QCOMPARE(repo.gantry({"next-version"}), QByteArray());
        QCOMPARE(repo.lastExitCode(), 4);
        QCOMPARE(repo.lastStderr(),
                 QByteArray("gantry next-version: feature/x is not a release branch; releases are made from main.\n"
                            "gantry next-version: v1.2.0 exists on main; this branch does not contain it.\n"
                            "gantry next-version: Merged into main, it would be released in v1.3.0.\n"));
        QVERIFY(trimmed(repo.git({"tag", "-l", "v1.1.0"})) == QLatin1String("v1.1.0")); // what it printed before

        // The revision names the branch: main has nothing since v1.2.0 (exit 3, the current version).
        QCOMPARE(repo.gantry({"next-version", "main"}), QByteArray("v1.2.0\n"));
        QCOMPARE(repo.lastExitCode(), 3);
        repo.git({"checkout", "-q", "main"});
        repo.git({"merge", "-q", "--no-ff", "-m", "Merge branch 'feature/x'", "feature/x"});
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v1.3.0\n"));
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.lastStderr(), QByteArray());
        // A detached checkout (a CI job) names its branch with --branch.
        repo.git({"checkout", "-q", "--detach"});
        repo.gantry({"next-version"});
        QCOMPARE(repo.lastExitCode(), 4);
        QVERIFY(repo.lastStderr().contains("HEAD is not on a branch; releases are made from main."));
        QCOMPARE(repo.gantry({"next-version", "--branch", "main"}), QByteArray("v1.3.0\n"));
        QCOMPARE(repo.lastExitCode(), 0);

        // A pre-release branch.
        repo.git({"checkout", "-q", "-b", "beta", "main"});
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v1.3.0-beta.1\n"));
        repo.git({"tag", "v1.3.0-beta.1"});
        repo.commitFile("e", "1", "fix: six");
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v1.3.0-beta.2\n"));
        QCOMPARE(repo.lastExitCode(), 0);

        // main's version is taken by a tag elsewhere: blocked, not printed.
        repo.git({"checkout", "-q", "main"});
        repo.git({"tag", "v1.3.0", "beta"});
        repo.gantry({"next-version"});
        QCOMPARE(repo.lastExitCode(), 4);
        QCOMPARE(repo.lastStderr(), QByteArray("gantry next-version: v1.3.0 exists on beta; this branch does not contain it. "
                                               "Bring it into main (merge or pull) before releasing.\n"));

        // The configured branches decide.
        gantry::testkit::writeConventions(repo.path(), "release:\n  branches: [main, develop]\n");
        repo.git({"checkout", "-q", "develop"});
        repo.gantry({"next-version"});
        QCOMPARE(repo.lastExitCode(), 4); // v1.1.0 and v1.2.0 are missing from develop
        QVERIFY2(repo.lastStderr().contains("v1.3.0 exists on beta; this branch does not contain it."), repo.lastStderr().constData());
    }

    void nextVersionBadInput()
    {
        TestRepo empty;
        QCOMPARE(empty.gantry({"next-version"}), QByteArray());
        QCOMPARE(empty.lastExitCode(), 1);
        QVERIFY(empty.lastStderr().contains("no commits"));

        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.gantry({"next-version", "no-such-rev"});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY(repo.lastStderr().contains("no-such-rev"));
        repo.gantry({"next-version", "a", "b"});
        QCOMPARE(repo.lastExitCode(), 2);
        repo.gantry({"next-version", "--pre", "r!c"});
        QCOMPARE(repo.lastExitCode(), 1);

        // A malformed configuration: file:line:col on stderr, the defaults meanwhile.
        repo.write(".gantry/conventions.yml", "versions:\n  initial: one\n");
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("v0.1.0\n"));
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY2(repo.lastStderr().contains(".gantry/conventions.yml:2:12: 'initial' must be a semantic version"),
                 repo.lastStderr().constData());
        repo.write(".gantry/conventions.yml", "versions:\n  initial: 3.0.0\n  tag-prefix: ''\n");
        QCOMPARE(repo.gantry({"next-version"}), QByteArray("3.0.0\n"));

        // A shallow clone: the walk stops at its edge, with a warning on stderr.
        repo.git({"tag", "v1.0.0"});
        repo.commitFile("a", "2", "fix: two");
        repo.commitFile("a", "3", "fix: three");
        TestRepo shallow(false);
        shallow.git({"clone", "-q", "--depth", "1", "file://" + repo.path(), "."});
        QCOMPARE(shallow.gantry({"next-version"}), QByteArray("v0.1.0\n"));
        QCOMPARE(shallow.lastExitCode(), 0);
        QVERIFY2(shallow.lastStderr().contains("the repository is shallow"), shallow.lastStderr().constData());
        QVERIFY(shallow.gantry({"changelog", "--date", "2026-01-01"}).contains("* three "));
        QVERIFY(shallow.lastStderr().contains("shallow"));
        empty.gantry({"changelog"});
        QCOMPARE(empty.lastExitCode(), 1);

        TestRepo outside(false);
        outside.gantry({"next-version"});
        QCOMPARE(outside.lastExitCode(), 1);
    }

    void changelog()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "v1.0.0"});
        const QString fix = repo.commitFile("a", "2", "fix(io): two");
        const QString feat = repo.commitFile("a", "3", "feat: three");
        repo.commitFile("a", "4", "docs: four");
        QCOMPARE(QString::fromUtf8(repo.gantry({"changelog", "--date", "2026-03-04"})),
                 QStringLiteral("## 1.1.0 (2026-03-04)\n\n### Features\n\n* three %1\n\n### Bug Fixes\n\n* **io:** two %2\n")
                     .arg(feat.left(7), fix.left(7)));
        QCOMPARE(repo.lastExitCode(), 0);
        // Any two revisions; the heading's version can be given.
        QCOMPARE(QString::fromUtf8(repo.gantry({"changelog", "--from", "HEAD~3", "--to", "HEAD~2", "--version", "1.0.1", "--date", "2026-01-02"})),
                 QStringLiteral("## 1.0.1 (2026-01-02)\n\n### Bug Fixes\n\n* **io:** two %1\n").arg(fix.left(7)));
        // The first commit is in the full history's changelog.
        QVERIFY(repo.gantry({"changelog", "--from", "", "--date", "2026-01-02"}).contains("* one "));

        repo.gantry({"changelog", "--from", "nope"});
        QCOMPARE(repo.lastExitCode(), 1);
        repo.gantry({"changelog", "--date", "yesterday"});
        QCOMPARE(repo.lastExitCode(), 2);
        repo.gantry({"changelog", "extra"});
        QCOMPARE(repo.lastExitCode(), 2);
        QVERIFY(trimmed(repo.gantry({"--help"})).contains("next-version"));
    }
};

QTEST_GUILESS_MAIN(TestCliRelease)
#include "tst_cli_release.moc"
