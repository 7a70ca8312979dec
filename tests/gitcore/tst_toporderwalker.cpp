#include "gitcore/CommitSource.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "gitcore/TopoOrderWalker.h"
#include "support/TestRepo.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace gantry;

namespace {

/// A random branchy history written with git fast-import: branches forking from recent commits,
/// merges (some octopus), tags, and occasionally equal or skewed commit times.
QByteArray randomHistory(quint32 seed, int commits, int maxBranches = 8)
{
    QRandomGenerator rng(seed);
    QByteArray stream;
    QVector<int> heads{0};  // mark of each branch head (0: not started)
    qint64 time = 1600000000;
    int mark = 0;
    for (int i = 0; i < commits; ++i) {
        int branch = int(rng.bounded(heads.size()));
        if (heads.size() < maxBranches && mark > 0 && rng.bounded(8) == 0) {
            heads.append(qMax(1, mark - int(rng.bounded(qMin(mark, 20)))));
            branch = heads.size() - 1;
            stream += "reset refs/heads/b" + QByteArray::number(branch) + "\nfrom :" + QByteArray::number(heads[branch]) + "\n\n";
        }
        const int skew = rng.bounded(10);
        time += skew == 0 ? 0 : skew == 1 ? -120 : 60;
        ++mark;
        const QByteArray ref = branch == 0 ? QByteArray("refs/heads/main") : "refs/heads/b" + QByteArray::number(branch);
        stream += "commit " + ref + "\nmark :" + QByteArray::number(mark) + "\n";
        stream += "committer C <c@example.com> " + QByteArray::number(time) + " +0000\n";
        const QByteArray message = "commit " + QByteArray::number(mark) + "\n";
        stream += "data " + QByteArray::number(message.size()) + "\n" + message;
        if (heads[branch])
            stream += "from :" + QByteArray::number(heads[branch]) + "\n";
        if (heads[branch] && heads.size() > 1 && rng.bounded(5) == 0) {
            const int ways = rng.bounded(6) == 0 ? 3 : 1;
            QSet<int> used{heads[branch]};
            for (int w = 0; w < ways; ++w) {
                const int other = heads[rng.bounded(heads.size())];
                if (other && !used.contains(other)) {
                    used.insert(other);
                    stream += "merge :" + QByteArray::number(other) + "\n";
                }
            }
        }
        stream += "M 644 inline f" + QByteArray::number(branch) + "\ndata " + QByteArray::number(message.size()) + "\n" + message + "\n";
        heads[branch] = mark;
        if (rng.bounded(25) == 0)
            stream += "reset refs/tags/t" + QByteArray::number(mark) + "\nfrom :" + QByteArray::number(mark) + "\n\n";
    }
    return stream;
}

QByteArray walk(const QString &path, bool useGraph, const QStringList &revisions = {}, int maxCount = -1)
{
    auto repo = Repository::open(path);
    if (!repo)
        return "open failed: " + repo.errorMessage().toUtf8();
    auto source = CommitSource::open(repo->raw(), useGraph);
    if (!source)
        return "source failed: " + source.errorMessage().toUtf8();
    auto tips = revisions.isEmpty() ? TopoOrderWalker::allRefTips(repo->raw())
                                    : TopoOrderWalker::resolveRevisions(repo->raw(), revisions);
    if (!tips)
        return "tips failed: " + tips.errorMessage().toUtf8();
    TopoOrderWalker walker(**source);
    walker.setMaxCount(maxCount);
    if (auto started = walker.start(*tips); !started)
        return "start failed: " + started.errorMessage().toUtf8();
    QByteArray out;
    CommitKey key = 0;
    char hex[41] = {};
    while (walker.next(&key)) {
        (*source)->hex(key, hex);
        out += QByteArray(hex, 40) + '\n';
    }
    if (walker.error())
        out += "error: " + walker.error()->message().toUtf8();
    return out;
}

/// Every commit appears once and before each of its parents (checked with git's own parents).
void verifyTopological(TestRepo &repo, const QByteArray &order)
{
    QHash<QByteArray, int> rowOf;
    const QList<QByteArray> rows = order.split('\n');
    for (int i = 0; i < rows.size(); ++i)
        if (!rows[i].isEmpty()) {
            QVERIFY2(!rowOf.contains(rows[i]), rows[i].constData());
            rowOf.insert(rows[i], i);
        }
    const QList<QByteArray> lines = repo.git({"rev-list", "--parents", "--all"}).split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> ids = line.split(' ');
        if (ids.first().isEmpty())
            continue;
        QVERIFY(rowOf.contains(ids.first()));
        for (int p = 1; p < ids.size(); ++p)
            QVERIFY(rowOf.value(ids.first()) < rowOf.value(ids[p]));
    }
}

} // namespace

