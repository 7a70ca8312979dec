#include "gitcore/RepositoryWatcher.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

constexpr int kDebounce = 150;

/// Signal spies for one watcher.
struct Spies
{
    explicit Spies(RepositoryWatcher *w)
        : workdir(w, &RepositoryWatcher::workdirChanged), index(w, &RepositoryWatcher::indexChanged),
          refs(w, &RepositoryWatcher::refsChanged)
    {
    }
    void clear()
    {
        workdir.clear();
        index.clear();
        refs.clear();
    }
    QSignalSpy workdir;
    QSignalSpy index;
    QSignalSpy refs;
};

/// Lets the lazy folder walk finish and any events of the setup pass.
void settle(RepositoryWatcher &watcher)
{
    QTest::qWait(kDebounce * 3);
    Q_UNUSED(watcher);
}

void appendTo(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(bytes);
}

} // namespace

/// RepositoryWatcher: debounced workdir / index / refs signals from real file changes and git commands.
class TestRepositoryWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newFileEmitsWorkdirChangedOnceAfterDebounce()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "a\n", s("base"));
        RepositoryWatcher watcher(repo.path());
        QVERIFY2(watcher.isValid(), qPrintable(watcher.errorMessage()));
        const int debounce = 800; // long enough that a loaded machine cannot slip past it
        watcher.setDebounceInterval(debounce);
        settle(watcher);
        Spies spies(&watcher);

        repo.write(s("b.txt"), "b\n");
        repo.write(s("c.txt"), "c\n");
        QTest::qWait(100);
        QCOMPARE(spies.workdir.count(), 0); // still inside the quiet period
        QTRY_COMPARE_WITH_TIMEOUT(spies.workdir.count(), 1, 5000);
        QTest::qWait(debounce * 2);
        QCOMPARE(spies.workdir.count(), 1); // two writes, one signal
        QCOMPARE(spies.index.count(), 0);
        QCOMPARE(spies.refs.count(), 0);
    }

    void inPlaceEditOfTrackedFile()
    {
        TestRepo repo;
        repo.commitFile(s("src/deep/file.txt"), "a\n", s("base"));
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        settle(watcher);
        Spies spies(&watcher);
        appendTo(repo.filePath(s("src/deep/file.txt")), "more\n");
        QTRY_COMPARE_WITH_TIMEOUT(spies.workdir.count(), 1, 5000);
    }

    void changedPathsAreReportedForTheRefresh()
    {
        // What changed is reported, relative to the working tree (an in-place edit as its file, a
        // new file as its folder), then forgotten; refreshNow() and a watch limit ask for everything.
        TestRepo repo;
        repo.commitFile(s("src/deep/file.txt"), "a\n", s("base"));
        repo.commitFile(s("top.txt"), "t\n", s("top"));
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        settle(watcher);
        (void)watcher.takeChangedPaths();
        Spies spies(&watcher);
        appendTo(repo.filePath(s("src/deep/file.txt")), "more\n");
        repo.write(s("new.txt"), "n\n");
        QTRY_VERIFY_WITH_TIMEOUT(spies.workdir.count() >= 1, 5000);
        QStringList changed = watcher.takeChangedPaths();
        changed.sort();
        QVERIFY2(changed.contains(s("src/deep/file.txt")), qPrintable(changed.join(u',')));
        QVERIFY2(changed.contains(s(".")), qPrintable(changed.join(u',')));
        for (const QString &path : changed)
            QVERIFY2(!path.startsWith(s(".git")) && !path.startsWith(u'/'), qPrintable(path));
        QVERIFY(watcher.takeChangedPaths().isEmpty()); // forgotten
        watcher.refreshNow();
        appendTo(repo.filePath(s("top.txt")), "more\n");
        QTest::qWait(kDebounce * 3);
        QVERIFY(watcher.takeChangedPaths().isEmpty()); // everything, after refreshNow()
        spies.clear();
        appendTo(repo.filePath(s("top.txt")), "again\n");
        QTRY_VERIFY_WITH_TIMEOUT(spies.workdir.count() >= 1, 5000);
        QCOMPARE(watcher.takeChangedPaths(), QStringList{s("top.txt")});
    }

    void gitAddEmitsIndexChanged()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "a\n", s("base"));
        repo.write(s("a.txt"), "b\n");
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        settle(watcher);
        Spies spies(&watcher);
        repo.git({s("add"), s("a.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(spies.index.count(), 1, 5000);
        QCOMPARE(spies.refs.count(), 0);
        QCOMPARE(spies.workdir.count(), 0);
    }

    void commitAndBranchEmitRefsChanged()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "a\n", s("base"));
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        settle(watcher);
        Spies spies(&watcher);
        repo.git({s("branch"), s("feature/nested")});
        QTRY_VERIFY_WITH_TIMEOUT(spies.refs.count() >= 1, 5000);
        spies.clear();
        repo.git({s("checkout"), s("-q"), s("feature/nested")});
        QTRY_VERIFY_WITH_TIMEOUT(spies.refs.count() >= 1, 5000);
        spies.clear();
        repo.git({s("commit"), s("-q"), s("--allow-empty"), s("-m"), s("empty")});
        QTRY_VERIFY_WITH_TIMEOUT(spies.refs.count() >= 1, 5000);
    }

    void newFolderIsWatchedLazily()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "a\n", s("base"));
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        settle(watcher);
        Spies spies(&watcher);
        QVERIFY(QDir().mkpath(repo.filePath(s("fresh/inner"))));
        QTRY_COMPARE_WITH_TIMEOUT(spies.workdir.count(), 1, 5000);
        QTest::qWait(kDebounce * 2);
        spies.clear();
        repo.write(s("fresh/inner/file.txt"), "x\n"); // only the new folder sees this
        QTRY_COMPARE_WITH_TIMEOUT(spies.workdir.count(), 1, 5000);
    }

    void objectsAndIgnoredFoldersAreQuiet()
    {
        TestRepo repo;
        repo.write(s(".gitignore"), "build/\n");
        repo.write(s("build/old.o"), "o\n");
        repo.commitFile(s("a.txt"), "a\n", s("base"));
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        settle(watcher);
        Spies spies(&watcher);
        repo.write(s("build/new.o"), "o\n");
        appendTo(repo.filePath(s("build/old.o")), "more\n");
        repo.gitWithInput({s("hash-object"), s("-w"), s("--stdin")}, "a loose object nobody refers to\n");
        QTest::qWait(kDebounce * 4);
        QCOMPARE(spies.workdir.count(), 0);
        QCOMPARE(spies.index.count(), 0);
        QCOMPARE(spies.refs.count(), 0);
    }

    void watchLimitFallsBackGracefully()
    {
        TestRepo repo;
        for (int i = 0; i < 20; ++i)
            repo.write(s("d%1/f.txt").arg(i), "x\n");
        repo.git({s("add"), s(".")});
        repo.git({s("commit"), s("-q"), s("-m"), s("many")});
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        watcher.setWatchLimit(8);
        settle(watcher);
        QVERIFY(watcher.watchLimitReached());
        QVERIFY(watcher.watchedPathCount() <= 8);
        Spies spies(&watcher);
        repo.write(s("top.txt"), "t\n"); // the root folder is among the first watched
        QTRY_COMPARE_WITH_TIMEOUT(spies.workdir.count(), 1, 5000);
        spies.clear();
        watcher.refreshNow(); // the focus refresh covers what is not watched
        QCOMPARE(spies.workdir.count(), 1);
        QCOMPARE(spies.index.count(), 1);
        QCOMPARE(spies.refs.count(), 1);
    }

    void pausedHoldsSignalsBack()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "a\n", s("base"));
        RepositoryWatcher watcher(repo.path());
        watcher.setDebounceInterval(kDebounce);
        settle(watcher);
        Spies spies(&watcher);
        watcher.setPaused(true);
        repo.write(s("b.txt"), "b\n");
        QTest::qWait(kDebounce * 4);
        QCOMPARE(spies.workdir.count(), 0);
        watcher.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(spies.workdir.count(), 1, 5000);
    }

    void notARepository()
    {
        TestRepo folder(false);
        RepositoryWatcher watcher(folder.path());
        QVERIFY(!watcher.isValid());
        QVERIFY(!watcher.errorMessage().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRepositoryWatcher)
#include "tst_repositorywatcher.moc"
