#include "pipelines/WorkflowGraph.h"
#include "pipelines/WorkflowReader.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QTest>

#include <thread>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

WorkflowGraphData graphOf(const QByteArray &text, const QSet<QString> &expanded = {})
{
    const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
    return WorkflowGraph::build(WorkflowReader::read(tree), [](const WorkflowGraphNode &n) {
        return QSizeF(150, 40 + 14 * n.steps.size());
    }, expanded);
}

const QByteArray pipeline = "on:\n  push:\n    branches: [main]\n  pull_request:\n"
                            "jobs:\n"
                            "  lint:\n    runs-on: ubuntu-latest\n    steps: [{run: make lint}]\n"
                            "  test:\n    runs-on: ubuntu-latest\n"
                            "    strategy:\n      matrix:\n        os: [linux, mac]\n        node: [18, 20, 22]\n"
                            "    steps:\n      - uses: actions/checkout@v4\n      - name: Test\n        run: |\n          npm ci\n          npm test\n"
                            "  build:\n    needs: [lint, test]\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n"
                            "  deploy:\n    needs: build\n    if: github.ref == 'refs/heads/main'\n"
                            "    environment: production\n    runs-on: ubuntu-latest\n    steps: [{run: ./deploy}]\n";

} // namespace

/// The pipeline graph: triggers on the left, jobs in layers by needs, laid out by Graphviz dot.
class TestWorkflowGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void triggersLeadToJobsInLayersByNeeds()
    {
        const WorkflowGraphData g = graphOf(pipeline);
        QVERIFY2(g.layoutError.isEmpty(), qPrintable(g.layoutError));
        QCOMPARE(g.nodes.size(), 6);
        const auto rect = [&](const char *id) { return g.nodes[g.indexOf(s(id))].rect; };
        // Layers from left to right: triggers, then lint/test, then build, then deploy.
        QVERIFY(rect("on:push").right() < rect("job:lint").left());
        QVERIFY(rect("on:pull_request").right() < rect("job:test").left());
        QCOMPARE(rect("on:push").center().x(), rect("on:pull_request").center().x());
        QVERIFY(rect("job:lint").right() < rect("job:build").left());
        QVERIFY(rect("job:test").right() < rect("job:build").left());
        QVERIFY(rect("job:build").right() < rect("job:deploy").left());
        // Sizes as measured, no two nodes overlapping, everything inside the bounds.
        QCOMPARE(rect("job:test").size(), QSizeF(150, 68));
        for (qsizetype i = 0; i < g.nodes.size(); ++i) {
            QVERIFY(g.bounds.adjusted(-1, -1, 1, 1).contains(g.nodes[i].rect));
            for (qsizetype j = i + 1; j < g.nodes.size(); ++j)
                QVERIFY2(!g.nodes[i].rect.intersects(g.nodes[j].rect), qPrintable(g.nodes[i].id + s(" / ") + g.nodes[j].id));
        }
        // Edges: 2 triggers × 2 root jobs, lint→build, test→build, build→deploy; each drawn
        // from its source's outline to its target's.
        QCOMPARE(g.edges.size(), 7);
        for (const WorkflowGraphEdge &e : g.edges) {
            QVERIFY(e.path.size() >= 4 && (e.path.size() - 1) % 3 == 0);
            const QRectF from = g.nodes[g.indexOf(e.from)].rect;
            const QRectF to = g.nodes[g.indexOf(e.to)].rect;
            const auto onOutline = [](const QRectF &r, QPointF p) {
                return r.adjusted(-2, -2, 2, 2).contains(p) && !r.adjusted(2, 2, -2, -2).contains(p);
            };
            QVERIFY2(onOutline(from, e.path.first()), qPrintable(e.from));
            QVERIFY2(onOutline(to, e.head), qPrintable(e.to));
            QVERIFY(e.path.first().x() < e.head.x()); // left to right
        }
        const WorkflowGraphNode &test = g.nodes[g.indexOf(s("job:test"))];
        QCOMPARE(test.matrixCount, 6);
        QCOMPARE(test.steps, (QStringList{s("actions/checkout@v4"), s("Test")}));
        const WorkflowGraphNode &deploy = g.nodes[g.indexOf(s("job:deploy"))];
        QCOMPARE(deploy.environment, s("production"));
        QCOMPARE(deploy.condition, s("github.ref == 'refs/heads/main'"));
        QCOMPARE(g.nodes[g.indexOf(s("on:push"))].subtitle, s("main"));
    }

    void anExpandedMatrixJobIsOneNodePerCombination()
    {
        const WorkflowGraphData g = graphOf(pipeline, {s("test")});
        const QList<qsizetype> test = g.nodesOfJob(s("test"));
        QCOMPARE(test.size(), 6);
        QCOMPARE(g.nodes[test.first()].subtitle, s("node=18, os=linux"));
        QCOMPARE(g.nodes[test.first()].matrixCount, 0);
        // Each combination needs nothing, so both triggers lead to each; each leads to build.
        qsizetype toBuild = 0;
        for (const WorkflowGraphEdge &e : g.edges)
            toBuild += e.to == s("job:build") ? 1 : 0;
        QCOMPARE(toBuild, 7);
    }

    void cyclesUnknownNeedsAndEmptyFilesStillDraw()
    {
        const WorkflowGraphData cycle = graphOf("on: push\njobs:\n  a: {needs: b}\n  b: {needs: a}\n  c: {needs: [c, ghost]}\n");
        QVERIFY(cycle.layoutError.isEmpty());
        QCOMPARE(cycle.nodes.size(), 4);
        QCOMPARE(cycle.edges.size(), 3); // a↔b, and push → c (its needs name nothing that exists)
        QVERIFY(graphOf("").nodes.isEmpty());
        QVERIFY(graphOf("").layoutError.isEmpty());
    }

    void layoutIsSafeFromSeveralThreads()
    {
        int edges[4] = {};
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&edges, i] { edges[i] = int(graphOf(pipeline).edges.size()); });
        for (std::thread &thread : threads)
            thread.join();
        for (int count : edges)
            QCOMPARE(count, 7);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowGraph)
#include "tst_workflowgraph.moc"
