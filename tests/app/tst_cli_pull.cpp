#include "support/RemoteFixture.h"

#include <QTest>

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
} // namespace

/// `gantry pull` against a git daemon on 127.0.0.1, checked against `git pull --ff-only`.
class TestCliPull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("GANTRY_APP").isEmpty(), "run through ctest"); }

    void fastForwardsLikeGitPullFfOnly()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString oracle = fx.clone(s("oracle"));
        const QString other = fx.clone(s("other"));
        const QString theirs = fx.commit(other, s("o.txt"), "o\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q"), s("origin"), s("main")});

        const QByteArray out = fx.gantry({}, {s("pull"), s("-C"), mine});
        QCOMPARE(fx.lastExitCode(), 0);
        QVERIFY2(out.contains("ast-forward"), out.constData());
        fx.git(oracle, {s("pull"), s("-q"), s("--ff-only")});
        QCOMPARE(fx.rev(mine, s("HEAD")), fx.rev(oracle, s("HEAD")));
        QCOMPARE(fx.rev(mine, s("HEAD")), theirs);
        QCOMPARE(fx.git(mine, {s("status"), s("--porcelain")}), QByteArray());
        QCOMPARE(fx.git(mine, {s("ls-files"), s("-s")}), fx.git(oracle, {s("ls-files"), s("-s")}));

        QCOMPARE(fx.gantry({}, {s("pull"), s("-C"), mine}), QByteArray("Already up to date with origin/main.\n"));
        QCOMPARE(fx.lastExitCode(), 0);
    }

    void divergedIsFetchedNotMerged()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString other = fx.clone(s("other"));
        const QString theirs = fx.commit(other, s("o.txt"), "o\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q"), s("origin"), s("main")});
        const QString local = fx.commit(mine, s("m.txt"), "m\n", s("feat: mine"));
        fx.gantry({}, {s("pull"), s("-C"), mine});
        QCOMPARE(fx.lastExitCode(), 3);
        QVERIFY2(fx.lastStderr().contains("gantry rebase origin/main"), fx.lastStderr().constData());
        QCOMPARE(fx.rev(mine, s("HEAD")), local);
        QCOMPARE(fx.rev(mine, s("origin/main")), theirs);
        // git agrees that this is not a fast-forward.
        fx.git(mine, {s("pull"), s("-q"), s("--ff-only")}, true);
        QCOMPARE(fx.rev(mine, s("HEAD")), local);
    }

    void badInput()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        fx.git(mine, {s("checkout"), s("-q"), s("-b"), s("feat/x")});
        fx.gantry({}, {s("pull"), s("-C"), mine});
        QCOMPARE(fx.lastExitCode(), 1);
        QVERIFY(fx.lastStderr().contains("feat/x has no upstream"));
        fx.git(mine, {s("checkout"), s("-q"), s("--detach")});
        fx.gantry({}, {s("pull"), s("-C"), mine});
        QVERIFY(fx.lastStderr().contains("HEAD is not on a branch"));
        fx.gantry({}, {s("pull"), s("-C"), mine, s("origin")});
        QCOMPARE(fx.lastExitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPull)
#include "tst_cli_pull.moc"
