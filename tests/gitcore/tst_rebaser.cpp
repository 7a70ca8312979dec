#include "gitcore/Rebaser.h"
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

/// main: base → m1 (f.txt line 1, or m.txt when not `conflicting`); feature: base → f1 (f.txt line 1
/// when `conflicting`, else a.txt) → f2 (b.txt). Leaves feature checked out.
void makeBranches(TestRepo &t, bool conflicting)
{
    t.commitFile(QStringLiteral("f.txt"), "1\n2\n3\n", QStringLiteral("base"));
    t.git(words("checkout -q -b feature"));
    if (conflicting)
        t.commitFile(QStringLiteral("f.txt"), "feature\n2\n3\n", QStringLiteral("feat: f1"));
    else
        t.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat: f1"));
    t.commitFile(QStringLiteral("b.txt"), "b\n", QStringLiteral("feat: f2\n\nwith a body"));
    t.git(words("checkout -q main"));
    if (conflicting)
        t.commitFile(QStringLiteral("f.txt"), "main\n2\n3\n", QStringLiteral("m1"));
    else
        t.commitFile(QStringLiteral("m.txt"), "m\n", QStringLiteral("m1"));
    t.git(words("checkout -q feature"));
}

/// What git shows of the rebased branch: each commit's tree, message and author, index and status.
QString branchState(const TestRepo &t)
{
    return trimmed(t.git(words("log --format=%T%n%B%n%an%n%ae%n%ad main..feature"))) + QLatin1Char('\n')
        + trimmed(t.git(words("ls-files -s"))) + QLatin1Char('\n') + trimmed(t.git(words("status --porcelain")))
        + QLatin1Char('\n') + trimmed(t.git(words("symbolic-ref HEAD")));
}

} // namespace

