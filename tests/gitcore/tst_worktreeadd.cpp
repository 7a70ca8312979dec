// Stage-all's single pass (WorktreeAdd) gives the index `git add -A` gives, entry for entry and
// with stat data git trusts; where it does not apply (attributes, autocrlf, conflicts,
// submodules) libgit2's add-all gives the same; and a refusal of the secrets guard leaves the
// index byte-identical with nothing left over in .git.
#include "gitcore/Staging.h"
#include "gitcore/WorktreeAdd.h"
#include "gitcore/WorktreeReadAhead.h"
#include "gitcore/LockedIndex.h"
#include "support/OpenRepository.h"

#include <QDir>
#include <QtTest>

using namespace gantry;
using gantry::testkit::openRepo;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<none>");
}

/// A repository with every kind of change: modified, deleted, new in new folders, executable,
/// a symbolic link, a file turned into a link, an ignored file, an unchanged one.
void makeChanges(TestRepo &repo)
{
    repo.commitFile(QStringLiteral("keep.txt"), "keep\n", QStringLiteral("chore: keep"));
    repo.commitFile(QStringLiteral("edit.txt"), "v1\n", QStringLiteral("chore: edit"));
    repo.commitFile(QStringLiteral("gone.txt"), "gone\n", QStringLiteral("chore: gone"));
    repo.commitFile(QStringLiteral("becomes-link"), "file\n", QStringLiteral("chore: link"));
    repo.commitFile(QStringLiteral(".gitignore"), "*.log\n", QStringLiteral("chore: ignore"));
    repo.write(QStringLiteral("edit.txt"), "v2\n");
    QFile::remove(repo.filePath(QStringLiteral("gone.txt")));
    for (int i = 0; i < 30; ++i)
        repo.write(QStringLiteral("new/d%1/f%2.txt").arg(i % 4).arg(i), "content " + QByteArray::number(i) + "\n");
    repo.write(QStringLiteral("run.sh"), "#!/bin/sh\n");
    QFile::setPermissions(repo.filePath(QStringLiteral("run.sh")),
                          QFile::permissions(repo.filePath(QStringLiteral("run.sh"))) | QFile::ExeOwner);
    QFile::link(QStringLiteral("keep.txt"), repo.filePath(QStringLiteral("link")));
    QFile::remove(repo.filePath(QStringLiteral("becomes-link")));
    QFile::link(QStringLiteral("edit.txt"), repo.filePath(QStringLiteral("becomes-link")));
    repo.write(QStringLiteral("debug.log"), "ignored\n");
    repo.write(QStringLiteral("empty.txt"), "");
}

/// What git says of a repository after a stage: the index, and what status finds unstaged.
QByteArray stagedState(const TestRepo &repo, const QString &dir = {})
{
    return repo.git({"ls-files", "-s"}, false, dir) + "\n--status--\n" + repo.git({"status", "--porcelain"}, false, dir);
}

/// Whether WorktreeAdd's own pass applies to `r` now (tried under the lock, the index dropped unwritten).
bool singlePassApplies(const Repository &r)
{
    auto index = LockedIndex::acquire(r);
    auto outcome = index ? WorktreeAdd::addAll(r, index->get()) : Result<WorktreeAdd::Outcome>(index.error());
    if (!outcome)
        qWarning("%s", qPrintable(outcome.errorMessage()));
    return outcome && *outcome == WorktreeAdd::Outcome::Done;
}

QStringList leftovers(const TestRepo &repo)
{
    QStringList out = QDir(repo.filePath(QStringLiteral(".git"))).entryList({QStringLiteral("index*")}, QDir::Files);
    out.removeAll(QStringLiteral("index"));
    return out;
}

} // namespace

