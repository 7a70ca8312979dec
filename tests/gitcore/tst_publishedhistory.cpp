#include "gitcore/CommitGuard.h"
#include "gitcore/PublishedHistory.h"
#include "support/OpenRepository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

namespace {

using testkit::openRepo;
using testkit::trimmed;
using testkit::words;

Oid oid(const TestRepo &t, const QString &rev) { return Oid::fromHex(t.revParse(rev)); }

} // namespace

/// Which commits an upstream already holds, and the amend guard built on it.
class TestPublishedHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reachableFromUpstream()
    {
        TestRepo t;
        TestRepo origin(false);
        origin.git(words("init -q --bare"));
        t.commitFile(QStringLiteral("f.txt"), "a\n", QStringLiteral("a"));
        t.commitFile(QStringLiteral("f.txt"), "b\n", QStringLiteral("b"));
        Repository repo = openRepo(t);

        // No upstream: nothing is known to be published.
        auto none = PublishedHistory::ofHead(repo, {oid(t, QStringLiteral("HEAD"))});
        QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
        QVERIFY(!none->any());
        QVERIFY(none->upstream.isEmpty());

        t.git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), origin.path()});
        t.git(words("push -q -u origin main"));
        t.commitFile(QStringLiteral("f.txt"), "c\n", QStringLiteral("c"));
        const QList<Oid> all = {oid(t, QStringLiteral("HEAD")), oid(t, QStringLiteral("HEAD~1")), oid(t, QStringLiteral("HEAD~2"))};
        auto some = PublishedHistory::ofHead(repo, all);
        QVERIFY2(some.ok(), qPrintable(some.errorMessage()));
        QCOMPARE(some->upstream, QStringLiteral("origin/main"));
        QCOMPARE(some->upstreamCommit, oid(t, QStringLiteral("origin/main")));
        // What `git branch -r --contains` says, commit by commit.
        QList<Oid> expected;
        for (const Oid &id : all)
            if (trimmed(t.git({QStringLiteral("branch"), QStringLiteral("-r"), QStringLiteral("--contains"), id.toString()})) == QStringLiteral("origin/main"))
                expected << id;
        QCOMPARE(some->published, expected);
        QCOMPARE(some->published.size(), 2);

        auto leaving = PublishedHistory::leaving(repo, oid(t, QStringLiteral("HEAD")), oid(t, QStringLiteral("HEAD~2")));
        QVERIFY(leaving.ok());
        QCOMPARE(leaving->size(), 2);
        QCOMPARE(leaving->first(), oid(t, QStringLiteral("HEAD")));

        const QStringList lines = PublishedHistory::describe(repo, some->published);
        QCOMPARE(lines.first(), oid(t, QStringLiteral("HEAD~1")).toShortString() + QStringLiteral(" b"));
        const GitError refusal = PublishedHistory::refusal(repo, *some, QStringLiteral("Resetting main"));
        QCOMPARE(refusal.code(), PublishedHistory::RewritesPublished);
        QVERIFY(refusal.message().contains(QStringLiteral("origin/main")));

        // Detached: no branch, nothing published.
        t.git(words("checkout -q --detach"));
        auto detached = PublishedHistory::ofHead(repo, all);
        QVERIFY(detached.ok());
        QVERIFY(!detached->any());
    }

    void amendGuardUsesIt()
    {
        TestRepo t;
        TestRepo origin(false);
        origin.git(words("init -q --bare"));
        t.commitFile(QStringLiteral("f.txt"), "a\n", QStringLiteral("a"));
        t.git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), origin.path()});
        t.git(words("push -q -u origin main"));
        Repository repo = openRepo(t);
        auto published = CommitGuard::check(repo, true, GuardRailConfig());
        QVERIFY2(published.ok(), qPrintable(published.errorMessage()));
        QVERIFY(published->amendsPublished);
        QCOMPARE(published->upstream, QStringLiteral("origin/main"));
        auto notAmend = CommitGuard::check(repo, false, GuardRailConfig());
        QVERIFY(notAmend.ok());
        QVERIFY(!notAmend->amendsPublished);
        QCOMPARE(notAmend->upstream, QStringLiteral("origin/main"));

        t.commitFile(QStringLiteral("f.txt"), "b\n", QStringLiteral("b"));
        auto local = CommitGuard::check(repo, true, GuardRailConfig());
        QVERIFY(local.ok());
        QVERIFY(!local->amendsPublished);
    }
};

QTEST_GUILESS_MAIN(TestPublishedHistory)
#include "tst_publishedhistory.moc"
