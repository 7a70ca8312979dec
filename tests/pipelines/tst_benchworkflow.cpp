#include <QProcess>
#include <QRegularExpression>
#include <QTest>

/// The pipeline benchmark (tests/bench/bench_workflow, run by scripts/bench) still builds, runs
/// and prints its figures: run on a small workflow so it cannot rot. Times are not judged here.
class TestBenchWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnASmallWorkflow()
    {
        const QString binary = qEnvironmentVariable("GANTRY_BINARY_DIR") + QStringLiteral("/tests/bench_workflow");
        QProcess bench;
        bench.start(binary, {QStringLiteral("--jobs"), QStringLiteral("20"), QStringLiteral("--steps"), QStringLiteral("3"),
                             QStringLiteral("--edit-jobs"), QStringLiteral("5"), QStringLiteral("--big-kb"), QStringLiteral("64"),
                             QStringLiteral("--wide-keys"), QStringLiteral("200"),
                             QStringLiteral("--runs"), QStringLiteral("1")});
        QVERIFY2(bench.waitForFinished(60000), qPrintable(binary));
        QCOMPARE(bench.exitCode(), 0);
        const QString out = QString::fromUtf8(bench.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("workflow: 20 jobs, 60 steps")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(", 0 findings, 22 graph nodes")), qPrintable(out)); // a valid workflow
        QVERIFY(QRegularExpression(QStringLiteral("parse\\+validate\\+layout: [0-9.]+ ms")).match(out).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("one edit end to end: [0-9.]+ ms\\n")).match(out).hasMatch());
        QVERIFY2(QRegularExpression(QStringLiteral("big edit set: [0-9.]+ ms\\n")).match(out).hasMatch(), qPrintable(out));
        QVERIFY2(QRegularExpression(QStringLiteral("wide edit set: [0-9.]+ ms\\n")).match(out).hasMatch(), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestBenchWorkflow)
#include "tst_benchworkflow.moc"
