// Discarding working-tree changes and getting them back from refs/gantry/discarded.
#include "gitcore/DiffReader.h"
#include "gitcore/DiscardArchive.h"
#include "gitcore/WorktreeDiscard.h"
#include "support/TestRepo.h"

#include <QtTest>

using namespace gantry;

namespace {

Repository open(const TestRepo &repo)
{
    auto r = Repository::open(repo.path());
    if (!r)
        qFatal("%s", qPrintable(r.errorMessage()));
    return std::move(r).value();
}

QList<DiffLineRef> refsWhere(const DiffFile &file, const std::function<bool(const DiffLine &)> &pick)
{
    QList<DiffLineRef> refs;
    for (int h = 0; h < file.hunks.size(); ++h)
        for (int l = 0; l < file.hunks[h].lines.size(); ++l)
            if (file.hunks[h].lines[l].origin != DiffLine::Origin::Context && pick(file.hunks[h].lines[l]))
                refs.append({h, l});
    return refs;
}

void expectFsckClean(TestRepo &repo)
{
    const QByteArray out = repo.git({"fsck", "--no-progress", "--no-dangling"}, true);
    QCOMPARE(repo.lastExitCode(), 0);
    QVERIFY2(!out.contains("error") && !out.contains("missing") && !out.contains("broken"), out.constData());
    QVERIFY2(!repo.lastStderr().contains("error"), repo.lastStderr().constData());
}

} // namespace

class TestDiscardArchive : public QObject
{
    Q_OBJECT

private slots:
    void discardFilesAndRestore()
    {
        TestRepo repo;
        repo.write("mod.txt", "one\ntwo\n");
        repo.write("sub dir/deleted.txt", "keep me\n");
        repo.write("tool.sh", "#!/bin/sh\n");
        repo.git({"add", "."});
        repo.git({"update-index", "--chmod=+x", "tool.sh"});
        repo.git({"commit", "-qm", "base"});
        repo.git({"checkout", "-q", "--", "tool.sh"});
        const QByteArray modified("one\r\nTWO\r\nthree", 15);
        const QByteArray binary("\0\1\2junk", 7);
        repo.write("mod.txt", modified);
        repo.remove("sub dir/deleted.txt");
        repo.write("untracked/new file.bin", binary);
        repo.write("tool.sh", "#!/bin/sh\necho changed\n");
        Repository r = open(repo);

        auto entry = WorktreeDiscard::discardFiles(r, {"mod.txt", "sub dir/deleted.txt", "untracked", "tool.sh"});
        QVERIFY2(entry, qPrintable(entry.errorMessage()));
        QCOMPARE(repo.git({"status", "--porcelain", "--untracked-files=all"}), QByteArray());
        QVERIFY(QFileInfo(repo.filePath("tool.sh")).permissions() & QFileDevice::ExeOwner);
        QVERIFY(!QFileInfo::exists(repo.filePath("untracked")));
        QCOMPARE(repo.revParse("refs/gantry/discarded"), entry->toString());

        auto list = DiscardArchive::entries(r);
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().commit, *entry);
        QCOMPARE(QSet<QString>(list->first().files.begin(), list->first().files.end()),
                 (QSet<QString>{"mod.txt", "sub dir/deleted.txt", "untracked/new file.bin", "tool.sh"}));
        QCOMPARE(list->first().message, QStringLiteral("Discard changes in 4 files"));
        QVERIFY(qAbs(list->first().time.secsTo(QDateTime::currentDateTime())) < 600);
        // The archive tree holds the previous working-tree contents, as git sees them too.
        QCOMPARE(repo.git({"show", "refs/gantry/discarded:mod.txt"}), modified);
        QCOMPARE(repo.git({"show", "refs/gantry/discarded:untracked/new file.bin"}), binary);
        expectFsckClean(repo);

