#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/// How many lines of `before` are not in `after`, and the other way round (an LCS line diff).
std::pair<int, int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    return {int(a.size()) - lcs[0][0], int(b.size()) - lcs[0][0]};
}

int errors(const WorkflowDocument &doc)
{
    int n = 0;
    for (const Diagnostic &d : doc.diagnostics())
        n += d.isError() ? 1 : 0;
    return n;
}

} // namespace

/// Every edit over the whole valid corpus (tests/pipelines/data/workflows/valid — comments,
/// anchors, block scalars, flow style, CRLF, every trigger form): the edit is applied or refused
/// with a reason, an applied one stays valid (no error the validator did not report before),
/// changes only the lines it must, and its inverse gives the file back byte for byte.
class TestWorkflowRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEditOnEveryCorpusFile()
    {
        const QDir dir(qEnvironmentVariable("GANTRY_SOURCE_DIR") + s("/tests/pipelines/data/workflows/valid"));
        const QStringList files = dir.entryList({s("*.yml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        int applied = 0;
        int refused = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            const WorkflowDocument doc = WorkflowDocument::fromText(text);
            QCOMPARE(doc.text(), text); // a no-op load keeps every byte
            const int before = errors(doc);
            const WorkflowEditor editor(doc);
            const QList<WorkflowJob> &jobs = doc.workflow().jobs;
            if (jobs.isEmpty())
                continue;
            const QString first = jobs.first().id;
            const QString last = jobs.last().id;
            WorkflowEditor::NewStep step;
            step.name = s("Round trip");
            step.run = s("echo ok");
            // Removals where there is something to remove.
            const auto has = [&](const QString &keyPath) { return doc.tree().find(keyPath) >= 0; };
            const QString stepName = QStringLiteral("jobs.%1.steps.0.name").arg(first);
            struct Case
            {
                const char *what;
                WorkflowEditResult result;
                int maxRemoved;
                int maxAdded;
            };
            const QList<Case> cases{
                {"add-job", editor.addJob(s("roundtrip"), s("ubuntu-latest"), {first}), 1, 6}, // 1: a jobs map in flow style
                {"rename-job", editor.renameJob(first, s("renamed_job")), 12, 12},
                {"add-step", editor.addStep(first, step, 0), 1, 3},
                {"remove-job", editor.removeJob(last), 200, 2},
                {"add-needs", jobs.size() > 1 ? editor.addNeeds(last, first) : WorkflowEditResult(), 2, 2},
                {"set", editor.set(QStringLiteral("jobs.%1.name").arg(first), s("Round trip job")), 1, 1},
                {"remove", has(s("name")) ? editor.remove(s("name")) : WorkflowEditResult(), 3, 1},
                {"remove-item-key", has(stepName) ? editor.remove(stepName) : WorkflowEditResult(), 3, 1},
                // A filter on push: a short-form `on:` becomes a map of its events.
                {"filter", editor.setValue(s("on.push.branches"), YamlOut::list({YamlOut::string(s("roundtrip"))})), 10, 30},
            };
            for (const Case &c : cases) {
                const QString where = name + QLatin1Char(' ') + QString::fromLatin1(c.what);
                if (!c.result.ok) {
                    if (c.result.error.isEmpty())
                        continue; // not applicable here (one job)
                    // A refusal names its reason and changes nothing.
                    QCOMPARE(c.result.text, text);
                    ++refused;
                    continue;
                }
                ++applied;
                const WorkflowDocument after = WorkflowDocument::fromText(c.result.text);
                QVERIFY2(errors(after) <= before + (QByteArray(c.what) == "add-needs" ? 1 : 0), qPrintable(where));
                const auto [removed, added] = changedLines(text, c.result.text);
                QVERIFY2(removed <= c.maxRemoved && added <= c.maxAdded,
                         qPrintable(where + QStringLiteral(": -%1 +%2\n").arg(removed).arg(added) + QString::fromUtf8(c.result.text)));
                QVERIFY2(c.result.patch.inverted(text).apply(c.result.text) == text, qPrintable(where));
                if (QByteArray(c.what) == "set")
                    QVERIFY2(c.result.text.contains("name: Round trip job"), qPrintable(where));
            }
        }
        // Say how much of the corpus took each edit (the rest were refused with a reason).
        qInfo("edits applied: %d, refused with a reason: %d", applied, refused);
        QVERIFY(applied >= 100);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRoundTrip)
#include "tst_workflowroundtrip.moc"
