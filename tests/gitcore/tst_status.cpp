#include "gitcore/LibGit2.h"
#include "gitcore/PorcelainFormatter.h"
#include "gitcore/Repository.h"
#include "gitcore/StatusReader.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <git2.h>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/// Status of `repo` as gitcore computes it, written as porcelain v1.
QByteArray gantryPorcelain(const QString &path, const StatusOptions &options = {}, const PorcelainOptions &porcelain = {})
{
    auto repo = Repository::open(path);
    if (!repo)
        return "open failed: " + repo.errorMessage().toUtf8();
    auto status = StatusReader::read(*repo, options);
    if (!status)
        return "status failed: " + status.errorMessage().toUtf8();
    return PorcelainFormatter::format(*status, porcelain);
}

StatusSnapshot snapshotOf(const QString &path, const StatusOptions &options = {})
{
    auto repo = Repository::open(path);
    if (!repo)
        return {};
    auto status = StatusReader::read(*repo, options);
    return status ? *status : StatusSnapshot{};
}

const StatusEntry *findEntry(const StatusSnapshot &snapshot, const QByteArray &path, StatusKind kind)
{
    for (const StatusEntry &e : snapshot.entries)
        if (e.path == path && e.kind == kind)
            return &e;
    return nullptr;
}

/// git's and gitcore's porcelain v1 for the same options, both plain and with -z and -b.
void compareWithGit(TestRepo &repo, UntrackedMode mode = UntrackedMode::FromConfig, bool ignored = false)
{
    QStringList args{s("status"), s("--porcelain=v1")};
    StatusOptions options;
    options.untracked = mode;
    options.includeIgnored = ignored;
    if (mode == UntrackedMode::No)
        args << s("-uno");
    else if (mode == UntrackedMode::Normal)
        args << s("-unormal");
    else if (mode == UntrackedMode::All)
        args << s("-uall");
    if (ignored)
        args << s("--ignored");
    const QByteArray expected = repo.git(args);
    QCOMPARE(gantryPorcelain(repo.path(), options), expected);

    PorcelainOptions z;
    z.nulTerminated = true;
    z.branch = true;
    QCOMPARE(gantryPorcelain(repo.path(), options, z), repo.git(args + QStringList{s("-z"), s("-b")}));
}

} // namespace

