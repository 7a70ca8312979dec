// Networks that misbehave: fetch, push, pull and clone against loopback servers that accept and
// never answer, answer garbage, or cut the connection in the middle of a pack (FaultyServer in
// front of a real git daemon or git http-backend). Every transfer must end by itself with the
// right message (gantry.networkTimeout, short here), and a cancel must stop a blocked read.
#include "gitcore/NetworkStream.h"
#include "gitcore/Pull.h"
#include "gitcore/RemoteTransfer.h"
#include "gitcore/Repository.h"
#include "support/FaultyServer.h"
#include "support/OpenRepository.h"
#include "support/RemoteFixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>
#include <QUrl>

#include <chrono>
#include <future>

using namespace gantry;

namespace {

using Protocol = RemoteFixture::Protocol;
using Mode = FaultyServer::Mode;
using testkit::openRepo;

enum class Operation { Fetch, Push, Pull };

QString s(const char *text) { return QString::fromUtf8(text); }

QString schemeOf(Protocol protocol) { return protocol == Protocol::Http ? s("http") : s("git"); }

/// A clone of the fixture's repository with something to transfer (`operation` decides which way),
/// its origin pointed at `faulty`.
QString prepare(RemoteFixture &fx, Protocol protocol, Operation operation, const FaultyServer &faulty)
{
    const QString mine = fx.clone(s("mine"));
    if (operation == Operation::Push) {
        fx.commit(mine, s("m.txt"), "mine\n", s("feat: mine"));
    } else {
        const QString other = fx.clone(s("other"));
        fx.commit(other, s("o.txt"), "theirs\n", s("feat: theirs"));
        fx.git(other, {s("push"), s("-q"), s("origin"), s("main")});
    }
    fx.git(mine, {s("remote"), s("set-url"), s("origin"), faulty.url(schemeOf(protocol), s("shared.git"))});
    return mine;
}

/// Runs `operation` in `dir`; the error (empty GitError when it succeeded).
GitError run(Operation operation, const QString &dir, const std::atomic<bool> *cancel = nullptr)
{
    Repository repo = openRepo(dir);
    switch (operation) {
    case Operation::Fetch:
        if (auto r = RemoteTransfer::fetch(repo, s("origin"), cancel); !r)
            return r.error();
        break;
    case Operation::Push: {
        PushRequest request;
        request.remote = s("origin");
        request.localBranch = s("main");
        if (auto r = RemoteTransfer::push(repo, request, cancel); !r)
            return r.error();
        break;
    }
    case Operation::Pull:
        if (auto r = Pull::run(repo, cancel); !r)
            return r.error();
        break;
    }
    return GitError(0, 0, {});
}

/// What a failed transfer must not have changed: the clone's refs and HEAD, the server's main.
QByteArray state(const RemoteFixture &fx, const QString &dir)
{
    return fx.git(dir, {s("for-each-ref"), s("--format=%(refname) %(objectname)")}) + fx.rev(dir, s("HEAD")).toUtf8()
        + fx.bareRev(s("main")).toUtf8();
}

quint16 portOf(const RemoteFixture &fx) { return quint16(QUrl(fx.url()).port()); }

} // namespace

