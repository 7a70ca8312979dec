#include "pipelines/GitLabEditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include "support/EditExpect.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QByteArray kPipeline = "# Pipeline of the web app\n"
                             "stages:\n"
                             "  - build\n"
                             "  - test\n"
                             "  - deploy\n"
                             "\n"
                             "variables:\n"
                             "  NODE_VERSION: \"20\"\n"
                             "\n"
                             ".node: &node\n"
                             "  image: node:20\n"
                             "  tags: [docker]\n"
                             "\n"
                             ".tested:\n"
                             "  stage: test\n"
                             "  needs: [compile]\n"
                             "\n"
                             "compile:\n"
                             "  <<: *node\n"
                             "  stage: build\n"
                             "  script:\n"
                             "    - npm ci\n"
                             "    # the bundle\n"
                             "    - npm run build\n"
                             "\n"
                             "unit:\n"
                             "  extends: .tested\n"
                             "  script: npm test\n"
                             "\n"
                             "lint:\n"
                             "  stage: test\n"
                             "  needs: [compile]   # only the build\n"
                             "  script: [npm run lint]\n"
                             "\n"
                             "e2e:\n"
                             "  extends: .tested\n"
                             "  needs:\n"
                             "    - compile\n"
                             "    - job: unit\n"
                             "      artifacts: false\n"
                             "  dependencies: [compile]\n"
                             "  script:\n"
                             "    - npm run e2e\n"
                             "\n"
                             "deploy:\n"
                             "  stage: deploy\n"
                             "  needs: [unit, lint]\n"
                             "  environment: production\n"
                             "  script:\n"
                             "    - ./deploy.sh\n";

GitLabEditor editor(const QByteArray &text = kPipeline, const QString &baseDir = {})
{
    return GitLabEditor(WorkflowDocument::fromText(text, WorkflowKind::GitLabCi, baseDir));
}

/// `kPipeline` (or `base`) with `from` replaced by `to` (exactly once).
QByteArray with(const QByteArray &from, const QByteArray &to, const QByteArray &base = kPipeline)
{
    return replacedOnce(from, to, base);
}

/// The lines of `before` an edit kept, in order (a longest common subsequence).
qsizetype keptLines(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    QList<QList<int>> table(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : std::max(table[i + 1][j], table[i][j + 1]);
    }
    return table[0][0];
}

} // namespace

