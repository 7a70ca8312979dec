#include "gitcore/CommitGraphFile.h"
#include "gitcore/CommitSource.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace gantry;

namespace {

QByteArray history(quint32 seed, int commits)
{
    QRandomGenerator rng(seed);
    QByteArray stream;
    QVector<int> heads{0};
    for (int mark = 1; mark <= commits; ++mark) {
        if (heads.size() < 5 && mark > 1 && rng.bounded(7) == 0)
            heads.append(mark - 1);
        const int branch = int(rng.bounded(heads.size()));
        stream += "commit refs/heads/b" + QByteArray::number(branch) + "\nmark :" + QByteArray::number(mark) + "\n";
        // Times go backwards now and then, so corrected dates differ from commit times.
        const qint64 time = 1600000000 + mark * 60 - (rng.bounded(6) == 0 ? 100000 : 0);
        stream += "committer C <c@example.com> " + QByteArray::number(time) + " +0000\ndata 2\nc\n";
        if (heads[branch])
            stream += "from :" + QByteArray::number(heads[branch]) + "\n";
        for (int m = 0; m < (rng.bounded(8) == 0 ? 3 : rng.bounded(4) == 0 ? 1 : 0); ++m) {
            const int other = heads[rng.bounded(heads.size())];
            if (other && other != heads[branch] && !stream.endsWith("merge :" + QByteArray::number(other) + "\n"))
                stream += "merge :" + QByteArray::number(other) + "\n";
        }
        stream += "\n";
        heads[branch] = mark;
    }
    return stream;
}

struct GitCommit
{
    QByteArray id;
    QList<QByteArray> parents;
    qint64 time = 0;
};

/// Every commit with its parents and commit time, as git reports them, parents before children.
QList<GitCommit> gitCommits(TestRepo &repo)
{
    QList<GitCommit> commits;
    for (const QByteArray &line : repo.git({"log", "--all", "--reverse", "--topo-order", "--format=%H %ct %P"}).split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2)
            continue;
        GitCommit c{fields[0], {}, fields[1].toLongLong()};
        for (int i = 2; i < fields.size(); ++i)
            if (!fields[i].isEmpty())
                c.parents << fields[i];
        commits << c;
    }
    return commits;
}

void verifyAgainstGit(const CommitGraphFile &graph, TestRepo &repo, int expectedCommits)
{
    const QList<GitCommit> commits = gitCommits(repo);
    QHash<QByteArray, quint32> level;
    QHash<QByteArray, quint64> corrected;
    int found = 0;
    for (const GitCommit &c : commits) {
        const Oid id = Oid::fromHex(QString::fromLatin1(c.id));
        const quint32 position = graph.find(id.raw);
        // The expected numbers, computed here from git's parents and times.
        quint32 expectedLevel = 1;
        quint64 expectedCorrected = quint64(c.time);
        for (const QByteArray &p : c.parents) {
            expectedLevel = qMax(expectedLevel, level.value(p) + 1);
            expectedCorrected = qMax(expectedCorrected, corrected.value(p) + 1);
        }
        level.insert(c.id, expectedLevel);
        corrected.insert(c.id, expectedCorrected);
        if (position == CommitGraphFile::kNotFound)
            continue;
        ++found;
        QCOMPARE(graph.id(position), id);
        QCOMPARE(graph.commitTime(position), c.time);
        CommitGraphFile::ParentList parents;
        QVERIFY(graph.parents(position, &parents));
        QCOMPARE(int(parents.size()), int(c.parents.size()));
        for (int i = 0; i < parents.size(); ++i)
            QCOMPARE(graph.id(parents[i]).toString().toLatin1(), c.parents[i]);
        QCOMPARE(graph.topologicalLevel(position), expectedLevel);
        if (graph.hasCorrectedDates())
            QCOMPARE(graph.generation(position), expectedCorrected);
    }
    QCOMPARE(found, expectedCommits);
    QCOMPARE(int(graph.commitCount()), expectedCommits);
}

} // namespace

class TestCommitGraphFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ensureLibgit2(); }

    void readsGitsCommitGraph()
    {
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, history(7, 400));
        QVERIFY(!CommitGraphFile::open(repo.path() + "/.git/objects"));  // none yet
        repo.git({"commit-graph", "write", "--reachable"});
        QString error;
        auto graph = CommitGraphFile::open(repo.path() + "/.git/objects", &error);
        QVERIFY2(graph, qPrintable(error));
        QCOMPARE(graph->layerCount(), 1);
        QVERIFY(graph->hasCorrectedDates());
        verifyAgainstGit(*graph, repo, 400);
        QCOMPARE(graph->find(Oid::fromHex(QStringLiteral("0123456789012345678901234567890123456789")).raw), CommitGraphFile::kNotFound);

        // Generation v1 only (topological levels).
        repo.git({"-c", "commitGraph.generationVersion=1", "commit-graph", "write", "--reachable"});
        graph = CommitGraphFile::open(repo.path() + "/.git/objects", &error);
        QVERIFY2(graph, qPrintable(error));
        QVERIFY(!graph->hasCorrectedDates());
        verifyAgainstGit(*graph, repo, 400);
    }

    void readsSplitChains()
    {
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, history(11, 200));
        repo.git({"commit-graph", "write", "--reachable", "--split"});
        repo.git({"checkout", "-q", "b0"});
        for (int i = 0; i < 5; ++i)
            repo.commitFile("x", QByteArray::number(i), "more");
        repo.git({"commit-graph", "write", "--reachable", "--split=no-merge"});
        QString error;
        auto graph = CommitGraphFile::open(repo.path() + "/.git/objects", &error);
        QVERIFY2(graph, qPrintable(error));
        QCOMPARE(graph->layerCount(), 2);
        verifyAgainstGit(*graph, repo, 205);
    }

    void sourceAnswersTheSameFromObjects()
    {
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, history(3, 150));
        repo.git({"commit-graph", "write", "--reachable"});
        auto opened = Repository::open(repo.path());
        QVERIFY(opened.ok());
        auto fromGraph = CommitSource::open(opened->raw(), true);
        auto fromObjects = CommitSource::open(opened->raw(), false);
        QVERIFY(fromGraph.ok() && fromObjects.ok());
        QVERIFY((*fromGraph)->hasGenerations());
        QVERIFY(!(*fromObjects)->hasGenerations());
        for (const GitCommit &c : gitCommits(repo)) {
            const Oid id = Oid::fromHex(QString::fromLatin1(c.id));
            for (CommitSource *source : {fromGraph->get(), fromObjects->get()}) {
                const CommitKey key = source->keyOf(id.raw);
                QVERIFY(source->load(key).ok());
                QCOMPARE(source->id(key), id);
                QCOMPARE(source->commitTime(key), c.time);
                CommitSource::ParentList parents;
                source->parents(key, &parents);
                QCOMPARE(int(parents.size()), int(c.parents.size()));
                for (int i = 0; i < parents.size(); ++i)
                    QCOMPARE(source->id(parents[i]).toString().toLatin1(), c.parents[i]);
            }
        }
        const CommitKey missing = (*fromObjects)->keyOf(Oid::fromHex(QStringLiteral("0123456789012345678901234567890123456789")).raw);
        QVERIFY(!(*fromObjects)->load(missing).ok());
    }

    void rejectsMalformedFiles()
    {
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, history(5, 50));
        repo.git({"commit-graph", "write", "--reachable"});
        const QString path = repo.path() + "/.git/objects/info/commit-graph";
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();

        auto expectRejected = [&](const QByteArray &bytes) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            QString error;
            QVERIFY(!CommitGraphFile::open(repo.path() + "/.git/objects", &error));
            QVERIFY(!error.isEmpty());
            // The walk falls back to objects and still matches git.
            auto opened = Repository::open(repo.path());
            auto source = CommitSource::open(opened->raw());
            QVERIFY(source.ok());
            QVERIFY(!(*source)->hasGenerations());
        };
        QByteArray badSignature = good;
        badSignature[0] = 'X';
        expectRejected(badSignature);
        QByteArray badVersion = good;
        badVersion[4] = 9;
        expectRejected(badVersion);
        QByteArray badHash = good;
        badHash[5] = 2;
        expectRejected(badHash);
        expectRejected(good.left(30));
        QByteArray badOffsets = good;
        badOffsets[8 + 4] = char(0x7f);  // first chunk offset far past the end
        expectRejected(badOffsets);
    }
};

QTEST_GUILESS_MAIN(TestCommitGraphFile)
#include "tst_commitgraphfile.moc"
