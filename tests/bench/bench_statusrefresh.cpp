// Benchmark of the GUI's status refresh after one file is saved, on a big worktree (issue
// target ≤ 50 ms on 50,000 files): what RepositoryTab does on the task runner for a watcher
// report of one path (open the repository, read the status of that path, fold it into the last
// snapshot: StatusRefresh), against a full StatusReader::read. Prints the median of R runs
// (default 9), one "name: N ms" line each, and whether the folded snapshots equal a full read;
// also the same with the file's folder reported, as after an editor's save by rename.
// Usage: bench_statusrefresh REPO [--runs R]
#include "gitcore/Repository.h"
#include "gitcore/StatusReader.h"
#include "gitcore/StatusRefresh.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace gantry;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool sameEntries(const QList<StatusEntry> &a, const QList<StatusEntry> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const StatusEntry &x, const StatusEntry &y) {
        return x.path == y.path && x.origPath == y.origPath && x.code() == y.code();
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_statusrefresh REPO [--runs R]\n");
        return 2;
    }
    const QString path = args.at(1);
    const qsizetype r = args.indexOf(QStringLiteral("--runs"));
    const int runs = r > 0 && r + 1 < args.size() ? args.at(r + 1).toInt() : 9;

    auto opened = Repository::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("-C"), path, QStringLiteral("ls-files")});
    git.waitForFinished(-1);
    const QList<QByteArray> files = git.readAllStandardOutput().split('\n');
    if (files.size() < 2) {
        std::fprintf(stderr, "no tracked files in %s\n", qPrintable(path));
        return 1;
    }
    const QString saved = QString::fromUtf8(files.at(files.size() / 2));
    auto before = StatusReader::read(*opened);
    if (!before) {
        std::fprintf(stderr, "%s\n", qPrintable(before.errorMessage()));
        return 1;
    }
    // "The editor saves one file": it is changed, then the watcher reports it.
    QFile file(path + QLatin1Char('/') + saved);
    const bool ok = file.open(QIODevice::Append) && file.write("saved by the benchmark\n") > 0;
    file.close();
    if (!ok)
        return 1;
    std::optional<StatusSnapshot> folded;
    const double partial = medianMs(runs, [&] {
        auto repo = Repository::open(path);
        auto next = StatusRefresh::refresh(*repo, *before, {saved});
        folded = next ? std::optional<StatusSnapshot>(*next) : std::nullopt;
    });
    // An editor that saves by renaming a new file over the old one: the watcher reports the folder.
    std::optional<StatusSnapshot> byFolder;
    const QString folder = saved.contains(QLatin1Char('/')) ? saved.section(QLatin1Char('/'), 0, -2) : QStringLiteral(".");
    bool folderPartial = true;
    const double partialFolder = medianMs(runs, [&] {
        auto repo = Repository::open(path);
        auto next = StatusRefresh::refresh(*repo, *before, {folder});
        folderPartial = folderPartial && StatusRefresh::lastWasPartial();
        byFolder = next ? std::optional<StatusSnapshot>(*next) : std::nullopt;
    });
    std::optional<StatusSnapshot> full;
    const double whole = medianMs(runs, [&] {
        auto repo = Repository::open(path);
        auto next = StatusReader::read(*repo);
        full = next ? std::optional<StatusSnapshot>(*next) : std::nullopt;
    });
    // Put the file back as it was.
    QProcess::execute(QStringLiteral("git"), {QStringLiteral("-C"), path, QStringLiteral("checkout"), QStringLiteral("-q"),
                                              QStringLiteral("--"), saved});
    std::printf("worktree: %lld tracked files; saved %s\n", qlonglong(files.size() - 1), qPrintable(saved));
    std::printf("refresh after one saved file: %.1f ms%s\n", partial, StatusRefresh::lastWasPartial() ? "" : " (it read everything!)");
    std::printf("refresh after one file saved by rename (its folder reported): %.1f ms%s\n", partialFolder,
                folderPartial ? "" : " (it read everything!)");
    std::printf("full status read: %.1f ms\n", whole);
    const bool same = folded && full && byFolder && sameEntries(folded->entries, full->entries)
        && sameEntries(byFolder->entries, full->entries);
    std::printf("folded snapshot equals a full read: %s\n", same ? "yes" : "NO");
    return same ? 0 : 1;
}
