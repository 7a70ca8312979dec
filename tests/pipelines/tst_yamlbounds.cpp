#include "pipelines/GitLabEditor.h"
#include "pipelines/GitLabGraph.h"
#include "pipelines/GitLabParallel.h"
#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"
#include "pipelines/WorkflowGraph.h"
#include "pipelines/YamlBounds.h"
#include "pipelines/YamlJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QSizeF measure(const WorkflowGraphNode &) { return QSizeF(120, 40); }

/// The findings of one rule, as "LINE:COL".
QStringList at(const DiagnosticList &diagnostics, const QString &rule)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        if (d.rule == rule)
            out.append(QStringLiteral("%1:%2").arg(d.line).arg(d.column));
    }
    return out;
}

QString message(const DiagnosticList &diagnostics, const QString &rule)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.rule == rule)
            return d.message;
    }
    return QString();
}

/// The values in a JSON value, itself included: what expanding the YAML cost.
qint64 size(const QJsonValue &value)
{
    qint64 n = 1;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            n += size(item);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            n += 1 + size(it.value());
    }
    return n;
}

/// "LINE:COL" of the `occurrence`-th (0-based) `needle` in the text.
QString position(const QByteArray &text, const QByteArray &needle, int occurrence)
{
    qsizetype i = -1;
    for (int k = 0; k <= occurrence; ++k)
        i = text.indexOf(needle, i + 1);
    const qsizetype lineStart = text.lastIndexOf('\n', i) + 1;
    return QStringLiteral("%1:%2").arg(text.left(i).count('\n') + 1).arg(i - lineStart + 1);
}

/// "Billion laughs": ten lists, each of ten aliases of the one before (10^9 nodes expanded).
QByteArray laughs(const QByteArray &indent, const QByteArray &prefix)
{
    QByteArray out = indent + prefix + "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        out += indent + prefix + "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            out += (i ? ", " : "") + previous;
        out += "]\n";
    }
    return out;
}

const QByteArray kGitHubBomb = "on: push\n"
                               "env:\n"
                               + laughs("  ", "")
                               + "jobs:\n"
                                 "  build:\n"
                                 "    runs-on: ubuntu-latest\n"
                                 "    steps:\n"
                                 "      - run: echo\n";

/// l0 is 11 nodes, l1 111, l2 1,111, l3 11,111: the aliases of lines 4-6 add 12,330 nodes,
/// seven of line 7 another 77,777, and the eighth would pass 100,000.
const QString kGitHubBombAt = position(kGitHubBomb, "*l3", 7);

/// The same through GitLab merge keys: each level merges the one before and lists it ten times.
QByteArray mergeLaughs()
{
    QByteArray out = "stages: [test]\n.m0: &m0 {a: [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]}\n";
    for (int level = 1; level < 10; ++level) {
        const QByteArray previous = "*m" + QByteArray::number(level - 1);
        out += ".m" + QByteArray::number(level) + ": &m" + QByteArray::number(level) + "\n  <<: " + previous + "\n  b: [";
        for (int i = 0; i < 10; ++i)
            out += (i ? ", " : "") + previous;
        out += "]\n";
    }
    out += "build:\n  <<: *m9\n  stage: test\n  script: [echo]\n";
    return out;
}

/// `count` mappings, each merging the one before.
QByteArray mergeChain(int count)
{
    QByteArray out = "stages: [test]\n.c0: &c0 {k0: 0}\n";
    for (int i = 1; i < count; ++i)
        out += ".c" + QByteArray::number(i) + ": &c" + QByteArray::number(i) + " {<<: *c" + QByteArray::number(i - 1) + ", k"
            + QByteArray::number(i) + ": " + QByteArray::number(i) + "}\n";
    out += "build:\n  <<: *c" + QByteArray::number(count - 1) + "\n  script: [echo]\n";
    return out;
}

QByteArray githubMatrix(int axes, int values, const QByteArray &extra = {})
{
    QByteArray out = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n";
    for (int a = 0; a < axes; ++a) {
        out += "        a" + QByteArray::number(a) + ": [";
        for (int v = 0; v < values; ++v)
            out += (v ? ", " : "") + QByteArray::number(v);
        out += "]\n";
    }
    out += extra;
    out += "    steps:\n      - run: echo\n";
    return out;
}

