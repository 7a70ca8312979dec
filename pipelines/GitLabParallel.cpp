#include "pipelines/GitLabParallel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::GitLabParallel)
};

constexpr qint64 Saturated = std::numeric_limits<qint64>::max();

qint64 multiply(qint64 a, qint64 b)
{
    if (a == 0 || b == 0)
        return 0;
    return a > Saturated / b ? Saturated : a * b;
}

qint64 add(qint64 a, qint64 b)
{
    return a > Saturated - b ? Saturated : a + b;
}

} // namespace

qint64 GitLabParallel::count(const QJsonValue &parallel)
{
    if (parallel.isDouble()) {
        const double n = parallel.toDouble();
        return n <= 0 ? 0 : n >= double(Saturated) ? Saturated : qint64(n);
    }
    qint64 total = 0;
    for (const QJsonValue &entry : parallel.toObject().value(QStringLiteral("matrix")).toArray()) {
        const QJsonObject axes = entry.toObject();
        if (axes.isEmpty())
            continue;
        qint64 product = 1;
        for (auto it = axes.constBegin(); it != axes.constEnd(); ++it)
            product = multiply(product, it.value().isArray() ? std::max<qint64>(1, it.value().toArray().size()) : 1);
        total = add(total, product);
    }
    return total;
}

QString GitLabParallel::problem(const QJsonValue &parallel)
{
    const qint64 jobs = count(parallel);
    if (jobs <= MaxJobs)
        return QString();
    if (parallel.isDouble())
        return Tr::tr("parallel: %1 is more than GitLab allows (at most %2)").arg(jobs).arg(MaxJobs);
    return Tr::tr("parallel:matrix would create %1 jobs; GitLab allows at most %2").arg(jobs).arg(MaxJobs);
}

} // namespace gantry
