#include "gitcore/LibGit2.h"
#include "support/TestRepo.h"
#include "widgets/HistoryModel.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace gantry;

/// HistoryModel on a real repository of a few thousand commits (built with git fast-import):
/// rows arrive while loading, are exposed through fetchMore, appear once each in topological
/// order, and show what git shows.
class TestHistoryModel : public QObject
{
    Q_OBJECT

private:
    TestRepo *m_repo = nullptr;
    int m_total = 0;

    /// A fast-import stream: a main line of `mainCommits` commits; every 40th commit starts a
    /// topic branch of 6 commits that is merged back 10 commits later (the last ones stay open).
    static QByteArray fastImportStream(int mainCommits)
    {
        QByteArray out;
        int mark = 0;
        qint64 time = 1600000000;
        const QList<QByteArray> authors{"Alice Anders <alice@example.org>", "Bob Builder <bob@example.org>",
                                        "Zoë Ünger <zoe@example.org>"};
        auto commit = [&](const QByteArray &ref, int from, int merge, const QByteArray &message, const QByteArray &file) {
            ++mark;
            time += 60;
            const QByteArray author = authors[mark % authors.size()];
            out += "commit " + ref + "\nmark :" + QByteArray::number(mark) + "\n";
            out += "author " + author + " " + QByteArray::number(time) + " +0000\n";
            out += "committer " + author + " " + QByteArray::number(time) + " +0000\n";
            out += "data " + QByteArray::number(message.size()) + "\n" + message + "\n";
            if (from > 0)
                out += "from :" + QByteArray::number(from) + "\n";
            if (merge > 0)
                out += "merge :" + QByteArray::number(merge) + "\n";
            const QByteArray content = message + " " + QByteArray::number(mark) + "\n";
            out += "M 644 inline " + file + "\ndata " + QByteArray::number(content.size()) + "\n" + content + "\n";
            return mark;
        };
        int mainTip = 0;
        QHash<int, int> topicTips;  // main index at which to merge -> topic tip mark
        QHash<int, QByteArray> topicNames;
        for (int i = 0; i < mainCommits; ++i) {
            if (topicTips.contains(i)) {
                mainTip = commit("refs/heads/main", mainTip, topicTips.take(i), "Merge branch '" + topicNames.take(i) + "'", "main.txt");
                continue;
            }
            mainTip = commit("refs/heads/main", mainTip, 0, "Main change " + QByteArray::number(i), "main.txt");
            if (i % 40 == 5) {
                const QByteArray name = "topic-" + QByteArray::number(i);
                int tip = mainTip;
                for (int t = 0; t < 6; ++t)
                    tip = commit("refs/heads/" + name, tip, 0, "Topic " + name + " step " + QByteArray::number(t), name + ".txt");
                topicTips.insert(i + 10, tip);
                topicNames.insert(i + 10, name);
            }
            if (i % 500 == 0)
                out += "reset refs/tags/v" + QByteArray::number(i / 500) + "\nfrom :" + QByteArray::number(mainTip) + "\n\n";
        }
        return out;
    }

