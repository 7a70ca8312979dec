#include "pipelines/WorkflowKeyEditor.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QByteArray kWorkflow = "name: CI\n"
                             "on:\n"
                             "  push:\n"
                             "    branches: [main]   # only main\n"
                             "    # docs do not need a build\n"
                             "    paths-ignore:\n"
                             "      - 'docs/**'\n"
                             "  pull_request:\n"
                             "  workflow_dispatch:\n"
                             "    inputs:\n"
                             "      level:\n"
                             "        description: How loud\n"
                             "        type: choice\n"
                             "        options: [info, debug]\n"
                             "jobs:\n"
                             "  build:\n"
                             "    runs-on: ubuntu-latest\n"
                             "    steps:\n"
                             "      # get the code\n"
                             "      - uses: actions/checkout@v4\n"
                             "        with:\n"
                             "          fetch-depth: 0\n"
                             "      - name: Test\n"
                             "        run: make test\n";

WorkflowDocument doc(const QByteArray &text) { return WorkflowDocument::fromText(text); }
WorkflowEditor editor(const QByteArray &text = kWorkflow) { return WorkflowEditor(doc(text)); }

QByteArray with(const QByteArray &from, const QByteArray &to, const QByteArray &base = kWorkflow)
{
    const qsizetype at = base.indexOf(from);
    if (at < 0 || base.indexOf(from, at + 1) >= 0)
        qFatal("the fixture does not hold \"%s\" exactly once", from.constData());
    QByteArray out = base;
    return out.replace(at, from.size(), to);
}

YamlOut strings(const QStringList &values)
{
    QList<YamlOut> items;
    for (const QString &v : values)
        items.append(YamlOut::string(v));
    return YamlOut::list(items);
}

#define EXPECT_TEXT(result, expected)                                                                              \
    do {                                                                                                           \
        const WorkflowEditResult r_ = (result);                                                                    \
        QVERIFY2(r_.ok, qPrintable(r_.error));                                                                     \
        QCOMPARE(r_.text, QByteArray(expected));                                                                   \
    } while (0)

#define EXPECT_REFUSED(result, words)                                                                              \
    do {                                                                                                           \
        const WorkflowEditResult r_ = (result);                                                                    \
        QVERIFY(!r_.ok);                                                                                           \
        QVERIFY2(r_.error.contains(s(words)), qPrintable(r_.error));                                               \
        QVERIFY(r_.patch.isEmpty());                                                                               \
    } while (0)

} // namespace

