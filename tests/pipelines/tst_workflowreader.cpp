#include "pipelines/WorkflowReader.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }
QStringList l(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(s(i));
    return out;
}

Workflow readText(const QByteArray &text)
{
    return WorkflowReader::read(YamlSyntaxParser::parse(text));
}

} // namespace

/// The GitHub Actions model read out of the YAML tree.
class TestWorkflowReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onInItsThreeForms()
    {
        QCOMPARE(readText("on: push\n").triggers.first().event, s("push"));
        const Workflow list = readText("on: [push, pull_request]\n");
        QCOMPARE(list.triggers.size(), 2);
        QCOMPARE(list.triggers[1].event, s("pull_request"));

        const Workflow map = readText("on:\n"
                                      "  push:\n"
                                      "    branches: [main, 'release/**']\n"
                                      "    tags: v*\n"
                                      "    paths-ignore:\n      - docs/**\n"
                                      "  pull_request:\n    types: [opened, synchronize]\n"
                                      "  schedule:\n    - cron: '0 3 * * 1'\n    - cron: '*/30 * * * *'\n"
                                      "  workflow_dispatch:\n"
                                      "    inputs:\n"
                                      "      level:\n        type: choice\n        options: [info, debug]\n        default: info\n        required: true\n"
                                      "  workflow_call:\n    inputs:\n      target: {type: string}\n    secrets:\n      token: {required: true}\n");
        QCOMPARE(map.triggers.size(), 5);
        const WorkflowTrigger &push = map.triggers[0];
        QCOMPARE(push.branches, l({"main", "release/**"}));
        QCOMPARE(push.tags, l({"v*"}));
        QCOMPARE(push.pathsIgnore, l({"docs/**"}));
        QVERIFY(push.keyNode >= 0);
        QCOMPARE(map.triggers[1].types, l({"opened", "synchronize"}));
        QCOMPARE(map.triggers[2].crons, l({"0 3 * * 1", "*/30 * * * *"}));
        QCOMPARE(map.triggers[2].cronNodes.size(), 2);
        const WorkflowInput &level = map.triggers[3].inputs.first();
        QCOMPARE(level.name, s("level"));
        QCOMPARE(level.type, s("choice"));
        QCOMPARE(level.options, l({"info", "debug"}));
        QCOMPARE(level.defaultValue, s("info"));
        QVERIFY(level.required);
        QCOMPARE(map.triggers[4].inputs.first().type, s("string"));
        QCOMPARE(map.triggers[4].secrets, l({"token"}));
    }

    void jobsWithEverything()
    {
        const QByteArray text = "name: CI\nrun-name: Deploy by ${{ github.actor }}\n"
                                "permissions:\n  contents: read\n"
                                "concurrency:\n  group: ci-${{ github.ref }}\n  cancel-in-progress: true\n"
                                "defaults:\n  run:\n    shell: bash\n    working-directory: src\n"
                                "env: {CI: 'true'}\n"
                                "on: push\n"
                                "jobs:\n"
                                "  build:\n"
                                "    name: Build\n"
                                "    runs-on: [self-hosted, linux]\n"
                                "    outputs:\n      version: ${{ steps.v.outputs.version }}\n"
                                "    container:\n      image: node:20\n"
                                "    services:\n      redis: {image: redis}\n"
                                "    steps:\n"
                                "      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n"
                                "      - id: v\n        name: Version\n        run: echo version=1 >> $GITHUB_OUTPUT\n        shell: bash\n        if: ${{ always() }}\n"
                                "  deploy:\n"
                                "    needs: build\n"
                                "    if: github.ref == 'refs/heads/main'\n"
                                "    runs-on: {group: prod-runners, labels: [linux]}\n"
                                "    environment: {name: production, url: https://example.com}\n"
                                "    timeout-minutes: 30\n"
                                "    steps: [{run: ./deploy}]\n"
                                "  call:\n"
                                "    needs: [build, deploy]\n"
                                "    uses: org/repo/.github/workflows/release.yml@v1\n"
                                "    with: {dry-run: true}\n"
                                "    secrets: inherit\n";
        const Workflow w = readText(text);
        QCOMPARE(w.name, s("CI"));
        QCOMPARE(w.runName, s("Deploy by ${{ github.actor }}"));
        QCOMPARE(w.permissions, s("map"));
        QCOMPARE(w.permissionScopes.value(s("contents")), s("read"));
        QCOMPARE(w.concurrencyGroup, s("ci-${{ github.ref }}"));
        QCOMPARE(w.defaultShell, s("bash"));
        QCOMPARE(w.defaultWorkingDirectory, s("src"));
        QCOMPARE(w.env.value(s("CI")), s("true"));
        QCOMPARE(w.jobs.size(), 3);
        const WorkflowJob &build = w.jobs[0];
        QCOMPARE(build.displayName(), s("Build"));
        QCOMPARE(build.runsOn, l({"self-hosted", "linux"}));
        QCOMPARE(build.outputs.value(s("version")), s("${{ steps.v.outputs.version }}"));
        QCOMPARE(build.container, s("node:20"));
        QCOMPARE(build.services, l({"redis"}));
        QCOMPARE(build.steps.size(), 2);
        QCOMPARE(build.steps[0].uses, s("actions/checkout@v4"));
        QCOMPARE(build.steps[0].with.value(s("fetch-depth")), s("0"));
        QCOMPARE(build.steps[1].id, s("v"));
        QCOMPARE(build.steps[1].condition, s("${{ always() }}"));
        const WorkflowJob *deploy = w.job(s("deploy"));
        QVERIFY(deploy);
        QCOMPARE(deploy->needs, l({"build"}));
        QCOMPARE(deploy->needsNodes.size(), 1);
        QCOMPARE(deploy->condition, s("github.ref == 'refs/heads/main'"));
        QCOMPARE(deploy->runsOnGroup, s("prod-runners"));
        QCOMPARE(deploy->runsOn, l({"linux"}));
        QCOMPARE(deploy->environment, s("production"));
        QCOMPARE(deploy->environmentUrl, s("https://example.com"));
        QCOMPARE(deploy->timeoutMinutes, s("30"));
        QCOMPARE(deploy->steps.first().run, s("./deploy"));
        const WorkflowJob &call = w.jobs[2];
        QVERIFY(call.isReusable());
        QCOMPARE(call.needs, l({"build", "deploy"}));
        QCOMPARE(call.secrets.value(s("inherit")), s("inherit"));
        QCOMPARE(call.with.value(s("dry-run")), s("true"));
        QCOMPARE(w.jobIndex(s("call")), 2);
        QCOMPARE(w.job(s("nope")), nullptr);
    }

    void matrixIncludeFollowsGitHubsRules()
    {
        // The example of GitHub's documentation ("Expanding or adding matrix configurations").
        const Workflow w = readText("jobs:\n  t:\n    strategy:\n      matrix:\n"
                                    "        fruit: [apple, pear]\n        animal: [cat, dog]\n"
                                    "        include:\n"
                                    "          - color: green\n"
                                    "          - color: pink\n            animal: cat\n"
                                    "          - fruit: apple\n            shape: circle\n"
                                    "          - fruit: banana\n"
                                    "          - fruit: banana\n            animal: cat\n");
        const QList<MatrixCombination> all = w.jobs.first().matrix.combinations();
        const auto c = [](std::initializer_list<std::pair<const char *, const char *>> pairs) {
            MatrixCombination m;
            for (const auto &[k, v] : pairs)
                m.insert(QString::fromUtf8(k), QString::fromUtf8(v));
            return m;
        };
        const QList<MatrixCombination> expected{
            c({{"fruit", "apple"}, {"animal", "cat"}, {"color", "pink"}, {"shape", "circle"}}),
            c({{"fruit", "apple"}, {"animal", "dog"}, {"color", "green"}, {"shape", "circle"}}),
            c({{"fruit", "pear"}, {"animal", "cat"}, {"color", "pink"}}),
            c({{"fruit", "pear"}, {"animal", "dog"}, {"color", "green"}}),
            c({{"fruit", "banana"}}),
            c({{"fruit", "banana"}, {"animal", "cat"}}),
        };
        QCOMPARE(all, expected);
    }

    void matrixExcludeFollowsGitHubsRules()
    {
        // GitHub's documentation: 12 combinations, one excluded fully, two by a partial match.
        const Workflow w = readText("jobs:\n  t:\n    strategy:\n      fail-fast: false\n      max-parallel: 2\n      matrix:\n"
                                    "        os: [macos-latest, windows-latest]\n        version: [12, 14, 16]\n"
                                    "        environment: [staging, production]\n"
                                    "        exclude:\n"
                                    "          - os: macos-latest\n            version: 12\n            environment: production\n"
                                    "          - os: windows-latest\n            version: 16\n");
        const WorkflowMatrix &m = w.jobs.first().matrix;
        QCOMPARE(m.axes.size(), 3);
        QCOMPARE(m.combinations().size(), 9);
        QCOMPARE(m.failFast, s("false"));
        QCOMPARE(m.maxParallel, s("2"));
    }

    void matrixFromAnExpressionIsNotExpanded()
    {
        const Workflow w = readText("jobs:\n  t:\n    strategy:\n      matrix: ${{ fromJSON(needs.setup.outputs.matrix) }}\n");
        const WorkflowMatrix &m = w.jobs.first().matrix;
        QCOMPARE(m.expression, s("${{ fromJSON(needs.setup.outputs.matrix) }}"));
        QVERIFY(!m.isEmpty());
        QVERIFY(m.combinations().isEmpty());
    }

    void wrongShapesAreSkippedNotFatal()
    {
        const Workflow w = readText("on: {push: [1, 2]}\njobs:\n  a: just a string\n  b:\n    needs: {x: 1}\n    steps: run\n");
        QCOMPARE(w.triggers.size(), 1);
        QCOMPARE(w.jobs.size(), 2);
        QVERIFY(w.jobs[0].steps.isEmpty());
        QVERIFY(w.jobs[1].needs.isEmpty());
        QVERIFY(w.jobs[1].steps.isEmpty());
        QVERIFY(readText("- not\n- a map\n").jobs.isEmpty());
        QVERIFY(readText("").jobs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowReader)
#include "tst_workflowreader.moc"
