#include "gitcore/Stashes.h"
#include "support/OpenRepository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QFile>
#include <QTest>

#include <atomic>

using namespace gantry;

namespace {

using testkit::openRepo;
using testkit::trimmed;
using testkit::words;

/// `git stash list` as Gantry would print it.
QString listAsGit(const StashList &stashes)
{
    QStringList lines;
    for (const StashInfo &s : stashes)
        lines << QStringLiteral("stash@{%1}: %2").arg(s.index).arg(s.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// Stash save, list, apply, pop, drop and store, checked against `git stash` and the work tree.
class TestStashes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveAndListMatchGit()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("first commit"));
        t.commitFile(QStringLiteral("b.txt"), "b\n", QStringLiteral("second commit"));
        Repository repo = openRepo(t);

        auto nothing = Stashes::save(repo);
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.error().code(), int(Stashes::NothingToStash));

        t.write(QStringLiteral("a.txt"), "a changed\n");
        auto first = Stashes::save(repo, {QStringLiteral("my message"), false, false});
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(t.read(QStringLiteral("a.txt")), QByteArray("a\n"));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QString());

        t.write(QStringLiteral("b.txt"), "b changed\n");
        t.git(words("add b.txt"));
        auto second = Stashes::save(repo); // default message, as git makes it
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QCOMPARE(second->toString(), t.revParse(QStringLiteral("stash@{0}")));
        QCOMPARE(first->toString(), t.revParse(QStringLiteral("stash@{1}")));

        t.write(QStringLiteral("a.txt"), "by git\n");
        t.git(words("stash push -q -m from-git"));

        auto list = Stashes::list(repo);
        QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
        QCOMPARE(list->size(), 3);
        QCOMPARE(listAsGit(*list), trimmed(t.git(words("stash list"))));
        for (const StashInfo &s : *list) {
            QCOMPARE(s.branch, QStringLiteral("main"));
            QCOMPARE(s.commit.toString(), t.revParse(QStringLiteral("stash@{%1}").arg(s.index)));
            QVERIFY(!s.hasUntracked);
        }
        QVERIFY(list->at(1).message.startsWith(QStringLiteral("WIP on main: ")));
        QVERIFY(list->at(1).message.endsWith(QStringLiteral(" second commit")));
        QCOMPARE(list->at(2).message, QStringLiteral("On main: my message"));
    }

    void applyPopDropAndStore()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f.txt"), "base\n", QStringLiteral("base"));
        Repository repo = openRepo(t);
        t.write(QStringLiteral("f.txt"), "changed\n");
        auto saved = Stashes::save(repo, {QStringLiteral("work"), false, false});
        QVERIFY(saved.ok());

        auto applied = Stashes::apply(repo, 0);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        QVERIFY(!applied->conflicted);
        QVERIFY(!applied->dropped);
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("changed\n"));
        QCOMPARE(trimmed(t.git(words("stash list"))).count(QLatin1Char('\n')), 0);
        QVERIFY(!trimmed(t.git(words("stash list"))).isEmpty());

        t.git(words("checkout -q -- f.txt"));
        auto popped = Stashes::pop(repo, 0);
        QVERIFY2(popped.ok(), qPrintable(popped.errorMessage()));
        QVERIFY(popped->dropped);
        QCOMPARE(popped->stashCommit, *saved);
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("changed\n"));
        QCOMPARE(trimmed(t.git(words("stash list"))), QString());

        auto again = Stashes::save(repo, {QStringLiteral("again"), false, false});
        QVERIFY(again.ok());
        auto dropped = Stashes::drop(repo, 0);
        QVERIFY2(dropped.ok(), qPrintable(dropped.errorMessage()));
        QCOMPARE(dropped->commit, *again);
        QCOMPARE(trimmed(t.git(words("stash list"))), QString());
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("base\n"));

        auto stored = Stashes::store(repo, dropped->commit, dropped->message);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("stash@{0}")), again->toString());
        QCOMPARE(trimmed(t.git(words("stash list"))), QStringLiteral("stash@{0}: On main: again"));

        auto missing = Stashes::drop(repo, 5);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().isNotFound());
        auto notStash = Stashes::store(repo, Oid::fromHex(t.revParse(QStringLiteral("HEAD"))), QStringLiteral("x"));
        QVERIFY(!notStash.ok());
    }

    void untrackedFilesAreStashedAndRestored()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f.txt"), "base\n", QStringLiteral("base"));
        Repository repo = openRepo(t);
        t.write(QStringLiteral("new/untracked.txt"), "fresh\n");
        auto plain = Stashes::save(repo);
        QVERIFY(!plain.ok()); // an untracked file alone is nothing to stash without includeUntracked
        auto saved = Stashes::save(repo, {QString(), true, false});
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(!QFile::exists(t.filePath(QStringLiteral("new/untracked.txt"))));
        QCOMPARE(trimmed(t.git(words("show --format= --name-only stash@{0}^3"))), QStringLiteral("new/untracked.txt"));
        auto list = Stashes::list(repo);
        QVERIFY(list.ok());
        QVERIFY(list->at(0).hasUntracked);

        auto popped = Stashes::pop(repo, 0);
        QVERIFY2(popped.ok(), qPrintable(popped.errorMessage()));
        QCOMPARE(t.read(QStringLiteral("new/untracked.txt")), QByteArray("fresh\n"));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QStringLiteral("?? new/"));
    }

    void keepIndexLeavesStagedChanges()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("s.txt"), "s\n", QStringLiteral("base"));
        t.commitFile(QStringLiteral("u.txt"), "u\n", QStringLiteral("base 2"));
        Repository repo = openRepo(t);
        t.write(QStringLiteral("s.txt"), "staged\n");
        t.git(words("add s.txt"));
        t.write(QStringLiteral("u.txt"), "unstaged\n");
        auto saved = Stashes::save(repo, {QStringLiteral("keep"), false, true});
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QStringLiteral("M  s.txt"));
        QCOMPARE(t.read(QStringLiteral("u.txt")), QByteArray("u\n"));
        QCOMPARE(trimmed(t.git(words("show stash@{0}:u.txt"))), QStringLiteral("unstaged"));
    }

    void popWithConflictKeepsStash()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f.txt"), "base\n", QStringLiteral("base"));
        Repository repo = openRepo(t);
        t.write(QStringLiteral("f.txt"), "stashed\n");
        QVERIFY(Stashes::save(repo).ok());
        t.commitFile(QStringLiteral("f.txt"), "committed\n", QStringLiteral("conflicting"));

        auto popped = Stashes::pop(repo, 0);
        QVERIFY2(popped.ok(), qPrintable(popped.errorMessage()));
        QVERIFY(popped->conflicted);
        QVERIFY(!popped->dropped);
        QCOMPARE(popped->conflictPaths, QStringList{QStringLiteral("f.txt")});
        QVERIFY(t.read(QStringLiteral("f.txt")).contains("<<<<<<<"));
        QVERIFY(!trimmed(t.git(words("stash list"))).isEmpty());
        QCOMPARE(trimmed(t.git(words("diff --name-only --diff-filter=U"))), QStringLiteral("f.txt"));
    }

    void localChangesBlockApply()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("f.txt"), "base\n", QStringLiteral("base"));
        Repository repo = openRepo(t);
        t.write(QStringLiteral("f.txt"), "stashed\n");
        QVERIFY(Stashes::save(repo).ok());
        t.write(QStringLiteral("f.txt"), "local edit\n");

        auto applied = Stashes::apply(repo, 0);
        QVERIFY(!applied.ok());
        QVERIFY(applied.error().isConflict());
        QVERIFY2(applied.errorMessage().contains(QStringLiteral("f.txt")), qPrintable(applied.errorMessage()));
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("local edit\n"));
        auto popped = Stashes::pop(repo, 0);
        QVERIFY(!popped.ok());
        QVERIFY(!trimmed(t.git(words("stash list"))).isEmpty()); // still there
    }

    void cancelledSaveAndApplyChangeNothing()
    {
        TestRepo t;
        t.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("base"));
        t.write(QStringLiteral("a.txt"), "edited\n");
        Repository repo = openRepo(t);
        const std::atomic<bool> cancel{true};
        auto saved = Stashes::save(repo, {}, &cancel);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().isCancelled(), qPrintable(saved.errorMessage()));
        QCOMPARE(t.git(words("stash list")), QByteArray());
        QCOMPARE(t.git(words("status --porcelain")), QByteArray(" M a.txt\n"));

        auto real = Stashes::save(repo);
        QVERIFY2(real.ok(), qPrintable(real.errorMessage()));
        QCOMPARE(t.read(QStringLiteral("a.txt")), QByteArray("a\n"));
        for (bool pop : {false, true}) {
            auto applied = pop ? Stashes::pop(repo, 0, false, &cancel) : Stashes::apply(repo, 0, false, &cancel);
            QVERIFY(!applied.ok());
            QVERIFY2(applied.error().isCancelled(), qPrintable(applied.errorMessage()));
            QCOMPARE(t.git(words("status --porcelain")), QByteArray());
            QCOMPARE(t.git(words("stash list --format=%H")).trimmed(), real->toString().toUtf8());
        }
        // Not cancelled, the same stash applies.
        const std::atomic<bool> keepGoing{false};
        auto popped = Stashes::pop(repo, 0, false, &keepGoing);
        QVERIFY2(popped.ok(), qPrintable(popped.errorMessage()));
        QCOMPARE(t.read(QStringLiteral("a.txt")), QByteArray("edited\n"));
        QCOMPARE(t.git(words("stash list")), QByteArray());
    }

    void branchFromMessage()
    {
        QCOMPARE(Stashes::branchFromMessage(QStringLiteral("WIP on feature/x: abc1234 subject")), QStringLiteral("feature/x"));
        QCOMPARE(Stashes::branchFromMessage(QStringLiteral("On main: message: with colon")), QStringLiteral("main"));
        QCOMPARE(Stashes::branchFromMessage(QStringLiteral("autostash")), QString());
    }
};

QTEST_GUILESS_MAIN(TestStashes)
#include "tst_stashes.moc"
