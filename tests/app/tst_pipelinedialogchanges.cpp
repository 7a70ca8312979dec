#include "app/PipelineDialogChanges.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QByteArray kWorkflow = "name: CI\n"
                             "on:\n"
                             "  push:\n"
                             "    branches:\n"
                             "      - main        # production\n"
                             "      - 'release/**'\n"
                             "  pull_request:\n"
                             "  schedule:\n"
                             "    - cron: '0 3 * * 1'   # weekly\n"
                             "  workflow_dispatch:\n"
                             "    inputs:\n"
                             "      # how much to log\n"
                             "      level:\n"
                             "        description: How loud\n"
                             "        type: choice\n"
                             "        options: [info, debug]\n"
                             "jobs:\n"
                             "  build:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    steps:\n"
                             "      - uses: actions/checkout@v4 # the code\n"
                             "        with:\n"
                             "          fetch-depth: 0\n"
                             "          submodules: true\n"
                             "      - name: Test\n"
                             "        run: |\n"
                             "          make\n"
                             "          make test\n";

QByteArray with(const QByteArray &from, const QByteArray &to, const QByteArray &base = kWorkflow)
{
    const qsizetype at = base.indexOf(from);
    if (at < 0 || base.indexOf(from, at + 1) >= 0)
        qFatal("the fixture does not hold \"%s\" exactly once", from.constData());
    QByteArray out = base;
    return out.replace(at, from.size(), to);
}

/// The text after a trigger dialog changed `change` on the values it started with.
QByteArray afterTrigger(const QByteArray &text, const QString &event, const std::function<void(TriggerDialog::Values &)> &change,
                        QString *error = nullptr)
{
    const WorkflowDocument doc = WorkflowDocument::fromText(text);
    const WorkflowTrigger *trigger = PipelineDialogChanges::trigger(doc, event);
    if (!trigger)
        qFatal("no trigger %s", qPrintable(event));
    const TriggerDialog::Values before = PipelineDialogChanges::triggerValues(*trigger);
    TriggerDialog::Values after = before;
    change(after);
    const WorkflowEditResult r = WorkflowKeyEditor::applyAll(doc, PipelineDialogChanges::triggerChanges(doc, before, after));
    if (error)
        *error = r.error;
    return r.ok ? r.text : QByteArray("refused: ") + r.error.toUtf8();
}

QByteArray afterStep(const QByteArray &text, const QString &job, int index, const std::function<void(StepDialog::Values &)> &change)
{
    const WorkflowDocument doc = WorkflowDocument::fromText(text);
    StepDialog::Values before;
    QString path;
    if (!PipelineDialogChanges::stepValues(doc, job, index, &before, &path))
        qFatal("no step %d", index);
    StepDialog::Values after = before;
    after.run = after.run.endsWith(QLatin1Char('\n')) ? after.run.chopped(1) : after.run; // as the dialog gives it back
    change(after);
    const WorkflowEditResult r = WorkflowKeyEditor::applyAll(doc, PipelineDialogChanges::stepChanges(path, before, after));
    return r.ok ? r.text : QByteArray("refused: ") + r.error.toUtf8();
}

} // namespace

