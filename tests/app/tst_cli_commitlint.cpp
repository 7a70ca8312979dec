#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

const QByteArray kBad = "Feat: Add a thing.\n";
const QByteArray kGood = "feat(cli): add a thing\n";

QString gantryPath() { return QFileInfo(qEnvironmentVariable("GANTRY_APP")).absoluteFilePath(); }

} // namespace

/// `gantry commit-lint` and `gantry hooks install`, run as a user runs them, and a real
/// `git commit` firing the installed hook.
class TestCliCommitLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("GANTRY_APP").isEmpty(), "run through ctest"); }

    void lintsStandardInput()
    {
        TestRepo repo;
        QByteArray out = repo.gantry({QStringLiteral("commit-lint")}, repo.path(), kGood);
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray());
        out = repo.gantry({QStringLiteral("commit-lint"), QStringLiteral("-")}, repo.path(), kBad);
        QCOMPARE(repo.lastExitCode(), 1);
        QCOMPARE(out, QByteArray("1:1: error: type-case: type must be lower-case\n"
                                 "1:1: error: type-enum: type must be one of [build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test]\n"
                                 "1:7: error: subject-case: subject must not be sentence-case, start-case, pascal-case, upper-case\n"
                                 "1:18: error: subject-full-stop: subject may not end with full stop\n"));
        QCOMPARE(repo.lastStderr(), QByteArray("gantry commit-lint: found 4 errors, 0 warnings\n"));
        // Warnings alone do not fail.
        out = repo.gantry({QStringLiteral("commit-lint")}, repo.path(), "fix: x\nbody at once\n");
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray("2:1: warning: body-leading-blank: body must have leading blank line\n"));
        // Empty and blank messages: nothing to lint, as commitlint's lint().
        out = repo.gantry({QStringLiteral("commit-lint")}, repo.path(), "");
        QCOMPARE(repo.lastExitCode(), 0);
    }

    void lintsAFileWithTheRepositoryConfig()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".commitlintrc.yml"),
                   "extends: ['@commitlint/config-conventional']\nrules:\n  scope-enum: [2, always, [cli, core]]\n");
        repo.write(QStringLiteral("sub/dir/msg.txt"), "feat(ui): add\n");
        // -C into a subfolder: the configuration still comes from the repository's root.
        QByteArray out = repo.gantry({QStringLiteral("commit-lint"), QStringLiteral("-C"), repo.filePath(QStringLiteral("sub/dir")),
                                      QStringLiteral("msg.txt")});
        QCOMPARE(repo.lastExitCode(), 1);
        QCOMPARE(out, QByteArray("1:6: error: scope-enum: scope must be one of [cli, core]\n"));
        // --config replaces it.
        repo.write(QStringLiteral("other.json"), "{\"rules\": {\"scope-enum\": [2, \"always\", [\"ui\"]]}}");
        out = repo.gantry({QStringLiteral("commit-lint"), QStringLiteral("--config"), QStringLiteral("other.json"),
                           QStringLiteral("sub/dir/msg.txt")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray());
    }

    void reportsBadConfigAndUsesDefaults()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".commitlintrc.json"), "{\n  \"rules\": {\n    \"type-enum\": [2, \"always\" [\"x\"]]\n  }\n}\n");
        repo.gantry({QStringLiteral("commit-lint")}, repo.path(), kGood);
        QCOMPARE(repo.lastExitCode(), 0);
        const QString err = QString::fromUtf8(repo.lastStderr());
        QVERIFY2(err.startsWith(QStringLiteral("gantry commit-lint: %1:3:").arg(repo.filePath(QStringLiteral(".commitlintrc.json")))),
                 qPrintable(err));
        repo.gantry({QStringLiteral("commit-lint")}, repo.path(), kBad);
        QCOMPARE(repo.lastExitCode(), 1); // the conventional defaults meanwhile

        repo.remove(QStringLiteral(".commitlintrc.json"));
        repo.write(QStringLiteral("commitlint.config.js"), "module.exports = {};\n");
        repo.gantry({QStringLiteral("commit-lint")}, repo.path(), kGood);
        QVERIFY2(repo.lastStderr().contains("commitlint.config.js is a JavaScript/TypeScript configuration"),
                 repo.lastStderr().constData());
    }

    void badBytesAndLineEndings()
    {
        TestRepo repo;
        // Non-UTF-8 bytes, CRLF line endings and comment-only files lint without a crash.
        QByteArray out = repo.gantry({QStringLiteral("commit-lint")}, repo.path(), "fix: caf\xe9 \xff\xfe\r\n\r\nBody.\r\n");
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray());
        out = repo.gantry({QStringLiteral("commit-lint")}, repo.path(), "Fix: x\r\nno blank line\r\n");
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY(out.contains("2:1: warning: body-leading-blank"));
        repo.write(QStringLiteral("comments"), "# only\n# comments\n");
        out = repo.gantry({QStringLiteral("commit-lint"), QStringLiteral("--edit"), QStringLiteral("comments")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray());
    }

    void editStripsComments()
    {
        TestRepo repo;
        repo.write(QStringLiteral("msg"), "# Please enter the commit message\nfeat: x\n\n# Changes to be committed:\n");
        QByteArray out = repo.gantry({QStringLiteral("commit-lint"), QStringLiteral("--edit"), QStringLiteral("msg")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(out, QByteArray());
        out = repo.gantry({QStringLiteral("commit-lint"), QStringLiteral("msg")});
        QCOMPARE(repo.lastExitCode(), 1); // read as is, the comment is the header
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("two files") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("missing file") << QStringList{QStringLiteral("no-such-file")};
        QTest::newRow("missing config") << QStringList{QStringLiteral("--config"), QStringLiteral("nope.json"), QStringLiteral("-")};
        QTest::newRow("bad -C") << QStringList{QStringLiteral("-C"), QStringLiteral("/nonexistent/dir")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        TestRepo repo;
        repo.gantry(QStringList{QStringLiteral("commit-lint")} + args, repo.path(), kGood);
        QCOMPARE(repo.lastExitCode(), 2);
        QVERIFY(repo.lastStderr().startsWith("gantry commit-lint: "));
    }

    void hookRefusesBadMessagesAndAcceptsGoodOnes()
    {
        TestRepo repo;
        QByteArray out = repo.gantry({QStringLiteral("hooks"), QStringLiteral("install")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(out.startsWith("installed "));
        const QString hook = repo.filePath(QStringLiteral(".git/hooks/commit-msg"));
        QVERIFY(QFileInfo(hook).isExecutable());
        QVERIFY(repo.read(QStringLiteral(".git/hooks/commit-msg")).contains(gantryPath().toUtf8()));

        repo.write(QStringLiteral("a.txt"), "a\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a.txt")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QString::fromUtf8(kBad)}, true);
        QVERIFY(repo.lastExitCode() != 0);
        QVERIFY2(repo.lastStderr().contains("1:1: error: type-enum: type must be one of"), repo.lastStderr().constData());
        repo.git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("-q"), QStringLiteral("HEAD")}, true);
        QVERIFY(repo.lastExitCode() != 0); // nothing was committed

        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QString::fromUtf8(kGood)});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), kGood);

        // Git's own message file with comments (an editor session) passes through --edit.
        repo.write(QStringLiteral("b.txt"), "b\n");
        repo.git({QStringLiteral("add"), QStringLiteral("b.txt")});
        repo.write(QStringLiteral("msg.txt"), "fix: edited\n\n# a comment git strips later\n");
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--cleanup=strip"), QStringLiteral("-F"),
                  QStringLiteral("msg.txt")});
        QCOMPARE(repo.lastExitCode(), 0);

        // Installing again only updates the hook.
        out = repo.gantry({QStringLiteral("hooks"), QStringLiteral("install")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(out.startsWith("updated "));
        QVERIFY(!QFileInfo::exists(hook + QStringLiteral(".local")));
    }

    void chainsAnExistingHook()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".git/hooks/commit-msg"), "#!/bin/sh\necho ran >> \"$(git rev-parse --git-dir)/local-ran\"\n"
                                                            "grep -q NOPE \"$1\" && exit 3\nexit 0\n");
        QFile::setPermissions(repo.filePath(QStringLiteral(".git/hooks/commit-msg")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QByteArray out = repo.gantry({QStringLiteral("hooks"), QStringLiteral("install")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(out.contains("commit-msg.local"));
        QVERIFY(repo.read(QStringLiteral(".git/hooks/commit-msg.local")).contains("local-ran"));

        repo.write(QStringLiteral("a.txt"), "a\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a.txt")});
        // The old hook runs first and its refusal stands…
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("fix: NOPE")}, true);
        QVERIFY(repo.lastExitCode() != 0);
        QCOMPARE(repo.read(QStringLiteral(".git/local-ran")), QByteArray("ran\n"));
        // … then the lint.
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("bad message")}, true);
        QVERIFY(repo.lastExitCode() != 0);
        QVERIFY(repo.lastStderr().contains("type-empty"));
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("fix: fine")});
        QCOMPARE(repo.read(QStringLiteral(".git/local-ran")), QByteArray("ran\nran\nran\n"));
    }

    void refusesWhenLocalHookIsTaken()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".git/hooks/commit-msg"), "#!/bin/sh\nexit 0\n");
        repo.write(QStringLiteral(".git/hooks/commit-msg.local"), "#!/bin/sh\nexit 0\n");
        repo.gantry({QStringLiteral("hooks"), QStringLiteral("install")});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY2(repo.lastStderr().contains("merge them by hand"), repo.lastStderr().constData());
        QCOMPARE(repo.read(QStringLiteral(".git/hooks/commit-msg")), QByteArray("#!/bin/sh\nexit 0\n")); // untouched
    }

    void honoursCoreHooksPath()
    {
        TestRepo repo;
        repo.git({QStringLiteral("config"), QStringLiteral("core.hooksPath"), QStringLiteral("tools/hooks")});
        repo.gantry({QStringLiteral("hooks"), QStringLiteral("install"), QStringLiteral("-C"), repo.path()}, QDir::tempPath());
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(QFileInfo(repo.filePath(QStringLiteral("tools/hooks/commit-msg"))).isExecutable());
        QVERIFY(!QFileInfo::exists(repo.filePath(QStringLiteral(".git/hooks/commit-msg"))));
        repo.write(QStringLiteral("a.txt"), "a\n");
        repo.git({QStringLiteral("add"), QStringLiteral("a.txt")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Bad")}, true);
        QVERIFY(repo.lastExitCode() != 0);
    }

    void hooksUsage()
    {
        TestRepo repo;
        repo.gantry({QStringLiteral("hooks")});
        QCOMPARE(repo.lastExitCode(), 2);
        repo.gantry({QStringLiteral("hooks"), QStringLiteral("uninstall")});
        QCOMPARE(repo.lastExitCode(), 2);
        TestRepo notARepo(false);
        notARepo.gantry({QStringLiteral("hooks"), QStringLiteral("install")});
        QCOMPARE(notARepo.lastExitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCommitLint)
#include "tst_cli_commitlint.moc"
