// `gantry fetch`, `push` and `pull` against a server that accepts and never answers: they give up
// after gantry.networkTimeout with one line saying so (exit 1), and Ctrl+C (SIGINT) stops them
// cleanly with exit 130, nothing changed.
#include "support/FaultyServer.h"
#include "support/RemoteFixture.h"

#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/// A clone whose origin is `faulty`, with a commit to push and one to fetch waiting on the real server.
QString prepare(RemoteFixture &fx, const FaultyServer &faulty)
{
    const QString mine = fx.clone(s("mine"));
    const QString other = fx.clone(s("other"));
    fx.commit(other, s("o.txt"), "theirs\n", s("feat: theirs"));
    fx.git(other, {s("push"), s("-q"), s("origin"), s("main")});
    fx.commit(mine, s("m.txt"), "mine\n", s("feat: mine"));
    fx.git(mine, {s("remote"), s("set-url"), s("origin"), faulty.url(s("git"), s("shared.git"))});
    return mine;
}

QByteArray state(const RemoteFixture &fx, const QString &dir)
{
    return fx.git(dir, {s("for-each-ref"), s("--format=%(refname) %(objectname)")}) + fx.rev(dir, s("HEAD")).toUtf8()
        + fx.bareRev(s("main")).toUtf8();
}

void addCommands()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("fetch") << QStringList{s("fetch")};
    QTest::newRow("push") << QStringList{s("push"), s("--allow-protected")}; // main is protected by default
    QTest::newRow("pull") << QStringList{s("pull")};
}

} // namespace

class TestCliNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("GANTRY_APP").isEmpty(), "run through ctest"); }

    void silentServerTimesOut_data() { addCommands(); }
    void silentServerTimesOut()
    {
        QFETCH(QStringList, args);
        const QString command = args.first();
        RemoteFixture fx;
        QVERIFY(fx.start());
        FaultyServer faulty(FaultyServer::Mode::Silent);
        QVERIFY(faulty.startServing());
        const QString mine = prepare(fx, faulty);
        const QByteArray before = state(fx, mine);

        const QByteArray out = fx.gantry(mine, QStringList{s("-c"), s("gantry.networkTimeout=1")} + args);
        QCOMPARE(fx.lastExitCode(), 1);
        QCOMPARE(out, QByteArray());
        const QByteArray err = fx.lastStderr();
        QVERIFY2(err.startsWith("gantry " + command.toUtf8() + ": "), err.constData());
        QVERIFY2(err.contains("the server at 127.0.0.1 stopped answering (no data for 1 s)"), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(faulty.connectionCount() > 0);
        QCOMPARE(state(fx, mine), before);
    }

    void interruptCancelsWithExit130_data() { addCommands(); }
    void interruptCancelsWithExit130()
    {
        QFETCH(QStringList, args);
        const QString command = args.first();
        RemoteFixture fx;
        QVERIFY(fx.start());
        FaultyServer faulty(FaultyServer::Mode::Silent);
        QVERIFY(faulty.startServing());
        const QString mine = prepare(fx, faulty);
        const QByteArray before = state(fx, mine);

        QProcess gantry;
        gantry.setWorkingDirectory(mine);
        // No timeout: only Ctrl+C can end it.
        gantry.start(qEnvironmentVariable("GANTRY_APP"), QStringList{s("-c"), s("gantry.networkTimeout=0")} + args);
        QVERIFY(gantry.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(faulty.bytesReceived() > 0, 30000); // the request is out: it waits for an answer
        QCOMPARE(gantry.state(), QProcess::Running);
        ::kill(pid_t(gantry.processId()), SIGINT);
        if (!gantry.waitForFinished(60000)) {
            gantry.kill();
            gantry.waitForFinished(5000);
            QFAIL("Ctrl+C did not stop the command");
        }
        QCOMPARE(gantry.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gantry.exitCode(), 130);
        const QByteArray err = gantry.readAllStandardError();
        QVERIFY2(err.startsWith("gantry " + command.toUtf8() + ": cancelled"), err.constData());
        QCOMPARE(gantry.readAllStandardOutput(), QByteArray());
        QCOMPARE(state(fx, mine), before);
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
