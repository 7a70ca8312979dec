#include "pipelines/WorkflowEditor.h"

#include "support/EditExpect.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QByteArray kWorkflow = "# CI for the project\n"
                             "name: CI\n"
                             "\n"
                             "on:\n"
                             "  push:\n"
                             "    branches: [main]   # only main\n"
                             "  schedule:\n"
                             "    - cron: '0 3 * * 1'\n"
                             "\n"
                             "jobs:\n"
                             "  # Lint first\n"
                             "  lint:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    steps:\n"
                             "      - uses: actions/checkout@v4\n"
                             "      - run: make lint\n"
                             "\n"
                             "  test:\n"
                             "    needs: lint\n"
                             "    runs-on: \"ubuntu-latest\"\n"
                             "    steps:\n"
                             "      - name: Test\n"
                             "        run: |\n"
                             "          make test\n"
                             "      # cleanup comes last\n"
                             "      - run: make clean\n"
                             "\n"
                             "  deploy:\n"
                             "    needs: [lint, test]\n"
                             "    if: ${{ needs.test.result == 'success' }}\n"
                             "    runs-on: ubuntu-latest\n"
                             "    environment: production\n"
                             "    steps:\n"
                             "      - run: ./deploy ${{ needs.test.outputs.version }}\n";

WorkflowEditor editor(const QByteArray &text = kWorkflow) { return WorkflowEditor(WorkflowDocument::fromText(text)); }

/// `kWorkflow` (or `base`) with `from` replaced by `to` (exactly once).
QByteArray with(const QByteArray &from, const QByteArray &to, const QByteArray &base = kWorkflow)
{
    return replacedOnce(from, to, base);
}

} // namespace

