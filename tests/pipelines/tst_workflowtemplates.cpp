#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"
#include "pipelines/WorkflowTemplates.h"

#include <QDir>
#include <QTest>

using namespace gantry;

/// The new-workflow templates: every one is compiled in, is a valid workflow with no finding at
/// all, and takes visual edits.
class TestWorkflowTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTemplateIsCleanAndEditable()
    {
        const QList<WorkflowTemplates::Template> all = WorkflowTemplates::all();
        QCOMPARE(all.size(), 4);
        // Every file in resources/templates is offered, and nothing else.
        const QDir dir(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/resources/templates"));
        QStringList ids;
        for (const auto &t : all)
            ids.append(t.id + QStringLiteral(".yml"));
        ids.sort();
        QCOMPARE(dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name), ids);
        for (const WorkflowTemplates::Template &t : all) {
            const QByteArray text = WorkflowTemplates::text(t.id);
            QVERIFY2(!text.isEmpty(), qPrintable(t.id));
            QVERIFY(!t.title.isEmpty() && !t.description.isEmpty() && t.fileName.endsWith(QLatin1String(".yml")));
            const WorkflowDocument doc = WorkflowDocument::fromText(text);
            QStringList findings;
            for (const Diagnostic &d : doc.diagnostics())
                findings.append(d.format(t.id));
            QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
            QVERIFY(!doc.workflow().jobs.isEmpty());
            const WorkflowEditResult renamed = WorkflowEditor(doc).set(QStringLiteral("name"), QStringLiteral("My pipeline"));
            QVERIFY2(renamed.ok, qPrintable(renamed.error));
            QVERIFY(renamed.text.contains("name: My pipeline\n"));
        }
        QVERIFY(WorkflowTemplates::text(QStringLiteral("nope")).isEmpty());
    }

    void deployTemplateGoesThroughTheEnvironmentsInOrder()
    {
        const Workflow w = WorkflowDocument::fromText(WorkflowTemplates::text(QStringLiteral("test-then-deploy"))).workflow();
        QStringList chain;
        for (const WorkflowJob &job : w.jobs)
            chain.append(job.environment.isEmpty() ? job.id : job.environment + QLatin1Char('<') + job.needs.join(QLatin1Char(',')));
        QCOMPARE(chain, (QStringList{QStringLiteral("test"), QStringLiteral("test<test"), QStringLiteral("staging<deploy-test"),
                                     QStringLiteral("production<deploy-staging")}));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowTemplates)
#include "tst_workflowtemplates.moc"
