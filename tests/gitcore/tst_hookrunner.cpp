#include "gitcore/CommitWriter.h"
#include "gitcore/HookRunner.h"
#include "gitcore/Repository.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace gantry;

namespace {

const QString kDate = QStringLiteral("@1800000000 +0000");

QProcessEnvironment fixedEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_DATE"), kDate);
    env.insert(QStringLiteral("GIT_COMMITTER_DATE"), kDate);
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    env.remove(QStringLiteral("GIT_EDITOR"));
    return env;
}

int gitAt(const QString &dir, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(fixedEnvironment());
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(60000);
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

using testkit::copyRepo;

/// Writes an executable hook (or a plain file when `executable` is false).
void writeHook(const TestRepo &repo, const QString &relativePath, const QByteArray &script, bool executable = true)
{
    repo.write(relativePath, script);
    QFile f(repo.filePath(relativePath));
    QFileDevice::Permissions perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        perms |= QFileDevice::ExeOwner;
    QVERIFY(f.setPermissions(perms));
}

struct Attempt
{
    bool ok = false;
    QString error;
    std::optional<HookResult> failedHook;
    std::optional<CommitOutcome> outcome;
};

Attempt commitIn(const QString &dir, CommitRequest request)
{
    Attempt a;
    auto repo = Repository::open(dir);
    if (!repo) {
        a.error = repo.errorMessage();
        return a;
    }
    if (request.environment == QProcessEnvironment::systemEnvironment())
        request.environment = fixedEnvironment();
    CommitWriter writer(*repo);
    auto r = writer.commit(request);
    a.ok = r.ok();
    a.error = r.errorMessage();
    a.failedHook = writer.failedHook();
    if (r.ok())
        a.outcome = *r;
    return a;
}

CommitRequest messageRequest(const QString &message)
{
    CommitRequest r;
    r.message = message;
    return r;
}

/// A repository with one commit and one staged change.
void prepare(TestRepo &repo)
{
    repo.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
    repo.write(QStringLiteral("a"), "2\n");
    repo.git({QStringLiteral("add"), QStringLiteral("a")});
}

} // namespace

