#include "pipelines/WorkflowReader.h"
#include "pipelines/WorkflowValidator.h"
#include "pipelines/YamlSyntaxParser.h"
#include "support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QString dataDir() { return qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/tests/pipelines/data/workflows"); }

using testkit::readFile;

DiagnosticList validate(const QByteArray &text) { return WorkflowValidator::validate(text); }

QString formatAll(const DiagnosticList &list, const QString &name = QStringLiteral("w.yml"))
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines.append(d.format(name));
    return lines.join(QLatin1Char('\n'));
}

/// The one finding of `rule`, checked to be where it belongs.
void expectRule(const QByteArray &text, const char *rule, int line, int column = 0, Diagnostic::Severity severity = Diagnostic::Severity::Error)
{
    const DiagnosticList list = validate(text);
    for (const Diagnostic &d : list) {
        if (d.rule == QLatin1String(rule) && d.line == line && (column == 0 || d.column == column) && d.severity == severity)
            return;
    }
    QFAIL(qPrintable(QStringLiteral("no [%1] at %2:%3 in:\n%4").arg(QLatin1String(rule)).arg(line).arg(column).arg(formatAll(list))));
}

const QByteArray header = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n";

} // namespace

/// WorkflowValidator: every rule, the oracles (GitHub's workflow parser and actionlint, whose
/// findings scripts/workflow-oracle wrote into data/workflows/expected), and bad inputs.
class TestWorkflowValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validWorkflowHasNoFindings()
    {
        const DiagnosticList list = validate(header + "      - uses: actions/checkout@v4\n      - run: make\n");
        QVERIFY2(list.isEmpty(), qPrintable(formatAll(list)));
    }

    void formatIsFileLineColumnMessageRule()
    {
        const DiagnosticList list = validate(header + "      - uses: actions/checkout\n");
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().format(s("ci.yml")).startsWith(s("ci.yml:6:15: error: ")));
        QVERIFY(list.first().format(s("ci.yml")).endsWith(s(" [uses-format]")));
    }

    void yamlProblemsComeFirst()
    {
        expectRule("on: push\njobs: [\n", "yaml-syntax", 3);
    }

    void schemaRules()
    {
        expectRule("on: push\nenvs: {}\njobs:\n  a:\n    runs-on: x\n    steps: [{run: x}]\n", "unknown-key", 2, 1);
        const DiagnosticList typo = validate("on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minute: 3\n    steps: [{run: x}]\n");
        QVERIFY2(formatAll(typo).contains(s("did you mean \"timeout-minutes\"")), qPrintable(formatAll(typo)));
        expectRule("on: push\njobs:\n  a:\n    steps: [{run: x}]\n", "missing-key", 3, 3);
        expectRule("jobs:\n  a:\n    runs-on: x\n    steps: [{run: x}]\n", "missing-key", 1, 1);
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: soon\n    steps: [{run: x}]\n", "wrong-type", 5, 22);
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    continue-on-error: maybe\n    steps: [{run: x}]\n", "wrong-type", 5, 24);
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    steps: {run: x}\n", "wrong-type", 5, 12);
        expectRule("on: push\npermissions:\n  contents: readd\njobs: {}\n", "invalid-value", 3, 13);
        expectRule("on: pushh\njobs: {}\n", "unknown-event", 1, 5);
        expectRule("on: [push, pul_request]\njobs: {}\n", "unknown-event", 1, 12);
        expectRule("on:\n  pusj:\n    branches: [main]\njobs: {}\n", "unknown-event", 2, 3);
        expectRule("on:\n  pull_request:\n    types: [opend]\njobs: {}\n", "activity-type", 3, 13);
        expectRule("on:\n  push:\n    branch: [main]\njobs: {}\n", "unknown-key", 3, 5);
        // A whole expression stands for a value of any type below the top.
        const DiagnosticList expr = validate("on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: ${{ 3 }}\n"
                                             "    strategy:\n      matrix: ${{ fromJSON('{}') }}\n    steps: [{run: x}]\n");
        QVERIFY2(expr.isEmpty(), qPrintable(formatAll(expr)));
        // A reusable-workflow job has no runs-on and no steps.
        const DiagnosticList reusable = validate("on: push\njobs:\n  a:\n    uses: ./.github/workflows/b.yml\n    steps: []\n");
        QVERIFY2(formatAll(reusable).contains(s("unknown key \"steps\"")), qPrintable(formatAll(reusable)));
    }

    void needsRules()
    {
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: x}]\n  b:\n    needs: [aa]\n    runs-on: x\n    steps: [{run: x}]\n",
                   "needs-unknown", 7, 13);
        expectRule("on: push\njobs:\n  a:\n    needs: []\n    runs-on: x\n    steps: [{run: x}]\n", "needs-empty", 4, 12,
                   Diagnostic::Severity::Warning);
        const QByteArray cycle = "on: push\njobs:\n  a:\n    needs: c\n    runs-on: x\n    steps: [{run: x}]\n"
                                 "  b:\n    needs: a\n    runs-on: x\n    steps: [{run: x}]\n"
                                 "  c:\n    needs: b\n    runs-on: x\n    steps: [{run: x}]\n";
        expectRule(cycle, "needs-cycle", 3, 3);
        const DiagnosticList list = validate(cycle);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().message, s("the needs of these jobs form a cycle: a → c → b → a"));
        expectRule("on: push\njobs:\n  a:\n    needs: a\n    runs-on: x\n    steps: [{run: x}]\n", "needs-cycle", 3, 3);
    }

    void needsDuplicate()
    {
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: x}]\n  b:\n    needs: [a, a]\n    runs-on: x\n    steps: [{run: x}]\n",
                   "needs-duplicate", 7, 16, Diagnostic::Severity::Warning);
    }

    /// Findings inside scalars point at the character, whatever the scalar's style.
    void positionsInsideScalars()
    {
        // Double quotes with an escape before the expression.
        expectRule(header + "      - run: \"echo \\t ${{ gihub.x }}\"\n", "expression", 6, 27);
        // A folded block: the expression's own line.
        expectRule(header + "      - run: >\n          one\n            two ${{ gihub.x }}\n", "expression", 8, 21);
        // A quoted bare condition.
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    if: 'always() && gihub.x'\n    steps: [{run: x}]\n", "expression", 5, 22);
        // A cron field inside double quotes.
        expectRule("on:\n  schedule:\n    - cron: \"0 3 * * 9\"\njobs: {}\n", "cron", 3, 22);
    }

    void idRules()
    {
        expectRule("on: push\njobs:\n  1build:\n    runs-on: x\n    steps: [{run: x}]\n", "invalid-id", 3, 3);
        expectRule(header + "      - id: 'my step'\n        run: x\n", "invalid-id", 6, 13);
        expectRule(header + "      - id: setup\n        run: x\n      - id: Setup\n        run: y\n", "duplicate-id", 8, 13);
        expectRule("on: push\njobs:\n  build:\n    runs-on: x\n    steps: [{run: x}]\n  Build:\n    runs-on: x\n    steps: [{run: x}]\n",
                   "duplicate-id", 6, 3);
    }

    void stepRules()
    {
        expectRule(header + "      - uses: actions/checkout@v4\n        run: make\n", "step-uses-run", 7, 9);
        expectRule(header + "      - name: nothing\n", "step-uses-run", 6, 9);
        expectRule(header + "      - uses: actions/checkout\n", "uses-format", 6, 15);
        expectRule(header + "      - uses: docker://\n", "uses-format", 6, 15);
        expectRule(header + "      - uses: just-a-name@v1\n", "uses-format", 6, 15);
        for (const char *good : {"actions/checkout@v4", "actions/aws/ec2@main", "./local/action", "docker://alpine:3", "${{ matrix.action }}"})
            QVERIFY2(WorkflowValidator::stepUsesProblem(s(good)).isEmpty(), good);
        expectRule("on: push\njobs:\n  call:\n    uses: octo/shared/deploy.yml\n", "uses-format", 4, 11);
        QVERIFY(WorkflowValidator::jobUsesProblem(s("octo/shared/.github/workflows/d.yml@v1")).isEmpty());
        QVERIFY(WorkflowValidator::jobUsesProblem(s("./.github/workflows/d.yaml")).isEmpty());
        QVERIFY(!WorkflowValidator::jobUsesProblem(s("./.github/workflows/d.yml@v1")).isEmpty());
    }

    void cronRules()
    {
        const QByteArray tail = "jobs:\n  a:\n    runs-on: x\n    steps: [{run: x}]\n";
        expectRule("on:\n  schedule:\n    - cron: '0 3 * *'\n" + tail, "cron", 3, 13);
        expectRule("on:\n  schedule:\n    - cron: '0 25 * * *'\n" + tail, "cron", 3, 16);
        expectRule("on:\n  schedule:\n    - cron: '*/2 * * * *'\n" + tail, "cron-interval", 3, 13, Diagnostic::Severity::Warning);
        QVERIFY(validate("on:\n  schedule:\n    - cron: '*/5 * * * *'\n" + tail).isEmpty());
    }

    void expressionRules()
    {
        expectRule(header + "      - run: echo \"${{ github.ref == }}\"\n", "expression", 6, 38);
        expectRule(header + "      - run: echo \"${{ gihub.ref }}\"\n", "expression", 6, 24);
        expectRule(header + "      - run: echo \"${{ github.ref\"\n", "expression", 6, 20);
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    if: contians(github.ref, 'main')\n    steps: [{run: x}]\n", "expression", 5, 9);
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n        node: [1]\n    steps:\n      - run: echo ${{ matrix.nodee }}\n",
                   "expression-reference", 9, 30);
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ matrix.os }}\n", "expression-reference", 6, 30);
        const QByteArray needs = "on: push\njobs:\n  a:\n    runs-on: x\n    outputs:\n      o: v\n    steps: [{run: x}]\n"
                                 "  b:\n    needs: a\n    runs-on: x\n    steps:\n      - run: echo ${{ needs.a.outputs.p }} ${{ needs.c.result }}\n";
        expectRule(needs, "expression-reference", 12, 39);
        expectRule(needs, "expression-reference", 12, 54);
        expectRule(header + "      - id: one\n        run: x\n      - run: echo ${{ steps.two.outputs.x }} ${{ steps.one.output }}\n",
                   "expression-reference", 8, 29);
        expectRule(header + "      - id: one\n        run: x\n      - run: echo ${{ steps.two.outputs.x }} ${{ steps.one.output }}\n",
                   "expression-reference", 8, 60);
        // A step cannot read the outputs of a step after it.
        expectRule(header + "      - run: echo ${{ steps.later.outputs.x }}\n      - id: later\n        run: x\n", "expression-reference", 6, 29);
    }

    void securityRules()
    {
        expectRule(header + "      - run: |\n          echo hi\n          echo \"${{ github.event.issue.title }}\"\n", "untrusted-input", 8, 21);
        expectRule(header + "      - run: echo ${{ github.head_ref }}\n", "untrusted-input", 6, 23);
        expectRule(header + "      - uses: actions/github-script@v7\n        with:\n          script: console.log('${{ github.event.pull_request.body }}')\n",
                   "untrusted-input", 8, 36);
        // Through an environment variable is the safe way.
        QVERIFY(validate(header + "      - env:\n          T: ${{ github.event.issue.title }}\n        run: echo \"$T\"\n").isEmpty());
        expectRule("on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: i\n      credentials:\n        username: u\n        password: hunter2\n"
                   "    steps: [{run: x}]\n", "hardcoded-secret", 9, 19, Diagnostic::Severity::Warning);
        expectRule(header + "      - run: x\n        env:\n          API_TOKEN: abc123\n", "hardcoded-secret", 8, 22, Diagnostic::Severity::Warning);
        expectRule(header + "      - run: \"curl -H 'Authorization: ghp_0123456789abcdefghijABCDEFGHIJ012345' x\"\n", "hardcoded-secret", 6, 14,
                   Diagnostic::Severity::Warning);
        QVERIFY(validate(header + "      - run: x\n        env:\n          API_TOKEN: ${{ secrets.API_TOKEN }}\n").isEmpty());
    }

    /// Gantry against GitHub's workflow parser and actionlint. On a valid workflow Gantry reports
    /// no error on a line where neither oracle reports one; on a broken one it reports the
    /// problem on a line an oracle reports it, and no error elsewhere.
    void agreesWithOracles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("valid") << s("valid");
        QTest::newRow("broken") << s("broken");
    }
    void agreesWithOracles()
    {
        QFETCH(QString, kind);
        const QStringList files = QDir(dataDir() + QLatin1Char('/') + kind).entryList({s("*.yml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        static const QRegularExpression finding(s("^(\\S+) (\\d+):(\\d+) (.*)$"));
        int agree = 0;
        int agreeExactly = 0;
        QStringList disagreements;
        for (const QString &name : files) {
            const QString expectedPath = dataDir() + s("/expected/") + QString(name).replace(s(".yml"), s(".txt"));
            QVERIFY2(QFile::exists(expectedPath), qPrintable(name + s(": run scripts/workflow-oracle")));
            QSet<int> oracleLines;
            const QStringList expected = QString::fromUtf8(readFile(expectedPath)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : expected) {
                const auto m = finding.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(line));
                oracleLines.insert(m.captured(2).toInt());
            }
            const QByteArray text = readFile(dataDir() + QLatin1Char('/') + kind + QLatin1Char('/') + name);
            // actionlint places a finding inside a block scalar (`run: |`) on the block's first line;
            // Gantry places it on its own line: lines inside a block count as that first line.
            // GitHub's parser places a missing key at the mapping's first entry, actionlint (and
            // Gantry) at the mapping's own key: that key's line counts as the entry's.
            const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
            QSet<int> accepted = oracleLines;
            for (int i = 0; i < tree.size(); ++i) {
                const YamlSyntaxNode &n = tree.node(i);
                if (n.isBlockScalar() && oracleLines.contains(n.span.line))
                    for (int l = n.span.line; l <= n.span.endLine; ++l)
                        accepted.insert(l);
                if (n.isMapping() && oracleLines.contains(n.span.line) && tree.keyOf(i) >= 0)
                    accepted.insert(tree.node(tree.keyOf(i)).span.line);
            }
            const QSet<int> exactLines = oracleLines;
            oracleLines = accepted;
            const DiagnosticList found = WorkflowValidator::validate(tree, WorkflowReader::read(tree));
            bool ok = kind == QLatin1String("valid") || !expected.isEmpty();
            bool hit = false;
            bool exact = false;
            for (const Diagnostic &d : found) {
                hit = hit || oracleLines.contains(d.line);
                exact = exact || exactLines.contains(d.line);
                if (d.isError() && !oracleLines.contains(d.line))
                    ok = false;
            }
            if (kind == QLatin1String("broken") && !hit)
                ok = false;
            if (ok && exact)
                ++agreeExactly;
            if (ok)
                ++agree;
            else
                disagreements.append(s("%1:\n  oracles: %2\n  gantry:  %3").arg(name, expected.join(s("\n           ")),
                                                                             formatAll(found, name).replace(s("\n"), s("\n           "))));
        }
        qInfo("workflow oracles (%s): %d of %d workflows agree", qPrintable(kind), agree, int(files.size()));
        if (kind == QLatin1String("broken"))
            qInfo("  %d of them on a line an oracle names; the others inside the block or mapping it names", agreeExactly);
        for (const QString &d : disagreements)
            qWarning("%s", qPrintable(d));
        QVERIFY2(disagreements.isEmpty(), "Gantry and the oracles disagree (see the warnings above)");
    }

    /// Gantry's own findings over the corpus, byte for byte (GANTRY_UPDATE_GOLDEN=1 rewrites them).
    void goldenFindings()
    {
        const bool update = qEnvironmentVariableIsSet("GANTRY_UPDATE_GOLDEN");
        QDir().mkpath(dataDir() + s("/gantry"));
        int compared = 0;
        for (const QString &kind : {s("valid"), s("broken")}) {
            for (const QString &name : QDir(dataDir() + QLatin1Char('/') + kind).entryList({s("*.yml")}, QDir::Files, QDir::Name)) {
                const DiagnosticList found = validate(readFile(dataDir() + QLatin1Char('/') + kind + QLatin1Char('/') + name));
                const QByteArray actual = found.isEmpty() ? QByteArray() : formatAll(found, name).toUtf8() + "\n";
                const QString golden = dataDir() + s("/gantry/") + QString(name).replace(s(".yml"), s(".txt"));
                if (update) {
                    QFile f(golden);
                    QVERIFY(f.open(QIODevice::WriteOnly));
                    f.write(actual);
                    continue;
                }
                QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(readFile(golden)));
                ++compared;
            }
        }
        QVERIFY(update || compared >= 40);
    }

    void badInputsNeverCrash()
    {
        QCOMPARE(validate("").size(), 1);
        QCOMPARE(validate("").first().rule, s("missing-key"));
        QCOMPARE(validate("# only a comment\n").first().rule, s("missing-key"));
        QCOMPARE(validate("- a\n- b\n").first().rule, s("wrong-type"));
        QCOMPARE(validate("just text\n").first().rule, s("wrong-type"));
        QVERIFY(!validate("on: push\njobs: 3\n").isEmpty());
        QVERIFY(!validate("on: push\njobs:\n  a: 3\n  b: [1]\n  c:\n    steps: 4\n    needs: {x: 1}\n").isEmpty());
        QVERIFY(!validate("on: push\njobs:\n  a:\n    runs-on: x\n    steps: [1, [2], {uses: 3}]\n").isEmpty());
        QVERIFY(!validate("on: push\njobs:\n  a: &x\n    needs: b\n  b: *x\n").isEmpty());
        QVERIFY(!validate("on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: '${{ ((((( }}'}, {run: '${{ a.b[ }}'}, {run: '${{'}]\n").isEmpty());
        // Deep nesting (libyaml keeps its own stack; the checks must not recurse without bound).
        QVERIFY(!validate(header + "      - run: x\n        with:\n          a: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "\n").isEmpty());
        QVERIFY(!validate("on: push\nenv: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "\njobs: {}\n").isEmpty());
        // A megabyte of jobs.
        QByteArray big = "on: push\njobs:\n";
        for (int i = 0; big.size() < 1024 * 1024; ++i)
            big += "  job" + QByteArray::number(i) + ":\n    needs: job" + QByteArray::number(i + 1) + "\n    runs-on: x\n    steps:\n      - run: echo ${{ matrix.x }}\n";
        QVERIFY(!validate(big).isEmpty());
        // Binary garbage.
        QRandomGenerator random(42);
        for (int round = 0; round < 50; ++round) {
            QByteArray garbage(int(random.bounded(1, 400)), '\0');
            for (char &c : garbage)
                c = char(random.bounded(256));
            validate(garbage);
            validate(header + garbage);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflowValidator)
#include "tst_workflowvalidator.moc"