/// GitLab CI edits as minimal text patches: each test states the exact text an edit must give,
/// so comments, anchors, blank lines and quoting outside the edit are checked byte for byte.
class TestGitLabEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addJobGoesAfterTheLastJobInTheFilesStyle()
    {
        EXPECT_TEXT(editor().addJob(s("package"), s("deploy"), {s("npm pack")}, {s("compile")}),
                    kPipeline + "\npackage:\n  stage: deploy\n  needs: [compile]\n  script:\n    - npm pack\n");
        // No stage: GitLab's default (test); no script: a placeholder, as GitLab wants one.
        EXPECT_TEXT(editor().addJob(s("smoke")), kPipeline + "\nsmoke:\n  script:\n    - echo \"TODO write the script of smoke\"\n");
        // Before what follows the last job; flow script lists when the jobs write them so.
        const QByteArray flow = "job1:\n  script: [a]\nvariables:\n  A: 1\n";
        EXPECT_TEXT(editor(flow).addJob(s("job2"), QString(), {s("b"), s("c")}),
                    "job1:\n  script: [a]\njob2:\n  script: [b, c]\nvariables:\n  A: 1\n");
        EXPECT_TEXT(editor("").addJob(s("a"), QString(), {s("make")}), "a:\n  script:\n    - make\n");
        EXPECT_REFUSED(editor().addJob(s("variables")), "global keyword");
        EXPECT_REFUSED(editor().addJob(s("unit")), "already a job \"unit\"");
        EXPECT_REFUSED(editor().addJob(s(".hidden")), "cannot name a job");
        EXPECT_REFUSED(editor().addJob(s("x"), s("review")), "stage \"review\" is not in stages: .pre, build, test, deploy, .post");
        EXPECT_REFUSED(editor().addJob(s("x"), s("build"), {}, {s("ghost")}), "no job \"ghost\"");
        EXPECT_REFUSED(editor().addJob(s("x"), s("build"), {}, {s("lint")}), "later stage (test)");
    }

    void removeJobTakesItsNameOutOfNeedsAndDependencies()
    {
        QByteArray expected = with("compile:\n  <<: *node\n  stage: build\n  script:\n    - npm ci\n    # the bundle\n"
                                   "    - npm run build\n\n",
                                   "");
        expected = with("  stage: test\n  needs: [compile]\n\n", "  stage: test\n\n", expected);
        expected = with("  needs: [compile]   # only the build\n", "", expected);
        expected = with("    - compile\n    - job: unit", "    - job: unit", expected);
        expected = with("dependencies: [compile]", "dependencies: []", expected);
        EXPECT_TEXT(editor().removeJob(s("compile")), expected);
        // The `job:` form goes too.
        expected = with("unit:\n  extends: .tested\n  script: npm test\n\n", "");
        expected = with("    - job: unit\n      artifacts: false\n", "", expected);
        expected = with("needs: [unit, lint]", "needs: [lint]", expected);
        EXPECT_TEXT(editor().removeJob(s("unit")), expected);
        EXPECT_REFUSED(editor().removeJob(s(".tested")), "hidden template");
        EXPECT_REFUSED(editor().removeJob(s("ghost")), "no job \"ghost\"");
        EXPECT_REFUSED(editor().removeJob(s("stages")), "global keyword");
        EXPECT_REFUSED(editor("a:\n  script: x\nb:\n  extends: a\n").removeJob(s("a")), "job \"b\" extends \"a\"");
    }

    void renameJobFollowsEveryReference()
    {
        QByteArray expected = with("\ncompile:\n", "\nbuild-app:\n");
        expected = with("  stage: test\n  needs: [compile]\n", "  stage: test\n  needs: [build-app]\n", expected);
        expected = with("  needs: [compile]   #", "  needs: [build-app]   #", expected);
        expected = with("    - compile\n", "    - build-app\n", expected);
        expected = with("dependencies: [compile]", "dependencies: [build-app]", expected);
        EXPECT_TEXT(editor().renameJob(s("compile"), s("build-app")), expected);
        expected = with("  needs: [unit, lint]", "  needs: [unit-tests, lint]", with("\nunit:\n", "\nunit-tests:\n"));
        EXPECT_TEXT(editor().renameJob(s("unit"), s("unit-tests")), with("    - job: unit\n", "    - job: unit-tests\n", expected));
        // A template: its extends.
        expected = with(".tested:\n", ".checked:\n");
        expected = with("unit:\n  extends: .tested\n", "unit:\n  extends: .checked\n", expected);
        EXPECT_TEXT(editor().renameJob(s(".tested"), s(".checked")), with("e2e:\n  extends: .tested\n", "e2e:\n  extends: .checked\n", expected));
        EXPECT_REFUSED(editor().renameJob(s("unit"), s("lint")), "already a job \"lint\"");
        EXPECT_REFUSED(editor().renameJob(s("unit"), s(".unit")), "would hide job");
        EXPECT_REFUSED(editor().renameJob(s(".tested"), s("tested")), "must start with '.'");
        EXPECT_REFUSED(editor().renameJob(s("unit"), s("stages")), "cannot name a job");
        EXPECT_REFUSED(editor("a:\n  script: x\nb:\n  script: [!reference [a, script]]\n").renameJob(s("a"), s("c")), "!reference");
    }

    void needsAreAddedAndRemovedInEachForm()
    {
        EXPECT_TEXT(editor().addNeeds(s("deploy"), s("e2e")), with("needs: [unit, lint]", "needs: [unit, lint, e2e]"));
        EXPECT_TEXT(editor().addNeeds(s("e2e"), s("lint")),
                    with("      artifacts: false\n", "      artifacts: false\n    - lint\n"));
        // Inherited needs (extends) are copied into the job's own, or they would be lost.
        EXPECT_TEXT(editor().addNeeds(s("unit"), s("lint")),
                    with("  extends: .tested\n  script: npm test\n", "  extends: .tested\n  needs: [compile, lint]\n  script: npm test\n"));
        EXPECT_TEXT(editor("a:\n  script: x\nb: {script: [y]}\n").addNeeds(s("b"), s("a")), "a:\n  script: x\nb: {needs: [a], script: [y]}\n");
        EXPECT_REFUSED(editor().addNeeds(s("deploy"), s("lint")), "already needs");
        EXPECT_REFUSED(editor().addNeeds(s("unit"), s("e2e")), "circle: unit → e2e → unit");
        EXPECT_REFUSED(editor().addNeeds(s("lint"), s("deploy")), "later stage (deploy)");
        EXPECT_REFUSED(editor().addNeeds(s("lint"), s("lint")), "cannot need itself");
        EXPECT_REFUSED(editor().addNeeds(s("lint"), s(".node")), "no job \".node\"");

        EXPECT_TEXT(editor().removeNeeds(s("deploy"), s("unit")), with("needs: [unit, lint]", "needs: [lint]"));
        EXPECT_TEXT(editor().removeNeeds(s("lint"), s("compile")), with("  needs: [compile]   # only the build\n", ""));
        EXPECT_TEXT(editor().removeNeeds(s("e2e"), s("unit")), with("    - job: unit\n      artifacts: false\n", ""));
        EXPECT_REFUSED(editor().removeNeeds(s("unit"), s("compile")), "inherits its needs");
        EXPECT_REFUSED(editor().removeNeeds(s("deploy"), s("e2e")), "does not need");
    }

    void stagesAreCheckedAgainstStagesAndNeeds()
    {
        EXPECT_TEXT(editor().setStage(s("lint"), s("deploy")), with("  stage: test\n  needs: [compile]   #", "  stage: deploy\n  needs: [compile]   #"));
        // An inherited stage: the job gets its own, after what it extends.
        EXPECT_TEXT(editor().setStage(s("unit"), s("build")), with("  extends: .tested\n  script: npm test\n",
                                                                   "  extends: .tested\n  stage: build\n  script: npm test\n"));
        EXPECT_REFUSED(editor().setStage(s("compile"), s("deploy")), "job \"unit\" needs \"compile\" and runs in an earlier stage (test)");
        EXPECT_REFUSED(editor().setStage(s("deploy"), s("build")), "needs \"unit\", which runs in a later stage (test)");
        EXPECT_REFUSED(editor().setStage(s("lint"), s("review")), "not in stages");
        EXPECT_REFUSED(editor().setStage(s("lint"), s("test")), "already in stage");
        // Without stages: GitLab's defaults.
        EXPECT_TEXT(editor("a:\n  script: x\n").setStage(s("a"), s("deploy")), "a:\n  stage: deploy\n  script: x\n");
        EXPECT_REFUSED(editor("a:\n  script: x\n").setStage(s("a"), s("review")), "not in stages: .pre, build, test, deploy, .post");

        EXPECT_TEXT(editor().addStage(s("review")), with("  - deploy\n", "  - deploy\n  - review\n"));
        EXPECT_TEXT(editor("stages: [a, .post]\n").addStage(s("b")), "stages: [a, b, .post]\n");
        // Before the first entry (the comment above it belongs to it).
        EXPECT_TEXT(editor("# ci\nimage: x\na:\n  script: x\n").addStage(s("lint")),
                    "stages: [build, test, deploy, lint]\n# ci\nimage: x\na:\n  script: x\n");
        EXPECT_REFUSED(editor().addStage(s("test")), "already in stages");
    }

    void scriptLinesInListsAndStrings()
    {
        // Inserted above the comment that belongs to the next line; moved and removed with it.
        EXPECT_TEXT(editor().addScriptLine(s("compile"), s("npm audit"), 1),
                    with("    - npm ci\n    # the bundle\n", "    - npm ci\n    - npm audit\n    # the bundle\n"));
        EXPECT_TEXT(editor().addScriptLine(s("unit"), s("npm run coverage")),
                    with("  script: npm test\n", "  script:\n    - npm test\n    - npm run coverage\n"));
        EXPECT_TEXT(editor().addScriptLine(s("lint"), s("npm run format")), with("[npm run lint]", "[npm run lint, npm run format]"));
        EXPECT_TEXT(editor().removeScriptLine(s("compile"), 1), with("    # the bundle\n    - npm run build\n", ""));
        EXPECT_TEXT(editor().moveScriptLine(s("compile"), 1, 0),
                    with("    - npm ci\n    # the bundle\n    - npm run build\n", "    # the bundle\n    - npm run build\n    - npm ci\n"));
        EXPECT_TEXT(editor().setScriptLine(s("compile"), 0, s("npm ci --prefer-offline")), with("- npm ci\n", "- npm ci --prefer-offline\n"));
        EXPECT_TEXT(editor().setScriptLine(s("unit"), 0, s("npm test -- --ci")), with("script: npm test\n", "script: npm test -- --ci\n"));
        EXPECT_REFUSED(editor().removeScriptLine(s("deploy"), 0), "only script line");
        EXPECT_REFUSED(editor().removeScriptLine(s("deploy"), 3), "no script line 3");
        EXPECT_REFUSED(editor().addScriptLine(s("deploy"), s("x"), 5), "no position 5");
        EXPECT_REFUSED(editor().moveScriptLine(s("unit"), 0, 1), "single script line");
        EXPECT_REFUSED(editor().moveScriptLine(s("compile"), 0, 7), "has no item 7");
        EXPECT_REFUSED(editor("a:\n  script: [x, y]\n").moveScriptLine(s("a"), 0, 1), "flow style");
        const QByteArray inherited = ".t:\n  script: [make]\na:\n  extends: .t\n";
        EXPECT_REFUSED(editor(inherited).addScriptLine(s("a"), s("x"), 1), "no script");
        EXPECT_REFUSED(editor(inherited).removeScriptLine(s("a"), 0), "inherits its script");
        // A job without a script of its own gets one (it overrides the inherited one).
        EXPECT_TEXT(editor("a:\n  stage: test\n").addScriptLine(s("a"), s("make")), "a:\n  stage: test\n  script:\n    - make\n");
    }

    void setEditsOneValueAndRefusesMore()
    {
        EXPECT_TEXT(editor().set(s("deploy.environment"), s("staging")), with("environment: production", "environment: staging"));
        EXPECT_TEXT(editor().set(s("variables.NODE_VERSION"), s("22")), with("NODE_VERSION: \"20\"", "NODE_VERSION: 22"));
        EXPECT_TEXT(editor().set(s("lint.allow_failure"), s("true")),
                    with("  script: [npm run lint]\n", "  script: [npm run lint]\n  allow_failure: true\n"));
        // compile's image comes from the &node anchor: changing it there would change .node too.
        EXPECT_REFUSED(editor().set(s("compile.image"), s("node:22")), "more than intended");
        // An edit that GitLab would reject is refused even when the YAML means what was asked.
        EXPECT_REFUSED(editor().set(s("lint.stage"), s("review")), "GitLab would reject");
    }

    void filesThatCannotBeEditedSaySo()
    {
        EXPECT_REFUSED(editor("a: [\n").addJob(s("b")), "YAML error at line");
        EXPECT_REFUSED(editor("- a\n- b\n").addJob(s("b")), "not a GitLab CI pipeline");
        EXPECT_REFUSED(GitLabEditor(WorkflowDocument::fromText("on: push\n")).addJob(s("b")), "GitHub Actions workflow");
        EXPECT_REFUSED(editor("a: *nothing\n").addScriptLine(s("a"), s("x")), "");
    }

    void includedJobsAreEditedInTheirOwnFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(s("ci")));
        QFile base(dir.filePath(s("ci/base.yml")));
        QVERIFY(base.open(QIODevice::WriteOnly));
        base.write("stages: [build, test]\nbuild:\n  stage: build\n  script: make\n");
        base.close();
        const QByteArray text = "include: ci/base.yml\n\ntest:\n  script: make test\n";
        EXPECT_REFUSED(editor(text, dir.path()).removeJob(s("build")), "comes from an included file");
        EXPECT_REFUSED(editor(text, dir.path()).addScriptLine(s("build"), s("x")), "comes from an included file");
        EXPECT_TEXT(editor(text, dir.path()).addNeeds(s("test"), s("build")), "include: ci/base.yml\n\ntest:\n  needs: [build]\n  script: make test\n");
        EXPECT_REFUSED(editor(text, dir.path()).addJob(s("build")), "already a job");
        EXPECT_TEXT(editor(text, dir.path()).addJob(s("pack"), s("build")),
                    text + "\npack:\n  stage: build\n  script:\n    - echo \"TODO write the script of pack\"\n");
    }

    void lineBreaksArePreserved()
    {
        const QByteArray crlf = "stages: [build]\r\n\r\nmake:\r\n  stage: build\r\n  script:\r\n    - make\r\n";
        EXPECT_TEXT(editor(crlf).addScriptLine(s("make"), s("make check")), crlf + "    - make check\r\n");
        EXPECT_TEXT(editor(crlf).addJob(s("docs"), s("build"), {s("make docs")}),
                    crlf + "\r\ndocs:\r\n  stage: build\r\n  script:\r\n    - make docs\r\n");
        EXPECT_TEXT(editor(crlf).renameJob(s("make"), s("compile")), with("\r\nmake:", "\r\ncompile:", crlf));
        // A file without a final line break gets one before what is appended.
        EXPECT_TEXT(editor("a:\n  script:\n    - x").addScriptLine(s("a"), s("make")), "a:\n  script:\n    - x\n    - make\n");
    }

    void needsMergedFromAnAnchorAreEditedOnce()
    {
        // b and c merge the anchored needs: one scalar in the text, renamed or removed once.
        const QByteArray anchored = "a:\n  script: x\n.base: &base\n  needs: [a, z]\nb:\n  <<: *base\n  script: y\n"
                                    "c:\n  <<: *base\n  script: w\nz:\n  script: v\n";
        EXPECT_TEXT(editor(anchored).renameJob(s("a"), s("first")),
                    with("needs: [a, z]", "needs: [first, z]", with("a:\n  script: x", "first:\n  script: x", anchored)));
        EXPECT_TEXT(editor(anchored).removeJob(s("a")), with("needs: [a, z]", "needs: [z]", with("a:\n  script: x\n", "", anchored)));
        EXPECT_REFUSED(editor(anchored).removeNeeds(s("b"), s("a")), "inherits its needs (<<)");
        EXPECT_REFUSED(editor("a:\n  script: x\nb:\n  needs: &n [a]\n  script: y\nc:\n  needs: *n\n  script: z\n").addNeeds(s("c"), s("b")),
                       "alias");
    }

    void everyPatchHasAnInverseThatRestoresTheText()
    {
        const QList<WorkflowEditResult> results{
            editor().renameJob(s("compile"), s("build")), editor().removeJob(s("unit")),
            editor().moveScriptLine(s("compile"), 1, 0), editor().addJob(s("x"), s("deploy"), {s("y")}, {s("lint"), s("unit")}),
            editor().addNeeds(s("unit"), s("lint")), editor().setStage(s("unit"), s("build")),
        };
        for (const WorkflowEditResult &r : results) {
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.patch.apply(kPipeline), r.text);
            QCOMPARE(r.patch.inverted(kPipeline).apply(r.text), kPipeline);
        }
    }

    void everyEditOnEveryJobOfSeveralFilesStaysSmall_data();
    void everyEditOnEveryJobOfSeveralFilesStaysSmall();
};

