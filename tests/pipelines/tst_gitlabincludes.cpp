// GitLab `include: local:` as GitLab resolves it (from the project root, inside the project only,
// nested includes merged, every include counted against the limit) and `needs` cycles.
#include "pipelines/CiConfig.h"
#include "pipelines/GitLabIncludes.h"
#include "pipelines/WorkflowDocument.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/// A project on disk, in a folder of its own inside a scratch folder (where files "outside the
/// project" go): a `.git` folder (so it is a project root) and the given files.
class Project
{
public:
    explicit Project(const QHash<QString, QByteArray> &files)
    {
        QDir(base.path()).mkpath(s("project/.git"));
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            write(it.key(), it.value());
    }
    QString root() const { return base.filePath(s("project")); }
    QString filePath(const QString &relative) const { return root() + QLatin1Char('/') + relative; }
    /// Writes a file relative to the project (or, with "../", next to it).
    void write(const QString &relative, const QByteArray &content) const
    {
        const QString full = filePath(relative);
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    WorkflowDocument open(const QString &relative) const
    {
        QString error;
        WorkflowDocument doc = WorkflowDocument::fromFile(filePath(relative), &error);
        if (!error.isEmpty())
            qWarning() << error;
        return doc;
    }
    QTemporaryDir base;
};

QStringList jobIds(const WorkflowDocument &doc)
{
    QStringList out;
    for (const GitLabJob &j : doc.gitlab().jobs)
        out.append(j.id);
    out.sort();
    return out;
}

QStringList findings(const WorkflowDocument &doc, const QString &rule)
{
    QStringList out;
    for (const Diagnostic &d : doc.diagnostics())
        if (d.rule == rule)
            out.append(QStringLiteral("%1:%2 %3").arg(d.line).arg(d.column).arg(d.message));
    return out;
}

} // namespace

