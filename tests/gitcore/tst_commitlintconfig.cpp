#include "gitcore/CommitLintConfig.h"
#include "gitcore/CommitLinter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gantry;

namespace {

void writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QStringList problemTexts(const CommitLintConfig &c)
{
    QStringList out;
    for (const ConfigProblem &p : c.problems())
        out.append(QStringLiteral("%1:%2: %3").arg(p.line).arg(p.column).arg(p.message));
    return out;
}

} // namespace

/// CommitLintConfig: commitlint's configuration files read from a repository's root, with
/// file:line:col for every problem and the conventional defaults kept when a file is broken.
class TestCommitLintConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreConfigConventional()
    {
        QTemporaryDir dir;
        const CommitLintConfig c = CommitLintConfig::discover(dir.path());
        QVERIFY(c.source().isEmpty());
        QVERIFY(c.problems().isEmpty());
        QCOMPARE(c.rules().size(), 12);
        QCOMPARE(c.rule(QStringLiteral("header-max-length"))->value.toInt(), 100);
        QCOMPARE(c.rule(QStringLiteral("body-leading-blank"))->level, LintLevel::Warning);
        QCOMPARE(c.rule(QStringLiteral("footer-leading-blank"))->level, LintLevel::Warning);
        QCOMPARE(c.rule(QStringLiteral("subject-case"))->always, false);
        QCOMPARE(c.rule(QStringLiteral("type-enum"))->value.toStringList().size(), 11);
    }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        const QByteArray json = "{\n  \"extends\": [\"@commitlint/config-conventional\"],\n"
                                "  \"rules\": {\"header-max-length\": [2, \"always\", 72], \"scope-enum\": [1, \"always\", [\"ui\", \"core\"]]}\n}\n";
        const QByteArray yaml = "extends:\n  - '@commitlint/config-conventional'\nrules:\n"
                                "  header-max-length: [2, always, 72]\n  scope-enum:\n    - 1\n    - always\n    - [ui, core]\n";
        QTest::newRow(".commitlintrc json") << ".commitlintrc" << json;
        QTest::newRow(".commitlintrc yaml") << ".commitlintrc" << yaml;
        QTest::newRow(".commitlintrc.json") << ".commitlintrc.json" << json;
        QTest::newRow(".commitlintrc.yaml") << ".commitlintrc.yaml" << yaml;
        QTest::newRow(".commitlintrc.yml") << ".commitlintrc.yml" << yaml;
        QTest::newRow("package.json") << "package.json"
                                      << QByteArray("{\"name\": \"x\", \"commitlint\": ") + json + "}";
        QTest::newRow("json with tabs") << ".commitlintrc.json" << QByteArray(json).replace("  ", "\t");
    }
    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        writeFile(dir, file, text);
        const CommitLintConfig c = CommitLintConfig::discover(dir.path());
        QCOMPARE(c.source(), dir.filePath(file));
        QVERIFY2(c.problems().isEmpty(), qPrintable(problemTexts(c).join(QLatin1Char('\n'))));
        QCOMPARE(c.rule(QStringLiteral("header-max-length"))->value.toInt(), 72);
        QCOMPARE(c.rule(QStringLiteral("scope-enum"))->level, LintLevel::Warning);
        QCOMPARE(c.rule(QStringLiteral("scope-enum"))->value.toStringList(),
                 (QStringList{QStringLiteral("ui"), QStringLiteral("core")}));
        QVERIFY(c.rule(QStringLiteral("type-enum"))); // extended
        const auto f = CommitLinter(c).lint(QStringLiteral("feat(cli): ") + QString(70, QLatin1Char('a')));
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).rule, QStringLiteral("scope-enum"));
        QCOMPARE(f.at(1).rule, QStringLiteral("header-max-length"));
    }

    void withoutExtendsOnlyOwnRules()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral(".commitlintrc.yml"), "rules:\n  type-empty: [2, never]\n");
        const CommitLintConfig c = CommitLintConfig::discover(dir.path());
        QCOMPARE(c.rules().size(), 1);
        QVERIFY(CommitLinter(c).lint(QStringLiteral("Whatever: Goes.")).isEmpty());
        QCOMPARE(CommitLinter(c).lint(QStringLiteral("no type")).size(), 1);
    }

    void discoveryOrder()
    {
        QTemporaryDir dir;
        // package.json without the key does not count; .commitlintrc.json comes before .yaml.
        writeFile(dir, QStringLiteral("package.json"), "{\"name\": \"x\"}");
        writeFile(dir, QStringLiteral(".commitlintrc.yaml"), "rules: {}\n");
        writeFile(dir, QStringLiteral(".commitlintrc.json"), "{\"rules\": {}}");
        QCOMPARE(CommitLintConfig::discover(dir.path()).source(), dir.filePath(QStringLiteral(".commitlintrc.json")));
        // A package.json with the key comes first; a broken one that has it is reported.
        writeFile(dir, QStringLiteral("package.json"), "{\"commitlint\": {\"rules\": {}}}");
        QCOMPARE(CommitLintConfig::discover(dir.path()).source(), dir.filePath(QStringLiteral("package.json")));
        writeFile(dir, QStringLiteral("package.json"), "{\"commitlint\": {\"rules\": {}},,}");
        const CommitLintConfig broken = CommitLintConfig::discover(dir.path());
        QCOMPARE(broken.source(), dir.filePath(QStringLiteral("package.json")));
        QCOMPARE(broken.problems().size(), 1);
        QCOMPARE(broken.problems().first().line, 1);
    }

    void scriptConfigsAreNotRead_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"commitlint.config.js", "commitlint.config.cjs", "commitlint.config.mjs",
                                 "commitlint.config.ts", ".commitlintrc.js", ".commitlintrc.ts"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void scriptConfigsAreNotRead()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        writeFile(dir, file, "module.exports = {extends: ['@commitlint/config-conventional']};\n");
        const CommitLintConfig c = CommitLintConfig::discover(dir.path());
        QCOMPARE(c.problems().size(), 1);
        const QString message = c.problems().first().toString();
        QVERIFY2(message.startsWith(dir.filePath(file) + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("does not run")) && message.contains(QStringLiteral(".commitlintrc.json")),
                 qPrintable(message));
        QCOMPARE(c.rules().size(), CommitLintConfig::conventional().rules().size());
    }

    void syntaxErrorsKeepDefaults_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("json missing comma") << ".commitlintrc.json"
                                            << QByteArray("{\n  \"rules\": {\n    \"a\": [2]\n    \"b\": [2]\n  }\n}\n") << 4 << 5;
        QTest::newRow("yaml bad indent") << ".commitlintrc.yaml"
                                         << QByteArray("rules:\n  type-enum: [2, always, [a, b]\n  x: 1\n") << 3 << 4;
        QTest::newRow("package.json broken") << "package.json" << QByteArray("{\"commitlint\": {,}}") << 1 << 17;
    }
    void syntaxErrorsKeepDefaults()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        writeFile(dir, file, text);
        const CommitLintConfig c = CommitLintConfig::fromFile(dir.filePath(file));
        QCOMPARE(c.problems().size(), 1);
        const ConfigProblem &p = c.problems().first();
        QCOMPARE(p.file, dir.filePath(file));
        QTEST(p.line, "line");
        QVERIFY2(p.column > 0, qPrintable(p.toString()));
        QVERIFY(p.toString().startsWith(QStringLiteral("%1:%2:%3: ").arg(dir.filePath(file)).arg(p.line).arg(p.column)));
        QCOMPARE(c.rules().size(), CommitLintConfig::conventional().rules().size());
    }

    void badRulesReportedWhereTheyAre()
    {
        const QByteArray text = "extends: ['@commitlint/config-conventional']\n"
                                "rules:\n"
                                "  no-such-rule: [2, always]\n"     // line 3
                                "  type-enum: 2\n"                  // line 4
                                "  subject-case: [error, never]\n"  // line 5
                                "  header-max-length: [2, sometimes, 72]\n" // line 6
                                "  body-max-length: [3, always, 10]\n"      // line 7
                                "  scope-case: [2, always, shouty-case]\n"  // line 8
                                "  footer-max-length: [2, always, long]\n"  // line 9
                                "  scope-enum: [2]\n"                       // line 10
                                "  body-empty: [0]\n"                       // fine: disabled
                                "  header-min-length: [2, always, 5]\n";    // fine
        const CommitLintConfig c = CommitLintConfig::fromText(text, QStringLiteral(".commitlintrc.yml"));
        const QStringList problems = problemTexts(c);
        QCOMPARE(problems, (QStringList{
                               QStringLiteral("3:3: Found rules without implementation: no-such-rule."),
                               QStringLiteral("4:14: config for rule type-enum must be array, received 2"),
                               QStringLiteral("5:18: level for rule subject-case must be number, received error"),
                               QStringLiteral("6:26: condition for rule header-max-length must be \"always\" or \"never\", received sometimes"),
                               QStringLiteral("7:21: level for rule body-max-length must be between 0 and 2, received 3"),
                               QStringLiteral("8:27: to-case: Unknown target case \"shouty-case\"; known: lower-case, lowercase, lowerCase, upper-case, uppercase, camel-case, kebab-case, pascal-case, sentence-case, sentencecase, snake-case, start-case"),
                               QStringLiteral("9:34: value for rule footer-max-length must be a number, received long"),
                               QStringLiteral("10:15: config for rule scope-enum must be 2 or 3 items long, received 1 items"),
                           }));
        // Bad rules are left out; the good ones and the extended defaults stay.
        QCOMPARE(c.rule(QStringLiteral("type-enum"))->value.toStringList().size(), 11);
        QCOMPARE(c.rule(QStringLiteral("header-max-length"))->value.toInt(), 100);
        QCOMPARE(c.rule(QStringLiteral("header-min-length"))->value.toInt(), 5);
        QCOMPARE(c.rule(QStringLiteral("body-empty"))->level, LintLevel::Disabled);
        QVERIFY(!c.rule(QStringLiteral("no-such-rule")));
    }

    void unsupportedKeysAndExtends()
    {
        const QByteArray text = "{\"extends\": [\"@commitlint/config-angular\"], \"plugins\": [\"x\"],\n"
                                " \"parserPreset\": \"conventional-changelog-atom\", \"rules\": {}}";
        const CommitLintConfig c = CommitLintConfig::fromText(text, QStringLiteral(".commitlintrc.json"));
        const QStringList problems = problemTexts(c);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("1:14: extends '@commitlint/config-angular' is not supported")),
                 qPrintable(problems.at(0)));
        QVERIFY(problems.at(1).contains(QStringLiteral("plugins")));
        QVERIFY(problems.at(2).startsWith(QStringLiteral("2:18: only the conventional-changelog-conventionalcommits and -angular")));
    }

    void caseValues()
    {
        const QByteArray text = "rules:\n  subject-case:\n    - 2\n    - always\n    - [lower-case, {when: never, case: upper-case}]\n";
        const CommitLintConfig c = CommitLintConfig::fromText(text, QStringLiteral(".commitlintrc.yaml"));
        QVERIFY(c.problems().isEmpty());
        const CommitLinter linter(c);
        QVERIFY(linter.lint(QStringLiteral("fix: lower")).isEmpty());
        QVERIFY(linter.lint(QStringLiteral("fix: Mixed")).isEmpty()); // not upper-case: the second check passes
        QCOMPARE(linter.lint(QStringLiteral("fix: SHOUT")).size(), 1);
    }

    void emptyAndWrongShapes()
    {
        auto c = CommitLintConfig::fromText("", QStringLiteral(".commitlintrc.yaml"));
        QCOMPARE(c.problems().size(), 1);
        QCOMPARE(c.rules().size(), 12);
        c = CommitLintConfig::fromText("[1, 2]", QStringLiteral(".commitlintrc.json"));
        QCOMPARE(c.problems().size(), 1);
        c = CommitLintConfig::fromText("{\"name\": \"x\"}", QStringLiteral("package.json"));
        QCOMPARE(c.problems().size(), 1);
        QVERIFY(c.problems().first().message.contains(QStringLiteral("commitlint")));
        c = CommitLintConfig::fromFile(QStringLiteral("/nonexistent/.commitlintrc.json"));
        QCOMPARE(c.problems().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommitLintConfig)
#include "tst_commitlintconfig.moc"
