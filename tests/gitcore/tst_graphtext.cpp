#include "gitcore/CommitSource.h"
#include "gitcore/GraphTextRenderer.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "gitcore/TopoOrderWalker.h"
#include "support/TestRepo.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace gantry;

namespace {

/// `git log --graph --format=%H [revisions]` drawn by GraphTextRenderer.
QByteArray renderGraph(const QString &path, const QStringList &revisions)
{
    auto repo = Repository::open(path);
    auto source = CommitSource::open(repo->raw());
    auto tips = revisions == QStringList{"--all"} ? TopoOrderWalker::allRefTips(repo->raw())
                                                  : TopoOrderWalker::resolveRevisions(repo->raw(), revisions);
    if (!tips)
        return tips.errorMessage().toUtf8();
    TopoOrderWalker walker(**source);
    if (auto started = walker.start(*tips); !started)
        return started.errorMessage().toUtf8();
    GraphTextRenderer graph;
    QByteArray out;
    CommitKey key = 0;
    CommitSource::ParentList parents;
    char hex[40];
    while (walker.next(&key)) {
        (*source)->parents(key, &parents);
        graph.update(key, std::span<const CommitKey>(parents.constData(), parents.size()));
        graph.showCommit(out);
        (*source)->hex(key, hex);
        graph.showCommitMessage(out, QByteArray(hex, 40));
        out += '\n';
    }
    return out;
}

QByteArray randomHistory(quint32 seed, int commits)
{
    QRandomGenerator rng(seed);
    QByteArray stream;
    QVector<int> heads{0};
    int mark = 0;
    for (int i = 0; i < commits; ++i) {
        int branch = int(rng.bounded(heads.size()));
        if (heads.size() < 7 && mark > 0 && rng.bounded(6) == 0) {
            heads.append(qMax(1, mark - int(rng.bounded(qMin(mark, 12)))));
            branch = heads.size() - 1;
        }
        ++mark;
        stream += "commit refs/heads/" + (branch ? "b" + QByteArray::number(branch) : QByteArray("main")) + "\n";
        stream += "mark :" + QByteArray::number(mark) + "\ncommitter C <c@example.com> "
                  + QByteArray::number(1600000000 + mark * 60) + " +0000\ndata 2\nc\n";
        if (heads[branch])
            stream += "from :" + QByteArray::number(heads[branch]) + "\n";
        if (heads[branch] && rng.bounded(4) == 0) {
            QSet<int> used{heads[branch]};
            const int ways = rng.bounded(5) == 0 ? 3 : 1;
            for (int w = 0; w < ways; ++w) {
                const int other = heads[rng.bounded(heads.size())];
                if (other && !used.contains(other)) {
                    used.insert(other);
                    stream += "merge :" + QByteArray::number(other) + "\n";
                }
            }
        }
        stream += "\n";
        heads[branch] = mark;
        if (rng.bounded(20) == 0)
            stream += "reset refs/tags/t" + QByteArray::number(mark) + "\nfrom :" + QByteArray::number(mark) + "\n\n";
    }
    return stream;
}

/// What must hold even where the drawing differs: each commit once, on a row with one '*',
/// before its parents, and only graph characters before the id.
void verifyStructure(const QByteArray &graph, TestRepo &repo)
{
    QHash<QByteArray, int> rowOf;
    const QList<QByteArray> lines = graph.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype star = line.indexOf('*');
        for (char c : line.left(star < 0 ? line.size() : star))
            QVERIFY(QByteArray("|/\\_-. ").contains(c));
        if (star < 0)
            continue;
        const QByteArray id = line.right(40);
        QVERIFY(!rowOf.contains(id));
        rowOf.insert(id, i);
    }
    for (const QByteArray &line : repo.git({"rev-list", "--parents", "--all"}).split('\n')) {
        const QList<QByteArray> ids = line.split(' ');
        if (ids.first().isEmpty())
            continue;
        QVERIFY(rowOf.contains(ids.first()));
        for (int p = 1; p < ids.size(); ++p)
            QVERIFY(rowOf[ids.first()] < rowOf[ids[p]]);
    }
}

} // namespace

class TestGraphText : public QObject
{
    Q_OBJECT
private:
    void compareWithGit(TestRepo &repo, const QStringList &revisions = {"--all"})
    {
        QStringList args{"log", "--graph", "--format=%H"};
        args += revisions;
        QCOMPARE(renderGraph(repo.path(), revisions), repo.git(args));
    }

private Q_SLOTS:
    void initTestCase() { ensureLibgit2(); }

    void linear()
    {
        TestRepo repo;
        for (int i = 0; i < 5; ++i)
            repo.commitFile("f", QByteArray::number(i), "c");
        compareWithGit(repo, {"HEAD"});
    }

