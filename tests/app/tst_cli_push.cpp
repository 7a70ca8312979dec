// `gantry fetch` and `gantry push` against a real git daemon on 127.0.0.1: refs compared with
// git fetch, pushes checked in the server repository, force-with-lease and its refusal, and the
// protected-branch guard (confirm: refused without --allow-protected; refuse: always).
#include "support/RemoteFixture.h"
#include "support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

using gantry::testkit::writeConventions;

} // namespace

class TestCliPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchMatchesGitFetch()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString theirs = fx.clone(s("theirs"));
        const QString other = fx.clone(s("other"));
        const QString head = fx.commit(other, s("b.txt"), "b\n", s("feat: b"));
        fx.git(other, {s("push"), s("-q"), s("origin"), s("main"), s("main:refs/heads/topic")});

        const QByteArray out = fx.gantry({}, {s("fetch"), s("-C"), mine});
        QCOMPARE(fx.lastExitCode(), 0);
        QVERIFY2(out.contains("origin/topic"), out.constData());
        QVERIFY2(out.contains("..") && out.contains("origin/main"), out.constData());
        fx.git(theirs, {s("fetch"), s("-q")});
        const QStringList refs{s("for-each-ref"), s("refs/remotes")};
        QCOMPARE(fx.git(mine, refs), fx.git(theirs, refs));
        QCOMPARE(fx.rev(mine, s("origin/main")), head);

        fx.gantry({}, {s("fetch"), s("-C"), mine, s("nope")});
        QCOMPARE(fx.lastExitCode(), 1);
        QVERIFY2(fx.lastStderr().startsWith("gantry fetch: There is no remote named 'nope'."), fx.lastStderr().constData());
    }

    void pushNewBranchWithUpstream()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        fx.git(mine, {s("switch"), s("-q"), s("-c"), s("feature/a")});
        const QString head = fx.commit(mine, s("a2.txt"), "a\n", s("feat: a"));
        const QByteArray out = fx.gantry(mine, {s("push"), s("--set-upstream")});
        QCOMPARE(fx.lastExitCode(), 0);
        QVERIFY2(out.contains("[new branch]"), out.constData());
        QCOMPARE(fx.bareRev(s("feature/a")), head);
        QCOMPARE(fx.git(mine, {s("rev-parse"), s("--abbrev-ref"), s("@{u}")}).trimmed(), QByteArray("origin/feature/a"));
        fx.gantry(mine, {s("push")});
        QCOMPARE(fx.lastExitCode(), 0);
        QVERIFY(fx.lastStderr().isEmpty());
    }

    void rewriteNeedsForceWithLease()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        writeConventions(mine, "protected-branches: []\n");
        const QString before = fx.bareRev(s("main"));
        fx.git(mine, {s("commit"), s("-q"), s("--amend"), s("-m"), s("feat: reworded")});
        const QString rewritten = fx.rev(mine, s("HEAD"));

        fx.gantry(mine, {s("push")});
        QCOMPARE(fx.lastExitCode(), 1);
        QVERIFY2(fx.lastStderr().contains("not a fast-forward"), fx.lastStderr().constData());
        QVERIFY(fx.lastStderr().contains("--force-with-lease"));
        QCOMPARE(fx.bareRev(s("main")), before);

        fx.gantry(mine, {s("push"), s("--force")});
        QCOMPARE(fx.lastExitCode(), 2);
        QVERIFY2(fx.lastStderr().contains("there is no --force"), fx.lastStderr().constData());

        // Someone else pushes first: the lease is stale and nothing changes.
        const QString other = fx.clone(s("other"));
        const QString theirs = fx.commit(other, s("o.txt"), "o\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q")});
        fx.gantry(mine, {s("push"), s("--force-with-lease")});
        QCOMPARE(fx.lastExitCode(), 1);
        QVERIFY2(fx.lastStderr().contains(theirs.left(7).toUtf8()) && fx.lastStderr().contains(before.left(7).toUtf8()),
                 fx.lastStderr().constData());
        QCOMPARE(fx.bareRev(s("main")), theirs);

        // After a fetch, the lease is theirs: replacing their commit is now a deliberate choice.
        fx.gantry(mine, {s("fetch")});
        QCOMPARE(fx.lastExitCode(), 0);
        const QByteArray out = fx.gantry(mine, {s("push"), s("--force-with-lease")});
        QCOMPARE(fx.lastExitCode(), 0);
        QVERIFY2(out.contains("+ " + theirs.left(7).toUtf8() + "..." + rewritten.left(7).toUtf8()), out.constData());
        QCOMPARE(fx.bareRev(s("main")), rewritten);
    }

    void protectedBranchGuard()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        const QString before = fx.bareRev(s("main"));
        const QString head = fx.commit(mine, s("c.txt"), "c\n", s("feat: c"));
        // Confirm mode (the default for main): refused without the explicit override.
        fx.gantry(mine, {s("push")});
        QCOMPARE(fx.lastExitCode(), 1);
        QVERIFY2(fx.lastStderr().contains("main is protected") && fx.lastStderr().contains("--allow-protected"),
                 fx.lastStderr().constData());
        QCOMPARE(fx.bareRev(s("main")), before);
        // The guard is about the remote branch: a local branch pushed to main is guarded too.
        fx.git(mine, {s("branch"), s("side")});
        fx.gantry(mine, {s("push"), s("origin"), s("side:main")});
        QCOMPARE(fx.lastExitCode(), 1);
        QCOMPARE(fx.bareRev(s("main")), before);
        fx.gantry(mine, {s("push"), s("--allow-protected")});
        QCOMPARE(fx.lastExitCode(), 0);
        QCOMPARE(fx.bareRev(s("main")), head);

        // Refuse mode: no override.
        writeConventions(mine, "protected-branches:\n  branches: [main]\n  mode: refuse\n");
        const QString next = fx.commit(mine, s("c.txt"), "c2\n", s("feat: c2"));
        fx.gantry(mine, {s("push"), s("--allow-protected")});
        QCOMPARE(fx.lastExitCode(), 1);
        QVERIFY2(fx.lastStderr().contains("refuses pushes"), fx.lastStderr().constData());
        QCOMPARE(fx.bareRev(s("main")), head);
        QVERIFY(next != head);
        // Another branch is not guarded.
        fx.gantry(mine, {s("push"), s("origin"), s("main:release-candidate")});
        QCOMPARE(fx.lastExitCode(), 0);
        QCOMPARE(fx.bareRev(s("release-candidate")), next);
    }
};

QTEST_GUILESS_MAIN(TestCliPush)
#include "tst_cli_push.moc"