/// Visual edits as minimal text patches: each test states the exact text an edit must give, so
/// comments, blank lines, quoting and key order outside the edit are checked byte for byte.
class TestWorkflowEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addJobFollowsTheSiblingsLayout()
    {
        EXPECT_TEXT(editor().addJob(s("package"), s("ubuntu-22.04"), {s("test")}),
                    kWorkflow + "\n  package:\n    needs: test\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n");
        // Four-space indentation and indentless lists are the file's style, so the new job's too.
        const QByteArray four = "on: push\njobs:\n    a:\n        runs-on: x\n        steps:\n        - run: a\n";
        EXPECT_REFUSED(editor(four).addJob(s("b"), s("y"), {s("a"), s("a2")}), "no job \"a2\" to need");
        EXPECT_TEXT(editor(four).addJob(s("b"), s("linux")),
                    four + "    b:\n        runs-on: linux\n        steps:\n        - uses: actions/checkout@v4\n");
        // No jobs yet: the section is made.
        EXPECT_TEXT(editor("on: push # go\n").addJob(s("a")),
                    "on: push # go\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n");
        EXPECT_TEXT(editor("on: push\njobs:\n").addJob(s("a"), s("x")),
                    "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n");
    }

    void removeJobTakesItsCommentsAndItsNeedsEverywhere()
    {
        const QByteArray withoutTest = with("  test:\n    needs: lint\n    runs-on: \"ubuntu-latest\"\n    steps:\n"
                                            "      - name: Test\n        run: |\n          make test\n"
                                            "      # cleanup comes last\n      - run: make clean\n\n",
                                            "");
        EXPECT_TEXT(editor().removeJob(s("test")), with("needs: [lint, test]", "needs: [lint]", withoutTest));
        // The comment above "lint" goes with it; "test" then needs nothing, so its needs goes too.
        const QByteArray withoutLint = with("  # Lint first\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n"
                                            "      - uses: actions/checkout@v4\n      - run: make lint\n\n",
                                            "");
        EXPECT_TEXT(editor().removeJob(s("lint")),
                    with("needs: [lint, test]", "needs: [test]", with("    needs: lint\n", "", withoutLint)));
        EXPECT_REFUSED(editor().removeJob(s("ghost")), "no job \"ghost\"");
        // GitHub rejects a workflow without jobs ("jobs: {}"): the only job stays.
        EXPECT_REFUSED(editor("on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: a}]\n").removeJob(s("a")),
                       "job \"a\" is the only job");
    }

    void renameJobUpdatesNeedsAndExpressions()
    {
        QByteArray expected = with("  test:\n", "  unit:\n");
        expected = with("needs: [lint, test]", "needs: [lint, unit]", expected);
        expected = with("needs.test.result", "needs.unit.result", expected);
        expected = with("needs.test.outputs", "needs.unit.outputs", expected);
        EXPECT_TEXT(editor().renameJob(s("test"), s("unit")), expected);
        // A reusable workflow's outputs name their job as `jobs.<id>`: renamed there, and only there.
        const QByteArray called = "on:\n  workflow_call:\n    outputs:\n      version:\n        value: ${{ jobs.build.outputs.version }}\n"
                                  "jobs:\n  build:\n    runs-on: x\n    outputs:\n      version: ${{ steps.v.outputs.version }}\n"
                                  "    steps:\n      - id: v\n        run: echo jobs.build\n";
        EXPECT_TEXT(editor(called).renameJob(s("build"), s("compile")),
                    "on:\n  workflow_call:\n    outputs:\n      version:\n        value: ${{ jobs.compile.outputs.version }}\n"
                    "jobs:\n  compile:\n    runs-on: x\n    outputs:\n      version: ${{ steps.v.outputs.version }}\n"
                    "    steps:\n      - id: v\n        run: echo jobs.build\n");
        EXPECT_REFUSED(editor().renameJob(s("test"), s("lint")), "already a job \"lint\"");
        EXPECT_REFUSED(editor().renameJob(s("test"), s("9lives")), "not a valid job id");
        EXPECT_REFUSED(editor().renameJob(s("nope"), s("x")), "no job \"nope\"");
    }

    void needsInEachForm()
    {
        // None yet: a line of its own, first in the job.
        EXPECT_TEXT(editor().addNeeds(s("lint"), s("test")),
                    with("  lint:\n    runs-on", "  lint:\n    needs: test\n    runs-on"));
        // A name becomes a flow list; a flow list grows; a block list gets a line.
        EXPECT_TEXT(editor().addNeeds(s("test"), s("deploy")), with("needs: lint\n", "needs: [lint, deploy]\n"));
        const QByteArray block = "on: push\njobs:\n  a: {}\n  b: {}\n  c:\n    needs:\n      - a # first\n    runs-on: x\n";
        EXPECT_TEXT(editor(block).addNeeds(s("c"), s("b")), with("      - a # first\n", "      - a # first\n      - b\n", block));
        EXPECT_TEXT(editor(block).removeNeeds(s("c"), s("a")), with("    needs:\n      - a # first\n", "", block));
        EXPECT_TEXT(editor().removeNeeds(s("deploy"), s("lint")), with("needs: [lint, test]", "needs: [test]"));
        EXPECT_TEXT(editor().removeNeeds(s("deploy"), s("test")), with("needs: [lint, test]", "needs: [lint]"));
        EXPECT_TEXT(editor().removeNeeds(s("test"), s("lint")), with("    needs: lint\n", ""));
        EXPECT_REFUSED(editor().removeNeeds(s("lint"), s("test")), "does not need");
        EXPECT_REFUSED(editor().addNeeds(s("deploy"), s("test")), "already needs");
        EXPECT_REFUSED(editor().addNeeds(s("deploy"), s("deploy")), "cannot need itself");
        EXPECT_REFUSED(editor().addNeeds(s("deploy"), s("ghost")), "no job \"ghost\"");
        // A job written in flow style gets the key in flow style.
        EXPECT_TEXT(editor("on: push\njobs:\n  a: {runs-on: x}\n  b: {runs-on: y}\n").addNeeds(s("b"), s("a")),
                    "on: push\njobs:\n  a: {runs-on: x}\n  b: {needs: a, runs-on: y}\n");
    }

    void stepsAreAddedRemovedAndMovedWithTheirComments()
    {
        WorkflowEditor::NewStep vet;
        vet.name = s("Vet");
        vet.run = s("make vet");
        EXPECT_TEXT(editor().addStep(s("lint"), vet, 1),
                    with("      - run: make lint\n", "      - name: Vet\n        run: make vet\n      - run: make lint\n"));
        WorkflowEditor::NewStep script;
        script.run = s("npm ci\nnpm test\n");
        EXPECT_TEXT(editor().addStep(s("deploy"), script),
                    kWorkflow + "      - run: |\n          npm ci\n          npm test\n");
        WorkflowEditor::NewStep node;
        node.uses = s("actions/setup-node@v4");
        node.with = {{s("node-version"), s("20")}, {s("cache"), s("npm")}};
        EXPECT_TEXT(editor().addStep(s("lint"), node, 0),
                    with("    steps:\n      - uses: actions/checkout@v4\n",
                         "    steps:\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"
                         "          cache: npm\n      - uses: actions/checkout@v4\n"));
        EXPECT_REFUSED(editor().addStep(s("lint"), WorkflowEditor::NewStep()), "either a command to run or an action");

        // The comment above "make clean" belongs to it: removed and moved with it.
        EXPECT_TEXT(editor().removeStep(s("test"), 1), with("      # cleanup comes last\n      - run: make clean\n", ""));
        EXPECT_TEXT(editor().moveStep(s("test"), 1, 0),
                    with("      - name: Test\n        run: |\n          make test\n      # cleanup comes last\n      - run: make clean\n",
                         "      # cleanup comes last\n      - run: make clean\n      - name: Test\n        run: |\n          make test\n"));
        EXPECT_TEXT(editor().moveStep(s("lint"), 0, 1),
                    with("      - uses: actions/checkout@v4\n      - run: make lint\n", "      - run: make lint\n      - uses: actions/checkout@v4\n"));
        // The last step leaves an empty list, not a dangling key.
        EXPECT_TEXT(editor().removeStep(s("deploy"), 0),
                    with("    steps:\n      - run: ./deploy ${{ needs.test.outputs.version }}\n", "    steps: []\n"));
        EXPECT_REFUSED(editor().removeStep(s("deploy"), 3), "no step 3");
        EXPECT_REFUSED(editor("on: push\njobs:\n  a:\n    steps: [{run: a}, {run: b}]\n").moveStep(s("a"), 0, 1), "flow style");
    }

    void setKeepsQuotingAndAddsMissingKeys()
    {
        EXPECT_TEXT(editor().set(s("jobs.test.runs-on"), s("ubuntu-24.04")), with("\"ubuntu-latest\"", "\"ubuntu-24.04\""));
        EXPECT_TEXT(editor().set(s("on.schedule.0.cron"), s("0 4 * * 2")), with("'0 3 * * 1'", "'0 4 * * 2'"));
        EXPECT_TEXT(editor().set(s("name"), s("yes")), with("name: CI\n", "name: 'yes'\n"));
        EXPECT_TEXT(editor().set(s("jobs.lint.timeout-minutes"), s("10")),
                    with("      - run: make lint\n", "      - run: make lint\n    timeout-minutes: 10\n"));
        EXPECT_TEXT(editor().set(s("jobs.deploy.environment"), s("staging: eu")),
                    with("environment: production", "environment: 'staging: eu'"));
        EXPECT_TEXT(editor().set(s("env.MODE"), s("fast")), kWorkflow + "env:\n  MODE: fast\n");
        EXPECT_TEXT(editor().set(s("jobs.test.steps.0.run"), s("make check\n")),
                    with("        run: |\n          make test\n", "        run: |\n          make check\n"));
        EXPECT_TEXT(editor("on:\n  workflow_dispatch:\n").set(s("on.workflow_dispatch.inputs.level.default"), s("info")),
                    "on:\n  workflow_dispatch:\n    inputs:\n      level:\n        default: info\n");
        EXPECT_REFUSED(editor().set(s("on.schedule.4.cron"), s("x")), "");
        EXPECT_REFUSED(editor().set(s("jobs..x"), s("x")), "not a key path");
    }

    void setValueWritesListsAndMapsInTheFilesStyle()
    {
        const YamlOut labels = YamlOut::list({YamlOut::string(s("self-hosted")), YamlOut::string(s("linux"))});
        EXPECT_TEXT(editor().setValue(s("jobs.test.runs-on"), labels),
                    with("    runs-on: \"ubuntu-latest\"\n", "    runs-on: [self-hosted, linux]\n"));
        // A new key with a map value; a scalar replaced by a map.
        EXPECT_TEXT(editor().setValue(s("jobs.deploy.environment"),
                                      YamlOut::map({{s("name"), YamlOut::string(s("production"))}, {s("url"), YamlOut::string(s("https://x.example"))}})),
                    with("    environment: production\n", "    environment:\n      name: production\n      url: https://x.example\n"));
        EXPECT_TEXT(editor().setValue(s("on.push.branches"), YamlOut::list({YamlOut::string(s("main")), YamlOut::string(s("release/**"))})),
                    with("branches: [main]", "branches: [main, release/**]"));
        const YamlOut axis = YamlOut::list({YamlOut::typed(s("18")), YamlOut::typed(s("20"))});
        EXPECT_TEXT(editor().setValue(s("jobs.lint.strategy.matrix.node"), axis),
                    with("      - run: make lint\n", "      - run: make lint\n    strategy:\n      matrix:\n        node: [18, 20]\n"));
    }

    void editsThatWouldMeanMoreAreRefused()
    {
        // Through an anchor, changing one value changes another: refused, nothing changes.
        const QByteArray anchored = "on: push\njobs:\n  a:\n    runs-on: &os ubuntu-latest\n  b:\n    runs-on: *os\n";
        EXPECT_REFUSED(editor(anchored).set(s("jobs.a.runs-on"), s("macos-latest")), "more than intended");
        EXPECT_REFUSED(editor(anchored).set(s("jobs.b.runs-on"), s("macos-latest")), "alias");
        // A file with a YAML error is not edited visually.
        EXPECT_REFUSED(editor("on: push\njobs:\n  a: [\n").addJob(s("b")), "YAML error at line");
        EXPECT_REFUSED(editor("- a\n- b\n").addJob(s("b")), "not a workflow");
    }

    void lineBreaksAndByteOrderMarkArePreserved()
    {
        const QByteArray crlf = "\xef\xbb\xbfon: push\r\njobs:\r\n  a:\r\n    runs-on: x\r\n    steps:\r\n      - run: a\r\n";
        EXPECT_TEXT(editor(crlf).addStep(s("a"), WorkflowEditor::NewStep{QString(), s("b"), QString(), {}}),
                    crlf + "      - run: b\r\n");
        EXPECT_TEXT(editor(crlf).addJob(s("b"), s("linux"), {s("a")}),
                    crlf + "  b:\r\n    needs: a\r\n    runs-on: linux\r\n    steps:\r\n      - uses: actions/checkout@v4\r\n");
        // A file without a final line break gets one before what is appended.
        EXPECT_TEXT(editor("on: push\njobs:\n  a:\n    runs-on: x").set(s("jobs.a.timeout-minutes"), s("5")),
                    "on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: 5\n");
    }

    void everyPatchHasAnInverseThatRestoresTheTextExactly()
    {
        const QList<WorkflowEditResult> results{
            editor().renameJob(s("test"), s("unit")), editor().removeJob(s("lint")),
            editor().moveStep(s("test"), 1, 0), editor().addJob(s("x"), s("y"), {s("lint"), s("test")}),
        };
        for (const WorkflowEditResult &r : results) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.patch.apply(kWorkflow), r.text);
            QCOMPARE(r.patch.inverted(kWorkflow).apply(r.text), kWorkflow);
        }
    }

    void everyEditChangesOnlyTheLinesItMust()
    {
        // Over the fixture: the lines an edit did not touch are the same lines, in order.
        const QList<QByteArray> before = kWorkflow.split('\n');
        const QList<WorkflowEditResult> results{
            editor().addNeeds(s("lint"), s("test")),    editor().removeNeeds(s("deploy"), s("lint")),
            editor().set(s("jobs.deploy.environment"), s("prod")), editor().removeStep(s("test"), 0),
        };
        for (const WorkflowEditResult &r : results) {
            QVERIFY2(r.ok, qPrintable(r.error));
            const QList<QByteArray> after = r.text.split('\n');
            qsizetype same = 0;
            for (qsizetype i = 0, j = 0; i < before.size() && j < after.size();) {
                if (before[i] == after[j]) {
                    ++same;
                    ++i;
                    ++j;
                } else if (before.size() - i > after.size() - j) {
                    ++i;
                } else {
                    ++j;
                }
            }
            QVERIFY2(before.size() - same <= 4, r.text.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflowEditor)
#include "tst_workfloweditor.moc"
