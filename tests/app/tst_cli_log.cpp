#include "support/TestRepo.h"

#include <QTest>

/// `gantry log` compared byte for byte with `git log` on the same repository.
class TestCliLog : public QObject
{
    Q_OBJECT
private:
    TestRepo *m_repo = nullptr;

    void compare(const QStringList &args)
    {
        const QByteArray theirs = m_repo->git(QStringList{"log"} + args);
        const QByteArray ours = m_repo->gantry(QStringList{"log"} + args);
        QCOMPARE(m_repo->lastExitCode(), 0);
        QCOMPARE(ours, theirs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_repo = new TestRepo;
        TestRepo &r = *m_repo;
        r.commitFile("a", "1", "first commit\n\nwith a body\n\n\tand a tab\n");
        r.git({"tag", "v1.0"});
        r.git({"checkout", "-q", "-b", "topic"});
        r.commitFile("b", "1", "topic: work\nsubject continues");
        r.git({"-c", "user.name=Zoë Ångström", "-c", "user.email=zoe@example.org", "commit", "-q", "--allow-empty",
               "-m", "héllo wörld ✓"});
        r.git({"checkout", "-q", "main"});
        r.commitFile("a", "2", "second on main");
        r.git({"merge", "-q", "--no-ff", "-m", "Merge branch 'topic'", "topic"});
        r.git({"tag", "-a", "-m", "release", "v2.0"});
        r.git({"branch", "unmerged", "HEAD~1"});
        r.git({"checkout", "-q", "unmerged"});
        r.commitFile("c", "1", "unmerged work");
        r.git({"checkout", "-q", "main"});
        r.git({"update-ref", "refs/remotes/origin/main", "HEAD~1"});
    }
    void cleanupTestCase() { delete m_repo; }

    void placeholders()
    {
        compare({"--format=%H|%h|%P|%p|%an|%ae|%ad|%at|%cn|%ce|%ct|%s|%d|%D|%%|%n"});
        compare({"--all", "--format=%H %d"});
        compare({"--format=%T %t %ai %aI %ci %cI %cd"});
        compare({"--format=%b|%B|"});
    }

    void optionsInAnyOrder()
    {
        compare({"--all", "-n", "3", "--format=%h %s"});
        compare({"--format=%h %s", "-n", "3", "--all"});
        // "--format FMT" (a separate value) is accepted too, as the same as --format=FMT.
        QCOMPARE(m_repo->gantry({"log", "--max-count=2", "--all", "--format", "%h"}),
                 m_repo->git({"log", "--max-count=2", "--all", "--format=%h"}));
        compare({"-2", "--format=%H", "topic"});
        compare({"--format=%H", "main", "unmerged"});
        compare({"unmerged", "--format=%H", "-n1"});
        compare({"--pretty=format:%h %an"});
        compare({"--pretty=tformat:%h %an", "--all"});
        compare({"--oneline", "--all"});
        compare({"--topo-order", "--format=%h", "--all"});
    }

    void defaultMediumFormat()
    {
        compare({});
        compare({"--all"});
        compare({"--graph", "--all"});
    }

    void graph()
    {
        compare({"--graph", "--format=%h", "--all"});
        compare({"--graph", "--oneline", "--all"});
        compare({"--all", "--graph", "--format=%h%d%n%s"});
        compare({"--graph", "--pretty=format:%h"});
        compare({"--graph", "--format=%H", "-n", "3", "--all"});
    }

    void errors()
    {
        const QByteArray out = m_repo->gantry({"log", "no-such-rev"});
        QCOMPARE(m_repo->lastExitCode(), 1);
        QVERIFY(out.isEmpty());
        QVERIFY(m_repo->lastStderr().contains("no-such-rev"));
        QCOMPARE(m_repo->lastStderr().count('\n'), 1);

        m_repo->gantry({"log", "--bogus"});
        QCOMPARE(m_repo->lastExitCode(), 2);
        m_repo->gantry({"log", "-n", "x"});
        QCOMPARE(m_repo->lastExitCode(), 2);

        TestRepo empty;
        empty.gantry({"log"});
        QCOMPARE(empty.lastExitCode(), 1);
        QVERIFY(empty.lastStderr().contains("does not have any commits yet"));
        QCOMPARE(empty.gantry({"log", "--all"}), QByteArray());
        QCOMPARE(empty.lastExitCode(), 0);

        TestRepo notRepo(false);
        notRepo.gantry({"log"});
        QCOMPARE(notRepo.lastExitCode(), 1);
    }

    void directoryOption()
    {
        TestRepo other(false);
        const QByteArray ours = other.gantry({"log", "-C", m_repo->path(), "--format=%H", "--all"});
        QCOMPARE(ours, m_repo->git({"log", "--format=%H", "--all"}));
    }

    void withCommitGraph()
    {
        m_repo->git({"commit-graph", "write", "--reachable"});
        compare({"--graph", "--format=%h", "--all"});
        compare({"--format=%H %P", "--all"});
        m_repo->commitFile("d", "1", "after the graph");
        compare({"--graph", "--format=%h %s", "--all"});
    }
};

QTEST_MAIN(TestCliLog)
#include "tst_cli_log.moc"
