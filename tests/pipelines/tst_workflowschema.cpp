#include "pipelines/SchemaChecker.h"
#include "pipelines/WorkflowSchema.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

DiagnosticList check(const WorkflowSchema &schema, const QByteArray &yaml)
{
    const YamlSyntaxTree tree = YamlSyntaxParser::parse(yaml);
    return SchemaChecker(tree, schema).check();
}

QString rules(const DiagnosticList &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out.append(QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.rule));
    return out.join(QLatin1Char(' '));
}

// A small schema of every kind of type, so each rule of SchemaChecker is tested on its own.
const QByteArray miniSchema = R"({
  "root": "top",
  "types": {
    "top": {"mapping": {"name": "string", "count": "number", "flag": "boolean", "none": "null",
                        "list": {"sequence": "string"}, "either": "strings", "color": {"enum": ["red", "green"]},
                        "items": {"mapping": {}, "values": "item"}, "alias": "strings"},
            "required": ["name"]},
    "strings": {"oneOf": ["string", {"sequence": "string"}]},
    "item": {"choose": {"key": "kind", "then": {"mapping": {"kind": "string", "size": "number"}}, "else": {"mapping": {"label": "string"}}}}
  }
})";

} // namespace

/// WorkflowSchema (the JSON resource) and SchemaChecker (walking a YAML tree along it).
class TestWorkflowSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheResource()
    {
        const WorkflowSchema &schema = WorkflowSchema::githubWorkflow();
        QVERIFY(!schema.isEmpty());
        const WorkflowSchema::Type &root = schema.type(schema.root());
        QCOMPARE(root.kind, WorkflowSchema::Type::Kind::Mapping);
        QCOMPARE(root.required, QStringList({s("on"), s("jobs")}));
        for (const char *key : {"name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs"})
            QVERIFY2(root.keys.contains(s(key)), key);
        // Every level the format has is described.
        for (const char *name : {"on-mapping", "event-name", "job", "reusable-job", "strategy", "matrix", "container", "environment",
                                 "permissions", "concurrency", "defaults", "step", "runs-on", "dispatch-input", "call-input"})
            QVERIFY2(schema.named(s(name)) >= 0, name);
        const WorkflowSchema::Type &events = schema.type(schema.named(s("event-name")));
        QVERIFY(events.enumValues.size() > 30);
        for (const char *event : {"push", "pull_request", "schedule", "workflow_dispatch", "workflow_call", "workflow_run", "issues"})
            QVERIFY2(events.enumValues.contains(s(event)), event);
        QCOMPARE(schema.type(schema.named(s("job"))).required, QStringList({s("runs-on")}));
    }

    void rejectsBrokenSchemas()
    {
        QString error;
        QVERIFY(WorkflowSchema::fromJson("not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(WorkflowSchema::fromJson(R"({"root": "a", "types": {"a": "nowhere"}})", &error).isEmpty());
        QVERIFY2(error.contains(s("nowhere")), qPrintable(error));
        QVERIFY(WorkflowSchema::fromJson(R"({"root": "b", "types": {"a": "string"}})", &error).isEmpty());
        QVERIFY(!WorkflowSchema::fromJson(miniSchema, &error).isEmpty());
    }

    void eachKindOfType()
    {
        const WorkflowSchema schema = WorkflowSchema::fromJson(miniSchema);
        QCOMPARE(rules(check(schema, "name: a\ncount: 3\nflag: true\nnone:\nlist: [a]\neither: a\ncolor: red\nalias: [b]\n")), QString());
        QCOMPARE(rules(check(schema, "count: 3\n")), s("1:1 missing-key"));
        QCOMPARE(rules(check(schema, "name: a\nnmae: b\n")), s("2:1 unknown-key"));
        QCOMPARE(rules(check(schema, "name: a\ncount: many\n")), s("2:8 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\ncount: '3'\n")), s("2:8 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\nflag: yes\n")), s("2:7 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\nnone: x\n")), s("2:7 wrong-type"));
        QCOMPARE(rules(check(schema, "name:\n")), s("1:6 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\nlist: a\n")), s("2:7 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\nlist: [a, {b: c}]\n")), s("2:11 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\neither: {a: b}\n")), s("2:9 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\neither: [a, [b]]\n")), s("2:13 wrong-type"));
        QCOMPARE(rules(check(schema, "name: a\ncolor: blue\n")), s("2:8 invalid-value"));
        QCOMPARE(rules(check(schema, "- a\n")), s("1:1 wrong-type"));
        // Choose: by whether the key is there.
        QCOMPARE(rules(check(schema, "name: a\nitems:\n  x: {kind: k, size: 1}\n  y: {label: l}\n")), QString());
        QCOMPARE(rules(check(schema, "name: a\nitems:\n  x: {kind: k, label: l}\n")), s("3:16 unknown-key"));
        QCOMPARE(rules(check(schema, "name: a\nitems:\n  y: {size: 1}\n")), s("3:7 unknown-key"));
        // A whole expression below the top two levels stands for any value.
        QCOMPARE(rules(check(schema, "name: a\nitems:\n  x: {kind: k, size: '${{ inputs.n }}'}\n")), QString());
        QCOMPARE(rules(check(schema, "name: a\ncount: ${{ 1 }}\n")), s("2:8 wrong-type"));
    }

    void messagesSayWhatWasExpected()
    {
        const WorkflowSchema schema = WorkflowSchema::fromJson(miniSchema);
        QCOMPARE(check(schema, "name: a\nnmae: b\n").first().message, s("unknown key \"nmae\"; did you mean \"name\"?"));
        QCOMPARE(check(schema, "name: a\nzzzzzz: b\n").first().message, s("unknown key \"zzzzzz\""));
        QCOMPARE(check(schema, "name: a\ncount: many\n").first().message, s("expected a number, found \"many\""));
        QCOMPARE(check(schema, "name: a\neither: {a: b}\n").first().message, s("expected a string or a sequence, found a mapping"));
        QCOMPARE(check(schema, "count: 1\n").first().message, s("missing required key \"name\""));
    }

    void suggestions()
    {
        const QStringList keys{s("runs-on"), s("timeout-minutes"), s("steps"), s("needs")};
        QCOMPARE(SchemaChecker::suggestion(s("runs_on"), keys), s("runs-on"));
        QCOMPARE(SchemaChecker::suggestion(s("timeout-minute"), keys), s("timeout-minutes"));
        QCOMPARE(SchemaChecker::suggestion(s("Steps"), keys), s("steps"));
        QCOMPARE(SchemaChecker::suggestion(s("services"), keys), QString());
        QCOMPARE(SchemaChecker::suggestion(QString(), keys), QString());
    }

    void githubRulesAtTheOffendingNode()
    {
        const WorkflowSchema &schema = WorkflowSchema::githubWorkflow();
        QCOMPARE(rules(check(schema, "on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: x\n        shel: bash\n")), s("7:9 unknown-key"));
        QCOMPARE(rules(check(schema, "on:\n  schedule:\n    - crn: '0 3 * * *'\njobs: {}\n")), s("3:7 unknown-key 3:7 missing-key"));
        QCOMPARE(rules(check(schema, "on:\n  workflow_dispatch:\n    inputs:\n      x:\n        type: text\njobs: {}\n")), s("5:15 invalid-value"));
        QCOMPARE(rules(check(schema, "on:\n  workflow_call:\n    inputs:\n      x:\n        required: true\njobs: {}\n")), s("4:7 missing-key"));
        QCOMPARE(rules(check(schema, "on:\n  issues:\n    types: closd\njobs: {}\n")), s("3:12 activity-type"));
        QCOMPARE(rules(check(schema, "on:\n  repository_dispatch:\n    types: [anything-goes]\njobs: {}\n")), QString());
        QCOMPARE(rules(check(schema, "on: push\nconcurrency:\n  cancel-in-progress: true\njobs: {}\n")), s("2:1 missing-key"));
        QCOMPARE(rules(check(schema, "on: push\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n    secrets: all\n")), s("5:14 invalid-value"));
        QCOMPARE(rules(check(schema, "on: push\njobs:\n  a:\n    runs-on: x\n    environment: {url: u}\n")), s("5:5 missing-key"));
        QCOMPARE(rules(check(schema, "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n        os: linux\n")), s("7:13 wrong-type"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowSchema)
#include "tst_workflowschema.moc"