class TestTopoOrderWalker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ensureLibgit2(); }

    void matchesGitOnRandomHistories_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("commits");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << int(40 + seed * 37);
    }

    void matchesGitOnRandomHistories()
    {
        QFETCH(quint32, seed);
        QFETCH(int, commits);
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, randomHistory(seed, commits));
        repo.git({"reset", "-q", "--hard", "main"});

        // No commit-graph: git and Gantry both walk everything, then sort.
        const QByteArray gitOrder = repo.git({"rev-list", "--topo-order", "--all"});
        QCOMPARE(walk(repo.path(), true), gitOrder);
        verifyTopological(repo, gitOrder);

        // A commit-graph: both walk incrementally by generation number.
        repo.git({"commit-graph", "write", "--reachable"});
        QCOMPARE(walk(repo.path(), true), repo.git({"rev-list", "--topo-order", "--all"}));
        // Without reading it, the order is still git's (walked from objects).
        QCOMPARE(walk(repo.path(), false), gitOrder);

        // Commits made after the graph was written are outside it.
        repo.commitFile("late.txt", "late\n", "late commit");
        repo.git({"checkout", "-q", "-b", "late-branch", "HEAD~3"});
        repo.commitFile("late2.txt", "late\n", "another late commit");
        QCOMPARE(walk(repo.path(), true), repo.git({"rev-list", "--topo-order", "--all"}));

        // A split chain.
        repo.git({"commit-graph", "write", "--reachable", "--split"});
        QCOMPARE(walk(repo.path(), true), repo.git({"rev-list", "--topo-order", "--all"}));
    }

    void givenRevisionsAndMaxCount()
    {
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, randomHistory(99, 300));
        repo.git({"reset", "-q", "--hard", "main"});
        for (bool graph : {false, true}) {
            if (graph)
                repo.git({"commit-graph", "write", "--reachable"});
            QCOMPARE(walk(repo.path(), true, {"b1", "main~2"}), repo.git({"rev-list", "--topo-order", "b1", "main~2"}));
            QCOMPARE(walk(repo.path(), true, {"main"}, 17), repo.git({"rev-list", "--topo-order", "-n", "17", "main"}));
            QCOMPARE(walk(repo.path(), true, {}, 0), QByteArray());
        }
    }

    void badRevisionIsAnError()
    {
        TestRepo repo;
        repo.commitFile("a", "a", "first");
        auto opened = Repository::open(repo.path());
        QVERIFY(opened.ok());
        auto tips = TopoOrderWalker::resolveRevisions(opened->raw(), {"no-such-branch"});
        QVERIFY(!tips.ok());
        QVERIFY(tips.errorMessage().contains("no-such-branch"));
        const QString tree = repo.revParse("HEAD^{tree}");
        auto treeTips = TopoOrderWalker::resolveRevisions(opened->raw(), {tree});
        QVERIFY(!treeTips.ok());
    }

    void emptyAndShallowRepositories()
    {
        TestRepo empty;
        QCOMPARE(walk(empty.path(), true), QByteArray());

        TestRepo origin;
        origin.gitWithInput({"fast-import", "--quiet"}, randomHistory(5, 120));
        origin.git({"reset", "-q", "--hard", "main"});
        TestRepo clone(false);
        clone.git({"clone", "-q", "--depth", "5", "--no-single-branch", "file://" + origin.path(), clone.path()});
        QCOMPARE(walk(clone.path(), true), clone.git({"rev-list", "--topo-order", "--all"}));
    }
};

QTEST_GUILESS_MAIN(TestTopoOrderWalker)
#include "tst_toporderwalker.moc"
