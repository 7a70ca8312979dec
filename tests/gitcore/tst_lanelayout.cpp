#include "gitcore/LaneLayout.h"

#include <QTest>

#include <map>
#include <vector>

using namespace gantry;

namespace {

Oid idFor(CommitKey key)
{
    Oid id;
    id.raw.id[0] = quint8(key + 1);
    id.raw.id[1] = quint8((key + 1) >> 8);
    return id;
}

/// Lays out rows given as (commit, parents) in topological order.
HistoryGraph layout(const std::vector<std::pair<CommitKey, std::vector<CommitKey>>> &rows)
{
    LaneLayout lanes;
    HistoryGraph graph;
    for (const auto &[key, parents] : rows)
        lanes.addRow(key, idFor(key), parents, graph);
    return graph;
}

/// Lines into the node of `row` (from above) and out of it (to below).
int countIn(const HistoryGraph &g, int row)
{
    int n = 0;
    for (const GraphLine &l : g.lines(row))
        n += l.bottom == GraphLine::kNode;
    return n;
}
int countOut(const HistoryGraph &g, int row)
{
    int n = 0;
    for (const GraphLine &l : g.lines(row))
        n += l.top == GraphLine::kNode;
    return n;
}

/// Continuity: the columns leaving a row's bottom edge are exactly the columns entering the
/// next row's top edge.
void verifyContinuity(const HistoryGraph &g)
{
    for (int row = 0; row + 1 < g.rowCount(); ++row) {
        std::map<int, int> below, above;
        for (const GraphLine &l : g.lines(row))
            if (l.bottom != GraphLine::kNode)
                below[l.bottom] = l.color;
        for (const GraphLine &l : g.lines(row + 1))
            if (l.top != GraphLine::kNode)
                above[l.top] = l.color;
        QCOMPARE(below, above);
    }
}

} // namespace

class TestLaneLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linearHistoryStaysInOneLane()
    {
        const HistoryGraph g = layout({{0, {1}}, {1, {2}}, {2, {}}});
        QCOMPARE(g.rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(g.column(row), 0);
            QCOMPARE(g.color(row), g.color(0));
        }
        QCOMPARE(countIn(g, 0), 0);
        QCOMPARE(countOut(g, 0), 1);
        QCOMPARE(countOut(g, 2), 0);
        QCOMPARE(g.maxColumns(), 1);
        verifyContinuity(g);
    }

    void mergeOpensALaneAndBranchPointClosesIt()
    {
        // 0 = merge(1, 2); 1 -> 3; 2 -> 3; 3 root.
        const HistoryGraph g = layout({{0, {1, 2}}, {1, {3}}, {2, {3}}, {3, {}}});
        QCOMPARE(countOut(g, 0), 2);
        QCOMPARE(g.column(0), 0);
        QCOMPARE(g.column(1), 0);  // first parent continues the lane
        QCOMPARE(g.column(2), 1);  // the merged branch in its own lane
        QVERIFY(g.color(2) != g.color(0));
        QCOMPARE(g.column(3), 0);
        QCOMPARE(countIn(g, 3), 2);  // the branch point: both lanes end at the node
        QCOMPARE(g.maxColumns(), 2);
        verifyContinuity(g);
        // Below the branch point nothing continues.
        for (const GraphLine &l : g.lines(3))
            QVERIFY(l.bottom == GraphLine::kNode);
    }

    void freedLanesAreCompactedAndReused()
    {
        // Two tips (0, 1) on separate lanes; 1 ends at root 4 while 0's line goes on, then a
        // new tip 5 appears below and reuses a free lane.
        const HistoryGraph g = layout({{0, {2}}, {1, {3}}, {2, {4}}, {3, {}}, {4, {}}, {5, {}}});
        QCOMPARE(g.column(0), 0);
        QCOMPARE(g.column(1), 1);
        QCOMPARE(g.column(4), 0);
        QCOMPARE(g.column(5), 0);
        QVERIFY(g.color(5) != g.color(0));
        verifyContinuity(g);
    }

    void laneColoursAreStable()
    {
        // A side lane passing many rows keeps its colour; a lane moving left keeps it too.
        std::vector<std::pair<CommitKey, std::vector<CommitKey>>> rows;
        rows.push_back({100, {101}});       // tip on lane 0
        rows.push_back({200, {201}});       // tip on lane 1
        rows.push_back({300, {301}});       // tip on lane 2
        rows.push_back({101, {}});          // lane 0 ends: lanes 1 and 2 shift left
        rows.push_back({201, {}});
        rows.push_back({301, {}});
        const HistoryGraph g = layout(rows);
        QCOMPARE(g.column(2), 2);
        QCOMPARE(g.column(4), 0);
        QCOMPARE(g.column(5), 0);
        QCOMPARE(g.color(4), g.color(1));
        QCOMPARE(g.color(5), g.color(2));
        verifyContinuity(g);
    }

    void octopusAndSharedParents()
    {
        // 0 = octopus(1, 2, 3); 4 also has parent 2 (already in a lane: joins it).
        const HistoryGraph g = layout({{0, {1, 2, 3}}, {4, {2}}, {1, {5}}, {2, {5}}, {3, {5}}, {5, {}}});
        QCOMPARE(countOut(g, 0), 3);
        QCOMPARE(countOut(g, 1), 1);
        QCOMPARE(countIn(g, 3), 2);  // commit 2 gets the lanes from 0 and from 4
        QCOMPARE(countIn(g, 5), 3);
        verifyContinuity(g);
        QCOMPARE(g.rowOf(idFor(5)), 5);
    }
};

QTEST_GUILESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