    void featureBranchMerged()
    {
        TestRepo repo;
        repo.commitFile("f", "1", "base");
        repo.git({"checkout", "-q", "-b", "feature"});
        repo.commitFile("g", "1", "f1");
        repo.commitFile("g", "2", "f2");
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("f", "2", "m1");
        repo.git({"merge", "-q", "--no-ff", "-m", "merge feature", "feature"});
        repo.commitFile("f", "3", "after");
        compareWithGit(repo);
        compareWithGit(repo, {"main"});
    }

    void parallelBranchesMergedInDifferentOrders()
    {
        TestRepo repo;
        repo.commitFile("f", "1", "base");
        for (const char *b : {"a", "b", "c"}) {
            repo.git({"checkout", "-q", "-b", b, "main"});
            repo.commitFile(QString::fromLatin1(b), "1", QStringLiteral("%1 1").arg(b));
            repo.commitFile(QString::fromLatin1(b), "2", QStringLiteral("%1 2").arg(b));
        }
        repo.git({"checkout", "-q", "main"});
        repo.git({"merge", "-q", "--no-ff", "-m", "merge c", "c"});
        repo.git({"merge", "-q", "--no-ff", "-m", "merge a", "a"});
        repo.commitFile("f", "2", "between");
        repo.git({"merge", "-q", "--no-ff", "-m", "merge b", "b"});
        compareWithGit(repo);
    }

    void octopusMerge()
    {
        TestRepo repo;
        repo.commitFile("f", "1", "base");
        for (const char *b : {"x", "y", "z", "w"}) {
            repo.git({"checkout", "-q", "-b", b, "main"});
            repo.commitFile(QString::fromLatin1(b), "1", QString::fromLatin1(b));
        }
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("f", "2", "main moves");
        repo.git({"merge", "-q", "-m", "octopus", "x", "y", "z", "w"});
        compareWithGit(repo);
        repo.git({"checkout", "-q", "-b", "side", "x"});
        repo.commitFile("s", "1", "side after octopus");
        compareWithGit(repo);
    }

    void branchMergedTwice()
    {
        TestRepo repo;
        repo.commitFile("f", "1", "base");
        repo.git({"checkout", "-q", "-b", "topic"});
        repo.commitFile("t", "1", "t1");
        repo.git({"checkout", "-q", "main"});
        repo.git({"merge", "-q", "--no-ff", "-m", "first merge", "topic"});
        repo.git({"checkout", "-q", "topic"});
        repo.commitFile("t", "2", "t2");
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("f", "2", "m");
        repo.git({"merge", "-q", "--no-ff", "-m", "second merge", "topic"});
        compareWithGit(repo);
    }

    void allWithTagsAndUnmergedBranches()
    {
        TestRepo repo;
        repo.commitFile("f", "1", "base");
        repo.git({"tag", "v0"});
        repo.git({"checkout", "-q", "-b", "wip"});
        repo.commitFile("w", "1", "wip 1");
        repo.git({"checkout", "-q", "-b", "experiment", "main"});
        repo.commitFile("e", "1", "exp 1");
        repo.git({"tag", "-a", "-m", "annotated", "v-exp"});
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("f", "2", "m 2");
        repo.git({"checkout", "-q", "--orphan", "pages"});
        repo.commitFile("index.html", "x", "unrelated root");
        repo.git({"checkout", "-q", "main"});
        compareWithGit(repo);
    }

    void randomHistories()
    {
        int exact = 0;
        const int total = 30;
        for (quint32 seed = 1; seed <= quint32(total); ++seed) {
            TestRepo repo;
            repo.gitWithInput({"fast-import", "--quiet"}, randomHistory(seed, 60 + int(seed) * 5));
            if (seed % 2)
                repo.git({"commit-graph", "write", "--reachable"});
            const QByteArray ours = renderGraph(repo.path(), {"--all"});
            const QByteArray theirs = repo.git({"log", "--graph", "--format=%H", "--all"});
            if (ours == theirs)
                ++exact;
            else {
                const QList<QByteArray> a = ours.split('\n'), b = theirs.split('\n');
                int line = 0;
                while (line < a.size() && line < b.size() && a[line] == b[line])
                    ++line;
                qInfo("seed %u differs from line %d:\n%s", seed, line,
                      (a.mid(qMax(0, line - 4), 8).join('\n') + "\n--- git:\n" + b.mid(qMax(0, line - 4), 8).join('\n')).constData());
                verifyStructure(ours, repo);
            }
        }
        qInfo("%d of %d random histories drawn byte-identical to git log --graph", exact, total);
        QCOMPARE(exact, total);
    }
};

QTEST_GUILESS_MAIN(TestGraphText)
#include "tst_graphtext.moc"
