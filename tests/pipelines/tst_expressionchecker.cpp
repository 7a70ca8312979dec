#include "pipelines/ExpressionChecker.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

ExpressionChecker::Result check(const char *expression, const ExpressionChecker::Scope &scope = {})
{
    return ExpressionChecker::checkExpression(s(expression), scope);
}

} // namespace

/// ExpressionChecker: the `${{ }}` language's syntax, its contexts and functions, and references
/// to what a job defines.
class TestExpressionChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsTheLanguage_data()
    {
        QTest::addColumn<QString>("expression");
        for (const char *good : {"github.ref", "github.event.pull_request.labels.*.name", "github['ref']", "matrix.os == 'linux'",
                                 "!cancelled() && (success() || failure())", "always()", "1 < 2 && 3 <= 4 || 5 > 6 && 7 >= 8 != false",
                                 "contains(github.event.head_commit.message, '[skip ci]')", "startsWith(github.ref, 'refs/tags/')",
                                 "endsWith(github.ref, 'main')", "format('{0} {1}', 'a', 'b')", "join(github.event.commits.*.id, ', ')",
                                 "toJSON(github)", "fromJSON('[1, 2]')[0]", "hashFiles('**/*.lock', 'x')", "null", "true", "-1.5e3",
                                 "0xff", "'it''s'", "env.A-B", "vars.X", "secrets.GITHUB_TOKEN", "inputs.x", "job.status", "jobs.a.result",
                                 "runner.os", "strategy.job-index", "steps.a.outputs.b", "needs.a.outputs.b", "GitHub.Ref", "CONTAINS('a', 'A')"})
            QTest::newRow(good) << s(good);
    }
    void acceptsTheLanguage()
    {
        QFETCH(QString, expression);
        const ExpressionChecker::Result r = ExpressionChecker::checkExpression(expression, {});
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
    }

    void syntaxErrorsAtTheirOffset_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << s("  ") << 0 << s("empty");
        QTest::newRow("dangling operator") << s("github.ref == ") << 14 << s("ends too early");
        QTest::newRow("double quotes") << s("github.ref == \"main\"") << 14 << s("single quotes");
        QTest::newRow("unterminated string") << s("format('abc") << 7 << s("unterminated");
        QTest::newRow("unknown context") << s("github.a && gihub.ref") << 12 << s("unknown context \"gihub\"");
        QTest::newRow("unknown function") << s("contians(github.a, 'b')") << 0 << s("unknown function");
        QTest::newRow("arity") << s("contains('a')") << 0 << s("takes 2 arguments, not 1");
        QTest::newRow("arity none") << s("always(1)") << 0 << s("takes 0 arguments");
        QTest::newRow("unclosed paren") << s("(github.ref") << 11 << s("\")\"");
        QTest::newRow("unclosed index") << s("github['ref'") << 12 << s("\"]\"");
        QTest::newRow("dot then nothing") << s("github.") << 7 << s("property name");
        QTest::newRow("trailing") << s("github.ref github.sha") << 11 << s("after the expression");
        QTest::newRow("bad char") << s("github.ref = 'x'") << 11 << s("unexpected character");
        QTest::newRow("bad number") << s("1.2.3") << 0 << s("invalid number");
        QTest::newRow("lone operator") << s("&&") << 0 << s("unexpected");
    }
    void syntaxErrorsAtTheirOffset()
    {
        QFETCH(QString, expression);
        QFETCH(int, offset);
        QFETCH(QString, messagePart);
        const ExpressionChecker::Result r = ExpressionChecker::checkExpression(expression, {});
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().rule, s("expression"));
        QVERIFY2(r.findings.first().message.contains(messagePart), qPrintable(r.findings.first().message));
        QCOMPARE(r.findings.first().offset, offset);
    }

    void templatesOffsetIntoTheText()
    {
        const auto r = ExpressionChecker::checkTemplate(s("echo ${{ github.ref }} and ${{ bad.x }}"), {});
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().offset, 31);
        QCOMPARE(r.references.size(), 1);
        QCOMPARE(r.references.first().path, QStringList({s("github"), s("ref")}));
        QCOMPARE(r.references.first().offsets.first(), 9);
        const auto open = ExpressionChecker::checkTemplate(s("a ${{ github.ref"), {});
        QCOMPARE(open.findings.size(), 1);
        QCOMPARE(open.findings.first().offset, 2);
        // "}}" inside a string does not close the expression.
        QVERIFY(ExpressionChecker::checkTemplate(s("${{ format('}}{0}', github.ref) }}"), {}).findings.isEmpty());
        QVERIFY(ExpressionChecker::checkTemplate(s("no expressions at all"), {}).findings.isEmpty());
    }

    void referencesAreCollected()
    {
        const auto r = check("contains(github.event.commits[0].message, 'x') || github.event.pages.*.page_name == matrix[env.K]");
        QCOMPARE(r.references.size(), 4);
        QCOMPARE(r.references[0].path, QStringList({s("github"), s("event"), s("commits"), s("0"), s("message")}));
        QCOMPARE(r.references[1].path, QStringList({s("github"), s("event"), s("pages"), s("*"), s("page_name")}));
        QCOMPARE(r.references[2].path, QStringList({s("env"), s("k")}));
        QCOMPARE(r.references[3].path, QStringList({s("matrix"), s("?")}));
    }

    void matrixReferences()
    {
        ExpressionChecker::Scope scope;
        scope.matrixKnown = true;
        scope.matrixKeys = {s("os"), s("node")};
        QVERIFY(check("matrix.os", scope).findings.isEmpty());
        QVERIFY(check("matrix.NODE", scope).findings.isEmpty());
        const auto r = check("matrix.nodee", scope);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().rule, s("expression-reference"));
        QCOMPARE(r.findings.first().offset, 7);
        scope.matrixKnown = false;
        QVERIFY(check("matrix.nodee", scope).findings.isEmpty());
    }

    void needsReferences()
    {
        ExpressionChecker::Scope scope;
        scope.needsKnown = true;
        scope.needs.insert(s("build"), {s("artifact")});
        QVERIFY(check("needs.build.outputs.artifact", scope).findings.isEmpty());
        QVERIFY(check("needs.build.result == 'success'", scope).findings.isEmpty());
        QCOMPARE(check("needs.test.result", scope).findings.size(), 1);
        QCOMPARE(check("needs.build.outputs.missing", scope).findings.first().offset, 20);
        QCOMPARE(check("needs.build.output", scope).findings.size(), 1);
        scope.needsOutputsKnown = false;
        QVERIFY(check("needs.build.outputs.missing", scope).findings.isEmpty());
    }

    void stepsReferences()
    {
        ExpressionChecker::Scope scope;
        scope.stepsKnown = true;
        scope.stepIds = {s("meta")};
        QVERIFY(check("steps.meta.outputs.tag && steps.meta.outcome && steps.meta.conclusion", scope).findings.isEmpty());
        QCOMPARE(check("steps.other.outputs.x", scope).findings.first().offset, 6);
        QCOMPARE(check("steps.meta.output", scope).findings.size(), 1);
    }

    void untrustedPaths()
    {
        for (const char *bad : {"github.event.issue.title", "github.event.pull_request.body", "github.head_ref", "github.event.commits.*.message",
                                "github.event.commits.0.author.name", "github.event.pull_request.head.ref", "github.event.comment.body"})
            QVERIFY2(ExpressionChecker::isUntrusted(s(bad).split(QLatin1Char('.'))), bad);
        for (const char *fine : {"github.ref", "github.event.issue.number", "github.event.pull_request.head.sha", "github.event"})
            QVERIFY2(!ExpressionChecker::isUntrusted(s(fine).split(QLatin1Char('.'))), fine);
    }

    void garbageNeverCrashes()
    {
        for (const char *bad : {"(((((((", ")))))", "[[[", "a.b[", "'", "''''", "!", "!!!!!x", "f(", "f(,)", "github[", "1e", "-", ".", "*", "0x",
                                "github.*.*[*]", "\xff\xfe", "format(", "x)", "a b c"})
            ExpressionChecker::checkExpression(QString::fromUtf8(bad), {});
        QString deep(5000, QLatin1Char('('));
        QVERIFY(!ExpressionChecker::checkExpression(deep, {}).findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExpressionChecker)
#include "tst_expressionchecker.moc"
