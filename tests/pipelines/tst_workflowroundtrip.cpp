#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
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

/// Compares the edits' outputs (name → text) with what scripts/roundtrip-oracle recorded in
/// `goldenPath` (GitHub's workflow parser and actionlint on each output); the problems, if any.
QStringList compareWithOracle(const QMap<QString, QByteArray> &outputs, const QString &goldenPath)
{
    const QString rerun = QStringLiteral("re-run scripts/roundtrip-oracle (it builds this test, dumps every edit's output and "
                                         "has GitHub's workflow parser check it)");
    QFile file(goldenPath);
    if (!file.open(QIODevice::ReadOnly))
        return {goldenPath + QStringLiteral(": cannot be read; ") + rerun};
    static const QRegularExpression entry(QStringLiteral("^(\\S+) ([0-9a-f]{40}) (.+)$"));
    QMap<QString, std::pair<QByteArray, QString>> golden; // name → (sha1, verdict)
    QStringList problems;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const auto m = entry.match(line);
        if (!m.hasMatch())
            problems.append(QStringLiteral("expected/roundtrip.txt: not \"NAME SHA1 VERDICT\": ") + line);
        else
            golden.insert(m.captured(1), {m.captured(2).toLatin1(), m.captured(3)});
    }
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
        const QByteArray sha1 = QCryptographicHash::hash(it.value(), QCryptographicHash::Sha1).toHex();
        const auto found = golden.constFind(it.key());
        if (found == golden.cend())
            problems.append(it.key() + QStringLiteral(": a new edit output GitHub's parser has not seen; ") + rerun);
        else if (found->first != sha1)
            problems.append(it.key() + QStringLiteral(": the edit's output changed (sha1 %1, the oracle checked %2); ")
                                           .arg(QString::fromLatin1(sha1), QString::fromLatin1(found->first))
                            + rerun);
        else if (found->second != QLatin1String("accepted") && !found->second.startsWith(QLatin1String("accepted (as before the edit: ")))
            problems.append(it.key() + QStringLiteral(": GitHub's workflow parser or actionlint rejects the output: ") + found->second);
    }
    for (auto it = golden.cbegin(); it != golden.cend(); ++it) {
        if (!outputs.contains(it.key()))
            problems.append(it.key() + QStringLiteral(": listed in expected/roundtrip.txt but no longer produced; ") + rerun);
    }
    return problems;
}

} // namespace

/// Every edit over the whole valid corpus (tests/pipelines/data/workflows/valid — comments,
/// anchors, block scalars, flow style, CRLF, every trigger form): the edit is applied or refused
/// with a reason, an applied one stays valid (no error the validator did not report before),
/// changes only the lines it must, its inverse gives the file back byte for byte, and GitHub's
/// own workflow parser and actionlint accept its output: scripts/roundtrip-oracle ran them over
/// every output and recorded its sha1 and their verdict in data/workflows/expected/roundtrip.txt.
/// With GANTRY_ROUNDTRIP_DUMP=DIR the test writes each output to DIR/FILE--EDIT.yml instead of
/// comparing (what the script runs).
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
        QMap<QString, QByteArray> outputs; // "v01-minimal--add-job" → the edit's output
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
                outputs.insert(QFileInfo(name).completeBaseName() + QStringLiteral("--") + QString::fromLatin1(c.what), c.result.text);
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
        QCOMPARE(outputs.size(), applied); // one name an output

        const QString dump = qEnvironmentVariable("GANTRY_ROUNDTRIP_DUMP");
        if (!dump.isEmpty()) {
            QVERIFY2(QDir().mkpath(dump), qPrintable(dump));
            for (auto it = outputs.cbegin(); it != outputs.cend(); ++it) {
                QFile out(dump + QLatin1Char('/') + it.key() + QStringLiteral(".yml"));
                QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(it.value()) == it.value().size(),
                         qPrintable(out.fileName()));
            }
            qInfo("wrote %d edit outputs to %s (not compared with the oracle)", int(outputs.size()), qPrintable(dump));
            return;
        }
        const QStringList problems = compareWithOracle(outputs, dir.filePath(s("../expected/roundtrip.txt")));
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem)); // one a line: a QVERIFY message is cut short
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 edit outputs disagree with data/workflows/expected/roundtrip.txt "
                                                              "(see the warnings above)").arg(problems.size())));
    }

    /// The comparison with the oracle's golden fails on each way it can go stale or wrong.
    void everyMismatchWithTheOracleIsNamed()
    {
        const QByteArray text = "on: push\njobs: {}\n";
        const QByteArray sha1 = QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex();
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString golden = tmp.filePath(s("roundtrip.txt"));
        QFile file(golden);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# header\nsame " + sha1 + " accepted\nchanged " + QByteArray(40, '0') + " accepted\n"
                   "rejected " + sha1 + " workflow-parser 2:7 Unexpected value 'x'\n"
                   "inherited " + sha1 + " accepted (as before the edit: actionlint 13:10 [syntax-check] env is alias node)\ngone " + sha1 + " accepted\nbroken line\n");
        file.close();
        const QMap<QString, QByteArray> outputs{
            {s("same"), text}, {s("changed"), text}, {s("rejected"), text}, {s("inherited"), text}, {s("new"), text}};
        const QStringList problems = compareWithOracle(outputs, golden);
        const QString all = problems.join(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 5);
        QVERIFY2(all.contains(s("changed: the edit's output changed (sha1 ") + QString::fromLatin1(sha1)), qPrintable(all));
        QVERIFY2(all.contains(s("rejected: GitHub's workflow parser or actionlint rejects the output: workflow-parser 2:7")), qPrintable(all));
        QVERIFY2(all.contains(s("new: a new edit output")), qPrintable(all));
        QVERIFY2(all.contains(s("gone: listed in expected/roundtrip.txt but no longer produced; re-run scripts/roundtrip-oracle")), qPrintable(all));
        QVERIFY2(all.contains(s("not \"NAME SHA1 VERDICT\": broken line")), qPrintable(all));
        QVERIFY(!all.contains(s("same")) && !all.contains(s("inherited")));
        QCOMPARE(compareWithOracle(outputs, tmp.filePath(s("none.txt"))).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRoundTrip)
#include "tst_workflowroundtrip.moc"
