#include "gitcore/Merger.h"
#include "support/OpenRepository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace gantry;

namespace {

using testkit::copyRepo;
using testkit::openRepo;
using testkit::trimmed;
using testkit::words;

/// main: base; feature: base → feature work (adds g.txt, edits f.txt line 1).
void makeFeatureAhead(TestRepo &t)
{
    t.commitFile(QStringLiteral("f.txt"), "1\n2\n3\n4\n5\n", QStringLiteral("base"));
    t.git(words("checkout -q -b feature"));
    t.write(QStringLiteral("g.txt"), "g\n");
    t.git(words("add g.txt"));
    t.commitFile(QStringLiteral("f.txt"), "one\n2\n3\n4\n5\n", QStringLiteral("feature work"));
    t.git(words("checkout -q main"));
}

/// makeFeatureAhead, then main edits line 5 (clean merge) or line 1 (`conflicting`).
void makeDiverged(TestRepo &t, bool conflicting)
{
    makeFeatureAhead(t);
    t.commitFile(QStringLiteral("f.txt"), conflicting ? "uno\n2\n3\n4\n5\n" : "1\n2\n3\n4\nfive\n",
                 QStringLiteral("main work"));
}

/// What git shows of a repository's state after a merge: HEAD's tree and parents, index, status.
QString stateOf(const TestRepo &t)
{
    return trimmed(t.git(words("log -1 --format=%T%n%P%n%B HEAD"))) + QLatin1Char('\n')
        + trimmed(t.git(words("ls-files -s"))) + QLatin1Char('\n') + trimmed(t.git(words("status --porcelain")));
}

} // namespace

