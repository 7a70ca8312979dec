// StatusRefresh folds the re-read of a few reported paths into the last snapshot: after every
// kind of working-tree change, the folded snapshot equals a full status read (what `git status`
// says), the shortcut is taken where it can be, and a full read is made where it cannot.
#include "gitcore/StatusReader.h"
#include "gitcore/StatusRefresh.h"
#include "support/OpenRepository.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

using namespace gantry;
using gantry::testkit::openRepo;

namespace {

QByteArray describe(const StatusSnapshot &snapshot)
{
    QByteArray out;
    for (const StatusEntry &e : snapshot.entries)
        out += e.code() + ' ' + e.path + (e.origPath.isEmpty() ? QByteArray() : " <- " + e.origPath) + '\n';
    return out;
}

StatusSnapshot fullStatus(const TestRepo &repo)
{
    const Repository r = openRepo(repo);
    auto s = StatusReader::read(r);
    return s ? *s : StatusSnapshot{};
}

/// Refreshes `last` for `paths` with a fresh repository handle (as the task runner does) and
/// checks it against a full read; returns the new snapshot.
StatusSnapshot refreshed(const TestRepo &repo, const StatusSnapshot &last, const QStringList &paths, bool expectPartial)
{
    const Repository r = openRepo(repo);
    auto next = StatusRefresh::refresh(r, last, paths);
    if (!next) {
        qWarning("%s", qPrintable(next.errorMessage()));
        return {};
    }
    const StatusSnapshot full = fullStatus(repo);
    if (describe(*next) != describe(full))
        qWarning("folded:\n%s\nfull:\n%s", describe(*next).constData(), describe(full).constData());
    [&] {
        QCOMPARE(describe(*next), describe(full));
        QCOMPARE(next->branch, full.branch);
        QCOMPARE(next->head, full.head);
        QCOMPARE(StatusRefresh::lastWasPartial(), expectPartial);
    }();
    return *next;
}

} // namespace