class TestGitLabIncludes : public QObject
{
    Q_OBJECT

private slots:
    void pathsAreNormalisedInsideTheProject_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain") << s("ci/a.yml") << s("ci/a.yml");
        QTest::newRow("rooted") << s("/ci/a.yml") << s("ci/a.yml");
        QTest::newRow("dots") << s("./ci/./b/../a.yml") << s("ci/a.yml");
        QTest::newRow("double slash") << s("ci//a.yml") << s("ci/a.yml");
        QTest::newRow("parent") << s("../other.yml") << QString();
        QTest::newRow("far out") << s("../../../../../etc/passwd") << QString();
        QTest::newRow("in then out") << s("ci/../../x.yml") << QString();
        QTest::newRow("rooted parent") << s("/../x.yml") << QString();
        QTest::newRow("nothing") << s("./") << QString();
    }
    void pathsAreNormalisedInsideTheProject()
    {
        QFETCH(QString, path);
        QFETCH(QString, normalised);
        QCOMPARE(GitLabIncludes::normalise(path), normalised);
    }

    void includesOutsideTheProjectAreRefusedAtTheirLine()
    {
        Project project({{s(".gitlab-ci.yml"), "include:\n  - local: ../other.yml\n  - local: ../../../../../etc/passwd\n"
                                                "build:\n  script: [make]\n"},
                         {s("../other.yml"), "stolen:\n  script: [x]\n"}});
        QVERIFY(QFileInfo::exists(project.filePath(s("../other.yml"))));
        const WorkflowDocument doc = project.open(s(".gitlab-ci.yml"));
        QCOMPARE(jobIds(doc), QStringList{s("build")});
        const QStringList found = findings(doc, s("gitlab-include"));
        QCOMPARE(found.size(), 2);
        QVERIFY2(found[0].startsWith(s("2:5 ")) && found[0].contains(s("outside the project")), qPrintable(found[0]));
        QVERIFY2(found[1].startsWith(s("3:5 ")) && found[1].contains(s("outside the project")), qPrintable(found[1]));
        QVERIFY(doc.hasErrors());
    }

    void aSymbolicLinkOutOfTheProjectIsRefused()
    {
        QTemporaryDir outside;
        QFile secret(outside.filePath(s("secret.yml")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("leak:\n  script: [x]\n");
        secret.close();
        Project project({{s(".gitlab-ci.yml"), "include: ci/link.yml\nbuild:\n  script: [make]\n"}});
        QDir(project.root()).mkpath(s("ci"));
        QVERIFY(QFile::link(secret.fileName(), project.filePath(s("ci/link.yml"))));
        const WorkflowDocument doc = project.open(s(".gitlab-ci.yml"));
        QCOMPARE(jobIds(doc), QStringList{s("build")});
        const QStringList found = findings(doc, s("gitlab-include"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].startsWith(s("1:10 ")) && found[0].contains(s("outside the project")), qPrintable(found[0]));
    }

    void includesAreReadFromTheProjectRootWhoeverIncludesThem()
    {
        // ci/pipeline.gitlab-ci.yml includes "ci/jobs.yml": the root's ci/, not ci/ci/.
        Project project({{s("ci/pipeline.gitlab-ci.yml"), "include: ci/jobs.yml\n"},
                         {s("ci/jobs.yml"), "from-root:\n  script: [x]\n"},
                         {s("ci/ci/jobs.yml"), "from-subfolder:\n  script: [x]\n"}});
        const WorkflowDocument doc = project.open(s("ci/pipeline.gitlab-ci.yml"));
        QCOMPARE(jobIds(doc), QStringList{s("from-root")});
        QCOMPARE(WorkflowDocument::projectRootOf(project.filePath(s("ci/pipeline.gitlab-ci.yml"))), project.root());
    }

    void nestedIncludesAreMergedInGitLabsOrder()
    {
        Project project({{s(".gitlab-ci.yml"), "include: ci/n1.yml\nouter:\n  script: [x]\nshared:\n  script: [main wins]\n"},
                         {s("ci/n1.yml"), "include:\n  - local: ci/n2.yml\nmiddle:\n  script: [x]\nshared:\n  script: [n1]\n"},
                         {s("ci/n2.yml"), "inner:\n  script: [x]\nshared:\n  script: [n2]\n  stage: build\n"}});
        const WorkflowDocument doc = project.open(s(".gitlab-ci.yml"));
        QCOMPARE(jobIds(doc), (QStringList{s("inner"), s("middle"), s("outer"), s("shared")}));
        const GitLabJob *shared = doc.gitlab().job(s("shared"));
        QCOMPARE(shared->script, QStringList{s("main wins")}); // the including file overrides
        QCOMPARE(shared->stage, s("build"));                   // keys it does not set come from below
        QVERIFY2(!doc.hasErrors(), qPrintable(findings(doc, s("gitlab-include")).join('\n')));
    }

    void aProblemInANestedFileIsShownAtTheTopLevelInclude()
    {
        Project project({{s(".gitlab-ci.yml"), "stages: [test]\ninclude:\n  - ci/n1.yml\n"},
                         {s("ci/n1.yml"), "include: ci/missing.yml\n"}});
        const QStringList found = findings(project.open(s(".gitlab-ci.yml")), s("gitlab-include"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].startsWith(s("3:5 in ci/n1.yml: cannot read the include ci/missing.yml")), qPrintable(found[0]));
    }

    void everyIncludeCountsAgainstTheLimit()
    {
        // Each file includes the next one twice: a few files, thousands of includes if unbounded.
        QHash<QString, QByteArray> files{{s(".gitlab-ci.yml"), "include: [ci/f0.yml]\nbuild:\n  script: [x]\n"}};
        for (int i = 0; i < 12; ++i)
            files.insert(QStringLiteral("ci/f%1.yml").arg(i),
                         QStringLiteral("include: [ci/f%1.yml, ci/f%1.yml]\nj%2:\n  script: [x]\n").arg(i + 1).arg(i).toUtf8());
        files.insert(s("ci/f12.yml"), "last:\n  script: [x]\n");
        Project project(files);
        const WorkflowDocument doc = project.open(s(".gitlab-ci.yml"));
        const QStringList found = findings(doc, s("gitlab-include"));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].startsWith(s("1:11 ")) && found[0].contains(s("more than 150")), qPrintable(found[0]));

        // A cycle is bounded too: by GitLab's nesting limit, which it reaches first.
        Project cycle({{s(".gitlab-ci.yml"), "include: a.yml\n"}, {s("a.yml"), "include: b.yml\n"}, {s("b.yml"), "include: a.yml\n"}});
        const QStringList circular = findings(cycle.open(s(".gitlab-ci.yml")), s("gitlab-include"));
        QCOMPARE(circular.size(), 1);
        QVERIFY2(circular[0].startsWith(s("1:10 ")) && circular[0].contains(s("nested more than 100 deep")), qPrintable(circular[0]));
    }

    void theLimitIsSetInCiYml()
    {
        Project project({{s(".gitlab-ci.yml"), "include: [a.yml, a.yml, a.yml, a.yml]\n"},
                         {s("a.yml"), "a:\n  script: [x]\n"},
                         {s(".gantry/ci.yml"), "gitlab:\n  max-includes: 3\n"}});
        QVERIFY(findings(project.open(s(".gitlab-ci.yml")), s("gitlab-include")).join('\n').contains(s("more than 3")));
        project.write(s(".gantry/ci.yml"), "gitlab:\n  max-includes: 4\n");
        QCOMPARE(findings(project.open(s(".gitlab-ci.yml")), s("gitlab-include")), QStringList());
        project.write(s(".gantry/ci.yml"), "gitlab:\n  max-includes: lots\n");
        const QStringList bad = findings(project.open(s(".gitlab-ci.yml")), s("ci-config"));
        QCOMPARE(bad.size(), 1);
        QVERIFY2(bad[0].contains(s(".gantry/ci.yml:2:17")), qPrintable(bad[0]));
        QCOMPARE(CiConfig::fromText("gitlab:\n  max-includes: 0\n").gitlabMaxIncludes(), 150);
        QCOMPARE(CiConfig::fromText("").gitlabMaxIncludes(), 150);
    }

    void needsCyclesAreReportedAsGitLabRefusesThem()
    {
        const WorkflowDocument doc = WorkflowDocument::fromText("a:\n  needs: [c]\n  script: [x]\n"
                                                                "b:\n  needs: [a]\n  script: [x]\n"
                                                                "c:\n  needs: [b]\n  script: [x]\n"
                                                                "d:\n  needs: [d2]\n  script: [x]\n"
                                                                "d2:\n  needs: [d]\n  script: [x]\n"
                                                                "fine:\n  needs: [a]\n  script: [x]\n",
                                                                WorkflowKind::GitLabCi);
        const QStringList found = findings(doc, s("gitlab-needs-cycle"));
        // Every job of each circle is marked at its needs:, each circle said once per job.
        QCOMPARE(found.size(), 5);
        QVERIFY2(found[0].startsWith(s("2:10 ")) && found[0].contains(s("a → c → b → a")), qPrintable(found.join('\n')));
        QVERIFY(found[3].startsWith(s("11:10 ")) && found[3].contains(s("d → d2 → d")));
        QVERIFY(doc.hasErrors());
        QCOMPARE(findings(WorkflowDocument::fromText("a:\n  script: [x]\nb:\n  needs: [a]\n  script: [x]\n", WorkflowKind::GitLabCi),
                          s("gitlab-needs-cycle")),
                 QStringList());
    }

    void aLongNeedsChainIsCheckedWithoutRecursion()
    {
        QByteArray text;
        const int jobs = 3000;
        for (int i = 0; i < jobs; ++i)
            text += "j" + QByteArray::number(i) + ":\n  needs: [j" + QByteArray::number((i + 1) % jobs) + "]\n  script: [x]\n";
        const WorkflowDocument doc = WorkflowDocument::fromText(text, WorkflowKind::GitLabCi);
        QCOMPARE(findings(doc, s("gitlab-needs-cycle")).size(), jobs);
    }
};

QTEST_GUILESS_MAIN(TestGitLabIncludes)
#include "tst_gitlabincludes.moc"
