#include "gitcore/Checkout.h"
#include "support/OpenRepository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QFile>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace gantry;

namespace {

using testkit::openRepo;
using testkit::trimmed;
using testkit::words;

/// main and feature differ in f.txt (line 1) and feature adds added.txt; both share same.txt.
void makeBranches(TestRepo &t)
{
    t.write(QStringLiteral("same.txt"), "same\n");
    t.git(words("add same.txt"));
    t.commitFile(QStringLiteral("f.txt"), "1\n2\n3\n4\n5\n", QStringLiteral("base"));
    t.git(words("checkout -q -b feature"));
    t.write(QStringLiteral("added.txt"), "added on feature\n");
    t.git(words("add added.txt"));
    t.commitFile(QStringLiteral("f.txt"), "one\n2\n3\n4\n5\n", QStringLiteral("feature work"));
    t.git(words("checkout -q main"));
}

QString headRef(const TestRepo &t)
{
    return trimmed(t.git(words("symbolic-ref -q HEAD"), true));
}

} // namespace

/// Switching branches safely, with and without carrying changes over, checked against git.
class TestCheckout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switchesToLocalBranch()
    {
        TestRepo t;
        makeBranches(t);
        Repository repo = openRepo(t);
        auto r = Checkout::switchTo(repo, QStringLiteral("feature"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->previous, QStringLiteral("main"));
        QCOMPARE(r->current, QStringLiteral("feature"));
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/feature"));
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("one\n2\n3\n4\n5\n"));
        QCOMPARE(t.read(QStringLiteral("added.txt")), QByteArray("added on feature\n"));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QString());
        QCOMPARE(trimmed(t.git(words("reflog -1 --format=%gs HEAD"))), QStringLiteral("checkout: moving from main to feature"));

        auto back = Checkout::switchTo(repo, QStringLiteral("refs/heads/main"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/main"));
        QVERIFY(!QFile::exists(t.filePath(QStringLiteral("added.txt"))));
        auto same = Checkout::switchTo(repo, QStringLiteral("main"));
        QVERIFY(same.ok());
        QVERIFY(same->message.contains(QStringLiteral("Already")));

        auto unknown = Checkout::switchTo(repo, QStringLiteral("no-such-branch"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().isNotFound());
    }

    void refusesToOverwriteModifiedFile()
    {
        TestRepo t;
        makeBranches(t);
        Repository repo = openRepo(t);
        t.write(QStringLiteral("f.txt"), "1\n2\n3\n4\nlocal\n");
        auto blocking = Checkout::blockingPaths(repo, QStringLiteral("feature"));
        QVERIFY2(blocking.ok(), qPrintable(blocking.errorMessage()));
        QCOMPARE(*blocking, QStringList{QStringLiteral("f.txt")});

        auto r = Checkout::switchTo(repo, QStringLiteral("feature"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().isConflict());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("would be overwritten")), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QStringLiteral("f.txt")));
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("1\n2\n3\n4\nlocal\n"));
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/main"));
        QVERIFY(!QFile::exists(t.filePath(QStringLiteral("added.txt"))));
        // git agrees it must refuse
        t.git(words("checkout feature"), true);
        QVERIFY(t.lastExitCode() != 0);
    }

    void carriesChangesThatDoNotConflict()
    {
        TestRepo t;
        makeBranches(t);
        Repository repo = openRepo(t);
        t.write(QStringLiteral("same.txt"), "edited\n");
        auto blocking = Checkout::blockingPaths(repo, QStringLiteral("feature"));
        QVERIFY(blocking.ok());
        QVERIFY(blocking->isEmpty());
        auto r = Checkout::switchTo(repo, QStringLiteral("feature"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(t.read(QStringLiteral("same.txt")), QByteArray("edited\n"));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QStringLiteral("M same.txt"));
    }

    void refusesToOverwriteUntrackedFile()
    {
        TestRepo t;
        makeBranches(t);
        Repository repo = openRepo(t);
        t.write(QStringLiteral("added.txt"), "mine, untracked\n");
        auto r = Checkout::switchTo(repo, QStringLiteral("feature"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().isConflict());
        QVERIFY2(r.errorMessage().contains(QStringLiteral("untracked")), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(QStringLiteral("added.txt")));
        QCOMPARE(t.read(QStringLiteral("added.txt")), QByteArray("mine, untracked\n"));
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/main"));
    }

    void switchWithStashCarriesChanges()
    {
        TestRepo t;
        makeBranches(t);
        Repository repo = openRepo(t);
        t.write(QStringLiteral("f.txt"), "1\n2\n3\n4\nlocal\n"); // blocks a plain switch
        t.write(QStringLiteral("notes.txt"), "untracked notes\n");
        auto r = Checkout::switchWithStash(repo, QStringLiteral("feature"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->stashed);
        QVERIFY(!r->stashConflicted);
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/feature"));
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("one\n2\n3\n4\nlocal\n"));
        QCOMPARE(t.read(QStringLiteral("notes.txt")), QByteArray("untracked notes\n"));
        QCOMPARE(trimmed(t.git(words("stash list"))), QString());

        // Without local changes it is a plain switch.
        t.git(words("checkout -q -- f.txt"));
        t.remove(QStringLiteral("notes.txt"));
        auto plain = Checkout::switchWithStash(repo, QStringLiteral("main"));
        QVERIFY2(plain.ok(), qPrintable(plain.errorMessage()));
        QVERIFY(!plain->stashed);
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/main"));
    }

    void switchWithStashKeepsConflictingStash()
    {
        TestRepo t;
        makeBranches(t);
        Repository repo = openRepo(t);
        t.write(QStringLiteral("f.txt"), "uno\n2\n3\n4\n5\n"); // same line feature changed
        auto r = Checkout::switchWithStash(repo, QStringLiteral("feature"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->stashed);
        QVERIFY(r->stashConflicted);
        QCOMPARE(r->conflictPaths, QStringList{QStringLiteral("f.txt")});
        QVERIFY(r->message.contains(QStringLiteral("stash@{0}")));
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/feature"));
        QCOMPARE(trimmed(t.git(words("stash list"))).count(QStringLiteral("stash@{")), 1);
        QCOMPARE(trimmed(t.git(words("show stash@{0}:f.txt"))), QStringLiteral("uno\n2\n3\n4\n5"));
    }

    void remoteTrackingBranchCreatesTrackingBranch()
    {
        TestRepo origin;
        origin.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("init"));
        origin.git(words("checkout -q -b dev"));
        origin.commitFile(QStringLiteral("dev.txt"), "dev\n", QStringLiteral("dev work"));
        origin.git(words("branch other"));
        origin.git(words("checkout -q main"));
        TestRepo clone(false);
        clone.git({QStringLiteral("clone"), QStringLiteral("-q"), origin.path(), QStringLiteral(".")});
        Repository repo = openRepo(clone);

        auto r = Checkout::switchTo(repo, QStringLiteral("origin/dev"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->createdBranch, QStringLiteral("dev"));
        QCOMPARE(headRef(clone), QStringLiteral("refs/heads/dev"));
        QCOMPARE(trimmed(clone.git(words("rev-parse --abbrev-ref dev@{upstream}"))), QStringLiteral("origin/dev"));
        QCOMPARE(clone.revParse(QStringLiteral("dev")), origin.revParse(QStringLiteral("dev")));
        QCOMPARE(clone.read(QStringLiteral("dev.txt")), QByteArray("dev\n"));

        // The bare name works as `git switch other` does.
        auto dwim = Checkout::switchTo(repo, QStringLiteral("other"));
        QVERIFY2(dwim.ok(), qPrintable(dwim.errorMessage()));
        QCOMPARE(dwim->createdBranch, QStringLiteral("other"));
        QCOMPARE(trimmed(clone.git(words("rev-parse --abbrev-ref other@{upstream}"))), QStringLiteral("origin/other"));

        // Asking for origin/dev again checks out the existing tracking branch.
        auto again = Checkout::switchTo(repo, QStringLiteral("origin/dev"));
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QVERIFY(again->createdBranch.isEmpty());
        QCOMPARE(headRef(clone), QStringLiteral("refs/heads/dev"));

        // A same-named local branch that tracks something else is not silently used.
        clone.git(words("branch --no-track main-copy main"));
        clone.git(words("branch -D other"));
        clone.git(words("branch --no-track other main"));
        auto clash = Checkout::switchTo(repo, QStringLiteral("origin/other"));
        QVERIFY(!clash.ok());
        QVERIFY(clash.errorMessage().contains(QStringLiteral("does not track")));
        QCOMPARE(headRef(clone), QStringLiteral("refs/heads/dev"));
    }

    void refusesWhileConflicted()
    {
        TestRepo t;
        makeBranches(t);
        t.git(words("checkout -q -b clash main"));
        t.commitFile(QStringLiteral("f.txt"), "uno\n2\n3\n4\n5\n", QStringLiteral("clash"));
        t.git(words("merge -q feature"), true); // conflicts in f.txt
        QVERIFY(t.lastExitCode() != 0);
        const QByteArray conflicted = t.read(QStringLiteral("f.txt"));
        Repository repo = openRepo(t);
        auto r = Checkout::switchTo(repo, QStringLiteral("main"));
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(QStringLiteral("conflicts")));
        auto d = Checkout::detach(repo, QStringLiteral("main"));
        QVERIFY(!d.ok());
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/clash"));
        QCOMPARE(t.read(QStringLiteral("f.txt")), conflicted);
    }

    void cancelledBeforeItStartsChangesNothing()
    {
        TestRepo t;
        makeBranches(t);
        t.write(QStringLiteral("same.txt"), "local edit\n");
        const QByteArray statusBefore = t.git(words("status --porcelain"));
        Repository repo = openRepo(t);
        const std::atomic<bool> cancel{true};
        auto switched = Checkout::switchTo(repo, QStringLiteral("feature"), &cancel);
        QVERIFY(!switched.ok());
        QVERIFY2(switched.error().isCancelled(), qPrintable(switched.errorMessage()));
        auto detached = Checkout::detach(repo, QStringLiteral("feature"), &cancel);
        QVERIFY(detached.error().isCancelled());
        auto stashed = Checkout::switchWithStash(repo, QStringLiteral("feature"), false, &cancel);
        QVERIFY(stashed.error().isCancelled());
        QCOMPARE(headRef(t), QStringLiteral("refs/heads/main"));
        QCOMPARE(t.git(words("status --porcelain")), statusBefore);
        QCOMPARE(t.git(words("stash list")), QByteArray());
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("1\n2\n3\n4\n5\n"));
    }

    void cancelDuringCheckoutLeavesHeadAndTreeTogether()
    {
        // A branch that changes a few thousand files, cancelled from another thread after a range
        // of delays: each switch either did not happen at all or happened completely. (Which one
        // depends on the machine's timing; that both are consistent is what is checked.)
        TestRepo t;
        t.commitFile(QStringLiteral("base.txt"), "base\n", QStringLiteral("base"));
        t.git(words("checkout -q -b big"));
        for (int i = 0; i < 3000; ++i)
            t.write(QStringLiteral("d%1/file%2.txt").arg(i % 30).arg(i), QByteArray::number(i).repeated(20) + '\n');
        t.git(words("add -A"));
        t.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("many files")});
        t.git(words("checkout -q main"));
        const QString mainCommit = t.revParse(QStringLiteral("main"));
        const QString bigCommit = t.revParse(QStringLiteral("big"));

        int cancelled = 0;
        int completed = 0;
        for (int delayMs : {0, 1, 3, 10, 50}) {
            Repository repo = openRepo(t);
            std::atomic<bool> cancel{false};
            std::thread canceller([&cancel, delayMs] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                cancel.store(true);
            });
            auto r = Checkout::switchTo(repo, QStringLiteral("big"), &cancel);
            canceller.join();
            // Whatever happened, git sees a clean tree that matches HEAD.
            QCOMPARE(t.git(words("status --porcelain --untracked-files=all")), QByteArray());
            if (r.ok()) {
                ++completed;
                QCOMPARE(headRef(t), QStringLiteral("refs/heads/big"));
                QCOMPARE(t.revParse(QStringLiteral("HEAD")), bigCommit);
                QVERIFY(QFile::exists(t.filePath(QStringLiteral("d7/file2977.txt"))));
                t.git(words("checkout -q main"));
            } else {
                QVERIFY2(r.error().isCancelled(), qPrintable(r.errorMessage()));
                ++cancelled;
                QCOMPARE(headRef(t), QStringLiteral("refs/heads/main"));
                QCOMPARE(t.revParse(QStringLiteral("HEAD")), mainCommit);
                QVERIFY(!QFile::exists(t.filePath(QStringLiteral("d0"))));
            }
        }
        qInfo("cancelled %d, completed %d", cancelled, completed);
        QCOMPARE(cancelled + completed, 5);
    }

    void detachesAtCommit()
    {
        TestRepo t;
        makeBranches(t);
        const QString base = t.revParse(QStringLiteral("main"));
        Repository repo = openRepo(t);
        auto r = Checkout::detach(repo, QStringLiteral("feature~1"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QVERIFY(r->detached);
        QCOMPARE(headRef(t), QString());
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), base);
        QCOMPARE(trimmed(t.git(words("reflog -1 --format=%gs HEAD"))), QStringLiteral("checkout: moving from main to feature~1"));
        auto back = Checkout::switchTo(repo, QStringLiteral("feature"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->previous, base.left(7));
        QCOMPARE(trimmed(t.git(words("reflog -1 --format=%gs HEAD"))), QStringLiteral("checkout: moving from %1 to feature").arg(base));
        auto bad = Checkout::detach(repo, QStringLiteral("nope~3"));
        QVERIFY(!bad.ok());
    }
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
