// The guard rails on the command line: `gantry stage` refuses secrets unless --allow-secrets,
// `gantry commit` on protected branches (confirm warns, refuse refuses unless --allow-protected),
// amending a published commit (a real upstream: a bare repository pushed to with git), and the
// large-commit hint. Checked against the index and history with the git CLI.
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QtTest>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

using gantry::testkit::fakeToken;

} // namespace

class TestCliGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageRefusesSecretsUnlessAllowed()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hello\n", s("Initial"));
        const QByteArray token = fakeToken();
        repo.write(s(".env"), "DEBUG=1\nGITHUB_TOKEN=" + token + "\n");
        repo.write(s("notes.txt"), "fine\n");

        repo.gantry({s("stage"), s(".env"), s("notes.txt")});
        QCOMPARE(repo.lastExitCode(), 1);
        const QByteArray err = repo.lastStderr();
        QVERIFY2(err.contains(".env:1:1: warning: .env looks like an environment file"), err.constData());
        QVERIFY2(err.contains(".env:2:14: warning: ghp_…" + token.right(4) + " looks like a GitHub token [github-token]"),
                 err.constData());
        QVERIFY2(!err.contains(token.mid(4, 12)), "the token itself was printed");
        // "secret(s)" until the English plural forms are filled in, "secrets" after.
        QVERIFY(err.contains("gantry stage: refusing to stage 2 possible secret"));
        QVERIFY(err.contains("; nothing was staged."));
        // Nothing was staged, not even the harmless file named beside it.
        QCOMPARE(repo.git({s("diff"), s("--cached"), s("--name-only")}), QByteArray());

        repo.gantry({s("stage"), s("--allow-secrets"), s(".env"), s("notes.txt")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(repo.lastStderr().contains("staging anyway (--allow-secrets)"));
        QCOMPARE(repo.git({s("diff"), s("--cached"), s("--name-only")}), QByteArray(".env\nnotes.txt\n"));
    }

    void stageAllAndLineRangesAreScannedToo()
    {
        TestRepo repo;
        repo.commitFile(s("app.cfg"), "a = 1\nb = 2\n", s("Initial"));
        repo.write(s("app.cfg"), "a = 1\nb = 2\naws_access_key_id = AKIAABCDEFGHIJKLMNOP\nc = 3\n");
        repo.gantry({s("stage"), s(".")});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY2(repo.lastStderr().startsWith("app.cfg:3:21: warning: AKIA…MNOP looks like an AWS access key id"),
                 repo.lastStderr().constData());
        // Only line 4 (no secret) as a range: allowed; line 3: refused.
        repo.gantry({s("stage"), s("app.cfg:4")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.git({s("show"), s(":app.cfg")}), QByteArray("a = 1\nb = 2\nc = 3\n"));
        repo.gantry({s("stage"), s("app.cfg:3")});
        QCOMPARE(repo.lastExitCode(), 1);
        QCOMPARE(repo.git({s("show"), s(":app.cfg")}), QByteArray("a = 1\nb = 2\nc = 3\n"));
        // A line the index already holds is not reported again.
        repo.gantry({s("stage"), s("--allow-secrets"), s("app.cfg")});
        QCOMPARE(repo.lastExitCode(), 0);
        repo.write(s("app.cfg"), "a = 1\nb = 2\naws_access_key_id = AKIAABCDEFGHIJKLMNOP\nc = 4\n");
        repo.gantry({s("stage"), s("app.cfg")});
        QCOMPARE(repo.lastExitCode(), 0);
    }

    void stageLargeFilesAndConfiguration()
    {
        TestRepo repo;
        repo.commitFile(s("README.md"), "hello\n", s("Initial"));
        repo.write(s(".gantry/conventions.yml"), "guards:\n  max-file-size: 1KB\n  secrets:\n    allow: ['fixtures/**']\n");
        repo.write(s("data.csv"), QByteArray(4096, 'x'));
        repo.write(s("fixtures/id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        repo.gantry({s("stage"), s("data.csv"), s("fixtures/id_rsa")});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY2(repo.lastStderr().startsWith("data.csv:1:1: warning: data.csv is 4.0 KB, above the 1.0 KB limit"),
                 repo.lastStderr().constData());
        QVERIFY(!repo.lastStderr().contains("id_rsa"));
        repo.gantry({s("stage"), s("fixtures/id_rsa")});
        QCOMPARE(repo.lastExitCode(), 0);

        // A malformed configuration is reported with file, line and column; the defaults guard meanwhile.
        repo.write(s(".gantry/conventions.yml"), "guards:\n  max-file-size: lots\n");
        repo.write(s("server.pem"), "x\n");
        repo.gantry({s("stage"), s("server.pem")});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY2(repo.lastStderr().startsWith("gantry stage: .gantry/conventions.yml:2:18: max-file-size"),
                 repo.lastStderr().constData());
        QVERIFY(repo.lastStderr().contains("server.pem:1:1: warning:"));
        // guards.secrets: false turns the scanner off.
        repo.write(s(".gantry/conventions.yml"), "guards:\n  secrets: false\n");
        repo.gantry({s("stage"), s("server.pem")});
        QCOMPARE(repo.lastExitCode(), 0);
    }

    void protectedBranchConfirmWarnsRefuseRefuses()
    {
        TestRepo repo;
        repo.commitFile(s("a.txt"), "1\n", s("Initial"));
        repo.write(s("a.txt"), "2\n");
        repo.git({s("add"), s("a.txt")});
        // Default: main is protected in confirm mode — the commit is made, with a warning after it.
        QByteArray out = repo.gantry({s("commit"), s("-m"), s("Two")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(out.startsWith("[main "));
        QVERIFY2(repo.lastStderr().contains("gantry commit: warning: main is protected"), repo.lastStderr().constData());

        repo.write(s(".gantry/conventions.yml"), "protected-branches:\n  branches: [main, 'release/*']\n  mode: refuse\n");
        repo.write(s("a.txt"), "3\n");
        repo.git({s("add"), s("a.txt")});
        const QString before = repo.revParse(s("HEAD"));
        repo.gantry({s("commit"), s("-m"), s("Three")});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY2(repo.lastStderr().startsWith("gantry commit: main is protected: this repository refuses commits"),
                 repo.lastStderr().constData());
        QCOMPARE(repo.revParse(s("HEAD")), before);
        repo.gantry({s("commit"), s("--allow-protected"), s("-m"), s("Three")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(!repo.lastStderr().contains("protected"));
        QCOMPARE(repo.git({s("log"), s("-1"), s("--format=%s")}), QByteArray("Three\n"));

        // A branch that is not protected commits silently.
        repo.git({s("checkout"), s("-q"), s("-b"), s("feat/x")});
        repo.write(s("a.txt"), "4\n");
        repo.git({s("add"), s("a.txt")});
        repo.gantry({s("commit"), s("-m"), s("Four")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.lastStderr(), QByteArray());
        // release/* is a glob.
        repo.git({s("checkout"), s("-q"), s("-b"), s("release/1.0")});
        repo.write(s("a.txt"), "5\n");
        repo.git({s("add"), s("a.txt")});
        repo.gantry({s("commit"), s("-m"), s("Five")});
        QCOMPARE(repo.lastExitCode(), 1);
    }

    void amendingAPublishedCommitWarnsFirst()
    {
        TestRepo remote(false);
        remote.git({s("init"), s("-q"), s("--bare"), s("-b"), s("main")});
        TestRepo repo;
        repo.write(s(".gantry/conventions.yml"), "protected-branches: []\n");
        repo.commitFile(s("a.txt"), "1\n", s("Initial"));
        repo.git({s("remote"), s("add"), s("origin"), remote.path()});
        repo.git({s("push"), s("-q"), s("-u"), s("origin"), s("main")});

        repo.gantry({s("commit"), s("--amend"), s("-m"), s("Initial, amended")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY2(repo.lastStderr().contains("gantry commit: warning: the commit being amended is already on origin/main"),
                 repo.lastStderr().constData());

        // A commit not pushed yet amends without a word.
        repo.commitFile(s("b.txt"), "b\n", s("Local"));
        repo.gantry({s("commit"), s("--amend"), s("-m"), s("Local, amended")});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.lastStderr(), QByteArray());
    }

    void largeCommitGetsAHint()
    {
        TestRepo repo;
        repo.write(s(".gantry/conventions.yml"), "guards:\n  large-commit-lines: 10\nprotected-branches: []\n");
        repo.commitFile(s("a.txt"), "1\n", s("Initial"));
        QByteArray lines;
        for (int i = 0; i < 11; ++i)
            lines += QByteArray::number(i) + '\n';
        repo.write(s("big.txt"), lines);
        repo.git({s("add"), s("big.txt")});
        repo.gantry({s("commit"), s("-m"), s("Big")});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY2(repo.lastStderr().contains("hint: this commit changes 11 line")
                 && repo.lastStderr().contains(", more than 10 (guards.large-commit-lines)"), repo.lastStderr().constData());
        repo.write(s("small.txt"), "x\n");
        repo.git({s("add"), s("small.txt")});
        repo.gantry({s("commit"), s("-m"), s("Small")});
        QCOMPARE(repo.lastStderr(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCliGuards)
#include "tst_cli_guards.moc"
