// bench_historymodel: how fast the GUI history model shows its first rows, and how much memory it
// needs with the whole history loaded. Drives the real widgets/HistoryModel (and through it
// gitcore/HistoryLoader) as the history view does: setRepository(), then fetchMore() while the
// viewport wants rows, then exposeAllReceived(true) as the End key does.
//
// Usage: bench_historymodel REPO [--rows N]   (N: the first rows to wait for, default 500)
// Prints one line per figure; exit code 1 on a load failure or unreadable rows.

#include "widgets/HistoryModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

/// A field of /proc/self/status in MiB ("VmHWM", "VmRSS"), or -1 when unavailable.
double procStatusMiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;  // kB
    }
    return -1;
}

/// The subject shown in `row`, as a view reads it.
QString subjectAt(const gantry::HistoryModel &model, int row)
{
    return model.data(model.index(row, gantry::HistoryModel::SubjectColumn), Qt::DisplayRole).toString();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: bench_historymodel REPO [--rows N]\n");
        return 2;
    }
    const QString repo = args.at(1);
    int firstRows = 500;
    const qsizetype rowsArg = args.indexOf(QStringLiteral("--rows"));
    if (rowsArg > 0 && rowsArg + 1 < args.size())
        firstRows = qMax(1, args.at(rowsArg + 1).toInt());

    const double baselineMiB = procStatusMiB("VmRSS");
    gantry::HistoryModel model;
    QElapsedTimer timer;
    qint64 firstMs = -1;
    qint64 allMs = -1;
    QString firstSubject;
    QString error;
    bool firstReadable = false;

    auto checkFirstRows = [&]() {
        if (firstMs >= 0)
            return;
        if (model.rowCount() < firstRows) {
            // A view whose viewport is not full yet asks for more rows.
            if (model.canFetchMore(QModelIndex()))
                model.fetchMore(QModelIndex());
            if (model.rowCount() < firstRows && model.isLoading())
                return;
        }
        firstSubject = subjectAt(model, 0);
        firstReadable = model.rowCount() > 0 && !firstSubject.isEmpty() && model.summaryAt(0) != nullptr;
        firstMs = timer.elapsed();
        model.exposeAllReceived(true);  // the End key: show everything, following the loader
    };
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, checkFirstRows);
    QObject::connect(&model, &gantry::HistoryModel::loadFinished, &app, [&](int) {
        checkFirstRows();
        allMs = timer.elapsed();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    QObject::connect(&model, &gantry::HistoryModel::loadFailed, &app, [&](const QString &message) {
        error = message;
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });

    timer.start();
    model.setRepository(repo);
    checkFirstRows();
    if (model.isLoading())
        app.exec();

    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_historymodel: %s\n", qPrintable(error));
        return 1;
    }
    model.exposeAllReceived();
    const int rows = model.rowCount();
    const bool lastReadable = rows > 0 && !subjectAt(model, rows - 1).isEmpty();
    const double peakMiB = procStatusMiB("VmHWM");
    std::printf("history model: first %d rows in %lld ms (row 0 subject %s: \"%s\")\n", qMin(firstRows, rows),
                static_cast<long long>(firstMs), firstReadable ? "readable" : "NOT readable",
                qPrintable(firstSubject.left(60)));
    std::printf("history model: all %d rows in %lld ms (last row subject %s)\n", rows,
                static_cast<long long>(allMs), lastReadable ? "readable" : "NOT readable");
    std::printf("history model: peak RSS (VmHWM) %.0f MiB with every row loaded (process at start %.0f MiB)\n",
                peakMiB, baselineMiB);
    std::fflush(stdout);
    return firstReadable && lastReadable ? 0 : 1;
}