/// Hooks run as git runs them: order, arguments, environment, working folder, failures.
class TestHookRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void failingPreCommitStopsTheCommit()
    {
        TestRepo repo;
        prepare(repo);
        const QString before = repo.revParse(QStringLiteral("HEAD"));
        writeHook(repo, QStringLiteral(".git/hooks/pre-commit"), "#!/bin/sh\necho 'lint: 2 problems'\necho 'on stderr' >&2\nexit 3\n");
        const Attempt a = commitIn(repo.path(), messageRequest(QStringLiteral("x")));
        QVERIFY(!a.ok);
        QVERIFY(a.failedHook.has_value());
        QCOMPARE(a.failedHook->hook, QStringLiteral("pre-commit"));
        QCOMPARE(a.failedHook->exitCode, 3);
        QCOMPARE(a.failedHook->output, QByteArray("lint: 2 problems\non stderr\n"));
        QVERIFY(a.error.contains(QStringLiteral("pre-commit")));
        QCOMPARE(repo.revParse(QStringLiteral("HEAD")), before);
        // git refuses too.
        QVERIFY(gitAt(repo.path(), {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("x")}) != 0);
    }

    void noVerifySkipsPreCommitAndCommitMsg()
    {
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral(".git/hooks/pre-commit"), "#!/bin/sh\nexit 1\n");
        writeHook(repo, QStringLiteral(".git/hooks/commit-msg"), "#!/bin/sh\nexit 1\n");
        CommitRequest request = messageRequest(QStringLiteral("skip hooks"));
        request.noVerify = true;
        const Attempt a = commitIn(repo.path(), request);
        QVERIFY2(a.ok, qPrintable(a.error));
    }

    void commitMsgCanRewriteTheMessage()
    {
        TestRepo viaGit;
        prepare(viaGit);
        writeHook(viaGit, QStringLiteral(".git/hooks/commit-msg"),
                  "#!/bin/sh\nsed -i 's/draft/final/' \"$1\"\nprintf '\\nChange-Id: I42\\n' >> \"$1\"\n");
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        QCOMPARE(gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                       QStringLiteral("a draft message")}), 0);
        const Attempt a = commitIn(viaGantry.path(), messageRequest(QStringLiteral("a draft message")));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(viaGantry.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}),
                 QByteArray("a final message\n\nChange-Id: I42\n\n"));
        QCOMPARE(a.outcome->id.toString(), viaGit.revParse(QStringLiteral("HEAD")));
    }

    void failingCommitMsgStops()
    {
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral(".git/hooks/commit-msg"), "#!/bin/sh\necho 'subject too vague'\nexit 1\n");
        const Attempt a = commitIn(repo.path(), messageRequest(QStringLiteral("wip")));
        QVERIFY(!a.ok);
        QCOMPARE(a.failedHook->hook, QStringLiteral("commit-msg"));
        QCOMPARE(a.failedHook->output, QByteArray("subject too vague\n"));
    }

    void hooksSeeWhatGitPasses_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("message") << QStringLiteral("message");
        QTest::newRow("amend") << QStringLiteral("amend");
        QTest::newRow("merge") << QStringLiteral("merge");
        QTest::newRow("template") << QStringLiteral("template");
    }

    /// Every hook logs its name, arguments, folder, stdin and GIT_* environment; git's log and
    /// Gantry's must be identical.
    void hooksSeeWhatGitPasses()
    {
        QFETCH(QString, scenario);
        TestRepo viaGit;
        viaGit.commitFile(QStringLiteral("a"), "1\n", QStringLiteral("base"));
        if (scenario == QLatin1String("merge")) {
            viaGit.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("topic")});
            viaGit.commitFile(QStringLiteral("b"), "t\n", QStringLiteral("topic"));
            viaGit.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
            viaGit.commitFile(QStringLiteral("c"), "m\n", QStringLiteral("main"));
            viaGit.git({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"), QStringLiteral("--no-commit"),
                        QStringLiteral("topic")});
        } else {
            viaGit.write(QStringLiteral("a"), "2\n");
            viaGit.git({QStringLiteral("add"), QStringLiteral("a")});
        }
        if (scenario == QLatin1String("template")) {
            viaGit.write(QStringLiteral("tmpl.txt"), "Templated subject\n\n# describe it\n");
            viaGit.git({QStringLiteral("config"), QStringLiteral("commit.template"), QStringLiteral("tmpl.txt")});
        }
        const QByteArray log = "{ echo \"== $(basename \"$0\") $#: $*\"; pwd; env | grep '^GIT_' | grep -v "
                               "'^GIT_EXEC_PATH=' | sort; readlink /proc/self/fd/0; } >> \"$(git rev-parse "
                               "--git-common-dir)/hook.log\"\n";
        for (const char *hook : {"pre-commit", "prepare-commit-msg", "commit-msg", "post-commit"})
            writeHook(viaGit, QStringLiteral(".git/hooks/") + QLatin1String(hook), "#!/bin/sh\n" + log);
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);

        QStringList args = {QStringLiteral("commit"), QStringLiteral("-q")};
        CommitRequest request;
        if (scenario == QLatin1String("message")) {
            args << QStringLiteral("-m") << QStringLiteral("msg");
            request.message = QStringLiteral("msg");
        } else if (scenario == QLatin1String("amend")) {
            args << QStringLiteral("--amend") << QStringLiteral("--no-edit");
            request.amend = true;
        } else {
            // merge and template: git without -m would open an editor; a no-op one keeps the text.
            args << QStringLiteral("--no-edit");
        }
        QByteArray output;
        const bool untouchedTemplate = scenario == QLatin1String("template");
        const int gitExit = gitAt(viaGit.path(), args, &output);
        const Attempt a = commitIn(viaGantry.path(), request);
        if (untouchedTemplate) {
            // git refuses to commit a template nobody edited, after running the message hooks.
            QVERIFY(gitExit != 0);
            QVERIFY(output.contains("you did not edit the message"));
            QVERIFY(!a.ok);
            QCOMPARE(a.error, QStringLiteral("Aborting commit; you did not edit the message."));
        } else {
            QCOMPARE(gitExit, 0);
            QVERIFY2(a.ok, qPrintable(a.error));
        }
        const QByteArray gitLog = viaGit.read(QStringLiteral(".git/hook.log"));
        QByteArray gantryLog = viaGantry.read(QStringLiteral(".git/hook.log"));
        gantryLog.replace(viaGantry.path().toUtf8(), viaGit.path().toUtf8());
        QVERIFY(gitLog.contains("== prepare-commit-msg"));
        QCOMPARE(gantryLog, gitLog);
        QCOMPARE(viaGantry.revParse(QStringLiteral("HEAD")), viaGit.revParse(QStringLiteral("HEAD")));
    }

    void postCommitRunsAfterTheCommitAndCannotUndoIt()
    {
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral(".git/hooks/post-commit"),
                  "#!/bin/sh\ngit rev-parse HEAD > \"$(git rev-parse --git-dir)/seen-head\"\necho done\nexit 7\n");
        const Attempt a = commitIn(repo.path(), messageRequest(QStringLiteral("with post hook")));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(repo.read(QStringLiteral(".git/seen-head")).trimmed(), repo.revParse(QStringLiteral("HEAD")).toUtf8());
        QCOMPARE(a.outcome->id.toString(), repo.revParse(QStringLiteral("HEAD")));
        QVERIFY(a.outcome->postCommit.has_value());
        QCOMPARE(a.outcome->postCommit->exitCode, 7);
        QVERIFY(a.outcome->hookOutput.contains("done"));
    }

    void preCommitMayStageFiles()
    {
        TestRepo viaGit;
        prepare(viaGit);
        writeHook(viaGit, QStringLiteral(".git/hooks/pre-commit"),
                  "#!/bin/sh\necho generated > gen.txt\ngit add gen.txt\n");
        TestRepo viaGantry(false);
        copyRepo(viaGit, viaGantry);
        QCOMPARE(gitAt(viaGit.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("gen")}), 0);
        const Attempt a = commitIn(viaGantry.path(), messageRequest(QStringLiteral("gen")));
        QVERIFY2(a.ok, qPrintable(a.error));
        QVERIFY(viaGantry.git({QStringLiteral("ls-tree"), QStringLiteral("--name-only"), QStringLiteral("HEAD")}).contains("gen.txt"));
        QCOMPARE(a.outcome->id.toString(), viaGit.revParse(QStringLiteral("HEAD")));
    }

    void hooksPath_data()
    {
        QTest::addColumn<bool>("absolute");
        QTest::newRow("relative") << false;
        QTest::newRow("absolute") << true;
    }

    void hooksPath()
    {
        QFETCH(bool, absolute);
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral("ci/hooks/pre-commit"), "#!/bin/sh\necho from hooksPath\nexit 1\n");
        // A hook in .git/hooks must be ignored once core.hooksPath is set.
        writeHook(repo, QStringLiteral(".git/hooks/pre-commit"), "#!/bin/sh\necho from .git/hooks\nexit 1\n");
        repo.git({QStringLiteral("config"), QStringLiteral("core.hooksPath"),
                  absolute ? repo.filePath(QStringLiteral("ci/hooks")) : QStringLiteral("ci/hooks")});
        QByteArray gitOutput;
        QVERIFY(gitAt(repo.filePath(QString()), {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("x")}, &gitOutput) != 0);
        QVERIFY(gitOutput.contains("from hooksPath"));
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QCOMPARE(HookRunner(*r).hooksDirectory(), r->workdir() + QStringLiteral("/ci/hooks"));
        const Attempt a = commitIn(repo.path(), messageRequest(QStringLiteral("x")));
        QVERIFY(!a.ok);
        QCOMPARE(a.failedHook->output, QByteArray("from hooksPath\n"));
    }

    void nonExecutableHookIsSkipped()
    {
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral(".git/hooks/pre-commit"), "#!/bin/sh\nexit 1\n", false);
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        QVERIFY(!HookRunner(*r).hasHook(QStringLiteral("pre-commit")));
        const Attempt a = commitIn(repo.path(), messageRequest(QStringLiteral("not blocked")));
        QVERIFY2(a.ok, qPrintable(a.error));
        // git skips it as well.
        repo.write(QStringLiteral("a"), "3\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a")});
        QCOMPARE(gitAt(repo.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("y")}), 0);
    }

    void scriptWithoutShebangRunsThroughSh()
    {
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral(".git/hooks/pre-commit"), "echo plain script\nexit 5\n");
        const Attempt a = commitIn(repo.path(), messageRequest(QStringLiteral("x")));
        QVERIFY(!a.ok);
        QCOMPARE(a.failedHook->exitCode, 5);
        QCOMPARE(a.failedHook->output, QByteArray("plain script\n"));
    }

    void timeoutStopsAHangingHook()
    {
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral(".git/hooks/pre-commit"), "#!/bin/sh\necho started\nsleep 30\n");
        CommitRequest request = messageRequest(QStringLiteral("x"));
        request.hookTimeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const Attempt a = commitIn(repo.path(), request);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(!a.ok);
        QVERIFY(a.failedHook->timedOut);
        QVERIFY(a.failedHook->output.contains("started"));
    }

    void cancelStopsAHook()
    {
        TestRepo repo;
        prepare(repo);
        writeHook(repo, QStringLiteral(".git/hooks/pre-commit"), "#!/bin/sh\nsleep 30\n");
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        std::atomic<bool> cancel{true};
        QElapsedTimer clock;
        clock.start();
        const HookResult result = HookRunner(*r).run(QStringLiteral("pre-commit"), {}, fixedEnvironment(), 0, &cancel);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(result.ran);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
    }
};

QTEST_GUILESS_MAIN(TestHookRunner)
#include "tst_hookrunner.moc"
