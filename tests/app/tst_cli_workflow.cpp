#include "support/TestRepo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// `gantry workflow check` and `gantry workflow graph`, run as scripts and CI run them.
class TestCliWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariable("GANTRY_APP").isEmpty(), "run through ctest"); }

    void checkPrintsFindingsAtTheirPlace()
    {
        TestRepo repo(false);
        repo.write(".github/workflows/ok.yml", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{run: make}]\n");
        repo.write(".github/workflows/bad.yml", "on: push\njobs:\n  a: {}\n  a: {}\n\tb: 1\n");
        QCOMPARE(repo.gantry({"workflow", "check", ".github/workflows/ok.yml"}), QByteArray());
        QCOMPARE(repo.lastExitCode(), 0);
        const QByteArray out = repo.gantry({"workflow", "check", ".github/workflows/ok.yml", ".github/workflows/bad.yml"});
        QCOMPARE(repo.lastExitCode(), 1);
        // The YAML problems and the workflow rules, each at its place, sorted by position.
        QVERIFY2(out.startsWith(".github/workflows/bad.yml:3:3: error: missing required key \"runs-on\" [missing-key]\n"), out.constData());
        QVERIFY2(out.contains(".github/workflows/bad.yml:4:3: error: duplicate key \"a\" (first at line 3) [yaml-duplicate-key]\n"), out.constData());
        QVERIFY2(out.contains(".github/workflows/bad.yml:5:1: error: tab character in indentation"), out.constData());
        QVERIFY(!out.contains("ok.yml"));
    }

    void checkBadInput()
    {
        TestRepo repo(false);
        repo.gantry({"workflow", "check"});
        QCOMPARE(repo.lastExitCode(), 2);
        repo.gantry({"workflow", "check", "missing.yml"});
        QCOMPARE(repo.lastExitCode(), 2);
        QVERIFY(repo.lastStderr().contains("cannot read missing.yml"));
        repo.gantry({"workflow", "frobnicate"});
        QCOMPARE(repo.lastExitCode(), 2);
        QVERIFY(repo.lastStderr().contains("unknown subcommand 'frobnicate'"));
        repo.write("binary.yml", QByteArray("\x00\xff\xfe garbage", 11));
        repo.gantry({"workflow", "check", "binary.yml"});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY(repo.lastStderr().isEmpty());
    }

    void graphAsTextAndJson()
    {
        TestRepo repo(false);
        repo.write("ci.yml", "on: [push, workflow_dispatch]\n"
                             "jobs:\n"
                             "  test:\n    runs-on: [self-hosted, linux]\n"
                             "    strategy: {matrix: {os: [a, b], node: [1, 2, 3]}}\n"
                             "    steps: [{run: a}, {run: b}]\n"
                             "  deploy:\n    name: Deploy\n    needs: test\n    runs-on: ubuntu-latest\n"
                             "    environment: {name: production}\n    steps: [{run: c}]\n"
                             "  release:\n    needs: [test, deploy]\n    uses: ./.github/workflows/release.yml\n");
        const QByteArray json = repo.gantry({"workflow", "graph", "ci.yml", "--json"});
        QCOMPARE(repo.lastExitCode(), 0);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("triggers").toArray(), (QJsonArray{"push", "workflow_dispatch"}));
        const QJsonArray jobs = root.value("jobs").toArray();
        QCOMPARE(jobs.size(), 3);
        const QJsonObject test = jobs[0].toObject();
        QCOMPARE(test.value("id").toString(), QStringLiteral("test"));
        QCOMPARE(test.value("matrix_count").toInt(), 6);
        QCOMPARE(test.value("runs_on").toArray(), (QJsonArray{"self-hosted", "linux"}));
        QCOMPARE(test.value("steps").toInt(), 2);
        QVERIFY(test.value("environment").isNull());
        const QJsonObject deploy = jobs[1].toObject();
        QCOMPARE(deploy.value("name").toString(), QStringLiteral("Deploy"));
        QCOMPARE(deploy.value("needs").toArray(), QJsonArray{"test"});
        QCOMPARE(deploy.value("runs_on").toString(), QStringLiteral("ubuntu-latest"));
        QCOMPARE(deploy.value("environment").toString(), QStringLiteral("production"));
        QCOMPARE(deploy.value("matrix_count").toInt(), 0);
        QCOMPARE(jobs[2].toObject().value("uses").toString(), QStringLiteral("./.github/workflows/release.yml"));

        const QByteArray text = repo.gantry({"workflow", "graph", "ci.yml"});
        QCOMPARE(text, QByteArray("on: push, workflow_dispatch\n"
                                  "test  runs-on: self-hosted, linux  matrix: 6  steps: 2\n"
                                  "deploy  needs: test  runs-on: ubuntu-latest  environment: production  steps: 1\n"
                                  "release  needs: test, deploy  uses: ./.github/workflows/release.yml  steps: 0\n"));

        // A broken file: drawn as far as it parses, the error on stderr, exit 1.
        repo.write("broken.yml", "on: push\njobs:\n  a:\n    runs-on: x\n  b: [\n");
        const QByteArray partial = repo.gantry({"workflow", "graph", "broken.yml"});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY(partial.contains("a  runs-on: x"));
        QVERIFY2(repo.lastStderr().contains("broken.yml:") && repo.lastStderr().contains(": error: "), repo.lastStderr().constData());
        QVERIFY(repo.gantry({"workflow", "check", "broken.yml"}).contains("broken.yml:6:1: error: "));
    }

    void gitlabPipelinesAreCheckedAndDrawn()
    {
        TestRepo repo(false);
        repo.write("ci/build.yml", "build:\n  stage: build\n  script: [make]\n");
        repo.write(".gitlab-ci.yml", "include: ci/build.yml\n"
                                     "stages: [build, test]\n"
                                     "unit:\n  stage: test\n  needs: [build]\n  parallel: 3\n  script: make test\n"
                                     "deploy:\n  stage: deploy\n  script: ./deploy\n");
        const QByteArray out = repo.gantry({"workflow", "check", ".gitlab-ci.yml"});
        QCOMPARE(repo.lastExitCode(), 1);
        QCOMPARE(out, QByteArray(".gitlab-ci.yml:9:10: error: job \"deploy\" is in stage \"deploy\", which is not in stages: "
                                 ".pre, build, test, .post [gitlab-unknown-stage]\n"));
        const QJsonObject root = QJsonDocument::fromJson(repo.gantry({"workflow", "graph", ".gitlab-ci.yml", "--json"})).object();
        QCOMPARE(root.value("stages").toArray(), (QJsonArray{".pre", "build", "test", ".post"}));
        const QJsonArray jobs = root.value("jobs").toArray();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs[0].toObject().value("id").toString(), QStringLiteral("unit"));
        QCOMPARE(jobs[0].toObject().value("parallel_count").toInt(), 3);
        QCOMPARE(jobs[0].toObject().value("needs").toArray(), QJsonArray{"build"});
        QCOMPARE(jobs[2].toObject().value("id").toString(), QStringLiteral("build")); // from the include
        // The included job is edited in its own file.
        repo.gantry({"workflow", "edit", ".gitlab-ci.yml", "remove-job", "build"});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY2(repo.lastStderr().contains("job \"build\" comes from an included file"), repo.lastStderr().constData());
    }

    void gitlabEditsInPlaceOrToStdout()
    {
        TestRepo repo(false);
        const QByteArray original = "# CI\n"
                                    "stages: [build, test]\n"
                                    "\n"
                                    "build:\n"
                                    "  stage: build\n"
                                    "  script:\n"
                                    "    - make\n";
        repo.write(".gitlab-ci.yml", original);
        const auto edit = [&](const QStringList &args) {
            repo.gantry(QStringList{"workflow", "edit", ".gitlab-ci.yml"} + args);
            QVERIFY2(repo.lastExitCode() == 0, repo.lastStderr().constData());
        };
        edit({"add-job", "unit", "--stage", "test", "--script", "make test", "--script", "make check", "--needs", "build"});
        QByteArray expected = original + "\nunit:\n  stage: test\n  needs: [build]\n  script:\n    - make test\n    - make check\n";
        QCOMPARE(repo.read(".gitlab-ci.yml"), expected);
        edit({"add-script", "build", "make install", "--index", "0"});
        edit({"move-script", "unit", "1", "0"});
        edit({"remove-script", "unit", "1"});
        edit({"set-script", "unit", "0", "make check V=1"});
        edit({"add-stage", "deploy"});
        edit({"add-job", "ship", "--stage", "deploy", "--script", "./ship"});
        edit({"add-needs", "ship", "unit"});
        edit({"rename-job", "build", "compile"});
        edit({"set", "ship.when", "manual"});
        edit({"set-stage", "ship", "test"});
        edit({"remove-needs", "ship", "unit"});
        expected = "# CI\n"
                   "stages: [build, test, deploy]\n"
                   "\n"
                   "compile:\n"
                   "  stage: build\n"
                   "  script:\n"
                   "    - make install\n"
                   "    - make\n"
                   "\n"
                   "unit:\n"
                   "  stage: test\n"
                   "  needs: [compile]\n"
                   "  script:\n"
                   "    - make check V=1\n"
                   "\n"
                   "ship:\n"
                   "  stage: test\n"
                   "  script:\n"
                   "    - ./ship\n"
                   "  when: manual\n";
        QCOMPARE(repo.read(".gitlab-ci.yml"), expected);
        const QByteArray printed = repo.gantry({"workflow", "edit", ".gitlab-ci.yml", "remove-job", "compile", "--stdout"});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.read(".gitlab-ci.yml"), expected);
        QVERIFY(!printed.contains("compile") && printed.contains("unit:\n  stage: test\n  script:"));
    }

    void gitlabRefusalsChangeNothing()
    {
        TestRepo repo(false);
        const QByteArray original = "stages: [build, test]\nbuild:\n  stage: build\n  script: [make]\ntest:\n  needs: [build]\n  script: [make test]\n";
        repo.write(".gitlab-ci.yml", original);
        repo.write("ci.yml", "on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: a}]\n");
        const auto refused = [&](const QStringList &args, int code, const char *words) {
            repo.gantry(QStringList{"workflow", "edit", ".gitlab-ci.yml"} + args);
            QCOMPARE(repo.lastExitCode(), code);
            QVERIFY2(repo.lastStderr().contains(words), repo.lastStderr().constData());
            QCOMPARE(repo.read(".gitlab-ci.yml"), original);
        };
        refused({"add-step", "build", "--run", "x"}, 2, "add-step is a GitHub Actions edit");
        refused({"add-job", "x", "--runs-on", "linux"}, 2, "--runs-on");
        refused({"add-job", "x", "--stage", "deploy"}, 1, "stage \"deploy\" is not in stages");
        refused({"add-needs", "build", "test"}, 1, "later stage (test)");
        refused({"set-stage", "test"}, 2, "usage: gantry workflow edit FILE set-stage JOB STAGE");
        refused({"remove-script", "build", "0"}, 1, "only script line");
        refused({"move-script", "build", "a", "0"}, 2, "not a script line index");
        refused({"explode"}, 2, "unknown edit 'explode'");
        refused({"remove-job", "stages"}, 1, "global keyword");
        repo.gantry({"workflow", "edit", "ci.yml", "set-stage", "a", "build"});
        QCOMPARE(repo.lastExitCode(), 2);
        QVERIFY(repo.lastStderr().contains("set-stage is a GitLab CI edit"));
    }

    void editInPlaceOrToStdout()
    {
        TestRepo repo(false);
        const QByteArray original = "on: push\n"
                                    "jobs:\n"
                                    "  build: # the build\n"
                                    "    runs-on: ubuntu-latest\n"
                                    "    steps:\n"
                                    "      - run: make\n";
        repo.write("ci.yml", original);
        QCOMPARE(repo.gantry({"workflow", "edit", "ci.yml", "add-job", "test", "--runs-on", "ubuntu-24.04", "--needs", "build"}), QByteArray());
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.read("ci.yml"), original + "  test:\n    needs: build\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n");
        repo.gantry({"workflow", "edit", "ci.yml", "add-step", "test", "--uses", "actions/setup-node@v4", "--with", "node-version=20", "--name", "Node", "--index", "1"});
        QCOMPARE(repo.lastExitCode(), 0);
        QVERIFY(repo.read("ci.yml").endsWith("      - uses: actions/checkout@v4\n      - name: Node\n        uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"));
        repo.gantry({"workflow", "edit", "ci.yml", "rename-job", "build", "compile"});
        QVERIFY(repo.read("ci.yml").contains("  compile: # the build\n"));
        QVERIFY(repo.read("ci.yml").contains("needs: compile\n"));
        repo.gantry({"workflow", "edit", "ci.yml", "set", "jobs.compile.timeout-minutes", "15"});
        QVERIFY(repo.read("ci.yml").contains("      - run: make\n    timeout-minutes: 15\n"));
        repo.gantry({"workflow", "edit", "ci.yml", "move-step", "test", "1", "0"});
        repo.gantry({"workflow", "edit", "ci.yml", "remove-step", "test", "1"});
        repo.gantry({"workflow", "edit", "ci.yml", "remove-needs", "test", "compile"});
        QCOMPARE(repo.lastExitCode(), 0);
        const QByteArray now = repo.read("ci.yml");
        QVERIFY2(now.endsWith("  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - name: Node\n        uses: actions/setup-node@v4\n        with:\n          node-version: 20\n"), now.constData());

        // --stdout prints and leaves the file alone.
        const QByteArray printed = repo.gantry({"workflow", "edit", "ci.yml", "remove-job", "test", "--stdout"});
        QCOMPARE(repo.lastExitCode(), 0);
        QCOMPARE(repo.read("ci.yml"), now);
        QVERIFY(!printed.contains("test:"));
        QVERIFY(printed.contains("compile: # the build"));
    }

    void removeAKeyOrAListItem()
    {
        TestRepo repo(false);
        repo.write("ci.yml", "on:\n"
                             "  push:\n"
                             "    branches: [main]\n"
                             "    # only code changes\n"
                             "    paths: ['src/**']\n"
                             "jobs:\n"
                             "  a:\n"
                             "    runs-on: x\n"
                             "    timeout-minutes: 5\n"
                             "    steps: [{run: a}, {run: b}]\n");
        QCOMPARE(repo.gantry({"workflow", "edit", "ci.yml", "remove", "on.push.paths"}), QByteArray());
        QCOMPARE(repo.lastExitCode(), 0);
        repo.gantry({"workflow", "edit", "ci.yml", "remove", "jobs.a.steps.0"});
        QCOMPARE(repo.lastExitCode(), 0);
        const QByteArray printed = repo.gantry({"workflow", "edit", "ci.yml", "remove", "jobs.a.timeout-minutes", "--stdout"});
        QCOMPARE(printed, QByteArray("on:\n  push:\n    branches: [main]\njobs:\n  a:\n    runs-on: x\n    steps: [{run: b}]\n"));
        QCOMPARE(repo.read("ci.yml"), QByteArray("on:\n  push:\n    branches: [main]\njobs:\n  a:\n    runs-on: x\n"
                                                 "    timeout-minutes: 5\n    steps: [{run: b}]\n"));
    }

    void editRefusalsChangeNothing()
    {
        TestRepo repo(false);
        const QByteArray original = "on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{run: a}]\n";
        repo.write("ci.yml", original);
        const auto refused = [&](const QStringList &args, int code, const char *words) {
            QStringList all{"workflow", "edit", "ci.yml"};
            repo.gantry(all + args);
            QCOMPARE(repo.lastExitCode(), code);
            QVERIFY2(repo.lastStderr().contains(words), repo.lastStderr().constData());
            QCOMPARE(repo.read("ci.yml"), original);
        };
        refused({"add-job", "a"}, 1, "already a job \"a\"");
        refused({"add-job", "1x"}, 1, "not a valid job id");
        refused({"add-needs", "a", "ghost"}, 1, "no job \"ghost\"");
        refused({"move-step", "a", "0", "0"}, 1, "");
        refused({"remove-step", "a", "x"}, 2, "not a step index");
        refused({"rename-job", "a"}, 2, "usage: gantry workflow edit FILE rename-job OLD NEW");
        refused({"add-step", "a", "--with", "novalue", "--uses", "x/y@v1"}, 2, "--with takes KEY=VALUE");
        refused({"explode"}, 2, "unknown edit 'explode'");
        refused({"remove", "jobs.a.timeout-minutes"}, 1, "no jobs.a.timeout-minutes to remove");
        refused({"remove"}, 2, "usage: gantry workflow edit FILE remove KEYPATH");
        repo.write("broken.yml", "on: push\njobs: [\n");
        repo.gantry({"workflow", "edit", "broken.yml", "add-job", "b"});
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY(repo.lastStderr().contains("YAML error at line"));
        QCOMPARE(repo.read("broken.yml"), QByteArray("on: push\njobs: [\n"));
    }

    void aliasBombsAndHugeMatricesAreBounded()
    {
        TestRepo repo(false);
        // Billion laughs: 10^9 nodes from ten lines, cut where the aliases pass 100,000 nodes.
        QByteArray bomb = "on: push\nenv:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int level = 1; level < 10; ++level) {
            bomb += "  l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
            for (int i = 0; i < 10; ++i)
                bomb += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
            bomb += "]\n";
        }
        bomb += "jobs:\n  a:\n    runs-on: x\n    steps: [{run: a}]\n";
        repo.write("bomb.yml", bomb);
        const char *finding = "bomb.yml:7:47: error: alias expansion exceeds 100000 nodes";
        QVERIFY2(repo.gantry({"workflow", "check", "bomb.yml"}).contains(finding), repo.lastStderr().constData());
        QCOMPARE(repo.lastExitCode(), 1);
        QVERIFY(repo.gantry({"workflow", "graph", "bomb.yml"}).contains("a  runs-on: x"));
        QCOMPARE(repo.lastExitCode(), 1); // the file has errors
        for (const QStringList &edit : {QStringList{"add-job", "b"}, QStringList{"rename-job", "a", "b"}, QStringList{"set", "jobs.a.timeout-minutes", "5"}}) {
            repo.gantry(QStringList{"workflow", "edit", "bomb.yml"} + edit);
            QCOMPARE(repo.lastExitCode(), 1);
            QVERIFY2(repo.lastStderr().contains("line 7, column 47 (alias expansion exceeds 100000 nodes"), repo.lastStderr().constData());
            QCOMPARE(repo.read("bomb.yml"), bomb);
        }
        // 20 axes of 100 values: counted, not created.
        QByteArray matrix = "on: push\njobs:\n  a:\n    runs-on: x\n    strategy:\n      matrix:\n";
        for (int axis = 0; axis < 20; ++axis) {
            matrix += "        a" + QByteArray::number(axis) + ": [0";
            for (int v = 1; v < 100; ++v)
                matrix += ", " + QByteArray::number(v);
            matrix += "]\n";
        }
        matrix += "    steps: [{run: a}]\n";
        repo.write("matrix.yml", matrix);
        QVERIFY(repo.gantry({"workflow", "check", "matrix.yml"}).contains("matrix.yml:7:9: error: matrix would create at least"));
        QVERIFY(repo.gantry({"workflow", "graph", "matrix.yml"}).contains("matrix: 9223372036854775807"));
        QVERIFY(repo.lastStderr().contains("GitHub allows at most 256"));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