void TestGitLabEditor::everyEditOnEveryJobOfSeveralFilesStaysSmall_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("web app") << kPipeline;
    QTest::newRow("four-space, indentless lists, no stages") << QByteArray("default:\n"
                                                                           "    image: alpine\n"
                                                                           "\n"
                                                                           "build:\n"
                                                                           "    stage: build\n"
                                                                           "    script:\n"
                                                                           "    - make   # all of it\n"
                                                                           "    - make install DESTDIR=out\n"
                                                                           "    artifacts:\n"
                                                                           "        paths: [out/]\n"
                                                                           "\n"
                                                                           "test:\n"
                                                                           "    needs:\n"
                                                                           "    - build\n"
                                                                           "    script:\n"
                                                                           "    - make test\n"
                                                                           "\n"
                                                                           "pages:\n"
                                                                           "    stage: deploy\n"
                                                                           "    needs: [build, test]\n"
                                                                           "    dependencies: [build]\n"
                                                                           "    script: cp -r out public\n");
    QTest::newRow("flow jobs, quoted names, CRLF") << QByteArray("stages: ['prepare', \"check\", 'ship']\r\n"
                                                                 "'prepare:deps': {stage: prepare, script: ['pip install -r req.txt']}\r\n"
                                                                 "\"check:style\":\r\n"
                                                                 "  stage: check\r\n"
                                                                 "  needs: ['prepare:deps']\r\n"
                                                                 "  script:\r\n"
                                                                 "    - 'flake8 .'\r\n"
                                                                 "    - \"black --check .\"\r\n"
                                                                 "check:types:\r\n"
                                                                 "  stage: check\r\n"
                                                                 "  needs: [{job: 'prepare:deps', artifacts: true}]\r\n"
                                                                 "  script: [mypy .]\r\n"
                                                                 "ship:\r\n"
                                                                 "  stage: ship\r\n"
                                                                 "  needs: ['check:style', \"check:types\"]\r\n"
                                                                 "  when: manual\r\n"
                                                                 "  script:\r\n"
                                                                 "    - twine upload dist/*\r\n");
}

