// Damaged repositories through the command line: every command refuses what git refuses, with
// git's kind of message and Gantry's exit codes (docs/cli.md), and changes nothing on disk.
#include "support/TestRepo.h"

#include <QtTest>

namespace {

QByteArray snapshot(const TestRepo &repo)
{
    QByteArray all;
    for (const char *name : {"index", "HEAD", "refs/heads/main"}) {
        QFile f(repo.filePath(QStringLiteral(".git/") + QLatin1String(name)));
        all += name + QByteArray(":") + (f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<none>")) + '\n';
    }
    return all;
}

/// A repository with one commit of a.txt and b.txt, and an untracked c.txt.
void fill(TestRepo &repo)
{
    repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat: a"));
    repo.commitFile(QStringLiteral("b.txt"), "b\n", QStringLiteral("feat: b"));
    repo.write(QStringLiteral("c.txt"), "c\n");
}

void setHeadFile(TestRepo &repo, const QByteArray &content)
{
    QFile head(repo.filePath(QStringLiteral(".git/HEAD")));
    QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
    head.write(content);
}

/// Overwrites a loose object with garbage (made writable first: git writes them read-only).
void corruptObject(TestRepo &repo, const QString &id)
{
    const QString path = repo.filePath(QStringLiteral(".git/objects/%1/%2").arg(id.left(2), id.mid(2)));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write("garbage");
}

} // namespace

class TestCliBrokenRepo : public QObject
{
    Q_OBJECT

private slots:
    void headFileThatIsNotAHeadIsNotARepository_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("why");
        QTest::newRow("garbage") << QByteArray("zzz garbage\n") << QStringLiteral("neither");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("it is empty");
        QTest::newRow("self-reference") << QByteArray("ref: HEAD\n") << QStringLiteral("not under refs/");
    }
    void headFileThatIsNotAHeadIsNotARepository()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, why);
        TestRepo repo;
        fill(repo);
        setHeadFile(repo, head);
        repo.git({"status"}, true);
        QVERIFY2(repo.lastExitCode() != 0, "git takes this HEAD for a repository: the case tests nothing");
        const QByteArray before = snapshot(repo);
        for (const QStringList &args : {QStringList{"stage", "."}, QStringList{"status"}, QStringList{"status", "--porcelain"},
                                        QStringList{"log"}, QStringList{"commit", "-m", "fix: x"}, QStringList{"unstage", "a.txt"}}) {
            repo.gantry(args);
            QVERIFY2(repo.lastExitCode() == 1, qPrintable(args.join(' ') + ": exit " + QString::number(repo.lastExitCode())));
            QVERIFY2(repo.lastStderr().contains("not a git repository") && repo.lastStderr().contains(why.toUtf8()),
                     qPrintable(args.join(' ') + ": " + repo.lastStderr()));
            QCOMPARE(snapshot(repo), before);
        }
    }

    void headCommitThatCannotBeReadIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("branch at a missing commit") << QStringLiteral("missing");
        QTest::newRow("corrupt commit object") << QStringLiteral("commit");
        QTest::newRow("corrupt tree object") << QStringLiteral("tree");
        QTest::newRow("truncated pack") << QStringLiteral("pack");
    }
    void headCommitThatCannotBeReadIsRefused()
    {
        QFETCH(QString, damage);
        TestRepo repo;
        fill(repo);
        if (damage == QLatin1String("missing")) {
            repo.write(QStringLiteral(".git/refs/heads/main"), "1234567890123456789012345678901234567890\n");
        } else if (damage == QLatin1String("commit")) {
            corruptObject(repo, repo.revParse(QStringLiteral("HEAD")));
        } else if (damage == QLatin1String("tree")) {
            corruptObject(repo, repo.revParse(QStringLiteral("HEAD^{tree}")));
        } else {
            repo.git({"gc", "-q"});
            const QStringList packs = QDir(repo.filePath(QStringLiteral(".git/objects/pack"))).entryList({QStringLiteral("*.pack")});
            QCOMPARE(packs.size(), 1);
            const QString pack = repo.filePath(QStringLiteral(".git/objects/pack/") + packs.first());
            QFile::setPermissions(pack, QFile::ReadOwner | QFile::WriteOwner);
            QFile f(pack);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(100));
        }
        repo.git({"status", "--porcelain"}, true);
        QVERIFY2(repo.lastExitCode() != 0, "git reads this repository: the case tests nothing");
        const QByteArray before = snapshot(repo);
        for (const QStringList &args : {QStringList{"status"}, QStringList{"status", "--porcelain"}, QStringList{"stage", "c.txt"},
                                        QStringList{"commit", "--allow-empty", "-m", "fix: x"}}) {
            const QByteArray out = repo.gantry(args);
            QVERIFY2(repo.lastExitCode() == 1, qPrintable(args.join(' ') + ": exit " + QString::number(repo.lastExitCode()) + " " + out));
            QVERIFY2(repo.lastStderr().contains("bad object HEAD") || repo.lastStderr().contains("HEAD"),
                     qPrintable(args.join(' ') + ": " + repo.lastStderr()));
            QVERIFY2(!out.contains("A  a.txt"), out.constData()); // never every file shown as added
            QCOMPARE(snapshot(repo), before);
        }
    }

    void damagedIndexIsCalledDamaged_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("12 bytes") << 12;
    }
    void damagedIndexIsCalledDamaged()
    {
        QFETCH(int, size);
        TestRepo repo;
        fill(repo);
        QFile index(repo.filePath(QStringLiteral(".git/index")));
        QVERIFY(index.open(QIODevice::ReadWrite));
        QVERIFY(index.resize(size));
        index.close();
        repo.git({"status"}, true);
        QVERIFY2(repo.lastExitCode() != 0, "git reads this index: the case tests nothing");
        for (const QStringList &args : {QStringList{"status"}, QStringList{"stage", "c.txt"}, QStringList{"commit", "-m", "fix: x"}}) {
            repo.gantry(args);
            QVERIFY2(repo.lastExitCode() == 1, qPrintable(args.join(' ')));
            QVERIFY2(repo.lastStderr().contains("is damaged") && !repo.lastStderr().contains("no longer exists"),
                     qPrintable(args.join(' ') + ": " + repo.lastStderr()));
            QCOMPARE(QFileInfo(index.fileName()).size(), qint64(size));
        }
    }

    void outsideARepositoryEveryCommandExitsOne()
    {
        QTemporaryDir dir;
        TestRepo runner(false);
        for (const QStringList &args : {QStringList{"log"}, QStringList{"stage", "x"}, QStringList{"unstage", "x"}, QStringList{"status"},
                                        QStringList{"commit", "-m", "fix: x"}}) {
            runner.gantry(args, dir.path());
            QVERIFY2(runner.lastExitCode() == 1, qPrintable(args.join(' ') + ": exit " + QString::number(runner.lastExitCode())));
        }
    }

    void humanStatusQuotesNamesThatAreNotUtf8AsGitDoes()
    {
        TestRepo repo;
        fill(repo);
        // A name that is not UTF-8 cannot pass through QString: the shell writes it.
        QProcess shell;
        shell.setWorkingDirectory(repo.path());
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("printf x > $'f\\351.txt'")});
        QVERIFY(shell.waitForFinished());
        repo.write(QStringLiteral("caf\u00e9.txt"), "utf8\n");
        const QByteArray human = repo.gantry({"status"});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY2(human.contains("\"f\\351.txt\""), human.constData());   // git's octal escape
        QVERIFY2(!human.contains("\xef\xbf\xbd"), human.constData());    // no replacement character
        QVERIFY2(human.contains("caf\xc3\xa9.txt"), human.constData());  // valid UTF-8 stays readable
        QVERIFY(repo.git({"status", "--porcelain"}).contains("\"f\\351.txt\""));
        QVERIFY(repo.gantry({"status", "--porcelain"}).contains("\"f\\351.txt\""));
    }
};

QTEST_GUILESS_MAIN(TestCliBrokenRepo)
#include "tst_cli_brokenrepo.moc"
