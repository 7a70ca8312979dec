#include "pipelines/YamlSyntaxParser.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QByteArray bytes(const YamlSyntaxTree &tree, int node)
{
    const SourceSpan &span = tree.node(node).span;
    return tree.text().mid(span.begin, span.size());
}

QStringList rules(const YamlSyntaxTree &tree)
{
    QStringList out;
    for (const Diagnostic &d : tree.diagnostics())
        out.append(QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.rule));
    return out;
}

/// The comment whose text contains `marker`.
const YamlComment *comment(const YamlSyntaxTree &tree, const char *marker)
{
    for (const YamlComment &c : tree.comments()) {
        if (c.text.contains(QString::fromUtf8(marker)))
            return &c;
    }
    return nullptr;
}

} // namespace

/// The YAML layer of the pipeline editor: libyaml events turned into a tree with exact byte
/// ranges, styles, anchors, comments with owners, and problems at their line and column.
class TestYamlSyntaxParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spansCoverExactlyTheBytesOfEachNode()
    {
        const QByteArray text = "name: CI # the name\n"
                                "on: [push, 'pull_request']\n"
                                "env:\n"
                                "  GREETING: \"h\xc3\xa9llo \xe2\x82\xac\"\n"
                                "  PLAIN: caf\xc3\xa9 au lait\n"
                                "jobs:\n"
                                "  build:\n"
                                "    steps:\n"
                                "      - run: |\n"
                                "          make\n"
                                "          make test\n"
                                "\n"
                                "      - run: >-\n"
                                "          folded\n"
                                "          text\n";
        const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
        QVERIFY2(tree.diagnostics().isEmpty(), qPrintable(rules(tree).join(QLatin1Char(','))));
        QCOMPARE(bytes(tree, tree.find(u"name")), QByteArray("CI"));
        const int on = tree.find(u"on");
        QCOMPARE(bytes(tree, on), QByteArray("[push, 'pull_request']"));
        QVERIFY(tree.node(on).style == YamlSyntaxNode::Style::Flow);
        QCOMPARE(bytes(tree, tree.find(u"on.1")), QByteArray("'pull_request'"));
        QVERIFY(tree.node(tree.find(u"on.1")).style == YamlSyntaxNode::Style::SingleQuoted);
        const int greeting = tree.find(u"env.GREETING");
        QCOMPARE(bytes(tree, greeting), QByteArray("\"h\xc3\xa9llo \xe2\x82\xac\""));
        QCOMPARE(tree.node(greeting).value, s("héllo €"));
        // Columns count characters: the value after "é" on line 5 starts where an editor shows it.
        const int plain = tree.find(u"env.PLAIN");
        QCOMPARE(bytes(tree, plain), QByteArray("caf\xc3\xa9 au lait"));
        QCOMPARE(tree.node(plain).span.line, 5);
        QCOMPARE(tree.node(plain).span.column, 10);
        QCOMPARE(tree.node(plain).span.endColumn, 22);
        const int literal = tree.find(u"jobs.build.steps.0.run");
        QVERIFY(tree.node(literal).style == YamlSyntaxNode::Style::Literal);
        QCOMPARE(tree.node(literal).value, s("make\nmake test\n"));
        QCOMPARE(bytes(tree, literal), QByteArray("|\n          make\n          make test"));
        const int folded = tree.find(u"jobs.build.steps.1.run");
        QVERIFY(tree.node(folded).style == YamlSyntaxNode::Style::Folded);
        QCOMPARE(tree.node(folded).value, s("folded text"));
        // A block collection ends where its last child ends.
        const int steps = tree.find(u"jobs.build.steps");
        QVERIFY(bytes(tree, steps).startsWith("- run: |"));
        QVERIFY(bytes(tree, steps).endsWith("text"));
        QCOMPARE(tree.path(folded), s("jobs.build.steps.1.run"));
        QCOMPARE(tree.nodeAt(text.indexOf("make test")), literal);
        QCOMPARE(tree.keyOf(steps), tree.keyNode(tree.find(u"jobs.build"), u"steps"));
    }

    void crlfAndByteOrderMarkKeepOffsetsExact()
    {
        const QByteArray text = "\xef\xbb\xbfon: push\r\njobs:\r\n  t\xc3\xa9st:\r\n    runs-on: ubuntu-latest\r\n";
        const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
        QVERIFY(tree.diagnostics().isEmpty());
        QCOMPARE(bytes(tree, tree.find(u"on")), QByteArray("push"));
        QCOMPARE(tree.node(tree.find(u"on")).span.line, 1);
        QCOMPARE(tree.node(tree.find(u"on")).span.column, 5);
        const int runsOn = tree.find(QString::fromUtf8("jobs.tést.runs-on"));
        QVERIFY(runsOn >= 0);
        QCOMPARE(bytes(tree, runsOn), QByteArray("ubuntu-latest"));
        QCOMPARE(tree.node(runsOn).span.line, 4);
        QCOMPARE(tree.node(runsOn).span.column, 14);
    }

    void anchorsAndAliasesResolveReadOnly()
    {
        const QByteArray text = "defaults: &base\n  runs-on: ubuntu-latest\n  timeout-minutes: 10\n"
                                "jobs:\n  a: *base\n  b: *missing\n";
        const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
        const int a = tree.find(u"jobs.a");
        QVERIFY(tree.node(a).kind == YamlSyntaxNode::Kind::Alias);
        QCOMPARE(tree.resolved(a), tree.find(u"defaults"));
        QCOMPARE(tree.node(tree.find(u"jobs.a.runs-on")).value, s("ubuntu-latest"));
        QCOMPARE(tree.node(tree.find(u"defaults")).anchor, s("base"));
        QCOMPARE(rules(tree), QStringList{s("6:6 yaml-unknown-alias")});
        QCOMPARE(tree.resolved(tree.find(u"jobs.b")), -1);
    }

    void mergeKeysAreAnErrorForGitHubAndResolvedForGitLab()
    {
        const QByteArray text = ".base: &base\n  image: alpine\n  stage: test\n"
                                "unit:\n  <<: *base\n  stage: build\n";
        const YamlSyntaxTree github = YamlSyntaxParser::parse(text);
        QCOMPARE(rules(github), QStringList{s("5:3 yaml-merge-key")});
        QCOMPARE(github.find(u"unit.image"), -1);

        const YamlSyntaxTree gitlab = YamlSyntaxParser::parse(text, YamlSyntaxParser::MergeKeys::Resolve);
        QVERIFY(gitlab.diagnostics().isEmpty());
        QCOMPARE(gitlab.node(gitlab.find(u"unit.image")).value, s("alpine"));
        QCOMPARE(gitlab.node(gitlab.find(u"unit.stage")).value, s("build")); // its own key wins
        QCOMPARE(gitlab.entries(gitlab.find(u"unit")).size(), 2);
    }

    void duplicateKeysAreReportedAtTheSecond()
    {
        const YamlSyntaxTree tree = YamlSyntaxParser::parse("jobs:\n  build: {}\n  test: {}\n  build: {}\non: push\n");
        QCOMPARE(rules(tree), QStringList{s("4:3 yaml-duplicate-key")});
        QVERIFY(tree.diagnostics().first().message.contains(s("first at line 2")));
        QCOMPARE(tree.find(u"on") >= 0, true); // the rest of the file is there
    }

    void tabsInIndentationAreErrorsButTabsInBlockScalarsAreNot()
    {
        const YamlSyntaxTree tree = YamlSyntaxParser::parse("jobs:\n\tbuild:\n    runs-on: x\n");
        QCOMPARE(rules(tree), QStringList{s("2:1 yaml-tab-indent")});
        // What came before the tab is there: the key "jobs", still without a value.
        QVERIFY(tree.root() >= 0 && !tree.node(tree.root()).children.isEmpty());
        QCOMPARE(tree.node(tree.node(tree.root()).children.first()).value, s("jobs"));

        const YamlSyntaxTree literal = YamlSyntaxParser::parse("run: |\n  a\n  \tb\nnext: 1\n");
        QVERIFY2(literal.diagnostics().isEmpty(), qPrintable(rules(literal).join(QLatin1Char(','))));
        QCOMPARE(literal.node(literal.find(u"run")).value, s("a\n\tb\n"));
    }

    void invalidUtf8IsReportedWhereItIsAndTheLinesBeforeItStillParse()
    {
        const YamlSyntaxTree tree = YamlSyntaxParser::parse("name: ok\non: push\nenv:\n  X: caf\xe9\n");
        QCOMPARE(rules(tree), QStringList{s("4:9 yaml-encoding")});
        QVERIFY(tree.diagnostics().first().message.contains(s("0xE9")));
        QCOMPARE(tree.node(tree.find(u"on")).value, s("push"));
    }

    void syntaxErrorsKeepWhatParsedBefore()
    {
        const YamlSyntaxTree tree = YamlSyntaxParser::parse("name: ci\njobs:\n  build:\n    steps: [a, b\n  test: x\n");
        QCOMPARE(tree.diagnostics().size(), 1);
        const Diagnostic &d = tree.diagnostics().first();
        QCOMPARE(d.rule, s("yaml-syntax"));
        QCOMPARE(d.line, 5);
        QVERIFY2(d.message.contains(s("flow sequence")), qPrintable(d.message));
        QCOMPARE(tree.node(tree.find(u"name")).value, s("ci"));
        QCOMPARE(tree.node(tree.find(u"jobs.build.steps.0")).value, s("a"));
        QCOMPARE(d.format(s("ci.yml")), s("ci.yml:5:%1: error: %2 [yaml-syntax]").arg(d.column).arg(d.message));
    }

    void onlyTheFirstDocumentIsRead()
    {
        const YamlSyntaxTree tree = YamlSyntaxParser::parse("a: 1\n---\nb: 2\n");
        QCOMPARE(rules(tree), QStringList{s("2:1 yaml-multiple-documents")});
        QVERIFY(!tree.hasErrors());
        QCOMPARE(tree.find(u"a") >= 0, true);
        QCOMPARE(tree.find(u"b"), -1);
    }

    void absurdNestingStopsWithAnErrorQuickly()
    {
        const QByteArray deep = QByteArray("a: ") + QByteArray(200000, '[');
        const YamlSyntaxTree tree = YamlSyntaxParser::parse(deep);
        QVERIFY(tree.hasErrors());
        QCOMPARE(tree.diagnostics().first().rule, s("yaml-depth"));
        QCOMPARE(tree.diagnostics().first().column, 1003); // the root mapping and 999 lists are read
        QVERIFY(tree.size() <= 1002);
        // One long line of non-ASCII text: columns stay exact without rescanning the line.
        const QByteArray wide = "k: " + QByteArray("\xc3\xa9").repeated(50000) + " x\n";
        const YamlSyntaxTree w = YamlSyntaxParser::parse(wide);
        QCOMPARE(w.node(w.find(u"k")).span.endColumn, 50006);
    }

    void emptyAndCommentOnlyFilesHaveNoRoot()
    {
        QCOMPARE(YamlSyntaxParser::parse("").root(), -1);
        const YamlSyntaxTree comments = YamlSyntaxParser::parse("# nothing yet\n\n# really\n");
        QCOMPARE(comments.root(), -1);
        QCOMPARE(comments.comments().size(), 2);
        QCOMPARE(comments.comments().first().owner, -1);
        QVERIFY(comments.diagnostics().isEmpty());
    }

    void commentsBelongToTheEntryTheyDescribe()
    {
        const QByteArray text = "# file header\n"
                                "on: push # when\n"
                                "jobs:\n"
                                "  # builds everything\n"
                                "  # (twice)\n"
                                "  build:\n"
                                "    env: {A: '#not a comment'} # flow\n"
                                "    steps:\n"
                                "      - run: echo \"# no\" # trailing\n"
                                "      # about the second step\n"
                                "      - run: |\n"
                                "          # part of the script\n"
                                "          make\n"
                                "      # the end of build's steps\n"
                                "\n"
                                "  # the test job\n"
                                "  test:\n"
                                "    runs-on: x\n"
                                "# at the end\n";
        const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
        QVERIFY(tree.diagnostics().isEmpty());
        QCOMPARE(tree.comments().size(), 10);
        QVERIFY(!comment(tree, "not a comment"));
        QVERIFY(!comment(tree, "part of the script"));
        QVERIFY(!comment(tree, " no"));
        const int jobs = tree.find(u"jobs");
        const int build = tree.keyNode(jobs, u"build");
        const int test = tree.keyNode(jobs, u"test");
        QCOMPARE(comment(tree, "file header")->owner, tree.keyNode(tree.root(), u"on"));
        QCOMPARE(comment(tree, "when")->owner, tree.find(u"on"));
        QVERIFY(comment(tree, "when")->placement == YamlComment::Placement::EndOfLine);
        QCOMPARE(comment(tree, "builds everything")->owner, build);
        QCOMPARE(comment(tree, "(twice)")->owner, build);
        QCOMPARE(comment(tree, "flow")->owner, tree.find(u"jobs.build.env"));
        QCOMPARE(comment(tree, "trailing")->owner, tree.find(u"jobs.build.steps.0.run"));
        QCOMPARE(comment(tree, "about the second step")->owner, tree.find(u"jobs.build.steps.1"));
        QCOMPARE(comment(tree, "the end of build")->owner, tree.find(u"jobs.build.steps.1"));
        QCOMPARE(comment(tree, "the test job")->owner, test);
        QCOMPARE(comment(tree, "at the end")->owner, tree.keyNode(tree.root(), u"jobs"));
        const YamlComment *header = comment(tree, "file header");
        QCOMPARE(text.mid(header->span.begin, header->span.size()), QByteArray("# file header"));
        QCOMPARE(tree.commentsOf(build).size(), 2);
    }

    void everyScalarOfAMixedFileMapsBackToItsBytes()
    {
        // A property over a varied file: each single-line plain scalar's bytes are its value,
        // each quoted one's bytes are quoted, and child ranges nest inside their parents.
        const QByteArray text = "a: 1\nb: [x, \"y z\", {c: d, e: [f]}]\ng:\n  - h\n  - i: j\n    k: 'l''m'\n"
                                "n: ~\no: !!str 5\np: &q r\ns: *q\n";
        const YamlSyntaxTree tree = YamlSyntaxParser::parse(text);
        QVERIFY(tree.diagnostics().isEmpty());
        int scalars = 0;
        for (int i = 0; i < tree.size(); ++i) {
            const YamlSyntaxNode &n = tree.node(i);
            if (n.parent >= 0) {
                const SourceSpan &p = tree.node(n.parent).span;
                QVERIFY2(p.begin <= n.span.begin && n.span.end <= p.end, qPrintable(tree.path(i)));
            }
            if (!n.isScalar() || !n.tag.isEmpty() || !n.anchor.isEmpty())
                continue;
            ++scalars;
            if (n.style == YamlSyntaxNode::Style::Plain)
                QCOMPARE(QString::fromUtf8(bytes(tree, i)), n.value == QString() ? s("~") : n.value);
            else
                QVERIFY(bytes(tree, i).startsWith(n.style == YamlSyntaxNode::Style::SingleQuoted ? '\'' : '"'));
        }
        QCOMPARE(scalars, 20);
        QCOMPARE(tree.node(tree.find(u"o")).tag, s("tag:yaml.org,2002:str"));
        QCOMPARE(bytes(tree, tree.find(u"p")), QByteArray("&q r"));
        QCOMPARE(tree.node(tree.find(u"s")).value, s("q"));
        QCOMPARE(tree.node(tree.resolved(tree.find(u"s"))).value, s("r"));
    }
};

QTEST_GUILESS_MAIN(TestYamlSyntaxParser)
#include "tst_yamlsyntaxparser.moc"
