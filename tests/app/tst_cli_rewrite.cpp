// `gantry merge`, `gantry reset` and `gantry rebase` on the command line: fast-forward only by
// default (exit 3 otherwise), published commits refused unless --allow-rewrite (exit 3), conflicts
// left as git leaves them. A real upstream: a bare repository pushed to with git.
#include "support/TestHelpers.h"
#include "support/TestRepo.h"

#include <QtTest>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

using gantry::testkit::trimmed;
using gantry::testkit::words;

/// main: base → m1 (m.txt); feature: base → f1 (f.txt, or the same line as m1 when `conflicting`).
void makeDiverged(TestRepo &t, bool conflicting = false)
{
    t.commitFile(s("f.txt"), "1\n2\n", s("base"));
    t.git(words("checkout -q -b feature"));
    t.commitFile(s("f.txt"), "feature\n2\n", s("f1"));
    t.git(words("checkout -q main"));
    if (conflicting)
        t.commitFile(s("f.txt"), "main\n2\n", s("m1"));
    else
        t.commitFile(s("m.txt"), "m\n", s("m1"));
}

void publish(TestRepo &t, TestRepo &origin, const QString &branch)
{
    origin.git(words("init -q --bare"));
    t.git({s("remote"), s("add"), s("origin"), origin.path()});
    t.git({s("push"), s("-q"), s("-u"), s("origin"), branch});
}

} // namespace

class TestCliRewrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeIsFastForwardOnlyByDefault()
    {
        TestRepo t;
        makeDiverged(t);
        const QString head = t.revParse(s("HEAD"));
        t.gantry({s("merge"), s("feature")});
        QCOMPARE(t.lastExitCode(), 3);
        QVERIFY2(t.lastStderr().contains("--allow-merge-commit"), t.lastStderr().constData());
        QCOMPARE(t.revParse(s("HEAD")), head);

        const QByteArray out = t.gantry({s("merge"), s("--allow-merge-commit"), s("feature")});
        QCOMPARE(t.lastExitCode(), 0);
        QVERIFY(out.contains("Merged feature"));
        QCOMPARE(trimmed(t.git(words("log -1 --format=%s%n%P"))),
                 s("Merge branch 'feature'\n") + head + QLatin1Char(' ') + t.revParse(s("feature")));

        t.gantry({s("merge"), s("feature")});
        QCOMPARE(t.lastExitCode(), 0); // up to date

        t.git(words("checkout -q -b ahead"));
        t.commitFile(s("x.txt"), "x\n", s("x"));
        t.git(words("checkout -q main"));
        const QByteArray ff = t.gantry({s("merge"), s("-C"), t.path(), s("ahead")}, QDir::tempPath());
        QCOMPARE(t.lastExitCode(), 0);
        QVERIFY2(ff.contains("Fast-forwarded"), ff.constData());
        QCOMPARE(t.revParse(s("main")), t.revParse(s("ahead")));
    }

    void mergeConfigAllowsMergeCommits()
    {
        TestRepo t;
        makeDiverged(t);
        t.write(s(".gantry/conventions.yml"), "guards:\n  merge:\n    fast-forward-only: false\n");
        t.gantry({s("merge"), s("feature")});
        QCOMPARE(t.lastExitCode(), 0);
        QCOMPARE(trimmed(t.git(words("log -1 --format=%s"))), s("Merge branch 'feature'"));
    }

    void mergeConflictAndAbort()
    {
        TestRepo t;
        makeDiverged(t, true);
        const QByteArray out = t.gantry({s("merge"), s("--allow-merge-commit"), s("feature")});
        QCOMPARE(t.lastExitCode(), 1);
        QVERIFY2(out.contains("f.txt"), out.constData());
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), s("UU f.txt"));
        QCOMPARE(trimmed(t.git(words("rev-parse MERGE_HEAD"))), t.revParse(s("feature")));
        t.gantry({s("merge"), s("--abort")});
        QCOMPARE(t.lastExitCode(), 0);
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QString());
        QCOMPARE(t.read(s("f.txt")), QByteArray("main\n2\n"));
    }

    void resetRefusesPublishedUnlessAllowed()
    {
        TestRepo t;
        TestRepo origin(false);
        t.commitFile(s("f.txt"), "a\n", s("a"));
        t.commitFile(s("f.txt"), "b\n", s("b is published"));
        publish(t, origin, s("main"));
        t.commitFile(s("f.txt"), "c\n", s("c"));
        const QString head = t.revParse(s("HEAD"));

        t.gantry({s("reset"), s("--hard"), s("HEAD~2")});
        QCOMPARE(t.lastExitCode(), 3);
        QVERIFY2(t.lastStderr().contains("b is published"), t.lastStderr().constData());
        QVERIFY(t.lastStderr().contains("origin/main"));
        QCOMPARE(t.revParse(s("HEAD")), head);

        // Only local commits: no question asked, like git.
        t.write(s("f.txt"), "uncommitted\n");
        t.gantry({s("reset"), s("--hard"), s("HEAD~1")});
        QCOMPARE(t.lastExitCode(), 0);
        QVERIFY2(t.lastStderr().contains("refs/gantry/discarded"), t.lastStderr().constData());
        QCOMPARE(t.read(s("f.txt")), QByteArray("b\n"));
        QVERIFY(t.git(words("show refs/gantry/discarded:f.txt")).contains("uncommitted"));

        t.gantry({s("reset"), s("--soft"), s("--allow-rewrite"), s("HEAD~1")});
        QCOMPARE(t.lastExitCode(), 0);
        QVERIFY(t.lastStderr().contains("--force-with-lease"));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), s("M  f.txt"));

        t.gantry({s("reset"), s("--soft"), s("--hard"), s("HEAD")});
        QCOMPARE(t.lastExitCode(), 2);
        t.gantry({s("reset")});
        QCOMPARE(t.lastExitCode(), 2);
        t.gantry({s("reset"), s("no-such-rev")});
        QCOMPARE(t.lastExitCode(), 1);
    }

    void rewriteOffNeedsNoFlag()
    {
        TestRepo t;
        TestRepo origin(false);
        t.commitFile(s("f.txt"), "a\n", s("a"));
        t.commitFile(s("f.txt"), "b\n", s("b"));
        publish(t, origin, s("main"));
        t.write(s(".gantry/conventions.yml"), "guards:\n  rewrite-published: off\n");
        t.gantry({s("reset"), s("HEAD~1")});
        QCOMPARE(t.lastExitCode(), 0);
        QCOMPARE(t.revParse(s("HEAD")), t.revParse(s("origin/main~1")));

        t.write(s(".gantry/conventions.yml"), "guards:\n  rewrite-published: maybe\n");
        t.gantry({s("reset"), s("origin/main")});
        QVERIFY2(t.lastStderr().contains(".gantry/conventions.yml:2:22:"), t.lastStderr().constData());
    }

    void amendFollowsRewritePublished()
    {
        TestRepo t;
        TestRepo origin(false);
        t.write(s(".gantry/conventions.yml"), "protected-branches: []\nguards:\n  rewrite-published: refuse\n");
        t.git(words("add .gantry/conventions.yml"));
        t.commitFile(s("f.txt"), "a\n", s("a"));
        publish(t, origin, s("main"));
        const QString pushed = t.revParse(s("HEAD"));

        t.gantry({s("commit"), s("--amend"), s("-m"), s("a, reworded")});
        QCOMPARE(t.lastExitCode(), 1);
        QVERIFY2(t.lastStderr().contains("guards.rewrite-published"), t.lastStderr().constData());
        QCOMPARE(t.revParse(s("HEAD")), pushed);
        t.gantry({s("commit"), s("--amend"), s("--allow-rewrite"), s("-m"), s("a, reworded")});
        QCOMPARE(t.lastExitCode(), 0);
        QVERIFY(t.revParse(s("HEAD")) != pushed);

        t.git(words("reset -q --hard origin/main"));
        t.write(s(".gantry/conventions.yml"), "protected-branches: []\nguards:\n  rewrite-published: off\n");
        t.gantry({s("commit"), s("--amend"), s("-m"), s("a, again")});
        QCOMPARE(t.lastExitCode(), 0);
        QVERIFY2(!t.lastStderr().contains("published"), t.lastStderr().constData());
    }

    void rebaseLikeGit()
    {
        TestRepo t;
        TestRepo origin(false);
        makeDiverged(t);
        t.git(words("checkout -q feature"));
        const QByteArray out = t.gantry({s("rebase"), s("main")});
        QCOMPARE(t.lastExitCode(), 0);
        QVERIFY2(out.contains("Successfully rebased"), out.constData());
        QCOMPARE(t.revParse(s("feature~1")), t.revParse(s("main")));
        QCOMPARE(trimmed(t.git(words("log -1 --format=%s"))), s("f1"));

        // Published now: rebasing it again onto something new is refused, then allowed.
        publish(t, origin, s("feature"));
        t.git(words("checkout -q main"));
        t.commitFile(s("n.txt"), "n\n", s("m2"));
        t.git(words("checkout -q feature"));
        const QString head = t.revParse(s("HEAD"));
        t.gantry({s("rebase"), s("main")});
        QCOMPARE(t.lastExitCode(), 3);
        QVERIFY2(t.lastStderr().contains("f1"), t.lastStderr().constData());
        QCOMPARE(t.revParse(s("HEAD")), head);
        t.gantry({s("rebase"), s("--allow-rewrite"), s("main")});
        QCOMPARE(t.lastExitCode(), 0);
        QCOMPARE(t.revParse(s("feature~1")), t.revParse(s("main")));
        t.gantry({s("rebase")});
        QCOMPARE(t.lastExitCode(), 2);
    }

    void rebaseConflictContinueAndAbort()
    {
        TestRepo t;
        makeDiverged(t, true);
        t.git(words("checkout -q feature"));
        const QString head = t.revParse(s("HEAD"));
        const QByteArray out = t.gantry({s("rebase"), s("main")});
        QCOMPARE(t.lastExitCode(), 1);
        QVERIFY2(out.contains("f.txt"), out.constData());
        t.gantry({s("rebase"), s("--abort")});
        QCOMPARE(t.lastExitCode(), 0);
        QCOMPARE(t.revParse(s("HEAD")), head);
        QCOMPARE(trimmed(t.git(words("symbolic-ref HEAD"))), s("refs/heads/feature"));

        t.gantry({s("rebase"), s("main")});
        QCOMPARE(t.lastExitCode(), 1);
        t.write(s("f.txt"), "both\n2\n");
        t.git(words("add f.txt"));
        t.gantry({s("rebase"), s("--continue")});
        QCOMPARE(t.lastExitCode(), 0);
        QCOMPARE(t.read(s("f.txt")), QByteArray("both\n2\n"));
        QCOMPARE(t.revParse(s("feature~1")), t.revParse(s("main")));
        QCOMPARE(trimmed(t.git(words("status --porcelain"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestCliRewrite)
#include "tst_cli_rewrite.moc"