        // Survives gc: it is a ref.
        repo.git({"gc", "-q", "--prune=now"});
        QVERIFY(DiscardArchive::restore(r, *entry));
        QCOMPARE(repo.read("mod.txt"), modified);
        QCOMPARE(repo.read("untracked/new file.bin"), binary);
        QCOMPARE(repo.read("tool.sh"), QByteArray("#!/bin/sh\necho changed\n"));
        QVERIFY(!QFileInfo::exists(repo.filePath("sub dir/deleted.txt")));
        QCOMPARE(repo.git({"status", "--porcelain", "--untracked-files=all"}),
                 QByteArray(" M mod.txt\n D \"sub dir/deleted.txt\"\n M tool.sh\n?? \"untracked/new file.bin\"\n"));
        // Restoring again changes nothing.
        QVERIFY(DiscardArchive::restore(r, *entry));
        expectFsckClean(repo);
    }

    void restoreRefusesToOverwriteNewerChanges()
    {
        TestRepo repo;
        repo.commitFile("f.txt", "base\n", "base");
        repo.write("f.txt", "first edit\n");
        Repository r = open(repo);
        auto entry = WorktreeDiscard::discardFiles(r, {"f.txt"});
        QVERIFY(entry);
        QCOMPARE(repo.read("f.txt"), QByteArray("base\n"));
        repo.write("f.txt", "second edit\n");
        auto refused = DiscardArchive::restore(r, *entry);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains("f.txt"));
        QCOMPARE(repo.read("f.txt"), QByteArray("second edit\n"));
        QVERIFY(DiscardArchive::restore(r, *entry, true));
        QCOMPARE(repo.read("f.txt"), QByteArray("first edit\n"));
        // What the forced restore overwrote is archived too.
        auto list = DiscardArchive::entries(r);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        auto saved = DiscardArchive::savedFiles(r, list->first().commit);
        QVERIFY(saved);
        QCOMPARE(saved->first().content, QByteArray("second edit\n"));
        QCOMPARE(repo.git({"rev-list", "--count", "refs/gantry/discarded"}).trimmed(), QByteArray("2"));
        expectFsckClean(repo);
    }

    void discardLinesAndHunks()
    {
        TestRepo repo;
        QByteArray base;
        for (int i = 1; i <= 20; ++i)
            base += "line" + QByteArray::number(i) + "\r\n";
        repo.commitFile("crlf.txt", base, "base");
        QByteArray edited = base;
        edited.replace("line2\r\n", "LINE2\r\n").replace("line10\r\n", "").replace("line19\r\n", "line19\r\nnew\r\n");
        repo.write("crlf.txt", edited);
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "crlf.txt");
        QVERIFY(file);
        QCOMPARE(file->hunks.size(), 3);

        // Reverting "-line10" puts the line back; the other changes stay.
        auto first = WorktreeDiscard::discardLines(r, *file, refsWhere(*file, [](const DiffLine &l) { return l.text == "line10"; }));
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QByteArray expected = base;
        expected.replace("line2\r\n", "LINE2\r\n").replace("line19\r\n", "line19\r\nnew\r\n");
        QCOMPARE(repo.read("crlf.txt"), expected);

        // Reverting only "+LINE2" of a replaced line leaves neither (the deletion stays).
        file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "crlf.txt");
        QVERIFY(file);
        QVERIFY(WorktreeDiscard::discardLines(r, *file, refsWhere(*file, [](const DiffLine &l) { return l.text == "LINE2"; })));
        QCOMPARE(repo.read("crlf.txt"), QByteArray(expected).replace("LINE2\r\n", ""));

        file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "crlf.txt");
        QVERIFY(file);
        QCOMPARE(file->hunks.size(), 2);
        QVERIFY(WorktreeDiscard::discardHunk(r, *file, 1));
        QCOMPARE(repo.read("crlf.txt"), QByteArray(base).replace("line2\r\n", ""));

        // Three entries, newest first; restoring the oldest is refused (changed since), the newest works.
        auto list = DiscardArchive::entries(r);
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->last().commit, *first);
        QVERIFY(!DiscardArchive::restore(r, *first));
        QVERIFY(DiscardArchive::restore(r, list->first().commit));
        QCOMPARE(repo.read("crlf.txt"), QByteArray(expected).replace("LINE2\r\n", ""));
        expectFsckClean(repo);
    }

    void discardAllLinesOfUntrackedFile()
    {
        TestRepo repo;
        repo.commitFile("a.txt", "a\n", "base");
        repo.write("scratch.txt", "1\n2\n");
        Repository r = open(repo);
        auto file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "scratch.txt");
        QVERIFY(file);
        auto partial = WorktreeDiscard::discardLines(r, *file, {{0, 0}});
        QVERIFY(partial);
        QCOMPARE(repo.read("scratch.txt"), QByteArray("2\n"));
        file = DiffReader::fileDiff(r, DiffKind::IndexToWorkdir, "scratch.txt");
        QVERIFY(file);
        auto all = WorktreeDiscard::discardHunk(r, *file, 0);
        QVERIFY(all);
        QVERIFY(!QFileInfo::exists(repo.filePath("scratch.txt")));
        QVERIFY(DiscardArchive::restore(r, *all));
        QCOMPARE(repo.read("scratch.txt"), QByteArray("2\n"));
    }

    void discardKeepsStagedChanges()
    {
        TestRepo repo;
        repo.commitFile("f.txt", "v1\n", "base");
        repo.write("f.txt", "v2\n");
        repo.git({"add", "f.txt"});
        repo.write("f.txt", "v3\n");
        Repository r = open(repo);
        QVERIFY(WorktreeDiscard::discardFiles(r, {"f.txt"}));
        QCOMPARE(repo.read("f.txt"), QByteArray("v2\n"));
        QCOMPARE(repo.git({"status", "--porcelain"}), QByteArray("M  f.txt\n"));
    }

    void discardEverything()
    {
        TestRepo repo;
        repo.write(".gitignore", "*.log\n");
        repo.write("a.txt", "a\n");
        repo.write("d/b.txt", "b\n");
        repo.git({"add", "."});
        repo.git({"commit", "-qm", "base"});
        repo.write("a.txt", "A\n");
        repo.remove("d/b.txt");
        repo.write("d/new.txt", "new\n");
        repo.write("keep.log", "ignored stays\n");
        Repository r = open(repo);
        auto entry = WorktreeDiscard::discardFiles(r, {"."});
        QVERIFY2(entry, qPrintable(entry.errorMessage()));
        QCOMPARE(repo.git({"status", "--porcelain", "--untracked-files=all"}), QByteArray());
        QCOMPARE(repo.read("keep.log"), QByteArray("ignored stays\n"));
        expectFsckClean(repo);
        QVERIFY(DiscardArchive::restore(r, *entry));
        QCOMPARE(repo.git({"status", "--porcelain", "--untracked-files=all"}),
                 QByteArray(" M a.txt\n D d/b.txt\n?? d/new.txt\n"));
    }

    void errors()
    {
        TestRepo repo;
        repo.commitFile("f.txt", "v1\n", "base");
        Repository r = open(repo);
        auto none = WorktreeDiscard::discardFiles(r, {"f.txt"});
        QVERIFY(!none);
        QVERIFY(none.errorMessage().contains("no changes"));
        auto missing = WorktreeDiscard::discardFiles(r, {"nope"});
        QCOMPARE(missing.errorMessage(), QStringLiteral("pathspec 'nope' did not match any files"));
        auto entries = DiscardArchive::entries(r);
        QVERIFY(entries);
        QVERIFY(entries->isEmpty());
        repo.write("f.txt", "v2\n");
        repo.write(".git/index.lock", "");
        auto locked = WorktreeDiscard::discardFiles(r, {"f.txt"});
        QVERIFY(!locked);
        QVERIFY(locked.error().isLocked());
        QCOMPARE(repo.read("f.txt"), QByteArray("v2\n"));
        repo.remove(".git/index.lock");
        QVERIFY(!DiscardArchive::restore(r, Oid::fromHex(QStringLiteral("1234567890123456789012345678901234567890"))));
    }
};

QTEST_GUILESS_MAIN(TestDiscardArchive)
#include "tst_discardarchive.moc"
