#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>
#include <memory>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/// A repository in one of the states the CLI must print exactly as git does.
using Setup = std::function<void(TestRepo &)>;

void manyStates(TestRepo &repo)
{
    repo.write(s(".gitignore"), "*.log\n");
    repo.write(s("modified"), "1\n");
    repo.write(s("deleted"), "d\n");
    repo.write(s("to-rename"), "several lines\nso that the rename\nis detected\n");
    repo.write(s("typechange"), "t\n");
    repo.git({s("add"), s(".")});
    repo.git({s("commit"), s("-q"), s("-m"), s("base")});
    repo.write(s("modified"), "2\n");
    repo.remove(s("deleted"));
    repo.git({s("mv"), s("to-rename"), s("renamed file")});
    repo.write(s("renamed file"), "several lines\nso that the rename\nis detected\nplus one\n");
    repo.remove(s("typechange"));
    QFile::link(s("modified"), repo.filePath(s("typechange")));
    repo.write(s("added"), "a\n");
    repo.git({s("add"), s("added")});
    repo.write(s("dir/sub/deep"), "u\n");
    repo.write(s("dir/top"), "u\n");
    repo.write(s("debug.log"), "i\n");
}

void awkwardNames(TestRepo &repo)
{
    repo.commitFile(s("base"), "b\n", s("base"));
    for (const char *name : {"with space", "q\"uote", "back\\slash", "tab\there", "new\nline", "caf\xc3\xa9", "\xe6\x97\xa5\xe6\x9c\xac"})
        repo.write(QString::fromUtf8(name), "x\n");
    repo.git({s("add"), s("caf\xc3\xa9"), s("with space")});
}

void conflicts(TestRepo &repo)
{
    repo.write(s("both"), "base\n");
    repo.write(s("ud"), "x\n");
    repo.git({s("add"), s(".")});
    repo.git({s("commit"), s("-q"), s("-m"), s("base")});
    repo.git({s("checkout"), s("-q"), s("-b"), s("other")});
    repo.write(s("both"), "theirs\n");
    repo.git({s("rm"), s("-q"), s("ud")});
    repo.write(s("aa"), "T\n");
    repo.git({s("add"), s("-A")});
    repo.git({s("commit"), s("-q"), s("-m"), s("theirs")});
    repo.git({s("checkout"), s("-q"), s("main")});
    repo.write(s("both"), "ours\n");
    repo.write(s("ud"), "x2\n");
    repo.write(s("aa"), "O\n");
    repo.git({s("add"), s("-A")});
    repo.git({s("commit"), s("-q"), s("-m"), s("ours")});
    repo.git({s("merge"), s("other")}, true);
}

void unborn(TestRepo &repo)
{
    repo.write(s("staged"), "s\n");
    repo.git({s("add"), s("staged")});
    repo.write(s("untracked"), "u\n");
}

void detached(TestRepo &repo)
{
    const QString first = repo.commitFile(s("f"), "1\n", s("one"));
    repo.commitFile(s("f"), "2\n", s("two"));
    repo.git({s("checkout"), s("-q"), first});
    repo.write(s("f"), "3\n");
}

void crlf(TestRepo &repo)
{
    repo.git({s("config"), s("core.autocrlf"), s("true")});
    repo.commitFile(s("dos.txt"), "a\r\nb\r\n", s("crlf"));
    repo.write(s("dos.txt"), "a\r\nb\r\nc\r\n");
}

void heldIndexLock(TestRepo &repo)
{
    repo.commitFile(s("a"), "a\n", s("base"));
    repo.write(s("a"), "b\n");
    repo.write(s(".git/index.lock"), "");
}

void submodule(TestRepo &repo)
{
    static TestRepo sub; // outlives the superproject's test row
    static bool committed = false;
    if (!committed) {
        sub.commitFile(s("file"), "1\n", s("sub"));
        committed = true;
    }
    repo.commitFile(s("top"), "t\n", s("base"));
    repo.git({s("-c"), s("protocol.file.allow=always"), s("submodule"), s("add"), s("-q"), sub.path(), s("sub")});
    repo.git({s("commit"), s("-q"), s("-m"), s("sub")});
    repo.write(s("sub/file"), "changed\n");
    repo.write(s("sub/new"), "n\n");
}

} // namespace

Q_DECLARE_METATYPE(Setup)

