#include "pipelines/GitLabGraph.h"
#include "pipelines/WorkflowDocument.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

GitLabPipeline read(const QByteArray &text, const QHash<QString, QByteArray> &files = {})
{
    const YamlSyntaxTree tree = YamlSyntaxParser::parse(text, YamlSyntaxParser::MergeKeys::Resolve);
    return GitLabReader::read(tree, [files](const QString &path, QString *error) {
        if (!files.contains(path)) {
            *error = s("No such file or directory");
            return QByteArray();
        }
        return files.value(path);
    });
}

QStringList findings(const GitLabPipeline &p)
{
    QStringList out;
    for (const Diagnostic &d : p.diagnostics)
        out.append(QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.rule));
    return out;
}

const QByteArray kPipeline = "stages: [build, test, deploy]\n"
                             "\n"
                             ".defaults: &defaults\n"
                             "  image: alpine:3.20\n"
                             "  tags: [docker]\n"
                             "\n"
                             ".tested:\n"
                             "  stage: test\n"
                             "  variables: {LEVEL: full, CI_DEBUG: \"false\"}\n"
                             "\n"
                             "compile:\n"
                             "  <<: *defaults\n"
                             "  stage: build\n"
                             "  script:\n"
                             "    - make\n"
                             "\n"
                             "unit:\n"
                             "  extends: .tested\n"
                             "  variables: {LEVEL: quick}\n"
                             "  needs: [compile]\n"
                             "  parallel:\n"
                             "    matrix:\n"
                             "      - OS: [linux, mac]\n"
                             "        ARCH: [x64, arm]\n"
                             "      - OS: [windows]\n"
                             "  script: make test\n"
                             "\n"
                             "lint:\n"
                             "  script: [make lint]\n"
                             "\n"
                             "release:\n"
                             "  stage: deploy\n"
                             "  needs: [unit, lint]\n"
                             "  environment: {name: production, url: https://example.com}\n"
                             "  rules:\n"
                             "    - if: $CI_COMMIT_TAG\n"
                             "  when: manual\n"
                             "  script: ./release.sh\n";

} // namespace

