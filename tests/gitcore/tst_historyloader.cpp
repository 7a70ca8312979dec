#include "gitcore/HistoryLoader.h"
#include "gitcore/LibGit2.h"
#include "support/TestRepo.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace gantry;

namespace {

/// A linear history of `commits` commits with a side branch merged every 50 commits.
QByteArray bigHistory(int commits)
{
    QByteArray stream;
    int mark = 0;
    int mainHead = 0;
    for (int i = 0; i < commits; ++i) {
        ++mark;
        const bool side = i % 50 == 25;
        const QByteArray ref = side ? "refs/heads/side" : "refs/heads/main";
        stream += "commit " + ref + "\nmark :" + QByteArray::number(mark) + "\n";
        stream += "committer C <c@example.com> " + QByteArray::number(1600000000 + i * 60) + " +0000\n";
        stream += "data 2\nc\n";
        if (mainHead)
            stream += "from :" + QByteArray::number(mainHead) + "\n";
        if (!side && i % 50 == 26)
            stream += "merge :" + QByteArray::number(mark - 1) + "\n";
        if (!side)
            mainHead = mark;
        stream += "\n";
    }
    return stream;
}

QStringList rowIds(const HistoryGraph &graph)
{
    QStringList ids;
    for (int row = 0; row < graph.rowCount(); ++row)
        ids << graph.commit(row).toString();
    return ids;
}

} // namespace

class TestHistoryLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ensureLibgit2(); }

    void loadsSmallHistoryInGitOrder()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "one");
        repo.git({"checkout", "-q", "-b", "topic"});
        repo.commitFile("b", "1", "two");
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("a", "2", "three");
        repo.git({"merge", "-q", "--no-ff", "-m", "merge", "topic"});
        repo.git({"tag", "v1", "HEAD~1"});

        HistoryQuery query;
        query.batchSize = 2;
        HistoryLoader loader(repo.path(), query);
        QSignalSpy batches(&loader, &HistoryLoader::batchReady);
        QSignalSpy finished(&loader, &HistoryLoader::finished);
        QSignalSpy failed(&loader, &HistoryLoader::failed);
        loader.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.first().first().toInt(), 4);
        HistoryGraph all;
        for (const QList<QVariant> &args : batches)
            all.append(args.first().value<HistoryGraph>());
        QCOMPARE(batches.count(), 2);
        const QStringList expected = QString::fromUtf8(repo.git({"rev-list", "--topo-order", "--all"})).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(rowIds(all), expected);
        // The merge has two lines leaving its node; the root ends its lane.
        int leaving = 0;
        for (const GraphLine &line : all.lines(0))
            leaving += line.top == GraphLine::kNode;
        QCOMPARE(leaving, 2);
        for (const GraphLine &line : all.lines(3))
            QVERIFY(line.top != GraphLine::kNode);
        QCOMPARE(all.rowOf(Oid::fromHex(expected.last())), 3);
        QTRY_VERIFY(!loader.isRunning());
    }

    void firstBatchBeforeFinishedAndCancel()
    {
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, bigHistory(20000));
        for (bool graph : {false, true}) {
            if (graph)
                repo.git({"commit-graph", "write", "--reachable"});
            HistoryQuery query;
            HistoryLoader loader(repo.path(), query);
            QSignalSpy batches(&loader, &HistoryLoader::batchReady);
            QSignalSpy finished(&loader, &HistoryLoader::finished);
            loader.start();
            QVERIFY(finished.wait(60000));
            QVERIFY(batches.count() >= 2);
            QCOMPARE(finished.first().first().toInt(), 20000);
            HistoryGraph all;
            for (const QList<QVariant> &args : batches)
                all.append(args.first().value<HistoryGraph>());
            QCOMPARE(all.rowCount(), 20000);
            QCOMPARE(rowIds(all), QString::fromUtf8(repo.git({"rev-list", "--topo-order", "--all"})).split('\n', Qt::SkipEmptyParts));
            QVERIFY(all.maxColumns() <= 3);
        }

        // Cancelled after the first batch: no more signals, and destruction joins cleanly.
        {
            HistoryQuery query;
            query.batchSize = 100;
            HistoryLoader loader(repo.path(), query);
            QSignalSpy batches(&loader, &HistoryLoader::batchReady);
            QSignalSpy finished(&loader, &HistoryLoader::finished);
            // Cancelled as the first batch arrives: however far the worker got (its later
            // batches and its "finished" may be queued already), nothing more is delivered.
            connect(&loader, &HistoryLoader::batchReady, &loader, [&loader] { loader.cancel(); });
            loader.start();
            QVERIFY(batches.wait(20000));
            QTest::qWait(200);
            QCOMPARE(batches.count(), 1);
            QCOMPARE(finished.count(), 0);
        }
        // Destroyed while running.
        for (int i = 0; i < 5; ++i) {
            auto loader = std::make_unique<HistoryLoader>(repo.path(), HistoryQuery());
            loader->start();
            QTest::qWait(i);
            loader.reset();
        }
    }

    void maxCountAndRevisions()
    {
        TestRepo repo;
        repo.gitWithInput({"fast-import", "--quiet"}, bigHistory(300));
        HistoryQuery query;
        query.allRefs = false;
        query.revisions = {"side"};
        query.maxCount = 30;
        HistoryLoader loader(repo.path(), query);
        QSignalSpy batches(&loader, &HistoryLoader::batchReady);
        QSignalSpy finished(&loader, &HistoryLoader::finished);
        loader.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 30);
        QCOMPARE(rowIds(batches.first().first().value<HistoryGraph>()),
                 QString::fromUtf8(repo.git({"rev-list", "--topo-order", "-n", "30", "side"})).split('\n', Qt::SkipEmptyParts));
    }

    void failures()
    {
        QTemporaryDir notARepo;
        {
            HistoryLoader loader(notARepo.path(), HistoryQuery());
            QSignalSpy failed(&loader, &HistoryLoader::failed);
            loader.start();
            QVERIFY(failed.wait(10000));
            QVERIFY(!failed.first().first().toString().isEmpty());
        }
        TestRepo repo;
        repo.commitFile("a", "a", "one");
        HistoryQuery query;
        query.allRefs = false;
        query.revisions = {"nope"};
        HistoryLoader loader(repo.path(), query);
        QSignalSpy failed(&loader, &HistoryLoader::failed);
        loader.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains("nope"));

        TestRepo empty;
        HistoryLoader emptyLoader(empty.path(), HistoryQuery());
        QSignalSpy finished(&emptyLoader, &HistoryLoader::finished);
        emptyLoader.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryLoader)
#include "tst_historyloader.moc"