class TestWorktreeAdd : public QObject
{
    Q_OBJECT

private slots:
    void matchesGitAddAll_data()
    {
        QTest::addColumn<QStringList>("config");     // "key=value" set before staging
        QTest::addColumn<QByteArray>("attributes");  // a .gitattributes to write, if any
        QTest::addColumn<bool>("singlePass");        // whether WorktreeAdd's own pass applies
        QTest::newRow("plain") << QStringList{} << QByteArray() << true;
        QTest::newRow(".gitattributes") << QStringList{} << QByteArray("*.txt text eol=crlf\n") << false;
        QTest::newRow("autocrlf") << QStringList{"core.autocrlf=true"} << QByteArray() << false;
        QTest::newRow("filemode off") << QStringList{"core.filemode=false"} << QByteArray() << false;
    }
    void matchesGitAddAll()
    {
        QFETCH(QStringList, config);
        QFETCH(QByteArray, attributes);
        QFETCH(bool, singlePass);
        TestRepo repo;
        makeChanges(repo);
        for (const QString &setting : config)
            repo.git({"config", setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1)});
        if (!attributes.isEmpty())
            repo.write(QStringLiteral(".gitattributes"), attributes);
        const QString copy = QDir::tempPath() + QStringLiteral("/gantry-worktreeadd-") + QString::number(QCoreApplication::applicationPid());
        QDir(copy).removeRecursively();
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), repo.path(), copy}) == 0);
        repo.git({"add", "-A"}, false, copy);

        const Repository r = openRepo(repo);
        QCOMPARE(singlePassApplies(r), singlePass); // dropped unwritten: nothing changes
        QVERIFY(leftovers(repo).isEmpty());
        auto staged = Staging::stageAll(r);
        QVERIFY2(staged, qPrintable(staged.errorMessage()));
        // The stat data is git's: git finds nothing to re-read. (Before status, which would refresh it.)
        QCOMPARE(repo.git({"-c", "core.checkStat=default", "diff-files", "--name-only"}), QByteArray());
        QCOMPARE(stagedState(repo), stagedState(repo, copy));
        QVERIFY(leftovers(repo).isEmpty());
        QDir(copy).removeRecursively();
    }

    void filesAreReadAheadInBoundedBatches()
    {
        // 700 files (three batches of at most 256) around two of 9 MiB (a batch ends after
        // 16 MiB): every file lands in order with its own content, as git add stores it.
        TestRepo repo;
        repo.commitFile(QStringLiteral("start.txt"), "start\n", QStringLiteral("chore: start"));
        for (int i = 0; i < 700; ++i)
            repo.write(QStringLiteral("many/f%1.txt").arg(i, 3, 10, QLatin1Char('0')), "file " + QByteArray::number(i) + "\n");
        repo.write(QStringLiteral("many/f100-big.bin"), QByteArray(9 * 1024 * 1024, 'a'));
        repo.write(QStringLiteral("many/f101-big.bin"), QByteArray(9 * 1024 * 1024, 'b'));
        const Repository r = openRepo(repo);
        QVERIFY(Staging::stageAll(r));
        const QByteArray ours = repo.git({"ls-files", "-s"});
        QCOMPARE(ours.count('\n'), 703);
        repo.git({"read-tree", "HEAD"});
        repo.git({"add", "-A"});
        QCOMPARE(ours, repo.git({"ls-files", "-s"}));
    }

    void anIgnoredAttributesFileIsHonoured()
    {
        // An ignored .gitattributes is in neither the index nor the changes, yet git applies it.
        TestRepo repo;
        repo.commitFile(QStringLiteral("start.txt"), "start\n", QStringLiteral("chore: start"));
        repo.write(QStringLiteral(".gitattributes"), "*.txt text eol=lf\n");
        repo.write(QStringLiteral(".git/info/exclude"), ".gitattributes\n");
        repo.write(QStringLiteral("crlf.txt"), "a\r\nb\r\n");
        const Repository r = openRepo(repo);
        QVERIFY(!singlePassApplies(r));
        QVERIFY(Staging::stageAll(r));
        QCOMPARE(repo.git({"cat-file", "-p", ":crlf.txt"}), QByteArray("a\nb\n"));
    }

    void aFileTooBigToHoldIsStreamed()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("start.txt"), "start\n", QStringLiteral("chore: start"));
        QByteArray big(int(WorktreeReadAhead::MaxInMemory) + 4096, '\0');
        big[0] = 'x';
        repo.write(QStringLiteral("big.bin"), big);
        repo.write(QStringLiteral("small.txt"), "small\n");
        const Repository r = openRepo(repo);
        QVERIFY(Staging::stageAll(r));
        QCOMPARE(repo.git({"rev-parse", ":big.bin"}).trimmed(), repo.git({"hash-object", "big.bin"}).trimmed());
        QCOMPARE(repo.git({"diff-files", "--name-only"}), QByteArray());
    }

    void conflictsAreLeftToLibgit2()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("c.txt"), "base\n", QStringLiteral("chore: base"));
        repo.git({"checkout", "-q", "-b", "other"});
        repo.commitFile(QStringLiteral("c.txt"), "other\n", QStringLiteral("chore: other"));
        repo.git({"checkout", "-q", "-"});
        repo.commitFile(QStringLiteral("c.txt"), "main\n", QStringLiteral("chore: main"));
        repo.git({"merge", "-q", "other"}, true);
        QVERIFY(repo.git({"ls-files", "-u"}).size() > 0);
        const Repository r = openRepo(repo);
        QVERIFY(!singlePassApplies(r));
        repo.write(QStringLiteral("c.txt"), "resolved\n");
        QVERIFY(Staging::stageAll(r));
        QCOMPARE(repo.git({"ls-files", "-u"}), QByteArray());
        QCOMPARE(repo.git({"ls-files", "-s", "c.txt"}).left(6), QByteArray("100644"));
    }

    void aSecretRefusesTheWholeStage()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("chore: a"));
        repo.write(QStringLiteral("a.txt"), "a2\n");
        repo.write(QStringLiteral("config.txt"), "token = \"ghp_" + QByteArray(36, 'x').replace(3, 10, "AbCdEfGh12") + "\"\n");
        repo.write(QStringLiteral("fine.txt"), "fine\n");
        const QByteArray before = fileBytes(repo.filePath(QStringLiteral(".git/index")));
        const Repository r = openRepo(repo);
        auto refused = Staging::stageAllScanned(r, SecretScanner(), false);
        QVERIFY2(refused, qPrintable(refused.errorMessage()));
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().path, QStringLiteral("config.txt"));
        QCOMPARE(refused->first().line, 1);
        QCOMPARE(fileBytes(repo.filePath(QStringLiteral(".git/index"))), before);
        QVERIFY(leftovers(repo).isEmpty());
        // The refused secret was not stored, not even as a loose object.
        const QByteArray secretBlob = repo.git({"hash-object", "config.txt"}).trimmed();
        repo.git({"cat-file", "-e", QString::fromLatin1(secretBlob)}, true);
        QVERIFY(repo.lastExitCode() != 0);
        // Allowed: staged, with the finding still reported.
        auto allowed = Staging::stageAllScanned(r, SecretScanner(), true);
        QVERIFY(allowed);
        QCOMPARE(allowed->size(), 1);
        QCOMPARE(repo.git({"diff", "--cached", "--name-only"}), QByteArray("a.txt\nconfig.txt\nfine.txt\n"));
    }

    void aSecretAlreadyStagedIsNotReportedAgain()
    {
        TestRepo repo;
        const QByteArray secret = "password = \"Zq8#vLp2!xR9@wK4$mN7\"\n";
        repo.commitFile(QStringLiteral("old.txt"), secret, QStringLiteral("chore: old"));
        repo.write(QStringLiteral("old.txt"), secret + "more\n");
        const Repository r = openRepo(repo);
        auto found = Staging::stageAllScanned(r, SecretScanner(), false);
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QVERIFY(found->isEmpty());
        QCOMPARE(repo.git({"diff", "--cached", "--name-only"}), QByteArray("old.txt\n"));
    }
};

QTEST_GUILESS_MAIN(TestWorktreeAdd)
#include "tst_worktreeadd.moc"
