#include "support/TestRepo.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// A linear history of `count` commits "change N" on main, as a fast-import stream.
QByteArray linearHistory(int count)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i) {
        const QByteArray message = "change " + QByteArray::number(i) + "\n";
        const QByteArray when = QByteArray::number(1600000000 + i * 60) + " +0000";
        const QByteArray content = QByteArray::number(i) + "\n";
        out += "commit refs/heads/main\nmark :" + QByteArray::number(i) + "\n";
        out += "author A U Thor <a@example.org> " + when + "\ncommitter A U Thor <a@example.org> " + when + "\n";
        out += "data " + QByteArray::number(message.size()) + "\n" + message;
        if (i > 1)
            out += "from :" + QByteArray::number(i - 1) + "\n";
        out += "M 100644 inline file.txt\ndata " + QByteArray::number(content.size()) + "\n" + content + "\n";
    }
    return out + "done\n";
}

struct BenchRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

BenchRun runBench(const QStringList &args)
{
    BenchRun run;
    const QString binary = qEnvironmentVariable("GANTRY_BINARY_DIR") + s("/tests/bench_historymodel");
    if (!QFileInfo::exists(binary)) {
        run.err = s("not built: ") + binary;
        return run;
    }
    QProcess process;
    process.start(binary, args);
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// The first integer captured by `pattern` in `text`, or -1.
double number(const QString &text, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

/// The history-model benchmark (scripts/bench runs it on large repositories) prints sane figures
/// on a small one, and fails clearly on a path that is not a repository. Not a timing test.
class TestBenchHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsFiguresForARepository()
    {
        TestRepo repo;
        repo.gitWithInput({s("fast-import"), s("--quiet"), s("--done")}, linearHistory(700));
        repo.git({s("commit-graph"), s("write"), s("--reachable")});
        repo.git({s("checkout"), s("-q"), s("-f"), s("main")});

        const BenchRun run = runBench({repo.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(s("first 500 rows in ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(s("row 0 subject readable: \"change 700\"")), qPrintable(run.out));
        QVERIFY2(run.out.contains(s("all 700 rows in ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(s("(last row subject readable)")), qPrintable(run.out));
        const double firstMs = number(run.out, s("first 500 rows in (\\d+) ms"));
        const double allMs = number(run.out, s("all 700 rows in (\\d+) ms"));
        QVERIFY(firstMs >= 0);
        QVERIFY(allMs >= firstMs);
        const double peak = number(run.out, s("VmHWM\\) (\\d+) MiB"));
        const double start = number(run.out, s("process at start (\\d+) MiB"));
        QVERIFY2(start > 0 && peak >= start && peak < 4096, qPrintable(run.out));
    }

    void notARepositoryIsAClearFailure()
    {
        TestRepo notRepo(false);
        const BenchRun run = runBench({notRepo.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(s("bench_historymodel: ")) && run.err.contains(s("is not a Git repository")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void usageWithoutARepository()
    {
        const BenchRun run = runBench({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(s("usage: bench_historymodel REPO")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestBenchHistoryModel)
#include "tst_benchhistorymodel.moc"