/// What the step and trigger dialogs' values become in the file: only what changed, item by
/// item where possible, so quoting and comments stay; triggers in their string, list and map
/// forms.
class TestPipelineDialogChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unchangedValuesChangeNothing()
    {
        QCOMPARE(afterTrigger(kWorkflow, s("push"), [](TriggerDialog::Values &) {}), kWorkflow);
        QCOMPARE(afterTrigger(kWorkflow, s("workflow_dispatch"), [](TriggerDialog::Values &) {}), kWorkflow);
        QCOMPARE(afterStep(kWorkflow, s("build"), 0, [](StepDialog::Values &) {}), kWorkflow);
        QCOMPARE(afterStep(kWorkflow, s("build"), 1, [](StepDialog::Values &) {}), kWorkflow);
    }

    void branchListsChangeItemByItem()
    {
        // Added at the end: a line in the block list's style; the comments stay.
        QCOMPARE(afterTrigger(kWorkflow, s("push"), [](TriggerDialog::Values &v) { v.branches.append(s("dev")); }),
                 with("      - 'release/**'\n", "      - 'release/**'\n      - dev\n"));
        // Changed in place: its quoting kept; taken out: its line goes.
        QCOMPARE(afterTrigger(kWorkflow, s("push"), [](TriggerDialog::Values &v) { v.branches[1] = s("hotfix/**"); }),
                 with("'release/**'", "'hotfix/**'"));
        QCOMPARE(afterTrigger(kWorkflow, s("push"), [](TriggerDialog::Values &v) { v.branches.removeFirst(); }),
                 with("      - main        # production\n", ""));
        // Emptied: the key goes (push then has no filters: {}); a new filter is a key of its own.
        QCOMPARE(afterTrigger(kWorkflow, s("push"), [](TriggerDialog::Values &v) {
                     v.branches.clear();
                     v.paths = QStringList{s("src/**"), s("!src/docs/**")};
                 }),
                 with("    branches:\n      - main        # production\n      - 'release/**'\n", "    paths: [src/**, '!src/docs/**']\n"));
        // A branch written as a name, and a list reordered, are written whole (flow style when short).
        QCOMPARE(afterTrigger("on:\n  push:\n    branches: main\njobs: {}\n", s("push"), [](TriggerDialog::Values &v) { v.branches = QStringList{s("main"), s("dev")}; }),
                 QByteArray("on:\n  push:\n    branches: [main, dev]\njobs: {}\n"));
        QCOMPARE(afterTrigger("on:\n  push:\n    branches: main\njobs: {}\n", s("push"), [](TriggerDialog::Values &v) { v.branches = QStringList{s("dev")}; }),
                 QByteArray("on:\n  push:\n    branches: [dev]\njobs: {}\n"));
        QCOMPARE(afterTrigger(kWorkflow, s("push"), [](TriggerDialog::Values &v) { v.branches = QStringList{s("release/**"), s("main"), s("x")}; }),
                 with("\n      - main        # production\n      - 'release/**'\n", " [release/**, main, x]\n"));
        QCOMPARE(afterTrigger(kWorkflow, s("pull_request"), [](TriggerDialog::Values &v) { v.types = QStringList{s("opened"), s("labeled")}; }),
                 with("  pull_request:\n", "  pull_request:\n    types: [opened, labeled]\n"));
    }

    void shortFormsBecomeMaps()
    {
        QCOMPARE(afterTrigger("on: push\njobs: {}\n", s("push"), [](TriggerDialog::Values &v) { v.tags = QStringList{s("v*")}; }),
                 QByteArray("on:\n  push:\n    tags: [v*]\njobs: {}\n"));
        QCOMPARE(afterTrigger("on: [push, workflow_dispatch]\njobs: {}\n", s("workflow_dispatch"),
                              [](TriggerDialog::Values &v) { v.inputs.append({s("dry-run"), s("boolean"), s("Only say what"), s("false"), false, {}}); }),
                 QByteArray("on:\n  push:\n  workflow_dispatch:\n    inputs:\n      dry-run:\n        description: Only say what\n"
                            "        default: false\n        type: boolean\njobs: {}\n"));
        QCOMPARE(afterTrigger("on:\n  - pull_request\njobs: {}\n", s("pull_request"), [](TriggerDialog::Values &v) {
                     v.branches = QStringList{s("main")};
                     v.pathsIgnore = QStringList{s("docs/**")};
                 }),
                 QByteArray("on:\n  pull_request:\n    branches: [main]\n    paths-ignore: [docs/**]\njobs: {}\n"));
    }

    void schedulesKeepTheirQuotingAndComments()
    {
        QCOMPARE(afterTrigger(kWorkflow, s("schedule"), [](TriggerDialog::Values &v) { v.crons[0] = s("0 4 * * 1"); }),
                 with("'0 3 * * 1'", "'0 4 * * 1'"));
        QCOMPARE(afterTrigger(kWorkflow, s("schedule"), [](TriggerDialog::Values &v) { v.crons.append(s("30 2 * * *")); }),
                 with("    - cron: '0 3 * * 1'   # weekly\n", "    - cron: '0 3 * * 1'   # weekly\n    - cron: 30 2 * * *\n"));
        // An item without a cron is not a schedule read: the list is written whole, not the
        // wrong item changed.
        QCOMPARE(afterTrigger("on:\n  schedule:\n    - cron: '1 * * * *'\n    - {}\n    - cron: '2 * * * *'\njobs: {}\n", s("schedule"),
                              [](TriggerDialog::Values &v) { v.crons[1] = s("3 * * * *"); }),
                 QByteArray("on:\n  schedule:\n    - cron: 1 * * * *\n    - cron: 3 * * * *\njobs: {}\n"));
        // Changed and one added: still item by item.
        QCOMPARE(afterTrigger(kWorkflow, s("schedule"), [](TriggerDialog::Values &v) {
                     v.crons[0] = s("0 4 * * 1");
                     v.crons.append(s("30 2 * * *"));
                 }),
                 with("    - cron: '0 3 * * 1'   # weekly\n", "    - cron: '0 4 * * 1'   # weekly\n    - cron: 30 2 * * *\n"));
    }

    void inputsAreAddedChangedAndRemoved()
    {
        QCOMPARE(afterTrigger(kWorkflow, s("workflow_dispatch"), [](TriggerDialog::Values &v) {
                     v.inputs[0].options.append(s("trace"));
                     v.inputs[0].required = true;
                     v.inputs[0].defaultValue = s("info");
                     v.inputs.append({s("target"), s("environment"), QString(), QString(), true, {}});
                 }),
                 with("        options: [info, debug]\n",
                      "        options: [info, debug, trace]\n        required: true\n        default: info\n"
                      "      target:\n        required: true\n        type: environment\n"));
        // The input's comment goes with it; the last one takes `inputs:` along.
        QCOMPARE(afterTrigger(kWorkflow, s("workflow_dispatch"), [](TriggerDialog::Values &v) { v.inputs.clear(); }),
                 with("  workflow_dispatch:\n    inputs:\n      # how much to log\n      level:\n        description: How loud\n"
                      "        type: choice\n        options: [info, debug]\n",
                      "  workflow_dispatch: {}\n"));
        // choice → string: its options go too.
        QCOMPARE(afterTrigger(kWorkflow, s("workflow_dispatch"), [](TriggerDialog::Values &v) {
                     v.inputs[0].type = s("string");
                     v.inputs[0].options.clear();
                     v.inputs[0].description.clear();
                 }),
                 with("        description: How loud\n        type: choice\n        options: [info, debug]\n", "        type: string\n"));
    }

    void stepsSwitchBetweenRunAndUses()
    {
        // run → uses: name kept, run removed, the action's inputs in a with: block.
        QCOMPARE(afterStep(kWorkflow, s("build"), 1, [](StepDialog::Values &v) {
                     v.usesAction = true;
                     v.uses = s("actions/setup-node@v4");
                     v.with = {{s("node-version"), s("20")}};
                 }),
                 with("        run: |\n          make\n          make test\n",
                      "        uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"));
        // A line of the block changed: the block stays a block.
        QCOMPARE(afterStep(kWorkflow, s("build"), 1, [](StepDialog::Values &v) { v.run = s("make\nmake check"); }),
                 with("          make test\n", "          make check\n"));
        QCOMPARE(afterStep(kWorkflow, s("build"), 1, [](StepDialog::Values &v) { v.run = s("make all"); }),
                 with("          make\n          make test\n", "          make all\n"));
        // uses → run: with goes with uses; the comment after uses goes with its line.
        QCOMPARE(afterStep(kWorkflow, s("build"), 0, [](StepDialog::Values &v) {
                     v.usesAction = false;
                     v.run = s("git clone --depth 1 .");
                     v.name = s("Clone");
                     v.condition = s("always()");
                 }),
                 with("      - uses: actions/checkout@v4 # the code\n        with:\n          fetch-depth: 0\n          submodules: true\n",
                      "      - name: Clone\n        run: git clone --depth 1 .\n        if: always()\n"));
        // with: one input changed, one removed, one added; the others keep their text.
        QCOMPARE(afterStep(kWorkflow, s("build"), 0, [](StepDialog::Values &v) {
                     v.with = {{s("fetch-depth"), s("1")}, {s("lfs"), s("true")}};
                 }),
                 with("          fetch-depth: 0\n          submodules: true\n", "          fetch-depth: 1\n          lfs: true\n"));
        // A version that YAML would read as another number stays text.
        QCOMPARE(afterStep(kWorkflow, s("build"), 0, [](StepDialog::Values &v) {
                     v.with = {{s("fetch-depth"), s("3.10")}, {s("submodules"), s("True")}};
                 }),
                 with("          fetch-depth: 0\n          submodules: true\n", "          fetch-depth: '3.10'\n          submodules: 'True'\n"));
        QCOMPARE(afterStep(kWorkflow, s("build"), 0, [](StepDialog::Values &v) { v.with.clear(); }),
                 with("        with:\n          fetch-depth: 0\n          submodules: true\n", ""));
    }
};

QTEST_GUILESS_MAIN(TestPipelineDialogChanges)
#include "tst_pipelinedialogchanges.moc"