QByteArray gitlabMatrix(int axes, int values)
{
    QByteArray out = "build:\n  script: [echo]\n  parallel:\n    matrix:\n      - A0: [";
    for (int a = 0; a < axes; ++a) {
        if (a > 0)
            out += "        A" + QByteArray::number(a) + ": [";
        for (int v = 0; v < values; ++v)
            out += (v ? ", " : "") + QByteArray::number(v);
        out += "]\n";
    }
    return out;
}

} // namespace

/// The bounds Gantry sets where YAML aliases and `<<:` merge keys expand (libyaml sets none),
/// and the job limits of GitHub matrices and GitLab parallel:matrix. Each hostile file must
/// give its finding at the right place and be read, checked, drawn and refused for edits
/// with work bounded by the limits: asserted by counting what was expanded, never by time.
class TestYamlBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aliasBombIsCutAtTheAliasThatPassesTheLimit()
    {
        const WorkflowDocument doc = WorkflowDocument::fromText(kGitHubBomb);
        QCOMPARE(at(doc.diagnostics(), s("yaml-alias-limit")), QStringList{kGitHubBombAt});
        QVERIFY(message(doc.diagnostics(), s("yaml-alias-limit")).contains(s("alias expansion exceeds 100000 nodes")));
        // Expanding the whole file costs at most its own nodes and the limit.
        QVERIFY(size(YamlJson::toJson(doc.tree())) <= doc.tree().size() + YamlBounds::MaxExpandedNodes);
        // The job is still read and drawn.
        QCOMPARE(doc.workflow().jobs.size(), 1);
        const WorkflowGraphData graph = WorkflowGraph::build(doc.workflow(), measure);
        QCOMPARE(graph.nodesOfJob(s("build")).size(), 1);
    }

    void editsOfAnAliasBombAreRefusedAndChangeNothing()
    {
        const WorkflowDocument doc = WorkflowDocument::fromText(kGitHubBomb);
        const WorkflowEditor editor(doc);
        const QString where = kGitHubBombAt;
        const QString line = where.section(QLatin1Char(':'), 0, 0);
        const QString column = where.section(QLatin1Char(':'), 1, 1);
        for (const WorkflowEditResult &r : {editor.addJob(s("deploy")), editor.renameJob(s("build"), s("compile")),
                                             editor.set(s("jobs.build.timeout-minutes"), s("5"))}) {
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(s("alias expansion exceeds 100000 nodes")), qPrintable(r.error));
            QVERIFY2(r.error.contains(s("line %1, column %2").arg(line, column)), qPrintable(r.error));
            QCOMPARE(r.text, kGitHubBomb);
        }
    }

    void aliasesNestedPastTheDepthLimitAreCut()
    {
        QByteArray text = "on: push\nenv:\n  d0: &d0 x\n";
        for (int i = 1; i <= 40; ++i)
            text += "  d" + QByteArray::number(i) + ": &d" + QByteArray::number(i) + " [*d" + QByteArray::number(i - 1) + "]\n";
        text += "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
        const WorkflowDocument doc = WorkflowDocument::fromText(text);
        // d1's alias is at depth 1; d33's would be the 33rd nested alias.
        QCOMPARE(at(doc.diagnostics(), s("yaml-alias-limit")), QStringList{position(text, "*d32", 0)});
        QVERIFY(message(doc.diagnostics(), s("yaml-alias-limit")).contains(s("deeper than 32 levels")));
    }

    void anAliasInsideItsOwnAnchorIsNotFollowed()
    {
        const QByteArray text = "on: push\nenv: &e\n  A: [*e, *e]\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: echo\n";
        const WorkflowDocument doc = WorkflowDocument::fromText(text);
        QCOMPARE(at(doc.diagnostics(), s("yaml-alias-recursive")), (QStringList{s("3:7"), s("3:11")}));
        QVERIFY(size(YamlJson::toJson(doc.tree())) <= doc.tree().size());
    }

    void aliasesThatLeadNowhereAreReadAsNothing()
    {
        // Where a cut alias (or an unknown one) stands for the jobs, a step or the whole file.
        for (const QByteArray &text : {QByteArray("on: push\njobs: *nope\n"), QByteArray("on: push\njobs:\n  a:\n    runs-on: x\n    steps: [*nope]\n"),
                                       QByteArray("*nope\n")}) {
            const WorkflowDocument doc = WorkflowDocument::fromText(text);
            QVERIFY(!at(doc.diagnostics(), s("yaml-unknown-alias")).isEmpty());
            WorkflowGraph::build(doc.workflow(), measure);
            const WorkflowEditResult r = WorkflowEditor(doc).set(s("jobs.b.runs-on"), s("x"));
            QVERIFY(r.ok || r.text == text);
        }
    }

    void mergeKeyBombIsCutForCheckGraphAndEdit()
    {
        const QByteArray text = mergeLaughs();
        const WorkflowDocument doc = WorkflowDocument::fromText(text, WorkflowKind::GitLabCi);
        const QStringList cut = at(doc.diagnostics(), s("yaml-alias-limit"));
        QCOMPARE(cut.size(), 1);
        // Expanded, m0 is 13 nodes, m1 147, m2 1,621, m3 17,835: the aliases of m1-m3 add 19,591,
        // m4's merge and the first three of its list 71,340 more, and the fourth passes 100,000.
        QCOMPARE(cut.first(), position(text, "*m3", 4));
        QVERIFY(size(YamlJson::toJson(doc.tree())) <= doc.tree().size() + YamlBounds::MaxExpandedNodes);
        const GitLabJob *build = doc.gitlab().job(s("build"));
        QVERIFY(build);
        QVERIFY(size(build->merged) <= doc.tree().size() + YamlBounds::MaxExpandedNodes);
        const WorkflowGraphData graph = GitLabGraph::build(doc.gitlab(), measure);
        QCOMPARE(graph.nodesOfJob(s("build")).size(), 1);
        const GitLabEditor editor(doc);
        for (const WorkflowEditResult &r : {editor.addJob(s("deploy"), s("test"), {s("echo")}), editor.renameJob(s("build"), s("compile")),
                                             editor.set(s("build.timeout"), s("5m"))}) {
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(s("alias expansion exceeds 100000 nodes")), qPrintable(r.error));
            QCOMPARE(r.text, text);
        }
    }

    void aChainOfThousandsOfMergesIsBounded()
    {
        const QByteArray text = mergeChain(5000);
        const WorkflowDocument doc = WorkflowDocument::fromText(text, WorkflowKind::GitLabCi);
        // .c33 merges the 33rd nested alias.
        QCOMPARE(at(doc.diagnostics(), s("yaml-alias-limit")), QStringList{position(text, "*c32", 0)});
        QVERIFY(size(YamlJson::toJson(doc.tree())) <= doc.tree().size() + YamlBounds::MaxExpandedNodes);
        const GitLabJob *build = doc.gitlab().job(s("build"));
        QVERIFY(build);
        QVERIFY(build->merged.size() <= YamlBounds::MaxAliasDepth + 2);
        QVERIFY(!GitLabEditor(doc).set(s("build.timeout"), s("5m")).ok);
    }

    void aChainWithinTheLimitsIsFollowed()
    {
        const QByteArray text = mergeChain(20);
        const WorkflowDocument doc = WorkflowDocument::fromText(text, WorkflowKind::GitLabCi);
        QVERIFY(at(doc.diagnostics(), s("yaml-alias-limit")).isEmpty());
        const GitLabJob *build = doc.gitlab().job(s("build"));
        QVERIFY(build);
        QCOMPARE(build->merged.value(s("k0")).toInt(), 0);
        QCOMPARE(build->merged.value(s("k19")).toInt(), 19);
        QVERIFY(GitLabEditor(doc).set(s("build.timeout"), s("5m")).ok);
    }

    void aBigMappingConvertsWithItsKeysAndTheLastOfDuplicates()
    {
        // 20,000 env: keys in an order far from sorted, and duplicates (the last one wins, as a
        // QJsonObject::insert in file order gives): YamlJson builds the object from the keys
        // sorted, so it costs n log n where inserting in file order moved every later key.
        QByteArray text = "on: push\nenv:\n";
        for (int i = 0; i < 20000; ++i)
            text += "  V" + QByteArray::number((i * 7919) % 20000) + ": " + QByteArray::number(i) + "\n";
        text += "  V5: first duplicate\n  V5: last duplicate\n  V19999: also last\n";
        text += "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
        const WorkflowDocument doc = WorkflowDocument::fromText(text);
        const QJsonObject env = YamlJson::toJson(doc.tree()).toObject().value(s("env")).toObject();
        QCOMPARE(env.size(), 20000);
        QCOMPARE(env.value(s("V5")).toString(), s("last duplicate"));
        QCOMPARE(env.value(s("V19999")).toString(), s("also last"));
        QCOMPARE(env.value(s("V7919")).toInt(), 1);
        QStringList keys = env.keys();
        QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
    }

    void aHugeMatrixIsCountedNotCreated()
    {
        const QByteArray text = githubMatrix(20, 100);
        QVERIFY(text.size() < 10000); // a few KB
        const WorkflowDocument doc = WorkflowDocument::fromText(text);
        QCOMPARE(at(doc.diagnostics(), s("matrix-too-large")), QStringList{s("7:9")});
        QVERIFY2(message(doc.diagnostics(), s("matrix-too-large")).contains(s("GitHub allows at most 256")),
                 qPrintable(message(doc.diagnostics(), s("matrix-too-large"))));
        const WorkflowMatrix &matrix = doc.workflow().jobs.first().matrix;
        QCOMPARE(matrix.jobCount().count, std::numeric_limits<qint64>::max()); // 100^20 saturates
        QVERIFY(!matrix.jobCount().exact);
        QCOMPARE(matrix.combinations().size(), WorkflowMatrix::MaxJobs);
        const WorkflowGraphData graph = WorkflowGraph::build(doc.workflow(), measure);
        QCOMPARE(graph.nodes[graph.indexOf(s("job:build"))].matrixCount, std::numeric_limits<int>::max());
        // Expanded, the graph shows at most the jobs GitHub would run.
        const WorkflowGraphData expanded = WorkflowGraph::build(doc.workflow(), measure, {s("build")});
        QCOMPARE(expanded.nodesOfJob(s("build")).size(), WorkflowMatrix::MaxJobs);
    }

    void matrixCountsAreExactAroundTheLimit()
    {
        const WorkflowDocument over = WorkflowDocument::fromText(githubMatrix(2, 17));
        QCOMPARE(message(over.diagnostics(), s("matrix-too-large")), s("matrix would create 289 jobs; GitHub allows at most 256"));
        QVERIFY(at(WorkflowDocument::fromText(githubMatrix(2, 16)).diagnostics(), s("matrix-too-large")).isEmpty());
        // 17 × 17 minus 33 excluded (a0=0 or a1=0, 0/0 counted once) = 256, plus one include of its own = 257.
        const QByteArray exclude = "        exclude:\n          - a0: 0\n          - a1: 0\n";
        const WorkflowDocument excluded = WorkflowDocument::fromText(githubMatrix(2, 17, exclude));
        QVERIFY(at(excluded.diagnostics(), s("matrix-too-large")).isEmpty());
        QCOMPARE(excluded.workflow().jobs.first().matrix.jobCount().count, 256);
        const WorkflowDocument included
            = WorkflowDocument::fromText(githubMatrix(2, 17, exclude + "        include:\n          - a0: 99\n"));
        QCOMPARE(message(included.diagnostics(), s("matrix-too-large")), s("matrix would create 257 jobs; GitHub allows at most 256"));
    }

    void gitlabParallelMatrixCountsDoNotOverflow()
    {
        // 100^5 = 10^10: past 32 bits.
        const WorkflowDocument doc = WorkflowDocument::fromText(gitlabMatrix(5, 100), WorkflowKind::GitLabCi);
        const GitLabJob *build = doc.gitlab().job(s("build"));
        QVERIFY(build);
        QCOMPARE(build->parallelCount, qint64(10000000000));
        QCOMPARE(at(doc.diagnostics(), s("gitlab-parallel-limit")), QStringList{s("4:5")});
        QCOMPARE(message(doc.diagnostics(), s("gitlab-parallel-limit")),
                 s("parallel:matrix would create 10000000000 jobs; GitLab allows at most 200"));
        // 100^20 saturates instead of wrapping round.
        QCOMPARE(GitLabParallel::count(WorkflowDocument::fromText(gitlabMatrix(20, 100), WorkflowKind::GitLabCi)
                                           .gitlab().job(s("build"))->merged.value(s("parallel"))),
                 std::numeric_limits<qint64>::max());
        const WorkflowDocument within = WorkflowDocument::fromText(gitlabMatrix(2, 14), WorkflowKind::GitLabCi); // 196
        QVERIFY(at(within.diagnostics(), s("gitlab-parallel-limit")).isEmpty());
        const WorkflowDocument count = WorkflowDocument::fromText("build:\n  script: [echo]\n  parallel: 201\n", WorkflowKind::GitLabCi);
        QCOMPARE(at(count.diagnostics(), s("gitlab-parallel-limit")), QStringList{s("3:13")});
    }
};

QTEST_GUILESS_MAIN(TestYamlBounds)
#include "tst_yamlbounds.moc"