/// Removing keys, triggers in their short forms given filters, and the several changes a
/// dialog makes applied as one patch: each with the exact text it must give.
class TestWorkflowKeyEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removeTakesTheKeyAndItsComments()
    {
        EXPECT_TEXT(editor().remove(s("on.push.paths-ignore")),
                    with("    # docs do not need a build\n    paths-ignore:\n      - 'docs/**'\n", ""));
        EXPECT_TEXT(editor().remove(s("on.push.branches")), with("    branches: [main]   # only main\n", ""));
        // A list item by index, its comment with it; a key inside a list item.
        EXPECT_TEXT(editor().remove(s("jobs.build.steps.0")),
                    with("      # get the code\n      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n", ""));
        EXPECT_TEXT(editor().remove(s("jobs.build.steps.1.name")), with("      - name: Test\n        run: make test\n", "      - run: make test\n"));
        EXPECT_TEXT(editor().remove(s("jobs.build.steps.0.with")), with("        with:\n          fetch-depth: 0\n", ""));
        EXPECT_TEXT(editor().remove(s("on.workflow_dispatch.inputs.level.options.1")), with("[info, debug]", "[info]"));
        // The last key of a mapping leaves {} (the same meaning as no filters at all).
        EXPECT_TEXT(editor().remove(s("on.workflow_dispatch.inputs.level")), with("    inputs:\n      level:\n        description: How loud\n"
                                                                                  "        type: choice\n        options: [info, debug]\n",
                                                                                  "    inputs: {}\n"));
        EXPECT_TEXT(editor("on: {push: {branches: [a], tags: [v*]}}\n").remove(s("on.push.branches")), "on: {push: {tags: [v*]}}\n");
        EXPECT_REFUSED(editor().remove(s("on.push.tags")), "no on.push.tags");
        EXPECT_REFUSED(editor().remove(s("jobs.build.steps.7")), "no jobs.build.steps.7");
        EXPECT_REFUSED(editor().remove(s("jobs..x")), "not a key path");
        const QByteArray aliased = "on: push\nx: &a {k: 1, j: 2}\njobs:\n  a: {runs-on: x, steps: [{run: a}], env: *a}\n";
        EXPECT_REFUSED(editor(aliased).remove(s("jobs.a.env.k")), "alias");
        // The key holding the alias can go; the anchor stays.
        EXPECT_TEXT(editor(aliased).remove(s("jobs.a.env")), "on: push\nx: &a {k: 1, j: 2}\njobs:\n  a: {runs-on: x, steps: [{run: a}]}\n");
        EXPECT_REFUSED(editor(aliased).remove(s("on.push")), "no on.push");
        EXPECT_REFUSED(editor().remove(s("jobs.build.steps.x")), "no jobs.build.steps.x");
        EXPECT_REFUSED(editor("on: [push\n").remove(s("on")), "YAML error");
    }

    void triggersInShortFormsBecomeMaps()
    {
        const QByteArray one = "on: push\njobs: {}\n";
        EXPECT_TEXT(editor(one).setValue(s("on.push.branches"), strings({s("main")})), "on:\n  push:\n    branches: [main]\njobs: {}\n");
        const QByteArray list = "on: [push, pull_request] # both\njobs: {}\n";
        EXPECT_TEXT(editor(list).setValue(s("on.pull_request.paths"), strings({s("src/**")})),
                    "on:\n  push:\n  pull_request:\n    paths: [src/**] # both\njobs: {}\n");
        const QByteArray block = "on:\n  - push\n  - workflow_dispatch\njobs: {}\n";
        EXPECT_TEXT(editor(block).set(s("on.workflow_dispatch.inputs.tag.description"), s("Which tag")),
                    "on:\n  push:\n  workflow_dispatch:\n    inputs:\n      tag:\n        description: Which tag\njobs: {}\n");
        // An event not there yet is added after the others.
        EXPECT_TEXT(editor(one).setValue(s("on.schedule"), YamlOut::list({YamlOut::map({{s("cron"), YamlOut::string(s("0 3 * * *"))}})})),
                    "on:\n  push:\n  schedule:\n    - cron: 0 3 * * *\njobs: {}\n");
        // The map form with an empty event gets the key under it.
        EXPECT_TEXT(editor().setValue(s("on.pull_request.types"), strings({s("opened"), s("closed")})),
                    with("  pull_request:\n", "  pull_request:\n    types: [opened, closed]\n"));
        EXPECT_REFUSED(editor("on: [push, push]\njobs: {}\n").set(s("on.push.branches"), s("main")), "twice");
    }

    void aDialogsChangesAreOnePatch()
    {
        // Branches changed, paths added, paths-ignore cleared: one replacement, comments kept.
        const WorkflowEditResult r = WorkflowKeyEditor::applyAll(doc(kWorkflow), {
            WorkflowKeyChange::set(s("on.push.branches"), strings({s("main"), s("release/**")})),
            WorkflowKeyChange::remove(s("on.push.paths-ignore")),
            WorkflowKeyChange::set(s("on.push.paths"), strings({s("src/**")})),
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.text, with("    branches: [main]   # only main\n    # docs do not need a build\n    paths-ignore:\n      - 'docs/**'\n",
                              "    branches: [main, release/**]   # only main\n    paths: [src/**]\n"));
        QCOMPARE(r.patch.parts().size(), 1);
        QCOMPARE(r.patch.apply(kWorkflow), r.text);
        // Nothing to change: no patch.
        const WorkflowEditResult none = WorkflowKeyEditor::applyAll(doc(kWorkflow), {});
        QVERIFY(none.ok && none.patch.isEmpty());
        // One refused change refuses them all.
        const WorkflowEditResult refused = WorkflowKeyEditor::applyAll(doc(kWorkflow), {
            WorkflowKeyChange::set(s("on.push.branches"), strings({s("dev")})),
            WorkflowKeyChange::remove(s("on.push.tags")),
        });
        QVERIFY(!refused.ok);
        QVERIFY(refused.patch.isEmpty());
        QCOMPARE(refused.text, kWorkflow);
    }

    void stepRunBecomesUses()
    {
        // run → uses with inputs: the new keys first, then run removed (never `- {}` between).
        const WorkflowEditResult r = WorkflowKeyEditor::applyAll(doc(kWorkflow), {
            WorkflowKeyChange::remove(s("jobs.build.steps.1.run")),
            WorkflowKeyChange::set(s("jobs.build.steps.1.uses"), YamlOut::string(s("actions/setup-node@v4"))),
            WorkflowKeyChange::set(s("jobs.build.steps.1.with"), YamlOut::map({{s("node-version"), YamlOut::typed(s("20"))}})),
            WorkflowKeyChange::set(s("jobs.build.steps.1.name"), YamlOut::string(s("Node"))),
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.text, with("      - name: Test\n        run: make test\n",
                              "      - name: Node\n        uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"));
        // uses → run, a multi-line one: a literal block; `with` goes with `uses`.
        const WorkflowEditResult back = WorkflowKeyEditor::applyAll(doc(kWorkflow), {
            WorkflowKeyChange::set(s("jobs.build.steps.0.run"), YamlOut::string(s("git fetch\nmake\n"))),
            WorkflowKeyChange::remove(s("jobs.build.steps.0.uses")),
            WorkflowKeyChange::remove(s("jobs.build.steps.0.with")),
        });
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.text, with("      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n",
                                 "      - run: |\n          git fetch\n          make\n"));
    }

    void dispatchInputsAreAddedAndRemoved()
    {
        const YamlOut tag = YamlOut::map({{s("description"), YamlOut::string(s("Tag to ship"))},
                                          {s("type"), YamlOut::string(s("string"))},
                                          {s("required"), YamlOut::typed(s("true"))}});
        EXPECT_TEXT(editor().setValue(s("on.workflow_dispatch.inputs.tag"), tag),
                    with("        options: [info, debug]\n",
                         "        options: [info, debug]\n      tag:\n        description: Tag to ship\n        type: string\n        required: true\n"));
        // The last input removed with the key that held it; an input's field changed in place.
        const WorkflowEditResult r = WorkflowKeyEditor::applyAll(doc(kWorkflow), {
            WorkflowKeyChange::remove(s("on.workflow_dispatch.inputs")),
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.text, with("  workflow_dispatch:\n    inputs:\n      level:\n        description: How loud\n"
                              "        type: choice\n        options: [info, debug]\n",
                              "  workflow_dispatch: {}\n"));
        EXPECT_TEXT(editor().setValue(s("on.workflow_dispatch.inputs.level.options"), strings({s("info"), s("debug"), s("trace")})),
                    with("[info, debug]", "[info, debug, trace]"));
        EXPECT_TEXT(editor().set(s("on.workflow_dispatch.inputs.level.default"), s("info")),
                    with("        options: [info, debug]\n", "        options: [info, debug]\n        default: info\n"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowKeyEditor)
#include "tst_workflowkeyeditor.moc"
