#include "gitcore/PushGuard.h"
#include "gitcore/RemoteTransfer.h"
#include "gitcore/Repository.h"
#include "support/OpenRepository.h"
#include "support/RemoteFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace gantry;

namespace {

using Protocol = RemoteFixture::Protocol;
using testkit::openRepo;

/// `git for-each-ref` of the refs a fetch writes, as one comparable text.
QString fetchedRefs(const RemoteFixture &fx, const QString &dir)
{
    return QString::fromUtf8(fx.git(dir, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname) %(objectname)"),
                                          QStringLiteral("refs/remotes"), QStringLiteral("refs/tags")}));
}

void addProtocols()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::newRow("git-daemon") << Protocol::GitDaemon;
    QTest::newRow("http-backend") << Protocol::Http;
}

PushRequest pushOf(const QString &branch, ForceMode force = ForceMode::None, const QString &remoteBranch = {})
{
    PushRequest request;
    request.remote = QStringLiteral("origin");
    request.localBranch = branch;
    request.remoteBranch = remoteBranch;
    request.force = force;
    return request;
}

/// Makes `clone`'s main a rewrite of the remote's: its last commit amended.
QString amendLast(const RemoteFixture &fx, const QString &clone)
{
    fx.git(clone, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--amend"), QStringLiteral("-m"),
                   QStringLiteral("feat: two, reworded")});
    return fx.rev(clone, QStringLiteral("HEAD"));
}

} // namespace