    QStringList gitLines(const QStringList &args) const
    {
        return QString::fromUtf8(m_repo->git(args)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    /// Loads the repository into `model` and waits until the loader is done.
    static bool loadFully(HistoryModel &model, const QString &path, int chunk)
    {
        model.setFetchChunk(chunk);
        HistoryQuery query;
        query.batchSize = 200;
        model.setRepository(path, query);
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
    }

    static void fetchAll(HistoryModel &model)
    {
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibgit2();
        m_repo = new TestRepo;
        m_repo->gitWithInput({QStringLiteral("fast-import"), QStringLiteral("--quiet")}, fastImportStream(2800));
        m_repo->git({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), QStringLiteral("main")});
        m_total = m_repo->git({QStringLiteral("rev-list"), QStringLiteral("--all"), QStringLiteral("--count")}).trimmed().toInt();
        QVERIFY(m_total > 3000);
    }

    void cleanupTestCase() { delete m_repo; }

    void firstRowsArriveBeforeLoadingFinishes()
    {
        HistoryModel model;
        bool loadingAtFirstRows = false;
        int firstInsertedRows = -1;
        connect(&model, &HistoryModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            if (firstInsertedRows < 0) {
                firstInsertedRows = last - first + 1;
                loadingAtFirstRows = model.isLoading();
            }
        });
        QSignalSpy loading(&model, &HistoryModel::loadingChanged);
        QSignalSpy finished(&model, &HistoryModel::loadFinished);
        model.setFetchChunk(100);
        HistoryQuery query;
        query.batchSize = 200;
        model.setRepository(m_repo->path(), query);
        QVERIFY(model.isLoading());
        QTRY_VERIFY(model.rowCount() > 0);
        QVERIFY(loadingAtFirstRows);
        QCOMPARE(firstInsertedRows, 100);  // only what a view asked for (one chunk), not the whole batch
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toInt(), m_total);
        QCOMPARE(loading.count(), 2);  // true, then false
        QCOMPARE(model.receivedCount(), m_total);
        QCOMPARE(model.rowCount(), 100);
    }

    void fetchMoreExposesRowsInChunks()
    {
        HistoryModel model;
        QVERIFY(loadFully(model, m_repo->path(), 250));
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QSignalSpy inserted(&model, &HistoryModel::rowsInserted);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 250);
        QCOMPARE(inserted.first().at(2).toInt(), 499);
        fetchAll(model);
        QCOMPARE(model.rowCount(), m_total);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        // Rows not exposed are not visible through rowOf, but known as received.
        HistoryModel partial;
        QVERIFY(loadFully(partial, m_repo->path(), 10));
        const Oid last = model.commitAt(m_total - 1);
        QCOMPARE(partial.rowOf(last), -1);
        QVERIFY(partial.hasReceived(last));
        partial.exposeAllReceived();
        QCOMPARE(partial.rowOf(last), m_total - 1);
    }

    void everyCommitOnceInTopologicalOrder()
    {
        HistoryModel model;
        QVERIFY(loadFully(model, m_repo->path(), 1000));
        fetchAll(model);
        QCOMPARE(model.rowCount(), m_total);

        QHash<QString, int> rowOfId;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, HistoryModel::IdColumn).data(Qt::ToolTipRole).toString();
            QCOMPARE(model.index(row, 0).data(HistoryModel::OidRole).value<Oid>().toString(), id);
            QVERIFY2(!rowOfId.contains(id), qPrintable(QStringLiteral("%1 appears twice").arg(id)));
            rowOfId.insert(id, row);
            QCOMPARE(model.index(row, HistoryModel::IdColumn).data().toString(), id.left(8));
        }
        // Every commit git knows, each above all of its parents.
        const QStringList parentLines = gitLines({QStringLiteral("rev-list"), QStringLiteral("--all"), QStringLiteral("--parents")});
        QCOMPARE(parentLines.size(), m_total);
        for (const QString &line : parentLines) {
            const QStringList ids = line.split(QLatin1Char(' '));
            QVERIFY2(rowOfId.contains(ids.first()), qPrintable(ids.first()));
            const int row = rowOfId.value(ids.first());
            for (int p = 1; p < ids.size(); ++p)
                QVERIFY2(rowOfId.value(ids[p], -1) > row, qPrintable(QStringLiteral("parent %1 not below %2").arg(ids[p], ids.first())));
            QCOMPARE(model.index(row, 0).data(HistoryModel::IsMergeRole).toBool(), ids.size() > 2);
        }
    }

    void subjectAndAuthorMatchGit()
    {
        HistoryModel model;
        QVERIFY(loadFully(model, m_repo->path(), 100000));
        QCOMPARE(model.rowCount(), m_total);
        const QStringList lines = gitLines({QStringLiteral("log"), QStringLiteral("--all"), QStringLiteral("--format=%H%x09%s%x09%an%x09%ad"),
                                            QStringLiteral("--date=format-local:%Y-%m-%d %H:%M")});
        QCOMPARE(lines.size(), m_total);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char('\t'));
            const int row = model.rowOf(Oid::fromHex(f[0]));
            QVERIFY(row >= 0);
            QCOMPARE(model.index(row, HistoryModel::SubjectColumn).data().toString(), f[1]);
            QCOMPARE(model.index(row, HistoryModel::AuthorColumn).data().toString(), f[2]);
            QCOMPARE(model.index(row, HistoryModel::DateColumn).data().toString(), f[3]);
        }
    }

    void graphRolesDescribeTheLanes()
    {
        HistoryModel model;
        QVERIFY(loadFully(model, m_repo->path(), 100000));
        const int lanes = model.headerData(HistoryModel::GraphColumn, Qt::Horizontal, HistoryModel::LaneCountRole).toInt();
        QVERIFY(lanes >= 2);  // open topic branches run beside main
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, HistoryModel::GraphColumn);
            const int column = index.data(HistoryModel::NodeColumnRole).toInt();
            QVERIFY(column < lanes);
            const auto lines = index.data(HistoryModel::GraphLinesRole).value<QVector<GraphLine>>();
            int outOfNode = 0;
            for (const GraphLine &l : lines) {
                if (l.top == GraphLine::kNode)
                    ++outOfNode;
                QVERIFY(l.top == GraphLine::kNode || l.top < lanes);
                QVERIFY(l.bottom == GraphLine::kNode || l.bottom < lanes);
            }
            // One line leaves the node per parent (a root commit has none).
            const bool merge = index.data(HistoryModel::IsMergeRole).toBool();
            QVERIFY2(merge ? outOfNode == 2 : outOfNode <= 1, qPrintable(QString::number(row)));
        }
    }

    void refsAndHead()
    {
        HistoryModel model;
        QVERIFY(loadFully(model, m_repo->path(), 100000));
        const Oid head = Oid::fromHex(m_repo->revParse(QStringLiteral("HEAD")));
        const int headRow = model.rowOf(head);
        QVERIFY(headRow >= 0);
        QVERIFY(model.index(headRow, 1).data(HistoryModel::IsHeadRole).toBool());
        const RefBadgeList headRefs = model.index(headRow, 1).data(HistoryModel::RefsRole).value<RefBadgeList>();
        QVERIFY(!headRefs.isEmpty());
        QCOMPARE(headRefs.first().kind, RefBadge::Kind::LocalBranch);
        QCOMPARE(headRefs.first().name, QStringLiteral("main"));
        QVERIFY(headRefs.first().isCurrent);

        const Oid tagged = Oid::fromHex(m_repo->revParse(QStringLiteral("v2^{commit}")));
        const RefBadgeList tagRefs = model.refsOf(tagged);
        QVERIFY(std::any_of(tagRefs.begin(), tagRefs.end(), [](const RefBadge &b) {
            return b.kind == RefBadge::Kind::Tag && b.name == QLatin1String("v2");
        }));
        // A commit no ref points at has no badges.
        QVERIFY(model.refsOf(Oid::fromHex(m_repo->revParse(QStringLiteral("main~3")))).isEmpty());
    }

    void reloadShowsNewCommitsAndKeepsRows()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a"), "1", QStringLiteral("One"));
        repo.commitFile(QStringLiteral("a"), "2", QStringLiteral("Two"));
        HistoryModel model;
        QVERIFY(loadFully(model, repo.path(), 100));
        QCOMPARE(model.rowCount(), 2);
        const QString three = repo.commitFile(QStringLiteral("a"), "3", QStringLiteral("Three"));
        QSignalSpy reset(&model, &HistoryModel::modelReset);
        model.reload();
        QCOMPARE(model.rowCount(), 2);  // old rows stay until the new ones arrive
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.commitAt(0).toString(), three);
        QCOMPARE(model.index(0, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Three"));
    }

    void badRepositoryReportsFailure()
    {
        HistoryModel model;
        QSignalSpy failed(&model, &HistoryModel::loadFailed);
        model.setRepository(QStringLiteral("/nonexistent/gantry/history"));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void searchMatchesAreFlagged()
    {
        HistoryModel model;
        QVERIFY(loadFully(model, m_repo->path(), 300));
        const Oid a = model.commitAt(3), b = model.commitAt(1);
        QSignalSpy changed(&model, &HistoryModel::dataChanged);
        model.addMatches({a, b});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.matchRows(), (QVector<int>{1, 3}));
        QVERIFY(model.index(3, 1).data(HistoryModel::SearchMatchRole).toBool());
        QVERIFY(!model.index(2, 1).data(HistoryModel::SearchMatchRole).toBool());
        model.clearMatches();
        QCOMPARE(model.matchCount(), 0);
    }

    /// With uncommitted changes, an "Uncommitted changes (N)" row comes first; every commit row
    /// moves one down and keeps its data; the row goes when the changes do.
    void uncommittedChangesComeFirst()
    {
        TestRepo repo;
        const QString one = repo.commitFile(QStringLiteral("a"), "1", QStringLiteral("One"));
        const QString two = repo.commitFile(QStringLiteral("a"), "2", QStringLiteral("Two"));
        HistoryModel model;
        QVERIFY(loadFully(model, repo.path(), 100));
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy inserted(&model, &HistoryModel::rowsInserted);
        model.setUncommittedChanges(3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isWorkingTreeRow(0));
        QVERIFY(model.index(0, 0).data(HistoryModel::WorkingTreeRole).toBool());
        QCOMPARE(model.index(0, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Uncommitted changes (3)"));
        QVERIFY(model.commitAt(0).isNull());
        QCOMPARE(model.commitAt(1).toString(), two);
        QCOMPARE(model.commitAt(2).toString(), one);
        QCOMPARE(model.rowOf(Oid::fromHex(two)), 1);
        QCOMPARE(model.index(1, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Two"));
        QVERIFY(model.index(1, 0).data(HistoryModel::IsHeadRole).toBool());
        // Its node sits in HEAD's lane, with the dashed line down into HEAD (the row under it).
        QCOMPARE(model.index(0, 0).data(HistoryModel::NodeColumnRole).toInt(),
                 model.index(1, 0).data(HistoryModel::NodeColumnRole).toInt());
        QCOMPARE(model.index(0, 0).data(HistoryModel::WorkingTreeLinkRole).toInt(), 0);
        QCOMPARE(model.index(1, 0).data(HistoryModel::WorkingTreeLinkRole).toInt(), 0);
        QCOMPARE(model.index(2, 0).data(HistoryModel::WorkingTreeLinkRole).toInt(), -1);

        model.setUncommittedChanges(5);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Uncommitted changes (5)"));
        // A reload keeps the row above the new history.
        repo.commitFile(QStringLiteral("a"), "3", QStringLiteral("Three"));
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.isWorkingTreeRow(0));
        QCOMPARE(model.index(1, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Three"));

        QSignalSpy removed(&model, &HistoryModel::rowsRemoved);
        model.setUncommittedChanges(0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.isWorkingTreeRow(0));
        QCOMPARE(model.index(0, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Three"));
    }

    /// HEAD below another branch's newer commits: the dashed line runs down HEAD's lane through
    /// the rows above it when that lane is free there, and is left out when another line uses it.
    void uncommittedChangesLinkToAHeadBelowTheTop()
    {
        {
            // main: Base ← X (HEAD); topic: Base ← one ← two, newer. Rows: two, one, X, Base; the
            // topic holds lane 0 down to Base, X opens lane 1, free above it.
            TestRepo repo;
            repo.commitFile(QStringLiteral("a"), "1", QStringLiteral("Base"));
            repo.git({QStringLiteral("branch"), QStringLiteral("topic")});
            const QString x = repo.commitFile(QStringLiteral("a"), "2", QStringLiteral("X"));
            repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("topic")});
            repo.commitFile(QStringLiteral("b"), "1", QStringLiteral("Topic one"));
            repo.commitFile(QStringLiteral("b"), "2", QStringLiteral("Topic two"));
            repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
            HistoryModel model;
            QVERIFY(loadFully(model, repo.path(), 100));
            model.setUncommittedChanges(1);
            QCOMPARE(model.rowOf(Oid::fromHex(x)), 3);
            QCOMPARE(model.index(3, 0).data(HistoryModel::NodeColumnRole).toInt(), 1);
            QCOMPARE(model.index(0, 0).data(HistoryModel::NodeColumnRole).toInt(), 1);
            for (int row = 0; row <= 3; ++row)
                QCOMPARE(model.index(row, 0).data(HistoryModel::WorkingTreeLinkRole).toInt(), 1);
            QCOMPARE(model.index(4, 0).data(HistoryModel::WorkingTreeLinkRole).toInt(), -1);
        }
        {
            // HEAD = Base under the topic, in the topic's lane: no line through the topic's commits.
            TestRepo repo;
            const QString base = repo.commitFile(QStringLiteral("a"), "1", QStringLiteral("Base"));
            repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("topic")});
            repo.commitFile(QStringLiteral("b"), "1", QStringLiteral("Topic one"));
            repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
            HistoryModel model;
            QVERIFY(loadFully(model, repo.path(), 100));
            model.setUncommittedChanges(1);
            QCOMPARE(model.rowOf(Oid::fromHex(base)), 2);
            QCOMPARE(model.index(0, 0).data(HistoryModel::NodeColumnRole).toInt(), 0);
            for (int row = 0; row <= 2; ++row)
                QCOMPARE(model.index(row, 0).data(HistoryModel::WorkingTreeLinkRole).toInt(), -1);
        }
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
