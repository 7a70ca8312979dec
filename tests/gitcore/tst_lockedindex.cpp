// The index is written under git's lock, based on the index read under it: a writer that comes
// second is refused (never silently overwrites), a refused or abandoned write leaves the index
// byte-identical, and a status refresh never writes back an index someone else changed.
#include "gitcore/LockedIndex.h"
#include "gitcore/Staging.h"
#include "gitcore/StatusReader.h"
#include "support/OpenRepository.h"

#include <QtTest>

#include <sys/stat.h>

using namespace gantry;
using gantry::testkit::openRepo;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<none>");
}

ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestLockedIndex : public QObject
{
    Q_OBJECT

private slots:
    void theLockIsTakenBeforeTheIndexIsRead()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat: a"));
        const Repository r = openRepo(repo);
        const QString lock = repo.filePath(QStringLiteral(".git/index.lock"));
        auto held = LockedIndex::acquire(r);
        QVERIFY2(held, qPrintable(held.errorMessage()));
        QVERIFY(QFile::exists(lock));
        // git cannot write while Gantry holds the lock, nor can a second Gantry.
        repo.write(QStringLiteral("b.txt"), "b\n");
        repo.git({"add", "b.txt"}, true);
        QVERIFY(repo.lastExitCode() != 0);
        QVERIFY(repo.lastStderr().contains("index.lock"));
        const Repository other = openRepo(repo);
        auto second = LockedIndex::acquire(other);
        QVERIFY(!second);
        QVERIFY(second.error().isLocked());
        QVERIFY(second.errorMessage().contains(QStringLiteral("index.lock': File exists")));
        auto staged = Staging::stageFiles(other, {QStringLiteral("b.txt")});
        QVERIFY(!staged);
        QVERIFY(staged.error().isLocked());
        held->release();
        QVERIFY(!QFile::exists(lock));
        QVERIFY(Staging::stageFiles(other, {QStringLiteral("b.txt")}));
        QCOMPARE(repo.git({"ls-files"}), QByteArray("a.txt\nb.txt\n"));
    }

    void anAbandonedWriteLeavesTheIndexAsItWas()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat: a"));
        repo.write(QStringLiteral("b.txt"), "b\n");
        const QString indexPath = repo.filePath(QStringLiteral(".git/index"));
        const QByteArray before = fileBytes(indexPath);
        const ino_t inode = inodeOf(indexPath);
        {
            const Repository r = openRepo(repo);
            auto locked = LockedIndex::acquire(r);
            QVERIFY(locked);
            QCOMPARE(git_index_add_bypath(locked->get(), "b.txt"), 0);
            // The repository sees the change in progress...
            git_index *seen = nullptr;
            QCOMPARE(git_repository_index(&seen, r.raw()), 0);
            QVERIFY(git_index_get_bypath(seen, "b.txt", 0));
            git_index_free(seen);
        } // ...and nothing of it reaches the disk without commit().
        QCOMPARE(fileBytes(indexPath), before);
        QCOMPARE(inodeOf(indexPath), inode);
        QVERIFY(!QFile::exists(indexPath + QStringLiteral(".lock")));
        QCOMPARE(QDir(repo.filePath(QStringLiteral(".git"))).entryList({QStringLiteral("index.*")}), QStringList());
    }

    void aCommittedWriteIsWhatGitReads()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat: a"));
        repo.write(QStringLiteral("b.txt"), "b\n");
        const Repository r = openRepo(repo);
        auto locked = LockedIndex::acquire(r);
        QVERIFY(locked);
        QCOMPARE(git_index_add_bypath(locked->get(), "b.txt"), 0);
        QVERIFY(locked->commit());
        QVERIFY(!QFile::exists(repo.filePath(QStringLiteral(".git/index.lock"))));
        QCOMPARE(repo.git({"diff", "--cached", "--name-only"}), QByteArray("b.txt\n"));
        // The repository handle reads the new index afterwards.
        auto index = r.index();
        QVERIFY(index);
        QVERIFY(git_index_get_bypath(index->get(), "b.txt", 0));
    }

    void aRepositoryWithoutAnIndexGetsOne()
    {
        TestRepo repo;
        repo.write(QStringLiteral("a.txt"), "a\n");
        QVERIFY(!QFile::exists(repo.filePath(QStringLiteral(".git/index"))));
        const Repository r = openRepo(repo);
        QVERIFY(Staging::stageFiles(r, {QStringLiteral("a.txt")}));
        QCOMPARE(repo.git({"ls-files", "-s"}).split(' ').last(), QByteArray("0\ta.txt\n"));
    }

    void aStatusRefreshNeverWritesBackAStaleIndex()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat: a"));
        repo.write(QStringLiteral("b.txt"), "b\n");
        const QString indexPath = repo.filePath(QStringLiteral(".git/index"));
        const Repository r = openRepo(repo);
        StatusOptions options;
        options.refreshIndex = true;
        // Someone else holds the lock: the status is read, the index is left alone.
        {
            const Repository other = openRepo(repo);
            auto held = LockedIndex::acquire(other);
            QVERIFY(held);
            const QByteArray before = fileBytes(indexPath);
            auto status = StatusReader::read(r, options);
            QVERIFY2(status, qPrintable(status.errorMessage()));
            QCOMPARE(fileBytes(indexPath), before);
            QVERIFY(QFile::exists(indexPath + QStringLiteral(".lock"))); // still theirs
        }
        // Nothing to refresh: the index file is not rewritten (no needless change for watchers).
        QVERIFY(StatusReader::read(r, options));
        const ino_t inode = inodeOf(indexPath);
        QVERIFY(StatusReader::read(r, options));
        QCOMPARE(inodeOf(indexPath), inode);
        // A stage between two statuses survives both.
        QVERIFY(Staging::stageFiles(openRepo(repo), {QStringLiteral("b.txt")}));
        QVERIFY(StatusReader::read(r, options));
        QCOMPARE(repo.git({"diff", "--cached", "--name-only"}), QByteArray("b.txt\n"));
        QVERIFY(!QFile::exists(indexPath + QStringLiteral(".lock")));
    }

    void aDamagedIndexIsNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("12 bytes") << QByteArray("DIRC\0\0\0\2\0\0\0\1", 12);
        QTest::newRow("not an index") << QByteArray(64, 'x');
    }
    void aDamagedIndexIsNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat: a"));
        repo.write(QStringLiteral(".git/index"), content);
        repo.write(QStringLiteral("b.txt"), "b\n");
        const Repository r = openRepo(repo);
        auto staged = Staging::stageFiles(r, {QStringLiteral("b.txt")});
        QVERIFY(!staged);
        QVERIFY2(staged.errorMessage().contains(QStringLiteral("is damaged")), qPrintable(staged.errorMessage()));
        QCOMPARE(fileBytes(repo.filePath(QStringLiteral(".git/index"))), content);
        QVERIFY(!QFile::exists(repo.filePath(QStringLiteral(".git/index.lock"))));
        auto status = StatusReader::read(r, {});
        QVERIFY(!status);
        QVERIFY(status.errorMessage().contains(QStringLiteral("is damaged")));
    }
};

QTEST_GUILESS_MAIN(TestLockedIndex)
#include "tst_lockedindex.moc"