/// GitLab CI: stages, jobs after extends/includes/anchors, the findings GitLab reports, the graph.
class TestGitLabPipeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jobsAreMergedAsGitLabRunsThem()
    {
        const GitLabPipeline p = read(kPipeline);
        QVERIFY2(p.diagnostics.isEmpty(), qPrintable(findings(p).join(QLatin1Char(','))));
        QCOMPARE(p.stages, (QStringList{s(".pre"), s("build"), s("test"), s("deploy"), s(".post")}));
        QStringList ids;
        for (const GitLabJob &j : p.jobs)
            ids.append(j.id);
        QCOMPARE(ids, (QStringList{s("compile"), s("unit"), s("lint"), s("release")})); // hidden jobs are templates
        const GitLabJob *compile = p.job(s("compile"));
        QCOMPARE(compile->image, s("alpine:3.20")); // through the YAML anchor
        QCOMPARE(compile->stage, s("build"));
        const GitLabJob *unit = p.job(s("unit"));
        QCOMPARE(unit->stage, s("test")); // from .tested
        // extends merges maps key by key: LEVEL overridden, CI_DEBUG kept.
        const QJsonObject variables = unit->merged.value(s("variables")).toObject();
        QCOMPARE(variables.value(s("LEVEL")).toString(), s("quick"));
        QCOMPARE(variables.value(s("CI_DEBUG")).toString(), s("false"));
        QCOMPARE(unit->parallelCount, 5); // 2×2 + 1
        QCOMPARE(unit->script, QStringList{s("make test")});
        QCOMPARE(p.job(s("lint"))->stage, s("test")); // GitLab's default stage
        const GitLabJob *release = p.job(s("release"));
        QCOMPARE(release->needs, (QStringList{s("unit"), s("lint")}));
        QCOMPARE(release->environment, s("production"));
        QCOMPARE(release->when, s("manual"));
        QCOMPARE(release->ruleCount, 1);
    }

    void problemsAreReportedWhereTheyAre()
    {
        const GitLabPipeline p = read("stages: [build, test]\n"
                                      "a:\n  stage: biuld\n  script: x\n"
                                      "b:\n  needs: [a, ghost]\n  scirpt: x\n"
                                      "c:\n  extends: .missing\n  script: x\n"
                                      ".x:\n  extends: .y\n.y:\n  extends: .x\n"
                                      "d:\n  extends: .x\n  script: x\n");
        QCOMPARE(findings(p), (QStringList{s("3:10 gitlab-unknown-stage"), s("6:10 gitlab-unknown-needs"),
                                           s("7:3 gitlab-unknown-key"), s("9:12 gitlab-unknown-extends"),
                                           s("16:12 gitlab-extends-cycle")}));
        QVERIFY(p.diagnostics[0].message.contains(s("stages: .pre, build, test, .post")));
        QVERIFY(p.diagnostics[4].message.contains(s("d → .x → .y → .x")));
    }

    void localIncludesAreMergedAndOthersSaidSo()
    {
        const QHash<QString, QByteArray> files{
            {s("ci/build.yml"), "stages: [build, deploy]\nbuild:\n  stage: build\n  script: make\n"},
            {s("ci/deploy.yml"), ".deploy:\n  stage: deploy\n  environment: staging\n"},
        };
        const GitLabPipeline p = read("include:\n"
                                      "  - local: /ci/build.yml\n"
                                      "  - ci/deploy.yml\n"
                                      "  - remote: https://example.com/x.yml\n"
                                      "  - local: ci/missing.yml\n"
                                      "deploy:\n  extends: .deploy\n  needs: [build]\n  script: ./deploy\n",
                                      files);
        QCOMPARE(findings(p), (QStringList{s("4:5 gitlab-include"), s("5:5 gitlab-include")}));
        QVERIFY(p.diagnostics[0].severity == Diagnostic::Severity::Warning);
        QVERIFY(p.diagnostics[1].message.contains(s("ci/missing.yml")));
        QCOMPARE(p.stages, (QStringList{s(".pre"), s("build"), s("deploy"), s(".post")}));
        QVERIFY(p.job(s("build")));
        QCOMPARE(p.job(s("build"))->keyNode, -1); // defined in an include
        QCOMPARE(p.job(s("deploy"))->stage, s("deploy"));
        QCOMPARE(p.job(s("deploy"))->environment, s("staging"));
    }

    void theGraphHasAColumnPerStage()
    {
        const WorkflowGraphData g = GitLabGraph::build(read(kPipeline), [](const WorkflowGraphNode &) { return QSizeF(150, 50); });
        const auto rect = [&](const char *id) { return g.nodes[g.indexOf(s(id))].rect; };
        // Stage headers in stages order, empty stages (.pre, .post) left out.
        QVERIFY(g.indexOf(s("stage:.pre")) < 0);
        QVERIFY(rect("stage:build").right() < rect("stage:test").left());
        QVERIFY(rect("stage:test").right() < rect("stage:deploy").left());
        QCOMPARE(rect("job:compile").left(), rect("stage:build").left());
        QCOMPARE(rect("job:unit").left(), rect("job:lint").left());
        QVERIFY(rect("job:unit").bottom() < rect("job:lint").top());
        QCOMPARE(g.nodes[g.indexOf(s("job:unit"))].matrixCount, 5);
        QCOMPARE(g.nodes[g.indexOf(s("job:release"))].subtitle, s("when: manual · 1 rule(s)"));
        QCOMPARE(g.edges.size(), 3); // compile→unit, unit→release, lint→release
        for (const WorkflowGraphEdge &e : g.edges) {
            QCOMPARE(e.path.size(), 4);
            QVERIFY(e.path.first().x() < e.head.x());
        }
    }

    void theDocumentReadsGitLabFilesWithTheirIncludes()
    {
        const WorkflowDocument doc = WorkflowDocument::fromText("include: ci/x.yml\nunit:\n  stage: nope\n  script: x\n", WorkflowKind::GitLabCi);
        QStringList rules;
        for (const Diagnostic &d : doc.diagnostics())
            rules.append(d.rule);
        QCOMPARE(rules, (QStringList{s("gitlab-include"), s("gitlab-unknown-stage")})); // no folder: includes not read
        QCOMPARE(doc.gitlab().jobs.size(), 1);
        QVERIFY(WorkflowDocument::fromText("a: [\n", WorkflowKind::GitLabCi).hasErrors());
        QVERIFY(WorkflowDocument::fromText("- just\n- a list\n", WorkflowKind::GitLabCi).hasErrors());
        QVERIFY(!WorkflowDocument::fromText("", WorkflowKind::GitLabCi).hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestGitLabPipeline)
#include "tst_gitlabpipeline.moc"