class TestStatusRefresh : public QObject
{
    Q_OBJECT

private slots:
    void eachKindOfChangeFoldsLikeAFullRead()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("top.txt"), "top\n", QStringLiteral("chore: top"));
        repo.commitFile(QStringLiteral("src/a.txt"), "a\n", QStringLiteral("chore: a"));
        repo.commitFile(QStringLiteral("src/b.txt"), "b\n", QStringLiteral("chore: b"));
        repo.commitFile(QStringLiteral("src/deep/c.txt"), "c\n", QStringLiteral("chore: c"));
        repo.commitFile(QStringLiteral("src/s*ar.txt"), "star\n", QStringLiteral("chore: a glob character"));
        repo.write(QStringLiteral("src/b.txt"), "b staged\n");
        repo.git({"add", "src/b.txt"});
        StatusSnapshot last = fullStatus(repo);

        // A saved file (in place).
        repo.write(QStringLiteral("src/a.txt"), "a2\n");
        last = refreshed(repo, last, {QStringLiteral("src/a.txt")}, true);
        // Saved back as it was: the entry goes.
        repo.write(QStringLiteral("src/a.txt"), "a\n");
        last = refreshed(repo, last, {QStringLiteral("src/a.txt")}, true);
        // A staged file changed again: staged side kept, unstaged side added ("MM").
        repo.write(QStringLiteral("src/b.txt"), "b staged and more\n");
        last = refreshed(repo, last, {QStringLiteral("src/b.txt")}, true);
        // A glob character is a plain character.
        repo.write(QStringLiteral("src/s*ar.txt"), "star2\n");
        last = refreshed(repo, last, {QStringLiteral("src/s*ar.txt")}, true);
        // A new file and a deleted one, reported as their folder (an editor's rename, a rm).
        repo.write(QStringLiteral("src/new.txt"), "new\n");
        QVERIFY(QFile::remove(repo.filePath(QStringLiteral("src/deep/c.txt"))));
        last = refreshed(repo, last, {QStringLiteral("src"), QStringLiteral("src/deep")}, true);
        // The untracked file deleted: reported by its folder.
        QVERIFY(QFile::remove(repo.filePath(QStringLiteral("src/new.txt"))));
        last = refreshed(repo, last, {QStringLiteral("src")}, true);
        // The top folder.
        repo.write(QStringLiteral("top.txt"), "top2\n");
        repo.write(QStringLiteral("loose.txt"), "loose\n");
        last = refreshed(repo, last, {QStringLiteral(".")}, true);
        // Nothing changed at all.
        last = refreshed(repo, last, {QStringLiteral("src/a.txt")}, true);
    }

    void whereTheShortcutCouldBeWrongItReadsEverything()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("chore: a"));
        repo.commitFile(QStringLiteral("old.txt"), "old\n", QStringLiteral("chore: old"));
        StatusSnapshot last = fullStatus(repo);
        // A new folder (it may list as "dir/").
        repo.write(QStringLiteral("fresh/x.txt"), "x\n");
        last = refreshed(repo, last, {QStringLiteral(".")}, false);
        // Inside an untracked folder shown collapsed.
        repo.write(QStringLiteral("fresh/y.txt"), "y\n");
        last = refreshed(repo, last, {QStringLiteral("fresh/y.txt")}, false);
        // A staged rename touches the reported path.
        repo.git({"mv", "old.txt", "new.txt"});
        last = fullStatus(repo);
        repo.write(QStringLiteral("new.txt"), "old and changed\n");
        last = refreshed(repo, last, {QStringLiteral("new.txt")}, false);
        // HEAD moved since the last snapshot.
        repo.commitFile(QStringLiteral("a.txt"), "a2\n", QStringLiteral("chore: a2"));
        repo.write(QStringLiteral("a.txt"), "a3\n");
        last = refreshed(repo, last, {QStringLiteral("a.txt")}, false);
        // Too many paths.
        QStringList many;
        for (int i = 0; i <= int(StatusRefresh::MaxPaths); ++i)
            many << QStringLiteral("f%1").arg(i);
        last = refreshed(repo, last, many, false);
    }

    void aPathListedTwiceAndAGoneUntrackedFolderReadEverything()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("foo"), "foo\n", QStringLiteral("chore: foo"));
        repo.commitFile(QStringLiteral("keep.txt"), "k\n", QStringLiteral("chore: keep"));
        // "D  foo" staged and "?? foo" untracked at once.
        repo.git({"rm", "-q", "foo"});
        repo.write(QStringLiteral("foo"), "new foo\n");
        StatusSnapshot last = fullStatus(repo);
        repo.write(QStringLiteral("foo"), "newer foo\n");
        last = refreshed(repo, last, {QStringLiteral("foo")}, false);
        last = refreshed(repo, last, {QStringLiteral(".")}, false);
        // An untracked folder, listed as "tmp/", removed: reported as its (gone) path.
        repo.write(QStringLiteral("tmp/a.txt"), "a\n");
        last = fullStatus(repo);
        QVERIFY(describe(last).contains("?? tmp/"));
        QDir(repo.filePath(QStringLiteral("tmp"))).removeRecursively();
        last = refreshed(repo, last, {QStringLiteral("tmp")}, false);
        QVERIFY(!describe(last).contains("tmp"));
    }

    void conflictsReadEverything()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("c.txt"), "base\n", QStringLiteral("chore: base"));
        repo.git({"checkout", "-q", "-b", "other"});
        repo.commitFile(QStringLiteral("c.txt"), "other\n", QStringLiteral("chore: other"));
        repo.git({"checkout", "-q", "-"});
        repo.commitFile(QStringLiteral("c.txt"), "main\n", QStringLiteral("chore: main"));
        repo.git({"merge", "-q", "other"}, true);
        const StatusSnapshot last = fullStatus(repo);
        repo.write(QStringLiteral("c.txt"), "resolved\n");
        refreshed(repo, last, {QStringLiteral("c.txt")}, false);
    }

    void randomChangesFoldLikeAFullRead()
    {
        // 150 random rounds over a small tree: modify, stage-free revert, delete, create files in
        // known folders; each round reports exactly what it touched (files or their folders).
        TestRepo repo;
        const QStringList folders{QString(), QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("c")};
        for (int i = 0; i < 12; ++i) {
            const QString folder = folders.at(i % folders.size());
            repo.commitFile((folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("t%1.txt").arg(i),
                            "t" + QByteArray::number(i) + "\n", QStringLiteral("chore: t%1").arg(i));
        }
        QRandomGenerator rng(7);
        StatusSnapshot last = fullStatus(repo);
        for (int round = 0; round < 150; ++round) {
            const QString folder = folders.at(int(rng.bounded(int(folders.size()))));
            const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
            const QString name = prefix + QStringLiteral("%1%2.txt").arg(rng.bounded(2) ? QStringLiteral("t") : QStringLiteral("u"))
                                              .arg(rng.bounded(12));
            const QString full = repo.filePath(name);
            const bool exists = QFile::exists(full);
            bool folderReport = false;
            switch (rng.bounded(3)) {
            case 0: repo.write(name, "v" + QByteArray::number(round) + "\n"); folderReport = !exists; break;
            case 1: if (exists) { QFile::remove(full); folderReport = true; } break;
            default: repo.git({"checkout", "-q", "--", name}, true); folderReport = true; break;
            }
            const QString report = folderReport ? (folder.isEmpty() ? QStringLiteral(".") : folder) : name;
            last = refreshed(repo, last, {report}, true);
            if (QTest::currentTestFailed()) {
                qWarning("round %d: %s reported as %s", round, qPrintable(name), qPrintable(report));
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStatusRefresh)
#include "tst_statusrefresh.moc"