void TestGitLabEditor::everyEditOnEveryJobOfSeveralFilesStaysSmall()
{
    QFETCH(QByteArray, text);
    const WorkflowDocument doc = WorkflowDocument::fromText(text, WorkflowKind::GitLabCi);
    QVERIFY(!doc.hasErrors());
    const GitLabEditor e(doc);
    const QList<QByteArray> before = text.split('\n');
    int accepted = 0;
    int refused = 0;
    // Each edit, and how many lines it may remove and add at most.
    struct Edit
    {
        QString what;
        WorkflowEditResult result;
        int removed;
        int added;
    };
    for (const GitLabJob &job : doc.gitlab().jobs) {
        QList<Edit> edits{
            {s("rename"), e.renameJob(job.id, job.id + s("-2")), 6, 6},
            {s("remove"), e.removeJob(job.id), 12, 2},
            {s("add script"), e.addScriptLine(job.id, s("echo done")), 1, 3},
            {s("add script first"), e.addScriptLine(job.id, s("echo start"), 0), 1, 3},
            {s("set script"), e.setScriptLine(job.id, 0, s("true")), 1, 1},
            {s("remove script"), e.removeScriptLine(job.id, 0), 1, 0},
            {s("move script"), e.moveScriptLine(job.id, 0, 1), 1, 1},
            {s("set"), e.set(job.id + s(".timeout"), s("10m")), 1, 2},
        };
        for (const QString &stage : doc.gitlab().stages)
            edits.append({s("stage ") + stage, e.setStage(job.id, stage), 1, 1});
        for (const GitLabJob &other : doc.gitlab().jobs) {
            edits.append({s("add need ") + other.id, e.addNeeds(job.id, other.id), 1, 1});
            edits.append({s("remove need ") + other.id, e.removeNeeds(job.id, other.id), 2, 1});
        }
        for (const Edit &edit : std::as_const(edits)) {
            const QByteArray label = (job.id + s(": ") + edit.what).toUtf8();
            if (!edit.result.ok) {
                QVERIFY2(!edit.result.error.isEmpty(), label.constData());
                QCOMPARE(edit.result.text, text);
                ++refused;
                continue;
            }
            ++accepted;
            QCOMPARE(edit.result.patch.inverted(text).apply(edit.result.text), text);
            const WorkflowDocument after = WorkflowDocument::fromText(edit.result.text, WorkflowKind::GitLabCi);
            QVERIFY2(!after.hasErrors(), label.constData());
            // CRLF stays CRLF.
            QCOMPARE(edit.result.text.count("\r\n") == edit.result.text.count('\n'), text.count("\r\n") == text.count('\n'));
            const QList<QByteArray> lines = edit.result.text.split('\n');
            const qsizetype kept = keptLines(before, lines);
            QVERIFY2(before.size() - kept <= edit.removed, (label + "\n" + edit.result.text).constData());
            QVERIFY2(lines.size() - kept <= edit.added, (label + "\n" + edit.result.text).constData());
        }
    }
    qInfo("%d edits applied, %d refused", accepted, refused);
    QVERIFY(accepted > 20);
    QVERIFY(refused > 5);
}

QTEST_GUILESS_MAIN(TestGitLabEditor)
#include "tst_gitlabeditor.moc"
