#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QTest>

using namespace gantry;

/// Opening, creating and describing repositories, checked against the git CLI.
class TestRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensFromSubfolder()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a/b/c.txt"), "x\n", QStringLiteral("init"));
        auto r = Repository::open(repo.filePath(QStringLiteral("a/b")));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->workdir(), QDir(repo.path()).canonicalPath());
        QCOMPARE(r->headBranch(), QStringLiteral("main"));
        QCOMPARE(r->headCommit().toString(), repo.revParse(QStringLiteral("HEAD")));
        QVERIFY(!r->isBare());
        QVERIFY(!r->isHeadUnborn());
        QVERIFY(r->state() == RepositoryState::Clean);
    }

    void notARepository()
    {
        TestRepo folder(false);
        auto r = Repository::openExact(folder.path());
        QVERIFY(!r.ok());
        QVERIFY(r.error().isNotFound());
        QVERIFY(r.errorMessage().contains(QStringLiteral("not a Git repository")));
        auto missing = Repository::open(folder.path() + QStringLiteral("/nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("does not exist")));
    }

    void unbornHead()
    {
        TestRepo repo;
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QVERIFY(r->isHeadUnborn());
        QCOMPARE(r->headBranch(), QStringLiteral("main"));
        QVERIFY(r->headCommit().isNull());
    }

    void detachedHead()
    {
        TestRepo repo;
        const QString first = repo.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        repo.commitFile(QStringLiteral("f"), "2\n", QStringLiteral("two"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), first});
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QVERIFY(r->isHeadDetached());
        QVERIFY(r->headBranch().isEmpty());
        QCOMPARE(r->headCommit().toString(), first);
    }

    void bareAndInit()
    {
        TestRepo folder(false);
        auto bare = Repository::init(folder.filePath(QStringLiteral("bare.git")), true, QStringLiteral("trunk"));
        QVERIFY2(bare.ok(), qPrintable(bare.errorMessage()));
        QVERIFY(bare->isBare());
        QVERIFY(bare->workdir().isEmpty());
        QCOMPARE(QString::fromUtf8(folder.git({QStringLiteral("rev-parse"), QStringLiteral("--is-bare-repository")}, false,
                                              folder.filePath(QStringLiteral("bare.git")))).trimmed(),
                 QStringLiteral("true"));
        QCOMPARE(bare->headBranch(), QStringLiteral("trunk"));
        auto reopened = bare->reopen();
        QVERIFY(reopened.ok());
        QVERIFY(reopened->isBare());
    }

    void mergeInProgress()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("f"), "base\n", QStringLiteral("base"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")});
        repo.commitFile(QStringLiteral("f"), "other\n", QStringLiteral("other"));
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        repo.commitFile(QStringLiteral("f"), "main\n", QStringLiteral("main"));
        repo.git({QStringLiteral("merge"), QStringLiteral("other")}, true);
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QVERIFY(r->state() == RepositoryState::Merge);
        QVERIFY(!Repository::describeState(r->state()).isEmpty());
    }

    void linkedWorktree()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("f"), "1\n", QStringLiteral("one"));
        const QString wt = repo.filePath(QStringLiteral("../") + QDir(repo.path()).dirName() + QStringLiteral("-wt"));
        repo.git({QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("side"), wt});
        auto r = Repository::open(wt);
        QVERIFY(r.ok());
        QVERIFY(r->isWorktree());
        QCOMPARE(r->headBranch(), QStringLiteral("side"));
        QDir(wt).removeRecursively();
    }

    void configValues()
    {
        TestRepo repo;
        repo.git({QStringLiteral("config"), QStringLiteral("gantry.test"), QStringLiteral("value")});
        repo.git({QStringLiteral("config"), QStringLiteral("gantry.flag"), QStringLiteral("yes")});
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QCOMPARE(r->configString(QStringLiteral("gantry.test")), QStringLiteral("value"));
        QCOMPARE(r->configString(QStringLiteral("gantry.none"), QStringLiteral("fb")), QStringLiteral("fb"));
        QVERIFY(r->configBool(QStringLiteral("gantry.flag"), false));
        QCOMPARE(r->configString(QStringLiteral("user.name")), QStringLiteral("Gantry Test"));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
