// Benchmark of commit-lint on one-line headers of SIZE bytes (default 1 MB; issue target ≤ 100 ms),
// with @commitlint/config-conventional: ordinary words and each hostile shape a backtracking
// pattern used to take minutes over (spaces, "(", "!", ":", combining marks, "#" without digits,
// "revert: " and spaces). Prints the median of R runs (default 5), one "name: N ms" line each,
// and the findings' rules of the last run.
// Usage: bench_commitlint [--size SIZE] [--runs R]
#include "gitcore/CommitLinter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace gantry;

namespace {

int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QString::fromLatin1(name));
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

/// `prefix`, then `unit` repeated until the header's UTF-8 form is `bytes` long (or just over).
QString header(const QString &prefix, const QString &unit, int bytes)
{
    const qsizetype unitBytes = unit.toUtf8().size();
    const qsizetype count = std::max<qsizetype>(1, (bytes - prefix.toUtf8().size()) / unitBytes);
    return prefix + unit.repeated(count);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int size = option(args, "--size", 1000 * 1000);
    const int runs = std::max(1, option(args, "--runs", 5));

    const struct
    {
        const char *name;
        QString text;
    } cases[] = {
        {"words", header(QStringLiteral("feat(core): "), QStringLiteral("lint every word "), size)},
        {"spaces", header(QStringLiteral("x"), QStringLiteral(" "), size)},
        {"(", header(QString(), QStringLiteral("("), size)},
        {"!", header(QString(), QStringLiteral("!"), size)},
        {":", header(QString(), QStringLiteral(":"), size)},
        {"combining marks", header(QStringLiteral("feat: A"), QString(QChar(0x0301)) + QChar(0x0316), size)},
        {"# without digits", header(QStringLiteral("fix: "), QStringLiteral("o/r#x "), size)},
        {"revert: spaces", header(QStringLiteral("revert: "), QStringLiteral(" "), size)},
    };
    const CommitLinter linter;
    double worst = 0;
    for (const auto &c : cases) {
        std::vector<double> times;
        QList<LintFinding> findings;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            findings = linter.lint(c.text);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        worst = std::max(worst, median);
        QStringList rules;
        for (const LintFinding &f : findings)
            rules << f.rule;
        std::printf("commit-lint %s header (%lld bytes): %.1f ms [%s]\n", c.name, qlonglong(c.text.toUtf8().size()),
                    median, qPrintable(rules.join(QStringLiteral(", "))));
    }
    std::printf("commit-lint slowest %d-byte header: %.1f ms\n", size, worst);
    return 0;
}