/// Merging into the current branch (fast-forward only by default), checked against git merge.
class TestMerger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void analysis()
    {
        TestRepo t;
        makeDiverged(t, false);
        Repository repo = openRepo(t);
        QCOMPARE(Merger::analyze(repo, QStringLiteral("feature")).value(), MergeAnalysis::NeedsMergeCommit);
        QCOMPARE(Merger::analyze(repo, QStringLiteral("HEAD~1")).value(), MergeAnalysis::UpToDate);
        t.git(words("checkout -q feature~1"));
        QCOMPARE(Merger::analyze(repo, QStringLiteral("feature")).value(), MergeAnalysis::FastForward);
        t.git(words("checkout -q --orphan fresh"));
        t.git(words("rm -rqf ."));
        QCOMPARE(Merger::analyze(repo, QStringLiteral("main")).value(), MergeAnalysis::UnbornHead);
        auto bad = Merger::analyze(repo, QStringLiteral("no-such-rev"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("no-such-rev")));
    }

    void fastForwardMatchesGit()
    {
        TestRepo t;
        makeFeatureAhead(t);
        t.write(QStringLiteral("untracked.txt"), "mine\n");
        TestRepo twin(false);
        copyRepo(t, twin);
        Repository repo = openRepo(t);
        auto r = Merger::merge(repo, QStringLiteral("feature"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->kind, MergeOutcome::Kind::FastForwarded);
        QCOMPARE(r->head.toString(), t.revParse(QStringLiteral("feature")));
        twin.git(words("merge -q --ff-only feature"));
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), twin.revParse(QStringLiteral("HEAD")));
        QCOMPARE(stateOf(t), stateOf(twin));
        QCOMPARE(t.read(QStringLiteral("g.txt")), QByteArray("g\n"));
        QCOMPARE(t.read(QStringLiteral("untracked.txt")), QByteArray("mine\n"));
        QCOMPARE(trimmed(t.git(words("reflog -1 --format=%gs main"))), trimmed(twin.git(words("reflog -1 --format=%gs main"))));

        auto again = Merger::merge(repo, QStringLiteral("feature"));
        QVERIFY(again.ok());
        QCOMPARE(again->kind, MergeOutcome::Kind::UpToDate);
    }

    void fastForwardIntoUnbornBranch()
    {
        TestRepo t;
        makeFeatureAhead(t);
        t.git(words("checkout -q --orphan fresh"));
        t.git(words("rm -rqf ."));
        Repository repo = openRepo(t);
        auto r = Merger::merge(repo, QStringLiteral("feature"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("fresh")), t.revParse(QStringLiteral("feature")));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QString());
    }

    void fastForwardKeepsLocalChanges()
    {
        TestRepo t;
        makeFeatureAhead(t);
        Repository repo = openRepo(t);
        // A change in a file the merge touches: refused like git, nothing changes.
        t.write(QStringLiteral("f.txt"), "1\n2\n3\n4\n5\nlocal\n");
        const QString before = t.revParse(QStringLiteral("HEAD"));
        auto r = Merger::merge(repo, QStringLiteral("feature"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().isConflict());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("f.txt")), qPrintable(r.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), before);
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("1\n2\n3\n4\n5\nlocal\n"));
        t.git(words("merge -q --ff-only feature"), true);
        QVERIFY(t.lastExitCode() != 0); // git refuses too

        // A change elsewhere is carried over, as git does.
        t.git(words("checkout -q -- f.txt"));
        t.write(QStringLiteral("other.txt"), "x\n");
        t.git(words("add other.txt"));
        auto ok = Merger::merge(repo, QStringLiteral("feature"));
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QStringLiteral("A  other.txt"));
    }

    void nonFastForwardRefusedByDefault()
    {
        TestRepo t;
        makeDiverged(t, false);
        Repository repo = openRepo(t);
        const QString before = t.revParse(QStringLiteral("HEAD"));
        auto r = Merger::merge(repo, QStringLiteral("feature"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), Merger::NotFastForward);
        QVERIFY(r.errorMessage().contains(QStringLiteral("fast-forward only")));
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), before);
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QString());
        QVERIFY(!QFile::exists(t.filePath(QStringLiteral(".git/MERGE_HEAD"))));
        t.git(words("merge --ff-only feature"), true);
        QVERIFY(t.lastExitCode() != 0);
    }

    void mergeCommitMatchesGit_data()
    {
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("revision");
        QTest::newRow("branch into main") << "main" << "feature";
        QTest::newRow("branch into topic") << "topic" << "feature";
        QTest::newRow("commit id") << "main" << "";
        QTest::newRow("tag") << "main" << "v1";
    }

    void mergeCommitMatchesGit()
    {
        QFETCH(QString, branch);
        QFETCH(QString, revision);
        TestRepo t;
        makeDiverged(t, false);
        t.git(words("tag v1 feature"));
        if (revision.isEmpty())
            revision = t.revParse(QStringLiteral("feature"));
        if (branch != QLatin1String("main"))
            t.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), branch});
        TestRepo twin(false);
        copyRepo(t, twin);
        Repository repo = openRepo(t);
        auto r = Merger::merge(repo, revision, MergeMode::AllowMergeCommit);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->kind, MergeOutcome::Kind::MergeCommitted);
        twin.git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-edit"), revision});
        QCOMPARE(stateOf(t), stateOf(twin));
        QCOMPARE(trimmed(t.git(words("log -1 --format=%an%n%ae HEAD"))), trimmed(twin.git(words("log -1 --format=%an%n%ae HEAD"))));
        QVERIFY(!QFile::exists(t.filePath(QStringLiteral(".git/MERGE_HEAD"))));
        QCOMPARE(repo.state(), RepositoryState::Clean);
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("one\n2\n3\n4\nfive\n"));
    }

    void conflictLeavesMergingLikeGit()
    {
        TestRepo t;
        makeDiverged(t, true);
        t.write(QStringLiteral("notes.txt"), "untracked notes\n");
        TestRepo twin(false);
        copyRepo(t, twin);
        Repository repo = openRepo(t);
        auto r = Merger::merge(repo, QStringLiteral("feature"), MergeMode::AllowMergeCommit);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->kind, MergeOutcome::Kind::Conflicted);
        QCOMPARE(r->conflictPaths, QStringList{QStringLiteral("f.txt")});
        twin.git(words("merge -q --no-edit feature"), true);
        QCOMPARE(twin.lastExitCode(), 1);
        QCOMPARE(repo.state(), RepositoryState::Merge);
        QCOMPARE(t.read(QStringLiteral("f.txt")), twin.read(QStringLiteral("f.txt")));
        QCOMPARE(t.read(QStringLiteral(".git/MERGE_HEAD")), twin.read(QStringLiteral(".git/MERGE_HEAD")));
        QCOMPARE(t.read(QStringLiteral(".git/MERGE_MSG")), twin.read(QStringLiteral(".git/MERGE_MSG")));
        QCOMPARE(trimmed(t.git(words("ls-files -s"))), trimmed(twin.git(words("ls-files -s"))));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), trimmed(twin.git(words("status --porcelain"))));

        // Nothing else may start meanwhile.
        auto busy = Merger::merge(repo, QStringLiteral("feature"), MergeMode::AllowMergeCommit);
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().code(), Merger::OperationInProgress);

        auto aborted = Merger::abortMerge(repo);
        QVERIFY2(aborted.ok(), qPrintable(aborted.errorMessage()));
        twin.git(words("merge --abort"));
        QCOMPARE(repo.state(), RepositoryState::Clean);
        QCOMPARE(stateOf(t), stateOf(twin));
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("uno\n2\n3\n4\n5\n"));
        QVERIFY(!QFile::exists(t.filePath(QStringLiteral("g.txt"))));
        QCOMPARE(t.read(QStringLiteral("notes.txt")), QByteArray("untracked notes\n"));
        QVERIFY(!Merger::abortMerge(repo).ok());
    }

    void mergeCommitRefusesOverwritingLocalChanges()
    {
        TestRepo t;
        makeDiverged(t, false);
        t.write(QStringLiteral("f.txt"), "1\n2\n3\n4\nfive\nlocal\n");
        Repository repo = openRepo(t);
        const QString before = t.revParse(QStringLiteral("HEAD"));
        auto r = Merger::merge(repo, QStringLiteral("feature"), MergeMode::AllowMergeCommit);
        QVERIFY(!r.ok());
        QVERIFY(r.error().isConflict());
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), before);
        QCOMPARE(repo.state(), RepositoryState::Clean);
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("1\n2\n3\n4\nfive\nlocal\n"));
    }
};

QTEST_GUILESS_MAIN(TestMerger)
#include "tst_merger.moc"
