#include "gitcore/Reset.h"
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

/// a → b → c on main, each changing f.txt; then a staged change to s.txt and an unstaged one to f.txt.
void makeHistory(TestRepo &t)
{
    t.commitFile(QStringLiteral("s.txt"), "s\n", QStringLiteral("a"));
    t.commitFile(QStringLiteral("f.txt"), "b\n", QStringLiteral("b"));
    t.commitFile(QStringLiteral("f.txt"), "c\n", QStringLiteral("c"));
    t.write(QStringLiteral("s.txt"), "s staged\n");
    t.git(words("add s.txt"));
    t.write(QStringLiteral("f.txt"), "c unstaged\n");
}

QString stateOf(const TestRepo &t)
{
    return t.revParse(QStringLiteral("HEAD")) + QLatin1Char('\n') + trimmed(t.git(words("ls-files -s"))) + QLatin1Char('\n')
        + trimmed(t.git(words("status --porcelain"))) + QLatin1Char('\n') + QString::fromUtf8(t.read(QStringLiteral("f.txt")))
        + QString::fromUtf8(t.read(QStringLiteral("s.txt"))) + trimmed(t.git(words("reflog -1 --format=%gs HEAD")));
}

/// A bare "origin" with main pushed, and main tracking origin/main.
void publish(TestRepo &t, TestRepo &origin)
{
    origin.git(words("init -q --bare"));
    t.git({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), origin.path()});
    t.git(words("push -q -u origin main"));
}

} // namespace