/// Fetch and push against real servers on 127.0.0.1 (git daemon, git http-backend), checked
/// against the git CLI and the server repository; force-with-lease and its refusals.
class TestRemoteTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetchUpdatesRefsLikeGitFetch_data() { addProtocols(); }
    void fetchUpdatesRefsLikeGitFetch()
    {
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        const QString theirs = fx.clone(QStringLiteral("theirs"));
        const QString other = fx.clone(QStringLiteral("other"));
        // Someone else adds a commit on main, a branch and a tag.
        fx.commit(other, QStringLiteral("b.txt"), "b\n", QStringLiteral("feat: b"));
        fx.git(other, {QStringLiteral("branch"), QStringLiteral("feature/x")});
        fx.git(other, {QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1.0.0"), QStringLiteral("-m"), QStringLiteral("v1")});
        fx.git(other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main"),
                       QStringLiteral("feature/x"), QStringLiteral("v1.0.0")});

        QList<TransferProgress> progress;
        auto repo = openRepo(mine);
        auto fetched = RemoteTransfer::fetch(repo, QStringLiteral("origin"), nullptr,
                                             [&](const TransferProgress &p) { progress.append(p); });
        QVERIFY2(fetched, qPrintable(fetched.errorMessage()));
        fx.git(theirs, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
        QCOMPARE(fetchedRefs(fx, mine), fetchedRefs(fx, theirs));
        QCOMPARE(fx.rev(mine, QStringLiteral("origin/main")), fx.bareRev(QStringLiteral("main")));
        QStringList updated;
        for (const RefUpdate &u : fetched->updated)
            updated << u.refName;
        QVERIFY2(updated.contains(QStringLiteral("refs/remotes/origin/feature/x")), qPrintable(updated.join(u' ')));
        QVERIFY(updated.contains(QStringLiteral("refs/remotes/origin/main")));
        QVERIFY(!progress.isEmpty());

        // Prune, like git fetch --prune, once the branch is deleted on the server.
        fx.git(other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral(":feature/x")});
        auto unpruned = RemoteTransfer::fetch(repo, QStringLiteral("origin"));
        QVERIFY2(unpruned, qPrintable(unpruned.errorMessage()));
        QVERIFY(!fx.rev(mine, QStringLiteral("origin/feature/x")).isEmpty()); // kept without prune
        auto pruned = RemoteTransfer::fetch(repo, QStringLiteral("origin"), nullptr, {}, true);
        QVERIFY2(pruned, qPrintable(pruned.errorMessage()));
        fx.git(theirs, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("--prune"), QStringLiteral("origin")});
        QCOMPARE(fetchedRefs(fx, mine), fetchedRefs(fx, theirs));
        QVERIFY(fx.rev(mine, QStringLiteral("origin/feature/x")).isEmpty());
    }

    void pushFastForwardLands_data() { addProtocols(); }
    void pushFastForwardLands()
    {
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        const QString head = fx.commit(mine, QStringLiteral("c.txt"), "c\n", QStringLiteral("feat: c"));
        auto repo = openRepo(mine);
        auto guard = PushGuard::check(repo, pushOf(QStringLiteral("main")));
        QVERIFY2(guard, qPrintable(guard.errorMessage()));
        QVERIFY(guard->fastForward);
        QCOMPARE(guard->commitsToPush, 1);
        QVERIFY(guard->protectedBranch); // main, by default
        QCOMPARE(guard->trackingRef, QStringLiteral("refs/remotes/origin/main"));

        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main")));
        QVERIFY2(pushed, qPrintable(pushed.errorMessage()));
        QCOMPARE(fx.bareRev(QStringLiteral("main")), head);
        QCOMPARE(fx.rev(mine, QStringLiteral("refs/remotes/origin/main")), head); // tips updated
        QCOMPARE(pushed->newId.toString(), head);
        QVERIFY(!pushed->upToDate);
        // git agrees there is nothing left to push.
        QCOMPARE(fx.git(mine, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("origin/main..main")}).trimmed(),
                 QByteArray("0"));

        auto again = RemoteTransfer::push(repo, pushOf(QStringLiteral("main")));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QVERIFY(again->upToDate);
    }

    void nonFastForwardIsRefusedBeforeSending()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        const QString other = fx.clone(QStringLiteral("other"));
        const QString theirs = fx.commit(other, QStringLiteral("o.txt"), "o\n", QStringLiteral("feat: theirs"));
        fx.git(other, {QStringLiteral("push"), QStringLiteral("-q")});
        fx.commit(mine, QStringLiteral("m.txt"), "m\n", QStringLiteral("feat: mine"));
        auto repo = openRepo(mine);
        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main")));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code(), RemoteTransfer::NonFastForward);
        QVERIFY2(pushed.errorMessage().contains(QStringLiteral("fast-forward")), qPrintable(pushed.errorMessage()));
        QCOMPARE(fx.bareRev(QStringLiteral("main")), theirs);
        // git refuses it too.
        fx.git(mine, {QStringLiteral("push"), QStringLiteral("-q")}, true);
        QVERIFY(fx.lastExitCode() != 0);
        QCOMPARE(fx.bareRev(QStringLiteral("main")), theirs);
    }

    void serverRejectionReportsTheServersWords_data() { addProtocols(); }
    void serverRejectionReportsTheServersWords()
    {
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString hook = fx.barePath() + QStringLiteral("/hooks/pre-receive");
        QFile file(hook);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho 'policy: main is frozen for the release' >&2\nexit 1\n");
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
        const QString before = fx.bareRev(QStringLiteral("main"));
        const QString mine = fx.clone(QStringLiteral("mine"));
        fx.commit(mine, QStringLiteral("c.txt"), "c\n", QStringLiteral("feat: c"));
        auto repo = openRepo(mine);
        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main")));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code(), RemoteTransfer::Rejected);
        QVERIFY2(pushed.errorMessage().contains(QStringLiteral("pre-receive hook declined")), qPrintable(pushed.errorMessage()));
        QVERIFY2(pushed.errorMessage().contains(QStringLiteral("policy: main is frozen for the release")),
                 qPrintable(pushed.errorMessage()));
        QCOMPARE(fx.bareRev(QStringLiteral("main")), before);
        QCOMPARE(fx.rev(mine, QStringLiteral("origin/main")), before); // no tip moved for a refused update
    }

    void forceWithLeaseReplacesWhatWeSaw_data() { addProtocols(); }
    void forceWithLeaseReplacesWhatWeSaw()
    {
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        const QString rewritten = amendLast(fx, mine);
        auto repo = openRepo(mine);
        auto guard = PushGuard::check(repo, pushOf(QStringLiteral("main")));
        QVERIFY2(guard, qPrintable(guard.errorMessage()));
        QVERIFY(guard->rewrites());
        QCOMPARE(guard->commitsToReplace, 1);
        QCOMPARE(guard->commitsToPush, 1);

        auto plain = RemoteTransfer::push(repo, pushOf(QStringLiteral("main")));
        QVERIFY(!plain);
        QCOMPARE(plain.error().code(), RemoteTransfer::NonFastForward);
        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main"), ForceMode::ForceWithLease));
        QVERIFY2(pushed, qPrintable(pushed.errorMessage()));
        QCOMPARE(fx.bareRev(QStringLiteral("main")), rewritten);
        QCOMPARE(fx.rev(mine, QStringLiteral("origin/main")), rewritten);
    }

    void forceWithLeaseRefusedWhenSomeoneElsePushed_data() { addProtocols(); }
    void forceWithLeaseRefusedWhenSomeoneElsePushed()
    {
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        const QString cli = fx.clone(QStringLiteral("cli"));
        const QString seen = fx.rev(mine, QStringLiteral("origin/main"));
        const QString other = fx.clone(QStringLiteral("other"));
        const QString theirs = fx.commit(other, QStringLiteral("o.txt"), "o\n", QStringLiteral("feat: theirs"));
        fx.git(other, {QStringLiteral("push"), QStringLiteral("-q")});
        amendLast(fx, mine);
        amendLast(fx, cli);

        auto repo = openRepo(mine);
        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main"), ForceMode::ForceWithLease));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code(), RemoteTransfer::LeaseMismatch);
        QVERIFY2(pushed.errorMessage().contains(theirs.left(7)), qPrintable(pushed.errorMessage()));
        QVERIFY2(pushed.errorMessage().contains(seen.left(7)), qPrintable(pushed.errorMessage()));
        QVERIFY(pushed.errorMessage().contains(QStringLiteral("fetch")));
        QCOMPARE(fx.bareRev(QStringLiteral("main")), theirs); // their commit is still there
        QCOMPARE(fx.rev(mine, QStringLiteral("origin/main")), seen);
        // git --force-with-lease refuses the same push ("stale info").
        fx.git(cli, {QStringLiteral("push"), QStringLiteral("--force-with-lease")}, true);
        QVERIFY(fx.lastExitCode() != 0);
        QVERIFY2(fx.lastStderr().contains("stale info"), fx.lastStderr().constData());
        QCOMPARE(fx.bareRev(QStringLiteral("main")), theirs);
    }

    void leaseRaceIsClosedByTheServersOldIdCheck_data() { addProtocols(); }
    void leaseRaceIsClosedByTheServersOldIdCheck()
    {
        // Someone pushes after Gantry checked the lease but before its push lands (from the
        // progress report between the two): the update carries the old id Gantry checked, and
        // the server's receive-pack refuses it. Their commit stays.
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        const QString other = fx.path(QStringLiteral("other"));
        fx.git({}, {QStringLiteral("clone"), QStringLiteral("-q"), fx.barePath(), other});
        const QString theirs = fx.commit(other, QStringLiteral("o.txt"), "o\n", QStringLiteral("feat: theirs"));
        amendLast(fx, mine);
        auto repo = openRepo(mine);
        bool raced = false;
        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main"), ForceMode::ForceWithLease), nullptr,
                                           [&](const TransferProgress &p) {
                                               if (p.stage == TransferProgress::Stage::Sending && !raced) {
                                                   raced = true;
                                                   fx.git(other, {QStringLiteral("push"), QStringLiteral("-q")});
                                               }
                                           });
        QVERIFY(raced);
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code(), RemoteTransfer::Rejected);
        QVERIFY2(pushed.errorMessage().contains(QStringLiteral("but expected")), qPrintable(pushed.errorMessage()));
        QCOMPARE(fx.bareRev(QStringLiteral("main")), theirs);
    }

    void forceWithLeaseOnAnAbsentBranchRequiresItAbsent()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        fx.git(mine, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("topic")});
        const QString head = fx.commit(mine, QStringLiteral("t.txt"), "t\n", QStringLiteral("feat: topic"));
        auto repo = openRepo(mine);

        const QString other = fx.clone(QStringLiteral("other"));
        fx.git(other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main:refs/heads/taken")});
        auto refused = RemoteTransfer::push(repo, pushOf(QStringLiteral("topic"), ForceMode::ForceWithLease, QStringLiteral("taken")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), RemoteTransfer::LeaseMismatch);
        QCOMPARE(fx.bareRev(QStringLiteral("taken")), fx.bareRev(QStringLiteral("main")));

        auto created = RemoteTransfer::push(repo, pushOf(QStringLiteral("topic"), ForceMode::ForceWithLease));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        QVERIFY(created->oldRemoteId.isNull());
        QCOMPARE(fx.bareRev(QStringLiteral("topic")), head);
    }

    void pushNewBranchAndSetUpstream_data() { addProtocols(); }
    void pushNewBranchAndSetUpstream()
    {
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        fx.git(mine, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("feature/login")});
        const QString head = fx.commit(mine, QStringLiteral("l.txt"), "l\n", QStringLiteral("feat: login"));
        auto repo = openRepo(mine);
        auto guard = PushGuard::check(repo, {}); // every default: HEAD's branch to origin
        QVERIFY2(guard, qPrintable(guard.errorMessage()));
        QCOMPARE(guard->request.remoteBranch, QStringLiteral("feature/login"));
        QVERIFY(!guard->protectedBranch);
        QVERIFY(guard->tracking.isNull());
        QCOMPARE(guard->commitsToPush, 3);

        PushRequest request;
        request.setUpstream = true;
        auto pushed = RemoteTransfer::push(repo, request);
        QVERIFY2(pushed, qPrintable(pushed.errorMessage()));
        QVERIFY(pushed->upstreamSet);
        QCOMPARE(fx.bareRev(QStringLiteral("feature/login")), head);
        // As after `git push -u origin feature/login`.
        QCOMPARE(fx.git(mine, {QStringLiteral("config"), QStringLiteral("branch.feature/login.remote")}).trimmed(), QByteArray("origin"));
        QCOMPARE(fx.git(mine, {QStringLiteral("config"), QStringLiteral("branch.feature/login.merge")}).trimmed(),
                 QByteArray("refs/heads/feature/login"));
        QCOMPARE(fx.git(mine, {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"), QStringLiteral("@{u}")}).trimmed(),
                 QByteArray("origin/feature/login"));

        // With an upstream, the next push goes there by default, even under another name.
        fx.git(mine, {QStringLiteral("branch"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("login")});
        const QString next = fx.commit(mine, QStringLiteral("l.txt"), "l2\n", QStringLiteral("feat: login 2"));
        auto again = RemoteTransfer::push(repo, {});
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->request.remoteBranch, QStringLiteral("feature/login"));
        QCOMPARE(fx.bareRev(QStringLiteral("feature/login")), next);
    }

    void cloneMatchesGitClone_data() { addProtocols(); }
    void cloneMatchesGitClone()
    {
        QFETCH(Protocol, protocol);
        RemoteFixture fx(protocol);
        QVERIFY(fx.start());
        const QString other = fx.clone(QStringLiteral("other"));
        fx.git(other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main:refs/heads/topic")});
        const QString theirs = fx.clone(QStringLiteral("theirs"));
        auto cloned = RemoteTransfer::clone(fx.url(), fx.path(QStringLiteral("mine")));
        QVERIFY2(cloned, qPrintable(cloned.errorMessage()));
        QCOMPARE(*cloned, fx.path(QStringLiteral("mine")));
        const QString mine = *cloned;
        const QStringList refs{QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname) %(objectname)")};
        QCOMPARE(fx.git(mine, refs), fx.git(theirs, refs));
        QCOMPARE(fx.git(mine, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-b")}),
                 QByteArray("## main...origin/main\n"));
        QCOMPARE(fx.git(mine, {QStringLiteral("config"), QStringLiteral("remote.origin.url")}).trimmed(), fx.url().toUtf8());

        // Not into a folder that holds something; an unreachable URL fails and leaves nothing.
        auto taken = RemoteTransfer::clone(fx.url(), fx.path(QStringLiteral("mine")));
        QVERIFY(!taken);
        QVERIFY2(taken.errorMessage().contains(QStringLiteral("not an empty folder")), qPrintable(taken.errorMessage()));
        const QString dead = QStringLiteral("git://127.0.0.1:%1/shared.git").arg(GitDaemonServer::freePort());
        auto unreachable = RemoteTransfer::clone(dead, fx.path(QStringLiteral("dead")));
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.errorMessage().contains(QStringLiteral("127.0.0.1")), qPrintable(unreachable.errorMessage()));
        QVERIFY(!QFileInfo::exists(fx.path(QStringLiteral("dead"))));
    }

    void badInputsGiveClearErrors()
    {
        RemoteFixture fx;
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        auto repo = openRepo(mine);
        auto noRemote = RemoteTransfer::fetch(repo, QStringLiteral("nope"));
        QVERIFY(!noRemote);
        QCOMPARE(noRemote.errorMessage(), QStringLiteral("There is no remote named 'nope'."));
        auto noRemotePush = RemoteTransfer::push(repo, [] { PushRequest r; r.remote = QStringLiteral("nope"); r.localBranch = QStringLiteral("main"); return r; }());
        QVERIFY(!noRemotePush);
        QVERIFY(noRemotePush.errorMessage().contains(QStringLiteral("nope")));
        auto noBranch = RemoteTransfer::push(repo, pushOf(QStringLiteral("no-such-branch")));
        QVERIFY(!noBranch);
        QVERIFY2(noBranch.errorMessage().contains(QStringLiteral("no-such-branch")), qPrintable(noBranch.errorMessage()));
        auto badName = RemoteTransfer::push(repo, pushOf(QStringLiteral("main"), ForceMode::None, QStringLiteral("bad..name")));
        QVERIFY(!badName);
        QVERIFY2(badName.errorMessage().contains(QStringLiteral("'..'")), qPrintable(badName.errorMessage()));

        // Nothing listens on the port: an error naming the place, promptly.
        const quint16 closed = GitDaemonServer::freePort();
        fx.git(mine, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("dead"),
                      QStringLiteral("git://127.0.0.1:%1/shared.git").arg(closed)});
        QElapsedTimer timer;
        timer.start();
        auto unreachable = RemoteTransfer::fetch(repo, QStringLiteral("dead"));
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.errorMessage().contains(QStringLiteral("127.0.0.1")), qPrintable(unreachable.errorMessage()));
        auto unreachablePush = RemoteTransfer::push(repo, [] { PushRequest r; r.remote = QStringLiteral("dead"); r.localBranch = QStringLiteral("main"); return r; }());
        QVERIFY(!unreachablePush);
        QVERIFY2(unreachablePush.errorMessage().contains(QStringLiteral("dead")), qPrintable(unreachablePush.errorMessage()));
        QVERIFY2(timer.elapsed() < 20000, "an unreachable remote must fail, not hang");
        // A repository the server does not have.
        fx.git(mine, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("missing"),
                      fx.url().replace(QStringLiteral("shared.git"), QStringLiteral("missing.git"))});
        auto missing = RemoteTransfer::fetch(repo, QStringLiteral("missing"));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(QStringLiteral("missing")), qPrintable(missing.errorMessage()));
    }

    void credentialHelperAnswersHttpAuth()
    {
        RemoteFixture fx(Protocol::Http);
        fx.http()->requireBasicAuth("alice", "s3cret-pw");
        QVERIFY(fx.start());
        const QString store = fx.path(QStringLiteral("credentials"));
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("http://alice:s3cret-pw@127.0.0.1:%1\n").arg(fx.http()->port()).toUtf8());
        file.close();
        // The git CLI clones with the same helper; Gantry's fetch and push ask it through git credential.
        const QString helper = QStringLiteral("credential.helper=store --file=") + store;
        fx.git({}, {QStringLiteral("-c"), helper, QStringLiteral("clone"), QStringLiteral("-q"), fx.url(), fx.path(QStringLiteral("mine"))});
        const QString mine = fx.path(QStringLiteral("mine"));
        fx.git(mine, {QStringLiteral("config"), QStringLiteral("credential.helper"), QStringLiteral("store --file=") + store});
        const QString head = fx.commit(mine, QStringLiteral("c.txt"), "c\n", QStringLiteral("feat: c"));
        auto repo = openRepo(mine);
        auto fetched = RemoteTransfer::fetch(repo, QStringLiteral("origin"));
        QVERIFY2(fetched, qPrintable(fetched.errorMessage()));
        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main")));
        QVERIFY2(pushed, qPrintable(pushed.errorMessage()));
        QCOMPARE(fx.bareRev(QStringLiteral("main")), head);
        QVERIFY(file.open(QIODevice::ReadOnly)); // approved: the helper still holds it
        QVERIFY(file.readAll().contains("s3cret-pw"));
    }

    void wrongPasswordStopsWithoutTheSecret()
    {
        RemoteFixture fx(Protocol::Http);
        fx.http()->requireBasicAuth("alice", "s3cret-pw");
        QVERIFY(fx.start());
        const QString mine = fx.path(QStringLiteral("mine"));
        fx.git({}, {QStringLiteral("clone"), QStringLiteral("-q"),
                    QStringLiteral("http://alice:s3cret-pw@127.0.0.1:%1/shared.git").arg(fx.http()->port()), mine});
        fx.git(mine, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), fx.url()});
        const QString store = fx.path(QStringLiteral("credentials"));
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("http://alice:wr0ng-pw@127.0.0.1:%1\n").arg(fx.http()->port()).toUtf8());
        file.close();
        fx.git(mine, {QStringLiteral("config"), QStringLiteral("credential.helper"), QStringLiteral("store --file=") + store});
        auto repo = openRepo(mine);
        const int before = fx.http()->unauthorizedCount();
        QElapsedTimer timer;
        timer.start();
        auto fetched = RemoteTransfer::fetch(repo, QStringLiteral("origin"));
        QVERIFY(!fetched);
        QCOMPARE(fetched.error().code(), RemoteTransfer::AuthenticationFailed);
        QVERIFY2(fetched.errorMessage().contains(QStringLiteral("refused")), qPrintable(fetched.errorMessage()));
        QVERIFY(!fetched.errorMessage().contains(QStringLiteral("wr0ng-pw")));
        QVERIFY(!fetched.errorMessage().contains(QStringLiteral("s3cret-pw")));
        QVERIFY2(fx.http()->unauthorizedCount() - before <= 2, "one attempt, no retry loop");
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(file.open(QIODevice::ReadOnly)); // rejected: the helper forgot the wrong password
        QVERIFY(!file.readAll().contains("wr0ng-pw"));
        file.close();

        // No helper at all: said so, no prompt, no hang.
        fx.git(mine, {QStringLiteral("config"), QStringLiteral("--unset"), QStringLiteral("credential.helper")});
        auto pushed = RemoteTransfer::push(repo, pushOf(QStringLiteral("main")));
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().code(), RemoteTransfer::AuthenticationFailed);
        QVERIFY2(pushed.errorMessage().contains(QStringLiteral("credential helper")), qPrintable(pushed.errorMessage()));
    }

    void cancelStopsFetchAndPush()
    {
        RemoteFixture fx(Protocol::Http);
        QVERIFY(fx.start());
        const QString mine = fx.clone(QStringLiteral("mine"));
        const QString other = fx.clone(QStringLiteral("other"));
        for (int i = 0; i < 20; ++i)
            fx.commit(other, QStringLiteral("f%1.txt").arg(i), QByteArray(2000, char('a' + i)), QStringLiteral("feat: %1").arg(i));
        fx.git(other, {QStringLiteral("push"), QStringLiteral("-q")});
        const QString seen = fx.rev(mine, QStringLiteral("origin/main"));
        auto repo = openRepo(mine);

        std::atomic<bool> cancel{true};
        const int requests = fx.http()->requestCount();
        auto early = RemoteTransfer::fetch(repo, QStringLiteral("origin"), &cancel);
        QVERIFY(!early);
        QVERIFY(early.error().isCancelled());
        QCOMPARE(fx.http()->requestCount(), requests); // never connected

        cancel = false;
        auto midway = RemoteTransfer::fetch(repo, QStringLiteral("origin"), &cancel, [&](const TransferProgress &p) {
            if (p.stage == TransferProgress::Stage::Receiving)
                cancel = true;
        });
        QVERIFY(!midway);
        QVERIFY2(midway.error().isCancelled(), qPrintable(midway.errorMessage()));
        QCOMPARE(fx.rev(mine, QStringLiteral("origin/main")), seen); // no ref moved

        // A push cancelled once connected sends nothing.
        fx.git(mine, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("topic")});
        fx.commit(mine, QStringLiteral("t.txt"), "t\n", QStringLiteral("feat: t"));
        cancel = false;
        auto push = RemoteTransfer::push(repo, pushOf(QStringLiteral("topic")), &cancel, [&](const TransferProgress &p) {
            if (p.stage == TransferProgress::Stage::Sending)
                cancel = true;
        });
        QVERIFY(!push);
        QVERIFY2(push.error().isCancelled(), qPrintable(push.errorMessage()));
        QVERIFY(fx.bareRev(QStringLiteral("topic")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteTransfer)
#include "tst_remotetransfer.moc"
