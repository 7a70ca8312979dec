// The command line behaves like git's: options before the command (-C, -c, --no-pager, --version,
// --help), an unknown command named as such with the nearest ones suggested, and help that says
// "gantry <command>". The real binary runs without a display, so anything mistaken for "open the
// window" fails at once instead of opening one; outputs are compared with the git CLI's.
#include "app/CommandSuggestions.h"
#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// The gantry binary in `cwd`, with no display (so the window can never open) and `extraEnv`.
Run gantryWithoutDisplay(const QStringList &args, const QString &cwd, const QStringList &extraEnv = {})
{
    QStringList env = TestRepo::gitEnvironment();
    env.erase(std::remove_if(env.begin(), env.end(), [](const QString &v) {
                  return v.startsWith(s("DISPLAY=")) || v.startsWith(s("WAYLAND_DISPLAY=")) || v.startsWith(s("QT_QPA_PLATFORM="));
              }), env.end());
    env << extraEnv;
    QProcess p;
    p.setEnvironment(env);
    p.setWorkingDirectory(cwd);
    p.start(qEnvironmentVariable("GANTRY_APP"), args);
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

class TestCliGlobal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;  // root/outer/repo: the repository, two -C steps from the root
    TestRepo *m_repo = nullptr;
    QString m_repoPath;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GANTRY_APP"));
        m_repo = new TestRepo;
        m_repo->commitFile(s("a.txt"), "one\n", s("first"));
        m_repo->commitFile(s("a.txt"), "two\n", s("second"));
        m_repo->write(s("a.txt"), "three\n");
        m_repo->write(s("new.txt"), "n\n");
        QVERIFY(QDir(m_root.path()).mkpath(s("outer")));
        m_repoPath = m_root.filePath(s("outer/repo"));
        QVERIFY(QFile::link(m_repo->path(), m_repoPath));
    }

    void cleanupTestCase() { delete m_repo; }

    void directoryBeforeTheCommand()
    {
        const QByteArray git = m_repo->git({s("-C"), s("outer/repo"), s("status"), s("--porcelain"), s("-b")}, false, m_root.path());
        const Run run = gantryWithoutDisplay({s("-C"), s("outer/repo"), s("status"), s("--porcelain"), s("-b")}, m_root.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, git);
        QCOMPARE(run.err, QByteArray());
        // The human form too: what `gantry status` prints inside the repository.
        const Run human = gantryWithoutDisplay({s("-C"), s("outer/repo"), s("status")}, m_root.path());
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.startsWith("On branch main\n") && human.out.contains("a.txt"), human.out.constData());
        QCOMPARE(human.out, gantryWithoutDisplay({s("status")}, m_repoPath).out);
    }

    void relativeDirectoriesCombineAsInGit()
    {
        // Each relative -C is taken from the one before; an empty one changes nothing.
        const QStringList args{s("-C"), s("outer"), s("-C"), s(""), s("-C"), s("repo"), s("status"), s("--porcelain")};
        const QByteArray git = m_repo->git(args, false, m_root.path());
        QVERIFY(git.contains("?? new.txt"));
        const Run run = gantryWithoutDisplay(args, m_root.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, git);
        // The command's own -C is then relative to where the global ones led.
        const Run inner = gantryWithoutDisplay({s("-C"), s("outer"), s("status"), s("--porcelain"), s("-C"), s("repo")}, m_root.path());
        QVERIFY2(inner.exitCode == 0, inner.err.constData());
        QCOMPARE(inner.out, git);
        // Files named on the command line are found from there too, as in git.
        const Run check = gantryWithoutDisplay({s("-C"), s("outer/repo"), s("workflow"), s("check"), s("a.txt")}, m_root.path());
        const Run inside = gantryWithoutDisplay({s("workflow"), s("check"), s("a.txt")}, m_repoPath);
        QVERIFY2(!check.err.contains("cannot read") && check.out.startsWith("a.txt:1:1: error:"), check.err.constData());
        QCOMPARE(check.out, inside.out);
        QCOMPARE(check.exitCode, inside.exitCode);
    }

    void directoryThatCannotBeEntered()
    {
        const Run run = gantryWithoutDisplay({s("-C"), s("nowhere"), s("status")}, m_root.path());
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("gantry: cannot change to 'nowhere': No such file or directory\n"));
        QCOMPARE(run.out, QByteArray());
        const Run missing = gantryWithoutDisplay({s("-C")}, m_root.path());
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.err, QByteArray("gantry: no directory given for '-C'\n"));
    }

    void configBeforeTheCommandApplies()
    {
        // -c really sets the value for this run: the abbreviation git would use.
        const QStringList log{s("log"), s("--oneline")};
        const QByteArray plain = m_repo->git(log);
        const QByteArray git = m_repo->git(QStringList{s("-c"), s("core.abbrev=12")} + log);
        QVERIFY(git != plain);
        const Run run = gantryWithoutDisplay(QStringList{s("-c"), s("core.abbrev=12")} + log, m_repo->path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, git);
        // Section and key are case-insensitive, as in git; the last -c wins.
        const Run mixed = gantryWithoutDisplay(QStringList{s("-c"), s("Core.Abbrev=9"), s("-c"), s("core.abbrev=12")} + log, m_repo->path());
        QCOMPARE(mixed.out, git);
    }

    void configIsUsedForTheCommitAndSeenByHooksButNeverSaved()
    {
        TestRepo repo;
        repo.commitFile(s("f"), "1\n", s("base"));
        // A hook sees it as git's hooks do, through GIT_CONFIG_PARAMETERS.
        repo.write(s(".git/hooks/pre-commit"), "#!/bin/sh\ngit config user.name > hook-saw\n");
        QFile::setPermissions(repo.filePath(s(".git/hooks/pre-commit")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray configBefore = repo.read(s(".git/config"));
        repo.write(s("f"), "2\n");
        repo.git({s("add"), s("f")});
        const Run run = gantryWithoutDisplay({s("-c"), s("user.name=Ada Lovelace"), s("-c"), s("user.email=ada@example.org"),
                                              s("commit"), s("-m"), s("feat: by Ada")},
                                             repo.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(repo.git({s("log"), s("-1"), s("--format=%an <%ae>|%cn <%ce>")}),
                 QByteArray("Ada Lovelace <ada@example.org>|Ada Lovelace <ada@example.org>\n"));
        QCOMPARE(repo.read(s("hook-saw")), QByteArray("Ada Lovelace\n"));
        QCOMPARE(repo.read(s(".git/config")), configBefore);
    }

    void badConfigIsRefused()
    {
        for (const auto &[arg, message] : QList<QPair<QString, QByteArray>>{
                 {s("foo"), "gantry: bad -c 'foo': key does not contain a section: foo\n"},
                 {s("core.=x"), "gantry: bad -c 'core.=x': key does not contain a variable name: core.\n"},
                 {s("core.a_b=x"), "gantry: bad -c 'core.a_b=x': invalid key: core.a_b\n"}}) {
            const Run run = gantryWithoutDisplay({s("-c"), arg, s("status")}, m_repo->path());
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(run.err, message);
        }
        const Run missing = gantryWithoutDisplay({s("-c")}, m_repo->path());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith("gantry: -c expects a configuration string"), missing.err.constData());
    }

    void noPagerVersionAndHelpBeforeTheCommand()
    {
        const QByteArray git = m_repo->git({s("log"), s("--oneline")});
        for (const QString &flag : {s("--no-pager"), s("-P")}) {
            const Run run = gantryWithoutDisplay({flag, s("log"), s("--oneline")}, m_repo->path());
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(run.out, git);
        }
        const Run version = gantryWithoutDisplay({s("-C"), s("outer"), s("--version")}, m_root.path());
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("gantry " GANTRY_VERSION "\n"));
        const Run help = gantryWithoutDisplay({s("--no-pager"), s("--help")}, m_root.path());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("-C <dir>") && help.out.contains("-c <name>=<value>") && help.out.contains("status"), help.out.constData());
        // `gantry --help status` is `gantry help status`, as in git.
        const Run helpStatus = gantryWithoutDisplay({s("--help"), s("status")}, m_root.path());
        QCOMPARE(helpStatus.out, gantryWithoutDisplay({s("status"), s("--help")}, m_root.path()).out);
        // An option gantry does not know, before a command: said, not taken for a path.
        const Run unknown = gantryWithoutDisplay({s("--paginate"), s("status")}, m_repo->path());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.startsWith("gantry: unknown option '--paginate'"), unknown.err.constData());
    }

    void unknownCommandSuggestsTheNearest()
    {
        const Run stat = gantryWithoutDisplay({s("stat")}, m_root.path());
        QCOMPARE(stat.exitCode, 2);
        QCOMPARE(stat.out, QByteArray());
        QCOMPARE(stat.err, QByteArray("gantry: 'stat' is not a gantry command. See 'gantry --help'.\n"
                                      "\nThe most similar commands are\n\tstatus\n\tstage\n"));
        const Run comit = gantryWithoutDisplay({s("comit"), s("-m"), s("x")}, m_root.path());
        QCOMPARE(comit.exitCode, 2);
        QCOMPARE(comit.err, QByteArray("gantry: 'comit' is not a gantry command. See 'gantry --help'.\n"
                                       "\nThe most similar command is\n\tcommit\n"));
        const Run far = gantryWithoutDisplay({s("xyzzy")}, m_root.path());
        QCOMPARE(far.exitCode, 2);
        QCOMPARE(far.err, QByteArray("gantry: 'xyzzy' is not a gantry command. See 'gantry --help'.\n"));
        // After -C too, and through `gantry help`.
        const Run afterC = gantryWithoutDisplay({s("-C"), s("outer"), s("lgo")}, m_root.path());
        QCOMPARE(afterC.err, QByteArray("gantry: 'lgo' is not a gantry command. See 'gantry --help'.\n"
                                        "\nThe most similar command is\n\tlog\n"));
        const Run help = gantryWithoutDisplay({s("help"), s("pul")}, m_root.path());
        QCOMPARE(help.exitCode, 2);
        QVERIFY2(help.err.contains("'pul' is not a gantry command") && help.err.contains("\tpull\n"), help.err.constData());
    }

    void suggestionsRankAsGitDoes()
    {
        using gantry::CommandSuggestions;
        QCOMPARE(CommandSuggestions::distance(s("lgo"), s("log")), 0);       // a swap is free
        QCOMPARE(CommandSuggestions::distance(s("stat"), s("status")), 2);   // two insertions
        QCOMPARE(CommandSuggestions::distance(s("commmit"), s("commit")), 3);  // a deletion
        QCOMPARE(CommandSuggestions::distance(s("fetsh"), s("fetch")), 2);   // a substitution
        const QStringList commands{s("status"), s("stage"), s("stash"), s("log")};
        QCOMPARE(CommandSuggestions::nearest(s("stat"), commands), (QStringList{s("status"), s("stage"), s("stash")}));
        QCOMPARE(CommandSuggestions::nearest(s("xyzzy"), commands), QStringList());
    }

    void helpNamesTheCommand()
    {
        const Run status = gantryWithoutDisplay({s("status"), s("--help")}, m_root.path());
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.startsWith("Usage: gantry status [options]\n"), status.out.constData());
        QVERIFY(status.out.contains("--porcelain"));
        QVERIFY(status.out.contains("-C <dir>"));
        QVERIFY2(!status.out.contains(QFile::encodeName(qEnvironmentVariable("GANTRY_APP"))), status.out.constData());
        // A command without a description of its own opens with its summary from `gantry --help`.
        const Run merge = gantryWithoutDisplay({s("merge"), s("-h")}, m_root.path());
        QVERIFY2(merge.out.startsWith("Usage: gantry merge [options] rev\nMerge a revision into the current branch"), merge.out.constData());
        // `gantry help COMMAND [SUB]` is the same text as `gantry COMMAND [SUB] --help`.
        for (const QStringList &topic : {QStringList{s("status")}, QStringList{s("commit")}, QStringList{s("log")},
                                         QStringList{s("workflow")}, QStringList{s("workflow"), s("edit")}, QStringList{s("version")}}) {
            const Run help = gantryWithoutDisplay(QStringList{s("help")} + topic, m_root.path());
            const Run own = gantryWithoutDisplay(topic + QStringList{s("--help")}, m_root.path());
            QCOMPARE(help.exitCode, 0);
            QVERIFY(!help.out.isEmpty());
            QCOMPARE(help.out, own.out);
        }
        QVERIFY(gantryWithoutDisplay({s("help")}, m_root.path()).out.contains("Commands:"));
    }

    void aPathStillOpensTheWindow()
    {
        // No display: the one line README promises, exit 1 — never "not a gantry command".
        QVERIFY(QDir(m_root.path()).mkpath(s("stat")));  // a folder named like a command's typo
        const QList<QPair<QStringList, QByteArray>> cases{
            {{m_repoPath}, "cannot open a window: no display"},
            {{s("outer/repo")}, "cannot open a window: no display"},
            {{s("-C"), s("outer"), s("repo")}, "cannot open a window: no display"},  // the path, from -C
            {{s("-C"), s("outer/repo")}, "cannot open a window: no display"},
            {{s("stat")}, "is not a Git repository"},
            {{s("./missing")}, "./missing does not exist."},
        };
        for (const auto &[args, expected] : cases) {
            const Run run = gantryWithoutDisplay(args, m_root.path());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith("gantry: ") && run.err.contains(expected) && run.err.count('\n') == 1,
                     qPrintable(args.join(QLatin1Char(' ')) + s(": ") + QString::fromUtf8(run.err)));
            QCOMPARE(run.out, QByteArray());
        }
    }
};

QTEST_MAIN(TestCliGlobal)
#include "tst_cli_global.moc"
