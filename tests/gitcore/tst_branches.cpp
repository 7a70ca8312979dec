#include "gitcore/Branches.h"
#include "support/OpenRepository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QTest>

using namespace gantry;

namespace {

using testkit::openRepo;
using testkit::trimmed;
using testkit::words;

/// git's %(upstream:track) for a branch, computed from what Gantry reports.
QString track(const BranchInfo &b)
{
    if (!b.hasUpstream())
        return {};
    if (b.upstreamGone)
        return QStringLiteral("[gone]");
    QStringList parts;
    if (b.ahead)
        parts << QStringLiteral("ahead %1").arg(b.ahead);
    if (b.behind)
        parts << QStringLiteral("behind %1").arg(b.behind);
    return parts.isEmpty() ? QString() : QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

/// An "origin" repository with main (two commits) and a clone of it in `clone`.
void makeClone(TestRepo &origin, TestRepo &clone)
{
    origin.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("one"));
    origin.commitFile(QStringLiteral("a.txt"), "two\n", QStringLiteral("two"));
    clone.git({QStringLiteral("clone"), QStringLiteral("-q"), origin.path(), QStringLiteral(".")});
}

} // namespace

/// Branch listing, creation, renaming, deletion and upstreams, checked against the git CLI.
class TestBranches : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listMatchesForEachRef()
    {
        TestRepo origin;
        TestRepo clone(false);
        makeClone(origin, clone);
        // main: 1 ahead, 2 behind origin/main.
        origin.commitFile(QStringLiteral("b.txt"), "b\n", QStringLiteral("remote 1"));
        origin.commitFile(QStringLiteral("b.txt"), "bb\n", QStringLiteral("remote 2"));
        origin.git(words("branch feat"));
        origin.git(words("branch other"));
        clone.commitFile(QStringLiteral("c.txt"), "c\n", QStringLiteral("local 1"));
        clone.git(words("fetch -q origin"));
        // feat tracks origin/feat, which then disappears: [gone].
        clone.git(words("branch --track feat origin/feat"));
        origin.git(words("branch -D feat"));
        clone.git(words("fetch -q --prune origin"));
        // plain has no upstream; local tracks a local branch.
        clone.git(words("branch plain HEAD~1"));
        clone.git(words("branch --track local plain"));
        clone.commitFile(QStringLiteral("d.txt"), "d\n", QStringLiteral("local 2")); // main now 2 ahead

        Repository repo = openRepo(clone);
        auto branches = Branches::list(repo);
        QVERIFY2(branches.ok(), qPrintable(branches.errorMessage()));

        QStringList ours;
        for (const BranchInfo &b : *branches)
            ours << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(b.refName, b.target.toString(), b.isHead ? QStringLiteral("*") : QStringLiteral("-"),
                             b.upstream, track(b))
                        .trimmed();
        const QStringList git = trimmed(clone.git({QStringLiteral("for-each-ref"),
                                                   QStringLiteral("--format=%(refname) %(objectname) %(if)%(HEAD)%(then)*%(else)-%(end) "
                                                                  "%(upstream:short) %(upstream:track)"),
                                                   QStringLiteral("refs/heads"), QStringLiteral("refs/remotes")}))
                                    .split(QLatin1Char('\n'));
        QStringList normalised;
        for (const QString &line : git)
            normalised << line.simplified();
        QStringList oursNormalised;
        for (const QString &line : ours)
            oursNormalised << line.simplified();
        QCOMPARE(oursNormalised, normalised);

        // Spot checks of the fields the panel shows.
        for (const BranchInfo &b : *branches) {
            if (b.refName == QLatin1String("refs/heads/main")) {
                QCOMPARE(b.ahead, 2);
                QCOMPARE(b.behind, 2);
                QCOMPARE(b.remote, QStringLiteral("origin"));
                QCOMPARE(b.subject, QStringLiteral("local 2"));
            } else if (b.refName == QLatin1String("refs/heads/feat")) {
                QVERIFY(b.upstreamGone);
            } else if (b.refName == QLatin1String("refs/remotes/origin/other")) {
                QVERIFY(!b.isLocal());
                QCOMPARE(b.remote, QStringLiteral("origin"));
                QCOMPARE(b.nameWithoutRemote(), QStringLiteral("other"));
            } else if (b.refName == QLatin1String("refs/heads/local")) {
                QVERIFY(b.remote.isEmpty());
                QCOMPARE(b.upstream, QStringLiteral("plain"));
            }
        }
        auto locals = Branches::list(repo, Branches::Which::Local);
        QVERIFY(locals.ok());
        QCOMPARE(locals->size(), 4);
    }

    void createValidatesNames()
    {
        TestRepo t;
        const QString first = t.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        t.commitFile(QStringLiteral("f"), "2\n", QStringLiteral("two"));
        t.git(words("tag v1 HEAD~1"));
        Repository repo = openRepo(t);

        for (const char *bad : {"bad name", "a..b", "-x", "x.lock", "x~1", "HEAD", "end/", ""}) {
            const QString name = QString::fromUtf8(bad);
            QVERIFY2(!Branches::nameProblem(name).isEmpty(), bad);
            auto r = Branches::create(repo, name);
            QVERIFY2(!r.ok(), bad);
            QVERIFY(!r.errorMessage().isEmpty());
            // git agrees the name is invalid
            t.git({QStringLiteral("check-ref-format"), QStringLiteral("--branch"), name}, true);
            if (name != QLatin1String("HEAD"))
                QVERIFY2(t.lastExitCode() != 0, bad);
        }
        QVERIFY(Branches::nameProblem(QStringLiteral("feature/ok-1")).isEmpty());
        QVERIFY(Branches::nameProblem(QStringLiteral("bad name")).contains(QStringLiteral("spaces")));

        auto fromTag = Branches::create(repo, QStringLiteral("from-tag"), QStringLiteral("v1"));
        QVERIFY2(fromTag.ok(), qPrintable(fromTag.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("from-tag")), first);
        QCOMPARE(fromTag->target.toString(), first);
        QVERIFY(!fromTag->hasUpstream());

        auto dup = Branches::create(repo, QStringLiteral("from-tag"), QStringLiteral("HEAD"));
        QVERIFY(!dup.ok());
        QVERIFY(dup.errorMessage().contains(QStringLiteral("already exists")));
        QVERIFY(!Branches::nameProblem(repo, QStringLiteral("from-tag")).isEmpty());
        QCOMPARE(t.revParse(QStringLiteral("from-tag")), first); // unchanged

        auto forced = Branches::create(repo, QStringLiteral("from-tag"), QStringLiteral("HEAD"), true);
        QVERIFY2(forced.ok(), qPrintable(forced.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("from-tag")), t.revParse(QStringLiteral("HEAD")));

        auto forceHead = Branches::create(repo, QStringLiteral("main"), first, true);
        QVERIFY(!forceHead.ok()); // never move the checked-out branch under the work tree
        QVERIFY(t.revParse(QStringLiteral("main")) != first);

        auto fromId = Branches::create(repo, QStringLiteral("at-id"), first.left(10));
        QVERIFY(fromId.ok());
        QCOMPARE(t.revParse(QStringLiteral("at-id")), first);
        auto missing = Branches::create(repo, QStringLiteral("nowhere"), QStringLiteral("no-such-rev"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("no-such-rev")));
    }

    void createFromRemoteTrackingSetsUpstream()
    {
        TestRepo origin;
        TestRepo clone(false);
        makeClone(origin, clone);
        Repository repo = openRepo(clone);
        auto r = Branches::create(repo, QStringLiteral("work"), QStringLiteral("origin/main"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->upstream, QStringLiteral("origin/main"));
        QCOMPARE(trimmed(clone.git(words("rev-parse --abbrev-ref work@{upstream}"))), QStringLiteral("origin/main"));
        QCOMPARE(trimmed(clone.git(words("reflog -1 --format=%gs work"))), QStringLiteral("branch: Created from origin/main"));
    }

    void renameMovesUpstreamAndHead()
    {
        TestRepo origin;
        TestRepo clone(false);
        makeClone(origin, clone);
        Repository repo = openRepo(clone);
        auto r = Branches::rename(repo, QStringLiteral("main"), QStringLiteral("trunk"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(trimmed(clone.git(words("symbolic-ref HEAD"))), QStringLiteral("refs/heads/trunk"));
        QCOMPARE(trimmed(clone.git(words("rev-parse --abbrev-ref trunk@{upstream}"))), QStringLiteral("origin/main"));
        clone.git(words("config branch.main.merge"), true);
        QVERIFY(clone.lastExitCode() != 0); // old section gone
        QVERIFY(r->isHead);
        QCOMPARE(r->upstream, QStringLiteral("origin/main"));

        clone.git(words("branch side"));
        auto clash = Branches::rename(repo, QStringLiteral("side"), QStringLiteral("trunk"));
        QVERIFY(!clash.ok());
        QVERIFY(clash.errorMessage().contains(QStringLiteral("already exists")));
        auto invalid = Branches::rename(repo, QStringLiteral("side"), QStringLiteral("bad..name"));
        QVERIFY(!invalid.ok());
        auto missing = Branches::rename(repo, QStringLiteral("nope"), QStringLiteral("other"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().isNotFound());
        QVERIFY(trimmed(clone.git(words("branch --list side"))).contains(QStringLiteral("side")));
    }

    void deleteRefusesUnmergedAndRestores()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        t.git(words("branch merged"));
        t.git(words("checkout -q -b topic"));
        const QString topicTip = t.commitFile(QStringLiteral("g"), "topic\n", QStringLiteral("topic work"));
        t.git(words("checkout -q main"));
        Repository repo = openRepo(t);

        auto refused = Branches::remove(repo, QStringLiteral("topic"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), int(Branches::NotFullyMerged));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("not fully merged")));
        QCOMPARE(t.revParse(QStringLiteral("topic")), topicTip);

        auto head = Branches::remove(repo, QStringLiteral("main"), true);
        QVERIFY(!head.ok());
        QVERIFY(head.errorMessage().contains(QStringLiteral("checked out")));

        auto merged = Branches::remove(repo, QStringLiteral("merged"));
        QVERIFY2(merged.ok(), qPrintable(merged.errorMessage()));
        QVERIFY(trimmed(t.git(words("branch --list merged"))).isEmpty());

        auto forced = Branches::remove(repo, QStringLiteral("topic"), true);
        QVERIFY2(forced.ok(), qPrintable(forced.errorMessage()));
        QCOMPARE(forced->lastCommit.toString(), topicTip);
        QVERIFY(trimmed(t.git(words("branch --list topic"))).isEmpty());

        auto restored = Branches::restore(repo, *forced);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("topic")), topicTip);
    }

    void deleteAllowsBranchMergedIntoUpstream()
    {
        TestRepo origin;
        TestRepo clone(false);
        makeClone(origin, clone);
        clone.git(words("checkout -q -b pushed"));
        clone.commitFile(QStringLiteral("p"), "p\n", QStringLiteral("pushed work"));
        clone.git(words("push -q -u origin pushed"));
        clone.git(words("checkout -q main"));
        Repository repo = openRepo(clone);
        auto r = Branches::remove(repo, QStringLiteral("pushed"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage())); // not in HEAD, but on its upstream
        QCOMPARE(r->upstream, QStringLiteral("origin/pushed"));
        auto restored = Branches::restore(repo, *r);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(trimmed(clone.git(words("rev-parse --abbrev-ref pushed@{upstream}"))), QStringLiteral("origin/pushed"));
    }

    void setAndUnsetUpstream()
    {
        TestRepo origin;
        TestRepo clone(false);
        makeClone(origin, clone);
        origin.git(words("branch dev"));
        clone.git(words("fetch -q"));
        clone.git(words("branch mine"));
        Repository repo = openRepo(clone);
        auto set = Branches::setUpstream(repo, QStringLiteral("mine"), QStringLiteral("origin/dev"));
        QVERIFY2(set.ok(), qPrintable(set.errorMessage()));
        QCOMPARE(trimmed(clone.git(words("rev-parse --abbrev-ref mine@{upstream}"))), QStringLiteral("origin/dev"));
        auto bad = Branches::setUpstream(repo, QStringLiteral("mine"), QStringLiteral("origin/none"));
        QVERIFY(!bad.ok());
        QCOMPARE(trimmed(clone.git(words("rev-parse --abbrev-ref mine@{upstream}"))), QStringLiteral("origin/dev"));
        auto unset = Branches::setUpstream(repo, QStringLiteral("mine"), QString());
        QVERIFY2(unset.ok(), qPrintable(unset.errorMessage()));
        clone.git(words("rev-parse --abbrev-ref mine@{upstream}"), true);
        QVERIFY(clone.lastExitCode() != 0);
        auto again = Branches::setUpstream(repo, QStringLiteral("mine"), QString());
        QVERIFY(!again.ok());
        auto info = Branches::local(repo, QStringLiteral("mine"));
        QVERIFY(info.ok());
        QVERIFY(!info->hasUpstream());
    }
};

QTEST_GUILESS_MAIN(TestBranches)
#include "tst_branches.moc"