/// Moving the current branch like git reset, with published commits guarded and hard resets undoable.
class TestReset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modesMatchGit_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("flag");
        QTest::newRow("soft") << int(ResetMode::Soft) << "--soft";
        QTest::newRow("mixed") << int(ResetMode::Mixed) << "--mixed";
        QTest::newRow("hard") << int(ResetMode::Hard) << "--hard";
    }

    void modesMatchGit()
    {
        QFETCH(int, mode);
        QFETCH(QString, flag);
        TestRepo t;
        makeHistory(t);
        TestRepo twin(false);
        copyRepo(t, twin);
        Repository repo = openRepo(t);
        auto r = Reset::reset(repo, QStringLiteral("HEAD~2"), ResetMode(mode));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        twin.git({QStringLiteral("reset"), QStringLiteral("-q"), flag, QStringLiteral("HEAD~2")});
        QCOMPARE(stateOf(t), stateOf(twin));
        QCOMPARE(r->leaving.size(), 2);
        QCOMPARE(r->leaving.first().toString(), t.revParse(QStringLiteral("HEAD@{1}")));
        QVERIFY(!r->published.any());
        QCOMPARE(r->savedChanges.isNull(), ResetMode(mode) != ResetMode::Hard);
        QVERIFY(r->message.contains(r->target.toShortString()));
    }

    void undoRestoresEverything_data() { modesMatchGit_data(); }

    void undoRestoresEverything()
    {
        QFETCH(int, mode);
        TestRepo t;
        makeHistory(t);
        t.write(QStringLiteral("new.txt"), "untracked, survives\n");
        const QString head = t.revParse(QStringLiteral("HEAD"));
        const QString statusBefore = t.git(words("status --porcelain"));
        const QString stagedBefore = t.git(words("diff --cached"));
        QVERIFY(!stagedBefore.isEmpty());
        Repository repo = openRepo(t);
        auto r = Reset::reset(repo, QStringLiteral("HEAD~1"), ResetMode(mode));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        if (ResetMode(mode) == ResetMode::Hard) {
            QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("b\n"));
            QVERIFY(trimmed(t.git(words("log -1 --format=%s refs/gantry/discarded"))).startsWith(QStringLiteral("Reset --hard")));
        }
        auto undone = Reset::undo(repo, *r);
        QVERIFY2(undone.ok(), qPrintable(undone.errorMessage()));
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), head);
        QCOMPARE(t.read(QStringLiteral("f.txt")), QByteArray("c unstaged\n"));
        QCOMPARE(t.read(QStringLiteral("s.txt")), QByteArray("s staged\n"));
        QCOMPARE(t.read(QStringLiteral("new.txt")), QByteArray("untracked, survives\n"));
        QCOMPARE(trimmed(t.git(words("symbolic-ref HEAD"))), QStringLiteral("refs/heads/main"));
        // What was staged is staged again, what was not is not.
        QCOMPARE(t.git(words("diff --cached")), stagedBefore);
        QCOMPARE(t.git(words("status --porcelain")), statusBefore);
    }

    void undoRefusesWhenHeadMoved()
    {
        TestRepo t;
        makeHistory(t);
        Repository repo = openRepo(t);
        auto r = Reset::reset(repo, QStringLiteral("HEAD~1"), ResetMode::Soft);
        QVERIFY(r.ok());
        t.git(words("commit -q -m again"));
        const QString head = t.revParse(QStringLiteral("HEAD"));
        auto undone = Reset::undo(repo, *r);
        QVERIFY(!undone.ok());
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), head);
    }

    void publishedCommitsAreGuarded()
    {
        TestRepo t;
        TestRepo origin(false);
        t.commitFile(QStringLiteral("f.txt"), "a\n", QStringLiteral("a"));
        t.commitFile(QStringLiteral("f.txt"), "b\n", QStringLiteral("b published"));
        publish(t, origin);
        t.commitFile(QStringLiteral("f.txt"), "c\n", QStringLiteral("c local"));
        t.commitFile(QStringLiteral("f.txt"), "d\n", QStringLiteral("d local"));
        Repository repo = openRepo(t);

        auto plan = Reset::plan(repo, QStringLiteral("HEAD~3"), ResetMode::Hard);
        QVERIFY2(plan.ok(), qPrintable(plan.errorMessage()));
        const QStringList leaving = trimmed(t.git(words("rev-list HEAD ^HEAD~3"))).split(QLatin1Char('\n'));
        QCOMPARE(plan->leaving.size(), leaving.size());
        for (int i = 0; i < leaving.size(); ++i)
            QCOMPARE(plan->leaving.at(i).toString(), leaving.at(i));
        QCOMPARE(plan->published.upstream, QStringLiteral("origin/main"));
        QCOMPARE(plan->published.published.size(), 1);
        QCOMPARE(plan->published.published.first().toString(), t.revParse(QStringLiteral("origin/main")));

        const QString head = t.revParse(QStringLiteral("HEAD"));
        auto refused = Reset::reset(repo, QStringLiteral("HEAD~3"), ResetMode::Hard);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), PublishedHistory::RewritesPublished);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("b published")), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(QStringLiteral("origin/main")));
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), head);

        // Dropping only local commits needs no permission.
        auto local = Reset::reset(repo, QStringLiteral("HEAD~2"), ResetMode::Mixed);
        QVERIFY2(local.ok(), qPrintable(local.errorMessage()));
        QVERIFY(!local->published.any());
        QCOMPARE(t.revParse(QStringLiteral("HEAD")), t.revParse(QStringLiteral("origin/main")));

        auto allowed = Reset::reset(repo, QStringLiteral("HEAD~1"), ResetMode::Mixed, true);
        QVERIFY2(allowed.ok(), qPrintable(allowed.errorMessage()));
        QCOMPARE(allowed->published.published.size(), 1);
    }

    void badInput()
    {
        TestRepo t;
        Repository repo = openRepo(t);
        auto unborn = Reset::reset(repo, QStringLiteral("HEAD"), ResetMode::Hard);
        QVERIFY(!unborn.ok());
        t.commitFile(QStringLiteral("f.txt"), "a\n", QStringLiteral("a"));
        auto bad = Reset::reset(repo, QStringLiteral("nope"), ResetMode::Hard);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorMessage().contains(QStringLiteral("nope")));
        auto empty = Reset::reset(repo, QStringLiteral(" "), ResetMode::Mixed);
        QVERIFY(!empty.ok());
    }
};

QTEST_GUILESS_MAIN(TestReset)
#include "tst_reset.moc"
