// Benchmark of the pipeline editor's hot paths (issue targets: ≤ 50 ms, ≤ 16 ms, ≤ 200 ms):
//   1. parse + validate + layout of a workflow of J jobs with S steps each (default 300 × 10);
//   2. one visual edit end to end on a ~1,000-line workflow: patch, re-parse, re-validate,
//      re-layout (default 75 jobs × 4 steps, 1,005 lines);
//   3. `gantry workflow edit` on a big workflow of K KiB (default 6,144: 6 MB): load it (parse +
//      validate), then add a job, rename a job, set a value, each checked by re-parsing.
// Prints the median of R runs (default 15; 3 for the big workflow) of each, one "name: N ms" line each.
// Usage: bench_workflow [--jobs J] [--steps S] [--edit-jobs E] [--big-kb K] [--wide-keys W] [--runs R]
#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"
#include "pipelines/WorkflowGraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace gantry;

namespace {

/// A workflow of `jobs` jobs in layers of ten (each needs one or two of the layer before), every
/// job with `steps` steps, comments and a matrix on every tenth.
QByteArray makeWorkflow(int jobs, int steps)
{
    QByteArray out = "# generated for the benchmark\nname: bench\non:\n  push:\n    branches: [main]\n  pull_request:\n\njobs:\n";
    for (int j = 0; j < jobs; ++j) {
        out += "  # job " + QByteArray::number(j) + "\n  job" + QByteArray::number(j) + ":\n";
        if (j >= 10) {
            out += "    needs: [job" + QByteArray::number(j - 10);
            if (j % 10 > 0)
                out += ", job" + QByteArray::number(j - 11);
            out += "]\n";
        }
        out += "    runs-on: ubuntu-latest\n";
        if (j % 10 == 0)
            out += "    strategy:\n      matrix:\n        os: [ubuntu-latest, macos-latest]\n        node: [18, 20, 22]\n";
        out += "    steps:\n";
        for (int s = 0; s < steps; ++s) {
            if (s == 0)
                out += "      - uses: actions/checkout@v4\n";
            else
                out += "      - name: Step " + QByteArray::number(s) + "\n        run: make target-" + QByteArray::number(s)
                    + " # step " + QByteArray::number(s) + "\n";
        }
        out += "\n";
    }
    return out;
}

QSizeF measure(const WorkflowGraphNode &node) { return QSizeF(180, 40 + 14 * std::min<qsizetype>(node.steps.size(), 8)); }

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QString::fromLatin1(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int jobs = option(args, "--jobs", 300);
    const int steps = option(args, "--steps", 10);
    const int editJobs = option(args, "--edit-jobs", 75);
    const int runs = std::max(1, option(args, "--runs", 15));
    const int bigKb = option(args, "--big-kb", 6144);
    const int wideKeys = option(args, "--wide-keys", 100000);

    const QByteArray big = makeWorkflow(jobs, steps);
    int findings = 0;
    int nodes = 0;
    const double load = medianMs(runs, [&] {
        const WorkflowDocument doc = WorkflowDocument::fromText(big);
        const WorkflowGraphData graph = WorkflowGraph::build(doc.workflow(), measure);
        findings = int(doc.diagnostics().size());
        nodes = int(graph.nodes.size());
    });
    std::printf("workflow: %d jobs, %d steps, %lld lines, %lld bytes, %d findings, %d graph nodes\n", jobs, jobs * steps,
                qlonglong(big.count('\n')), qlonglong(big.size()), findings, nodes);
    std::printf("parse+validate+layout: %.1f ms\n", load);

    const QByteArray medium = makeWorkflow(editJobs, 4);
    const WorkflowDocument before = WorkflowDocument::fromText(medium);
    bool ok = true;
    const double edit = medianMs(runs, [&] {
        const WorkflowEditResult result = WorkflowEditor(before).addNeeds(QStringLiteral("job%1").arg(editJobs - 1), QStringLiteral("job0"));
        ok = ok && result.ok;
        const WorkflowDocument after = WorkflowDocument::fromText(result.text);
        WorkflowGraph::build(after.workflow(), measure);
    });
    std::printf("edit workflow: %d jobs, %lld lines\n", editJobs, qlonglong(medium.count('\n')));
    std::printf("one edit end to end: %.1f ms%s\n", edit, ok ? "" : " (the edit was refused!)");

    // The command line's edit of a big file: what `gantry workflow edit FILE add-job …` does
    // between reading the file and writing it.
    const qsizetype perJob = makeWorkflow(100, 10).size() / 100;
    const int bigJobs = int(std::max<qsizetype>(10, qsizetype(bigKb) * 1024 / perJob));
    const QByteArray huge = makeWorkflow(bigJobs, 10);
    const int bigRuns = std::min(runs, 3);
    const auto timeEdit = [&](const std::function<WorkflowEditResult(const WorkflowEditor &)> &edit) {
        return medianMs(bigRuns, [&] {
            const WorkflowDocument doc = WorkflowDocument::fromText(huge);
            const WorkflowEditResult result = edit(WorkflowEditor(doc));
            ok = ok && result.ok;
        });
    };
    const double bigLoad = medianMs(bigRuns, [&] { WorkflowDocument::fromText(huge); });
    const double addJob = timeEdit([](const WorkflowEditor &e) { return e.addJob(QStringLiteral("extra"), {}, {QStringLiteral("job0")}); });
    const double rename = timeEdit([](const WorkflowEditor &e) { return e.renameJob(QStringLiteral("job0"), QStringLiteral("first")); });
    const double set = timeEdit([](const WorkflowEditor &e) { return e.set(QStringLiteral("jobs.job1.timeout-minutes"), QStringLiteral("30")); });
    std::printf("big workflow: %d jobs, %lld lines, %lld bytes\n", bigJobs, qlonglong(huge.count('\n')), qlonglong(huge.size()));
    std::printf("big load: %.1f ms\n", bigLoad);
    std::printf("big edit add-job: %.1f ms\nbig edit rename-job: %.1f ms\nbig edit set: %.1f ms%s\n", addJob, rename, set,
                ok ? "" : " (an edit was refused!)");
    // One mapping of 100,000 keys (an env: block): inserting keys in file order into the JSON the
    // edit is checked against was quadratic (a minute at 500,000 keys).
    QByteArray wide = "on: push\nenv:\n";
    for (int i = 0; i < wideKeys; ++i)
        wide += "  V" + QByteArray::number(i) + ": x\n";
    wide += "jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
    const double wideSet = medianMs(bigRuns, [&] {
        const WorkflowDocument doc = WorkflowDocument::fromText(wide);
        const WorkflowEditResult result = WorkflowEditor(doc).set(QStringLiteral("jobs.a.timeout-minutes"), QStringLiteral("30"));
        ok = ok && result.ok;
    });
    std::printf("wide workflow: one env: of %d keys, %lld bytes\nwide edit set: %.1f ms%s\n", wideKeys, qlonglong(wide.size()), wideSet,
                ok ? "" : " (an edit was refused!)");
    return ok ? 0 : 1;
}