/// StatusReader and porcelain v1 against `git status`, state by state, byte for byte.
class TestStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indexAndWorktreeChanges()
    {
        TestRepo repo;
        repo.write(s("modified"), "1\n");
        repo.write(s("deleted"), "gone\n");
        repo.write(s("staged-deleted"), "gone too\n");
        repo.write(s("to-rename"), "a file with\nenough lines\nto be found\nas a rename\n");
        repo.write(s("rename-then-edit"), "another file\nwith enough\ncontent to\nbe a rename\n");
        repo.write(s("both"), "both\n");
        repo.write(s("cached"), "cached\n");
        repo.git({s("add"), s(".")});
        repo.git({s("commit"), s("-q"), s("-m"), s("base")});

        repo.write(s("modified"), "2\n");
        repo.remove(s("deleted"));
        repo.git({s("rm"), s("-q"), s("staged-deleted")});
        repo.git({s("mv"), s("to-rename"), s("renamed")});
        repo.git({s("mv"), s("rename-then-edit"), s("renamed-edited")});
        repo.write(s("renamed-edited"), "another file\nwith enough\ncontent to\nbe a rename\nand more\n");
        repo.write(s("both"), "staged\n");
        repo.git({s("add"), s("both")});
        repo.write(s("both"), "staged and then\n");
        repo.write(s("added"), "new\n");
        repo.git({s("add"), s("added")});
        repo.write(s("added-then-deleted"), "x\n");
        repo.git({s("add"), s("added-then-deleted")});
        repo.remove(s("added-then-deleted"));
        repo.git({s("rm"), s("-q"), s("--cached"), s("cached")});
        repo.write(s("untracked"), "u\n");
        compareWithGit(repo);

        const StatusSnapshot snap = snapshotOf(repo.path());
        const StatusEntry *rename = findEntry(snap, "renamed-edited", StatusKind::Tracked);
        QVERIFY(rename);
        QCOMPARE(rename->code(), QByteArray("RM"));
        QCOMPARE(rename->origPath, QByteArray("rename-then-edit"));
        QVERIFY(rename->isStaged() && rename->isUnstaged());
        // "git rm --cached" leaves a staged deletion and an untracked file of the same name.
        QVERIFY(findEntry(snap, "cached", StatusKind::Tracked));
        QVERIFY(findEntry(snap, "cached", StatusKind::Untracked));
        QCOMPARE(snap.stagedCount(), 7);
        QCOMPARE(snap.untrackedCount(), 2);
    }

    void intentToAdd()
    {
        TestRepo repo;
        repo.commitFile(s("base"), "b\n", s("base"));
        repo.write(s("later"), "later\n");
        repo.write(s("gone"), "gone\n");
        repo.git({s("add"), s("-N"), s("later"), s("gone")});
        repo.remove(s("gone"));
        compareWithGit(repo);
        const StatusSnapshot snap = snapshotOf(repo.path());
        QCOMPARE(findEntry(snap, "later", StatusKind::Tracked)->code(), QByteArray(" A"));
        QCOMPARE(snap.stagedCount(), 0);
    }

    /// StatusReader skips HEAD→index when the index's cached tree (git's cache-tree) equals
    /// HEAD's tree. Cases where a valid cached tree is not HEAD's, or hides a change.
    void cachedTreeOfTheIndex()
    {
        TestRepo repo;
        repo.commitFile(s("a/file"), "1\n", s("one"));
        repo.commitFile(s("a/file"), "2\n", s("two"));
        repo.write(s("a/file"), "worktree\n");
        compareWithGit(repo);  // cached tree == HEAD's: the worktree side only

        // The index keeps a valid cached tree of "two" while HEAD moves back to "one".
        repo.git({s("reset"), s("-q"), s("--soft"), s("HEAD~1")});
        compareWithGit(repo);
        QCOMPARE(findEntry(snapshotOf(repo.path()), "a/file", StatusKind::Tracked)->code(), QByteArray("MM"));

        // read-tree primes the cached tree with another commit's tree.
        repo.git({s("reset"), s("-q"), s("--hard"), s("HEAD@{1}")});
        repo.git({s("read-tree"), s("HEAD~1")});
        compareWithGit(repo);
        QCOMPARE(findEntry(snapshotOf(repo.path()), "a/file", StatusKind::Tracked)->code(), QByteArray("MM"));

        // Committing with an intent-to-add entry (git leaves its folder out of the cached tree;
        // StatusReader does not rely on that and checks for intent-to-add entries itself).
        repo.git({s("reset"), s("-q"), s("--hard")});
        repo.write(s("a/later"), "later\n");
        repo.git({s("add"), s("-N"), s("a/later")});
        repo.write(s("b"), "b\n");
        repo.git({s("add"), s("b")});
        repo.git({s("commit"), s("-q"), s("-m"), s("three")});
        compareWithGit(repo);
        QCOMPARE(findEntry(snapshotOf(repo.path()), "a/later", StatusKind::Tracked)->code(), QByteArray(" A"));
    }

    /// The cached-tree check may build trees in a scratch store when strict object creation is
    /// off; those must never stay cached in the repository's index, or a commit would name trees
    /// the repository does not have.
    void scratchTreesNeverReachTheIndex()
    {
        TestRepo repo;
        repo.commitFile(s("a/file"), "1\n", s("one"));
        repo.write(s("a/new"), "new\n");
        repo.git({s("add"), s("a/new")});  // invalidates the cached trees of a/ and the root
        ensureLibgit2();
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
        const auto status = StatusReader::read(*opened);
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);
        QVERIFY(status);
        QVERIFY(findEntry(*status, "a/new", StatusKind::Tracked));

        git_index *index = nullptr;
        QCOMPARE(git_repository_index(&index, opened->raw()), 0);
        git_oid tree;
        const int rc = git_index_write_tree(&tree, index);
        git_index_free(index);
        QCOMPARE(rc, 0);
        char hex[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(hex, sizeof hex, &tree);
        repo.git({s("cat-file"), s("-e"), QString::fromLatin1(hex)}, true);
        QVERIFY2(repo.lastExitCode() == 0, "the index names a tree the repository does not have");
        compareWithGit(repo);
    }

    void renamesFollowConfig()
    {
        TestRepo repo;
        repo.commitFile(s("old"), "some content\nthat is long enough\nto be detected\n", s("base"));
        repo.git({s("mv"), s("old"), s("new")});
        compareWithGit(repo);
        repo.git({s("config"), s("status.renames"), s("false")});
        compareWithGit(repo);
        QVERIFY(findEntry(snapshotOf(repo.path()), "old", StatusKind::Tracked));
        StatusOptions forced;
        forced.renames = true;
        QCOMPARE(gantryPorcelain(repo.path(), forced), QByteArray("R  old -> new\n"));
    }

    void typeChange()
    {
        TestRepo repo;
        repo.commitFile(s("link"), "target\n", s("base"));
        repo.commitFile(s("staged-link"), "target\n", s("base2"));
        repo.remove(s("link"));
        QVERIFY(QFile::link(s("target"), repo.filePath(s("link"))));
        repo.remove(s("staged-link"));
        QVERIFY(QFile::link(s("target"), repo.filePath(s("staged-link"))));
        repo.git({s("add"), s("staged-link")});
        compareWithGit(repo);
        QCOMPARE(findEntry(snapshotOf(repo.path()), "link", StatusKind::Tracked)->code(), QByteArray(" T"));
    }

    void untrackedModes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ignored");
        for (bool ignored : {false, true}) {
            QTest::addRow("normal%s", ignored ? "+ignored" : "") << int(UntrackedMode::Normal) << ignored;
            QTest::addRow("all%s", ignored ? "+ignored" : "") << int(UntrackedMode::All) << ignored;
            QTest::addRow("no%s", ignored ? "+ignored" : "") << int(UntrackedMode::No) << ignored;
            QTest::addRow("default%s", ignored ? "+ignored" : "") << int(UntrackedMode::FromConfig) << ignored;
        }
    }

    void untrackedModes()
    {
        QFETCH(int, mode);
        QFETCH(bool, ignored);
        TestRepo repo;
        repo.write(s(".gitignore"), "*.log\nbuild/\n");
        repo.commitFile(s("src/tracked.c"), "int x;\n", s("base"));
        repo.write(s("top.txt"), "u\n");
        repo.write(s("src/new.c"), "u\n");
        repo.write(s("fresh/a/b/deep.txt"), "u\n");
        repo.write(s("fresh/a/other.txt"), "u\n");
        repo.write(s("fresh/c.txt"), "u\n");
        repo.write(s("mixed/keep.txt"), "u\n");
        repo.write(s("mixed/drop.log"), "i\n");
        repo.write(s("onlyignored/x.log"), "i\n");
        repo.write(s("build/out/obj.o"), "i\n");
        repo.write(s("src/debug.log"), "i\n");
        repo.write(s("fresh/noise.log"), "i\n");
        repo.write(s("fresh/logs/only.log"), "i\n");
        QDir().mkpath(repo.filePath(s("empty/folder")));
        TestRepo nested;
        nested.commitFile(s("n"), "n\n", s("nested"));
        QVERIFY(QDir().rename(nested.path(), repo.filePath(s("nested-repo"))));
        compareWithGit(repo, UntrackedMode(mode), ignored);
        QVERIFY(QDir().rename(repo.filePath(s("nested-repo")), nested.path()));
    }

    void showUntrackedFilesConfig()
    {
        TestRepo repo;
        repo.commitFile(s("a"), "a\n", s("base"));
        repo.write(s("dir/x"), "x\n");
        repo.git({s("config"), s("status.showUntrackedFiles"), s("all")});
        compareWithGit(repo);
        QCOMPARE(gantryPorcelain(repo.path()), QByteArray("?? dir/x\n"));
        repo.git({s("config"), s("status.showUntrackedFiles"), s("no")});
        compareWithGit(repo);
        QCOMPARE(gantryPorcelain(repo.path()), QByteArray());
    }

    void conflictsOfEveryKind()
    {
        TestRepo repo;
        repo.write(s("both"), "base\n");
        repo.write(s("ren"), "keep\nlines\nhere\nfor\nrename\n");
        repo.write(s("ud"), "x\n");
        repo.write(s("du"), "y\n");
        repo.git({s("add"), s(".")});
        repo.git({s("commit"), s("-q"), s("-m"), s("base")});
        repo.git({s("checkout"), s("-q"), s("-b"), s("theirs")});
        repo.write(s("both"), "theirs\n");
        repo.git({s("mv"), s("ren"), s("ren-theirs")});
        repo.git({s("rm"), s("-q"), s("ud")});
        repo.write(s("du"), "y2\n");
        repo.write(s("aa"), "T\n");
        repo.git({s("add"), s("-A")});
        repo.git({s("commit"), s("-q"), s("-m"), s("theirs")});
        repo.git({s("checkout"), s("-q"), s("main")});
        repo.write(s("both"), "ours\n");
        repo.git({s("mv"), s("ren"), s("ren-ours")});
        repo.write(s("ud"), "x2\n");
        repo.git({s("rm"), s("-q"), s("du")});
        repo.write(s("aa"), "O\n");
        repo.git({s("add"), s("-A")});
        repo.git({s("commit"), s("-q"), s("-m"), s("ours")});
        repo.git({s("merge"), s("theirs")}, true);
        QVERIFY(repo.lastExitCode() != 0);
        compareWithGit(repo);

        const StatusSnapshot snap = snapshotOf(repo.path());
        QCOMPARE(snap.conflictedCount(), 7);
        QCOMPARE(snap.state, RepositoryState::Merge);
        QByteArrayList codes;
        for (const StatusEntry &e : snap.entries)
            codes << e.code();
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QByteArrayList{"AA", "AU", "DD", "DU", "UA", "UD", "UU"}));
    }

    void submodule()
    {
        TestRepo sub;
        sub.commitFile(s("file"), "1\n", s("sub base"));
        TestRepo repo;
        repo.commitFile(s("top"), "t\n", s("base"));
        repo.git({s("-c"), s("protocol.file.allow=always"), s("submodule"), s("add"), s("-q"), sub.path(), s("sub")});
        compareWithGit(repo);
        QVERIFY(findEntry(snapshotOf(repo.path()), "sub", StatusKind::Tracked)->isSubmodule);
        repo.git({s("commit"), s("-q"), s("-m"), s("add sub")});
        QCOMPARE(gantryPorcelain(repo.path()), QByteArray());

        const QString subPath = repo.filePath(s("sub"));
        repo.write(s("sub/untracked"), "u\n");
        compareWithGit(repo);
        QCOMPARE(findEntry(snapshotOf(repo.path()), "sub", StatusKind::Tracked)->submoduleChanges, int(SubmoduleUntrackedContent));

        repo.write(s("sub/file"), "2\n");
        compareWithGit(repo);
        QVERIFY(findEntry(snapshotOf(repo.path()), "sub", StatusKind::Tracked)->submoduleChanges & SubmoduleModifiedContent);

        repo.git({s("add"), s("file")}, false, subPath);
        repo.git({s("commit"), s("-q"), s("-m"), s("sub change")}, false, subPath);
        repo.remove(s("sub/untracked"));
        compareWithGit(repo);
        QCOMPARE(findEntry(snapshotOf(repo.path()), "sub", StatusKind::Tracked)->submoduleChanges, int(SubmoduleNewCommits));
    }

    void awkwardFileNames()
    {
        TestRepo repo;
        const QList<QByteArray> names{"with space", "quote\"d", "back\\slash", "tab\there", "new\nline",
                                      "caf\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac/\xe8\xaa\x9e", "a -> b", "plain"};
        for (const QByteArray &name : names)
            repo.write(QString::fromUtf8(name), "v1\n");
        repo.git({s("add"), s(".")});
        repo.git({s("commit"), s("-q"), s("-m"), s("names")});
        for (const QByteArray &name : names)
            repo.write(QString::fromUtf8(name), "v2\n");
        repo.git({s("mv"), s("plain"), s("now with space")});
        for (const QByteArray &name : names)
            repo.write(s("untracked/") + QString::fromUtf8(name), "u\n");
        compareWithGit(repo);
        compareWithGit(repo, UntrackedMode::All);
        repo.git({s("config"), s("core.quotePath"), s("false")});
        PorcelainOptions unquoted;
        unquoted.quotePath = false;
        QCOMPARE(gantryPorcelain(repo.path(), {}, unquoted), repo.git({s("status"), s("--porcelain")}));
    }

    void crlfWithAutocrlf()
    {
        TestRepo repo;
        repo.git({s("config"), s("core.autocrlf"), s("true")});
        repo.write(s("dos.txt"), "one\r\ntwo\r\n");
        repo.write(s("unix.txt"), "one\ntwo\n");
        repo.git({s("add"), s(".")});
        repo.git({s("commit"), s("-q"), s("-m"), s("crlf")});
        compareWithGit(repo);
        repo.write(s("dos.txt"), "one\r\ntwo\r\nthree\r\n");
        repo.write(s("unix.txt"), "one\r\ntwo\r\n");
        compareWithGit(repo);
    }

    void unbornHead()
    {
        TestRepo repo;
        repo.write(s("staged"), "s\n");
        repo.git({s("add"), s("staged")});
        repo.write(s("untracked"), "u\n");
        compareWithGit(repo);
        const StatusSnapshot snap = snapshotOf(repo.path());
        QVERIFY(snap.headUnborn);
        QCOMPARE(snap.branch, s("main"));
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## No commits yet on main"));
    }

    void detachedHead()
    {
        TestRepo repo;
        const QString first = repo.commitFile(s("f"), "1\n", s("one"));
        repo.commitFile(s("f"), "2\n", s("two"));
        repo.git({s("checkout"), s("-q"), first});
        repo.write(s("f"), "3\n");
        compareWithGit(repo);
        const StatusSnapshot snap = snapshotOf(repo.path());
        QVERIFY(snap.headDetached);
        QCOMPARE(snap.head.toString(), first);
    }

    void upstreamAheadBehindAndGone()
    {
        TestRepo origin;
        origin.commitFile(s("f"), "1\n", s("one"));
        TestRepo clone(false);
        clone.git({s("clone"), s("-q"), origin.path(), s("c")});
        const QString path = clone.filePath(s("c"));
        auto gitIn = [&](const QStringList &args) { return clone.git(args, false, path); };
        const QStringList branchStatus{s("status"), s("--porcelain"), s("-b")};
        QCOMPARE(gantryPorcelain(path, {}, {false, true, true}), gitIn(branchStatus));

        origin.commitFile(s("f"), "2\n", s("two"));
        origin.commitFile(s("f"), "3\n", s("three"));
        gitIn({s("fetch"), s("-q")});
        QCOMPARE(gantryPorcelain(path, {}, {false, true, true}), gitIn(branchStatus));
        QFile file(path + s("/g"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("g\n");
        file.close();
        gitIn({s("add"), s("g")});
        gitIn({s("commit"), s("-q"), s("-m"), s("local")});
        const StatusSnapshot snap = snapshotOf(path);
        QCOMPARE(snap.upstream, s("origin/main"));
        QCOMPARE(snap.ahead, 1);
        QCOMPARE(snap.behind, 2);
        QCOMPARE(gantryPorcelain(path, {}, {false, true, true}), gitIn(branchStatus));
        QCOMPARE(PorcelainFormatter::branchHeader(snap), QByteArray("## main...origin/main [ahead 1, behind 2]"));

        gitIn({s("update-ref"), s("-d"), s("refs/remotes/origin/main")});
        QCOMPARE(gantryPorcelain(path, {}, {false, true, true}), gitIn(branchStatus));
        QVERIFY(snapshotOf(path).upstreamGone);
    }

    void bareRepositoryIsAClearError()
    {
        TestRepo folder(false);
        folder.git({s("init"), s("-q"), s("--bare"), s("b.git")});
        auto repo = Repository::open(folder.filePath(s("b.git")));
        QVERIFY(repo.ok());
        auto status = StatusReader::read(*repo);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(s("bare")), qPrintable(status.errorMessage()));
    }

    void notARepositoryAsync()
    {
        TestRepo folder(false);
        auto future = StatusReader::readAsync(folder.path());
        future.waitForFinished();
        const Result<StatusSnapshot> result = future.result();
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(s("not a Git repository")), qPrintable(result.errorMessage()));
    }

    void asyncMatchesSync()
    {
        TestRepo repo;
        repo.commitFile(s("a"), "a\n", s("base"));
        repo.write(s("a"), "b\n");
        repo.write(s("n/x"), "x\n");
        auto future = StatusReader::readAsync(repo.filePath(s("n")));
        future.waitForFinished();
        const Result<StatusSnapshot> result = future.result();
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(PorcelainFormatter::format(*result), repo.git({s("status"), s("--porcelain")}));
    }

    void heldIndexLockStillReads()
    {
        TestRepo repo;
        repo.commitFile(s("a"), "a\n", s("base"));
        repo.write(s("a"), "changed\n");
        repo.write(s(".git/index.lock"), "");
        StatusOptions options;
        options.refreshIndex = true;
        QCOMPARE(gantryPorcelain(repo.path(), options), repo.git({s("status"), s("--porcelain")}));
        QCOMPARE(gantryPorcelain(repo.path(), options), QByteArray(" M a\n"));
        QVERIFY(QFile::exists(repo.filePath(s(".git/index.lock"))));
    }

    void refreshIndexWritesStatData()
    {
        TestRepo repo;
        repo.commitFile(s("a"), "a\n", s("base"));
        QTest::qWait(1100);
        repo.write(s("a"), "a\n"); // same content, new mtime: stale stat data in the index
        QTest::qWait(1100); // leave the racy-git second behind so the refreshed stat data is trusted
        StatusOptions options;
        options.refreshIndex = true;
        QCOMPARE(gantryPorcelain(repo.path(), options), QByteArray());
        QCOMPARE(repo.git({s("diff-files"), s("--name-only")}), QByteArray()); // plumbing trusts stat data only
    }

    void corruptIndexIsAClearError()
    {
        TestRepo repo;
        repo.commitFile(s("a"), "a\n", s("base"));
        repo.write(s(".git/index"), "this is not an index file at all, just some bytes\n");
        repo.git({s("status"), s("--porcelain")}, true);
        QVERIFY(repo.lastExitCode() != 0); // git refuses too
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        auto status = StatusReader::read(*r);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(s("index")), qPrintable(status.errorMessage()));
    }

    void pathspecLimitsEntries()
    {
        TestRepo repo;
        repo.commitFile(s("a/x"), "1\n", s("base"));
        repo.commitFile(s("b/y"), "1\n", s("base2"));
        repo.write(s("a/x"), "2\n");
        repo.write(s("b/y"), "2\n");
        StatusOptions options;
        options.paths = QStringList{s("a")};
        QCOMPARE(gantryPorcelain(repo.path(), options), repo.git({s("status"), s("--porcelain"), s("--"), s("a")}));
    }
};

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
