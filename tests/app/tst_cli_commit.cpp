#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kDate = QStringLiteral("@1800000000 +0200");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment fixedEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_DATE"), kDate);
    env.insert(QStringLiteral("GIT_COMMITTER_DATE"), kDate);
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    return env;
}

/// Runs git or gantry in `dir` with fixed dates, so both make the same commit ids.
Run runAt(const QString &program, const QString &dir, const QStringList &args,
          const QProcessEnvironment &env = fixedEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    p.waitForFinished(120000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run git(const QString &dir, const QStringList &args) { return runAt(QStringLiteral("git"), dir, args); }

Run gantryCommit(const QString &dir, const QStringList &args, const QProcessEnvironment &env = fixedEnvironment())
{
    return runAt(qEnvironmentVariable("GANTRY_APP"), dir, QStringList{QStringLiteral("commit")} + args, env);
}

using gantry::testkit::copyRepo;

QByteArray firstLine(const QByteArray &text)
{
    const qsizetype nl = text.indexOf('\n');
    return nl < 0 ? text : text.left(nl + 1);
}

} // namespace

/// `gantry commit` against `git commit`: same commits, same first output line, same refusals.
class TestCliCommit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("GANTRY_APP").isEmpty(), "run through ctest");
    }

    void sameCommitAsGit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("rootCommit");
        QTest::newRow("-m twice") << QStringList{QStringLiteral("-m"), QStringLiteral("Subject"), QStringLiteral("-m"),
                                                 QStringLiteral("Body paragraph\nwith two lines")}
                                  << false;
        QTest::newRow("root commit") << QStringList{QStringLiteral("-m"), QStringLiteral("Initial import")} << true;
        QTest::newRow("signoff") << QStringList{QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("Signed")} << false;
        QTest::newRow("amend") << QStringList{QStringLiteral("--amend"), QStringLiteral("-m"), QStringLiteral("Amended")} << false;
        QTest::newRow("amend keep message") << QStringList{QStringLiteral("--amend")} << false;
        QTest::newRow("allow-empty") << QStringList{QStringLiteral("--allow-empty"), QStringLiteral("-m"), QStringLiteral("E")}
                                     << false;
        QTest::newRow("options after message") << QStringList{QStringLiteral("-m"), QStringLiteral("Late"),
                                                              QStringLiteral("--signoff"), QStringLiteral("--no-verify")}
                                               << false;
    }

    void sameCommitAsGit()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, rootCommit);
        TestRepo viaGit;
        if (!rootCommit)
            viaGit.commitFile(QStringLiteral("a.txt"), "one\n", QStringLiteral("first"));
        if (!args.contains(QStringLiteral("--allow-empty"))) {
            viaGit.write(QStringLiteral("a.txt"), "two\n");
            viaGit.git({QStringLiteral("add"), QStringLiteral("a.txt")});
        }
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);

        QStringList gitArgs = QStringList{QStringLiteral("commit")} + args;
        if (args == QStringList{QStringLiteral("--amend")})
            gitArgs << QStringLiteral("--no-edit");
        const Run g = git(viaGit.path(), gitArgs);
        QCOMPARE(g.exitCode, 0);
        const Run ours = gantryCommit(viaGantry.path(), args);
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QCOMPARE(viaGantry.revParse(QStringLiteral("HEAD")), viaGit.revParse(QStringLiteral("HEAD")));
        QCOMPARE(ours.out, firstLine(g.out));
        QVERIFY(ours.out.startsWith(rootCommit ? "[main (root-commit) " : "[main "));
    }

    void messageFromFile()
    {
        TestRepo viaGit;
        viaGit.write(QStringLiteral("a"), "1\n");
        viaGit.git({QStringLiteral("add"), QStringLiteral("a")});
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        const QByteArray message = "From a file\n\n# kept: -F does not strip comments\n\n\ntrailing  \n";
        viaGit.write(QStringLiteral(".git/msg"), message);
        viaGantry.write(QStringLiteral(".git/msg"), message);
        QCOMPARE(git(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral(".git/msg")}).exitCode, 0);
        const Run ours = gantryCommit(viaGantry.path(), {QStringLiteral("-F"), QStringLiteral(".git/msg")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QCOMPARE(viaGantry.revParse(QStringLiteral("HEAD")), viaGit.revParse(QStringLiteral("HEAD")));
    }

    void dashCFromElsewhere()
    {
        TestRepo repo;
        repo.write(QStringLiteral("a"), "1\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a")});
        QTemporaryDir elsewhere;
        const Run ours = gantryCommit(elsewhere.path(), {QStringLiteral("-C"), repo.path(), QStringLiteral("-m"), QStringLiteral("via -C")});
        QVERIFY2(ours.exitCode == 0, ours.err.constData());
        QCOMPARE(repo.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("via -C\n"));
    }

    void failingHookPrintsItsOutputThenOneLine()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        repo.write(QStringLiteral("a"), "2\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a")});
        repo.write(QStringLiteral(".git/hooks/pre-commit"), "#!/bin/sh\necho 'trailing whitespace in a'\nexit 1\n");
        QFile::setPermissions(repo.filePath(QStringLiteral(".git/hooks/pre-commit")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString before = repo.revParse(QStringLiteral("HEAD"));
        const Run ours = gantryCommit(repo.path(), {QStringLiteral("-m"), QStringLiteral("blocked")});
        QCOMPARE(ours.exitCode, 1);
        QCOMPARE(ours.out, QByteArray());
        QCOMPARE(ours.err, QByteArray("trailing whitespace in a\ngantry commit: the pre-commit hook failed (exit code 1)\n"));
        QCOMPARE(repo.revParse(QStringLiteral("HEAD")), before);

        const Run skipped = gantryCommit(repo.path(), {QStringLiteral("--no-verify"), QStringLiteral("-m"), QStringLiteral("skipped")});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(repo.revParse(QStringLiteral("HEAD")) != before);
    }

    void nothingToCommit()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        const Run ours = gantryCommit(repo.path(), {QStringLiteral("-m"), QStringLiteral("nothing")});
        QCOMPARE(ours.exitCode, 1);
        QVERIFY2(ours.err.contains("nothing to commit"), ours.err.constData());
        QVERIFY(git(repo.path(), {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("nothing")}).exitCode != 0);
    }

    void usageErrors()
    {
        TestRepo repo;
        const Run noMessage = gantryCommit(repo.path(), {});
        QCOMPARE(noMessage.exitCode, 2);
        QVERIFY(noMessage.err.startsWith("gantry commit: "));
        const Run both = gantryCommit(repo.path(), {QStringLiteral("-m"), QStringLiteral("x"), QStringLiteral("-F"), QStringLiteral("f")});
        QCOMPARE(both.exitCode, 2);
        const Run badCleanup = gantryCommit(repo.path(), {QStringLiteral("--cleanup=sometimes"), QStringLiteral("-m"), QStringLiteral("x")});
        QCOMPARE(badCleanup.exitCode, 2);
    }

    void missingIdentityIsExplained()
    {
        TestRepo repo;
        repo.write(QStringLiteral("a"), "1\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a")});
        QTemporaryDir emptyHome;
        QProcessEnvironment env = fixedEnvironment();
        env.insert(QStringLiteral("HOME"), emptyHome.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), emptyHome.path() + QStringLiteral("/.config"));
        env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        for (const char *name : {"GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL"})
            env.remove(QLatin1String(name));
        const Run ours = gantryCommit(repo.path(), {QStringLiteral("-m"), QStringLiteral("who?")}, env);
        QCOMPARE(ours.exitCode, 1);
        QVERIFY2(ours.err.contains("Author identity unknown"), ours.err.constData());
        QVERIFY(ours.err.contains("git config --global user.email \"you@example.com\""));
        QVERIFY(ours.err.contains("gantry commit: "));
        QCOMPARE(ours.out, QByteArray());
        // git refuses the same way.
        const Run g = runAt(QStringLiteral("git"), repo.path(), {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("who?")}, env);
        QVERIFY(g.exitCode != 0);
        QVERIFY(g.err.contains("Author identity unknown"));
        QVERIFY(repo.git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"), QStringLiteral("HEAD")}, true).isEmpty());
    }
};

QTEST_MAIN(TestCliCommit)
#include "tst_cli_commit.moc"