/// Rebasing the current branch with libgit2's rebase, checked against git rebase.
class TestRebaser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rebaseMatchesGit_data()
    {
        QTest::addColumn<bool>("cherryPicked");
        QTest::newRow("plain") << false;
        QTest::newRow("one already on main") << true;
    }

    void rebaseMatchesGit()
    {
        QFETCH(bool, cherryPicked);
        TestRepo t;
        makeBranches(t, false);
        if (cherryPicked) {
            t.git(words("checkout -q main"));
            t.git(words("cherry-pick feature~1"));
            t.git(words("checkout -q feature"));
        }
        TestRepo twin(false);
        copyRepo(t, twin);
        Repository repo = openRepo(t);
        const QString before = t.revParse(QStringLiteral("feature"));
        auto r = Rebaser::rebase(repo, QStringLiteral("main"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->kind, RebaseOutcome::Kind::Rebased);
        QCOMPARE(r->previousHead.toString(), before);
        QCOMPARE(r->rewritten.size(), 2);
        QCOMPARE(r->rewritten.last().toString(), before);
        QCOMPARE(r->created.size(), cherryPicked ? 1 : 2);
        QCOMPARE(r->head.toString(), t.revParse(QStringLiteral("feature")));
        QVERIFY(!r->published.any());
        twin.git(words("rebase -q main"));
        QCOMPARE(branchState(t), branchState(twin));
        QCOMPARE(repo.state(), RepositoryState::Clean);
    }

    void upToDate()
    {
        TestRepo t;
        makeBranches(t, false);
        Repository repo = openRepo(t);
        auto r = Rebaser::rebase(repo, QStringLiteral("feature~1"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->kind, RebaseOutcome::Kind::UpToDate);
        QVERIFY(r->rewritten.isEmpty());
    }

    void conflictStopsThenAbortRestores()
    {
        TestRepo t;
        makeBranches(t, true);
        t.write(QStringLiteral("untracked.txt"), "keep\n");
        Repository repo = openRepo(t);
        const QString before = t.revParse(QStringLiteral("feature"));
        auto r = Rebaser::rebase(repo, QStringLiteral("main"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->kind, RebaseOutcome::Kind::Conflicted);
        QCOMPARE(r->conflictPaths, QStringList{QStringLiteral("f.txt")});
        QCOMPARE(r->stoppedAt.toString(), t.revParse(QStringLiteral("feature~1")));
        QVERIFY(repo.state() != RepositoryState::Clean);
        QVERIFY(t.read(QStringLiteral("f.txt")).contains("<<<<<<<"));

        auto aborted = Rebaser::abort(repo);
        QVERIFY2(aborted.ok(), qPrintable(aborted.errorMessage()));
        QCOMPARE(repo.state(), RepositoryState::Clean);
        QCOMPARE(t.revParse(QStringLiteral("feature")), before);
        QCOMPARE(trimmed(t.git(words("symbolic-ref HEAD"))), QStringLiteral("refs/heads/feature"));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QStringLiteral("?? untracked.txt"));
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("feature\n2\n3\n"));
        QVERIFY(!Rebaser::abort(repo).ok());
    }

    void continueAfterResolving()
    {
        TestRepo t;
        makeBranches(t, true);
        TestRepo twin(false);
        copyRepo(t, twin);
        Repository repo = openRepo(t);
        auto r = Rebaser::rebase(repo, QStringLiteral("main"));
        QVERIFY(r.ok());
        QCOMPARE(r->kind, RebaseOutcome::Kind::Conflicted);
        auto unresolved = Rebaser::continueRebase(repo);
        QVERIFY(!unresolved.ok());
        t.write(QStringLiteral("f.txt"), "both\n2\n3\n");
        t.git(words("add f.txt"));
        auto done = Rebaser::continueRebase(repo);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->kind, RebaseOutcome::Kind::Rebased);

        twin.git(words("rebase -q main"), true);
        twin.write(QStringLiteral("f.txt"), "both\n2\n3\n");
        twin.git(words("add f.txt"));
        QProcess git;
        git.setWorkingDirectory(twin.path());
        QStringList env = TestRepo::gitEnvironment();
        env << QStringLiteral("GIT_EDITOR=true");
        git.setEnvironment(env);
        git.start(QStringLiteral("git"), words("rebase --continue"));
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.exitCode(), 0);
        QCOMPARE(branchState(t), branchState(twin));
    }

    void publishedCommitsAreGuarded()
    {
        TestRepo t;
        TestRepo origin(false);
        makeBranches(t, false);
        origin.git(words("init -q --bare"));
        t.git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), origin.path()});
        t.git(words("push -q -u origin feature~1:refs/heads/feature"));
        t.git(words("fetch -q origin"));
        t.git(words("branch -q -u origin/feature feature"));
        Repository repo = openRepo(t);
        auto plan = Rebaser::plan(repo, QStringLiteral("main"));
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->published.published.size(), 1);
        QCOMPARE(plan->published.published.first().toString(), t.revParse(QStringLiteral("feature~1")));

        const QString before = t.revParse(QStringLiteral("feature"));
        auto refused = Rebaser::rebase(repo, QStringLiteral("main"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), PublishedHistory::RewritesPublished);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("feat: f1")), qPrintable(refused.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("feature")), before);
        QCOMPARE(repo.state(), RepositoryState::Clean);

        auto allowed = Rebaser::rebase(repo, QStringLiteral("main"), true);
        QVERIFY2(allowed.ok(), qPrintable(allowed.errorMessage()));
        QCOMPARE(allowed->kind, RebaseOutcome::Kind::Rebased);
        QCOMPARE(allowed->published.published.size(), 1);
    }

    void refusesLocalChangesAndBadInput()
    {
        TestRepo t;
        makeBranches(t, false);
        Repository repo = openRepo(t);
        t.write(QStringLiteral("b.txt"), "dirty\n");
        const QString before = t.revParse(QStringLiteral("feature"));
        auto dirty = Rebaser::rebase(repo, QStringLiteral("main"));
        QVERIFY(!dirty.ok());
        QVERIFY(dirty.errorMessage().contains(QStringLiteral("uncommitted")));
        QCOMPARE(t.revParse(QStringLiteral("feature")), before);
        QCOMPARE(t.read(QStringLiteral("b.txt")), QByteArray("dirty\n"));
        auto bad = Rebaser::rebase(repo, QStringLiteral("no-such-branch"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("no-such-branch")));
    }
};

QTEST_GUILESS_MAIN(TestRebaser)
#include "tst_rebaser.moc"