/// `gantry status`: porcelain v1 byte for byte against git, option order, and clear errors.
class TestCliStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void porcelainMatchesGit_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addRow("many states") << Setup(manyStates);
        QTest::addRow("awkward names") << Setup(awkwardNames);
        QTest::addRow("conflicts") << Setup(conflicts);
        QTest::addRow("unborn") << Setup(unborn);
        QTest::addRow("detached") << Setup(detached);
        QTest::addRow("crlf") << Setup(crlf);
        QTest::addRow("index.lock held") << Setup(heldIndexLock);
        QTest::addRow("submodule") << Setup(submodule);
    }

    void porcelainMatchesGit()
    {
        QFETCH(Setup, setup);
        TestRepo repo;
        setup(repo);
        TestRepo elsewhere(false);
        const QString dir = repo.path();
        struct Case
        {
            QStringList git;
            QStringList gantry;
        };
        const QList<Case> cases{
            {{s("--porcelain=v1")}, {s("--porcelain"), s("-C"), dir}},
            {{s("--porcelain=v1"), s("-z")}, {s("-z"), s("-C"), dir, s("--porcelain")}},
            {{s("--porcelain=v1"), s("-b")}, {s("-C"), dir, s("--branch"), s("--porcelain=v1")}},
            {{s("--porcelain=v1"), s("-z"), s("-b")}, {s("-zb"), s("-C"), dir}},
            {{s("--porcelain=v1"), s("-uall")}, {s("-uall"), s("--porcelain"), s("-C"), dir}},
            {{s("--porcelain=v1"), s("--untracked-files=no")}, {s("-C"), dir, s("--untracked-files=no"), s("--porcelain")}},
            {{s("--porcelain=v1"), s("--ignored")}, {s("--ignored"), s("-C"), dir, s("--porcelain")}},
            {{s("--porcelain=v1"), s("--ignored"), s("--untracked-files")}, {s("--porcelain"), s("--untracked-files"), s("--ignored"), s("-C"), dir}},
        };
        for (const Case &c : cases) {
            const QByteArray expected = repo.git(QStringList{s("status")} + c.git);
            const QByteArray actual = repo.gantry(QStringList{s("status")} + c.gantry, elsewhere.path());
            QVERIFY2(repo.lastExitCode() == 0, repo.lastStderr().constData());
            QVERIFY2(actual == expected, qPrintable(c.gantry.join(QLatin1Char(' ')) + s("\nexpected:\n") + QString::fromUtf8(expected)
                                                    + s("\nactual:\n") + QString::fromUtf8(actual)));
        }
        // Run from inside a subfolder without -C: paths stay relative to the top, as porcelain demands.
        QDir(dir).mkpath(s("deep/er"));
        QCOMPARE(repo.gantry({s("status"), s("--porcelain")}, repo.filePath(s("deep/er"))),
                 repo.git({s("status"), s("--porcelain")}, false, repo.filePath(s("deep/er"))));
    }

    void humanSummary()
    {
        TestRepo repo;
        manyStates(repo);
        const QByteArray out = repo.gantry({s("status"), s("-C"), repo.path()});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY2(out.contains("On branch main"), out.constData());
        // Counts as git's porcelain has them: X column, Y column, "??".
        QVERIFY2(out.contains("Staged (2)"), out.constData());
        QVERIFY(out.contains("Not staged (4)"));
        QVERIFY(out.contains("Untracked (1)"));
        QVERIFY(out.contains("renamed:       to-rename -> renamed file\n"));
        QVERIFY(out.contains("modified:      renamed file\n"));
        QVERIFY(out.contains("type changed:  typechange\n"));
        QVERIFY(out.contains("  dir/\n"));
        QVERIFY(!out.contains("debug.log"));

        TestRepo clean;
        clean.commitFile(s("a"), "a\n", s("base"));
        QVERIFY(clean.gantry({s("status"), s("-C"), clean.path()}).contains("working tree clean"));
    }

    void errors()
    {
        TestRepo folder(false);
        QCOMPARE(folder.gantry({s("status"), s("--porcelain"), s("-C"), folder.path()}), QByteArray());
        QVERIFY(folder.lastExitCode() != 0);
        QVERIFY2(folder.lastStderr().startsWith("gantry status: "), folder.lastStderr().constData());
        QVERIFY(folder.lastStderr().contains("not a Git repository"));
        QCOMPARE(folder.lastStderr().count('\n'), 1);

        folder.git({s("init"), s("-q"), s("--bare"), s("b.git")});
        folder.gantry({s("status"), s("-C"), folder.filePath(s("b.git"))});
        QVERIFY(folder.lastExitCode() != 0);
        QVERIFY2(folder.lastStderr().contains("bare"), folder.lastStderr().constData());

        TestRepo corrupt;
        corrupt.commitFile(s("a"), "a\n", s("base"));
        corrupt.write(s(".git/index"), "DIRC but then garbage that is no index at all");
        corrupt.gantry({s("status"), s("--porcelain"), s("-C"), corrupt.path()});
        QVERIFY(corrupt.lastExitCode() != 0);
        QVERIFY2(corrupt.lastStderr().contains("index"), corrupt.lastStderr().constData());
        QCOMPARE(corrupt.lastStderr().count('\n'), 1);

        corrupt.gantry({s("status"), s("-ubogus"), s("-C"), corrupt.path()});
        QCOMPARE(corrupt.lastExitCode(), 2);
        corrupt.gantry({s("status"), s("--porcelain=v2"), s("-C"), corrupt.path()});
        QCOMPARE(corrupt.lastExitCode(), 2);
        corrupt.gantry({s("status"), s("-q"), s("-C"), corrupt.path()});
        QCOMPARE(corrupt.lastExitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_cli_status.moc"