class TestNetworkFailures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTransferEndsWithTheRightMessage_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<Operation>("operation");
        const QList<QPair<const char *, Protocol>> protocols{{"git", Protocol::GitDaemon}, {"http", Protocol::Http}};
        const QList<QPair<const char *, Mode>> modes{
            {"silent", Mode::Silent}, {"garbage", Mode::Garbage}, {"close-mid-pack", Mode::CloseMidPack}};
        const QList<QPair<const char *, Operation>> operations{
            {"fetch", Operation::Fetch}, {"push", Operation::Push}, {"pull", Operation::Pull}};
        for (const auto &[p, protocol] : protocols)
            for (const auto &[m, mode] : modes)
                for (const auto &[o, operation] : operations)
                    QTest::addRow("%s-%s-%s", o, p, m) << protocol << mode << operation;
    }
    void everyTransferEndsWithTheRightMessage()
    {
        QFETCH(Protocol, protocol);
        QFETCH(Mode, mode);
        QFETCH(Operation, operation);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        FaultyServer faulty(mode, portOf(fx));
        QVERIFY(faulty.startServing());
        const QString mine = prepare(fx, protocol, operation, faulty);
        // Silent ends by the timeout; the others must end by what the server did, long before theirs.
        fx.git(mine, {s("config"), s("gantry.networkTimeout"), mode == Mode::Silent ? s("2") : s("120")});
        const QByteArray before = state(fx, mine);

        QElapsedTimer clock;
        clock.start();
        const GitError error = run(operation, mine);
        const qint64 elapsed = clock.elapsed();

        QVERIFY2(error.code() != 0, "a transfer through a faulty server succeeded");
        QVERIFY2(!error.isCancelled(), qPrintable(error.message()));
        QVERIFY2(faulty.connectionCount() > 0, "the transfer never reached the server");
        if (mode == Mode::Silent) {
            QCOMPARE(error.code(), RemoteTransfer::NetworkTimeout);
            QVERIFY2(error.message().contains(s("the server at 127.0.0.1 stopped answering (no data for 2 s)")),
                     qPrintable(error.message()));
        } else {
            QVERIFY2(error.code() != RemoteTransfer::NetworkTimeout, qPrintable(error.message()));
            QVERIFY2(!error.message().isEmpty(), "no message");
        }
        // Which server, in every case ("cannot fetch from 'origin' (git://127.0.0.1:…/shared.git): …").
        QVERIFY2(error.message().contains(faulty.url(schemeOf(protocol), s("shared.git"))), qPrintable(error.message()));
        if (mode == Mode::CloseMidPack)
            QVERIFY2(faulty.hasCut(), "the connection was not cut inside a pack: the test proves nothing");
        QCOMPARE(state(fx, mine), before);
#ifndef GANTRY_SANITIZE
        QVERIFY2(elapsed < 60000, qPrintable(QString::number(elapsed))); // a hang detector, nothing finer
#else
        Q_UNUSED(elapsed);
#endif
    }

    void cancelStopsABlockedRead_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<Operation>("operation");
        QTest::newRow("fetch-git") << Protocol::GitDaemon << Operation::Fetch;
        QTest::newRow("fetch-http") << Protocol::Http << Operation::Fetch;
        QTest::newRow("push-git") << Protocol::GitDaemon << Operation::Push;
        QTest::newRow("push-http") << Protocol::Http << Operation::Push;
        QTest::newRow("pull-git") << Protocol::GitDaemon << Operation::Pull;
    }
    void cancelStopsABlockedRead()
    {
        QFETCH(Protocol, protocol);
        QFETCH(Operation, operation);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        FaultyServer faulty(Mode::Silent);
        QVERIFY(faulty.startServing());
        const QString mine = prepare(fx, protocol, operation, faulty);
        fx.git(mine, {s("config"), s("gantry.networkTimeout"), s("0")}); // no timeout: only the cancel ends it
        const QByteArray before = state(fx, mine);

        std::atomic<bool> cancel{false};
        auto result = std::async(std::launch::async, [&] { return run(operation, mine, &cancel); });
        // Whatever fails below, the transfer ends before the future's destructor waits for it.
        const auto unblock = qScopeGuard([&] {
            cancel = true;
            faulty.stopServing();
        });
        // The request went out: libgit2 now waits for an answer that never comes.
        QTRY_VERIFY_WITH_TIMEOUT(faulty.bytesReceived() > 0, 30000);
        QVERIFY(result.wait_for(std::chrono::milliseconds(200)) == std::future_status::timeout); // still waiting
        cancel = true;
        if (result.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
            QFAIL("the cancel did not stop the blocked read"); // (the guard closes the server's sockets)
        const GitError error = result.get();
        QVERIFY2(error.isCancelled(), qPrintable(error.message()));
        QCOMPARE(state(fx, mine), before);
    }

    void cloneTimesOutWithTheGlobalSetting()
    {
        FaultyServer faulty(Mode::Silent);
        QVERIFY(faulty.startServing());
        RemoteFixture fx;
        // `gantry -c gantry.networkTimeout=1` (GIT_CONFIG_PARAMETERS): a clone has no repository to read.
        qputenv("GIT_CONFIG_PARAMETERS", "'gantry.networktimeout'='1'");
        auto cloned = RemoteTransfer::clone(faulty.url(s("git"), s("shared.git")), fx.path(s("cloned")));
        qunsetenv("GIT_CONFIG_PARAMETERS");
        QVERIFY(!cloned);
        QCOMPARE(cloned.error().code(), RemoteTransfer::NetworkTimeout);
        QVERIFY2(cloned.errorMessage().contains(s("stopped answering (no data for 1 s)")), qPrintable(cloned.errorMessage()));
        QVERIFY(!QFileInfo::exists(fx.path(s("cloned/.git"))));
    }

    void badTimeoutSettingIsRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("word") << s("soon");
        QTest::newRow("negative") << s("-5");
        QTest::newRow("fraction") << s("2.5");
    }
    void badTimeoutSettingIsRefusedBeforeConnecting()
    {
        QFETCH(QString, value);
        RemoteFixture fx;
        QVERIFY(fx.start());
        FaultyServer faulty(Mode::Silent);
        QVERIFY(faulty.startServing());
        const QString mine = prepare(fx, Protocol::GitDaemon, Operation::Fetch, faulty);
        fx.git(mine, {s("config"), s("gantry.networkTimeout"), value});
        for (Operation operation : {Operation::Fetch, Operation::Push, Operation::Pull}) {
            const GitError error = run(operation, mine);
            QVERIFY2(error.message().contains(s("gantry.networkTimeout is '%1'").arg(value)), qPrintable(error.message()));
        }
        QCOMPARE(faulty.connectionCount(), 0);
        auto timeout = NetworkStream::configuredTimeout(nullptr);
        QVERIFY(timeout);
        QCOMPARE(*timeout, NetworkStream::DefaultTimeoutSeconds); // unset anywhere else
    }

    void sshTalksOverTheSocketItConnected()
    {
        // The ssh transport takes the descriptor from the registered socket and hands it to
        // libssh2: what the server receives must be libssh2's banner, and the failure an ssh one.
        FaultyServer faulty(Mode::Garbage);
        QVERIFY(faulty.startServing());
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(s("mine"));
        fx.git(mine, {s("remote"), s("set-url"), s("origin"), faulty.url(s("ssh"), s("shared.git")).replace(s("ssh://"), s("ssh://git@"))});
        const GitError error = run(Operation::Fetch, mine);
        QVERIFY(error.code() != 0);
        QVERIFY2(faulty.firstBytes().startsWith("SSH-2.0-"), faulty.firstBytes().constData());
        QVERIFY2(error.code() != RemoteTransfer::NetworkTimeout, qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestNetworkFailures)
#include "tst_networkfailures.moc"
