#include "pipelines/WorkflowModel.h"

#include <algorithm>
#include <limits>

namespace gantry {

namespace {

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

bool matches(const MatrixCombination &combination, const MatrixCombination &filter)
{
    for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
        if (combination.value(it.key()) != it.value())
            return false;
    }
    return true;
}

/// Goes through the axes' product in GitHub's order (the last axis changes fastest) without
/// building it: one combination at a time, until `visit` returns false or `budget` is used.
template<typename Visit>
void forEachProduct(const QList<MatrixAxis> &axes, qint64 budget, Visit visit)
{
    if (axes.isEmpty())
        return;
    for (const MatrixAxis &axis : axes) {
        if (axis.values.isEmpty())
            return;
    }
    QList<qsizetype> at(axes.size(), 0);
    MatrixCombination c;
    for (const MatrixAxis &axis : axes)
        c.insert(axis.name, axis.values.first());
    for (qint64 visited = 0; visited < budget; ++visited) {
        if (!visit(c))
            return;
        qsizetype i = axes.size() - 1;
        for (; i >= 0; --i) {
            if (++at[i] < axes[i].values.size()) {
                c.insert(axes[i].name, axes[i].values[at[i]]);
                break;
            }
            at[i] = 0;
            c.insert(axes[i].name, axes[i].values.first());
        }
        if (i < 0)
            return;
    }
}

} // namespace

QList<MatrixCombination> WorkflowMatrix::combinations(qsizetype limit) const
{
    QList<MatrixCombination> product;
    forEachProduct(axes, MaxVisited, [&](const MatrixCombination &c) {
        for (const MatrixCombination &filter : exclude) {
            if (matches(c, filter))
                return true;
        }
        product.append(c);
        return product.size() < limit;
    });
    QStringList axisNames;
    for (const MatrixAxis &axis : axes)
        axisNames.append(axis.name);
    const qsizetype original = product.size();
    for (const MatrixCombination &extra : include) {
        if (product.size() >= limit)
            break;
        bool added = false;
        for (qsizetype i = 0; i < original; ++i) {
            MatrixCombination &c = product[i];
            bool contradicts = false;
            for (auto it = extra.cbegin(); it != extra.cend() && !contradicts; ++it)
                contradicts = axisNames.contains(it.key()) && c.value(it.key()) != it.value();
            if (contradicts)
                continue;
            for (auto it = extra.cbegin(); it != extra.cend(); ++it)
                c.insert(it.key(), it.value());
            added = true;
        }
        if (!added)
            product.append(extra);
    }
    return product;
}

WorkflowMatrix::JobCount WorkflowMatrix::jobCount() const
{
    qint64 size = axes.isEmpty() ? 0 : 1;
    for (const MatrixAxis &axis : axes)
        size = multiply(size, axis.values.size());
    QStringList axisNames;
    for (const MatrixAxis &axis : axes)
        axisNames.append(axis.name);
    const auto contradicts = [&](const MatrixCombination &c, const MatrixCombination &extra) {
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            if (axisNames.contains(it.key()) && c.value(it.key()) != it.value())
                return true;
        }
        return false;
    };
    JobCount result;
    const qint64 work = multiply(size, 1 + exclude.size() + include.size());
    if (work <= MaxVisited * 16) {
        // Small enough to go through: exact.
        QList<bool> merged(include.size(), false);
        forEachProduct(axes, MaxVisited, [&](const MatrixCombination &c) {
            for (const MatrixCombination &filter : exclude) {
                if (matches(c, filter))
                    return true;
            }
            ++result.count;
            for (qsizetype i = 0; i < include.size(); ++i)
                merged[i] = merged[i] || !contradicts(c, include[i]);
            return true;
        });
        result.count += merged.count(false);
        return result;
    }
    // Too big to go through: the product minus what each exclude matches (overlaps are
    // subtracted twice, so this is at most the real count), plus the includes that cannot
    // match any combination (a value no axis has).
    result.exact = false;
    qint64 excluded = 0;
    for (const MatrixCombination &filter : exclude) {
        qint64 matching = 1;
        for (const MatrixAxis &axis : axes)
            matching = multiply(matching, filter.contains(axis.name) ? axis.values.count(filter.value(axis.name)) : axis.values.size());
        for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
            if (!axisNames.contains(it.key()) && !it.value().isEmpty())
                matching = 0;
        }
        excluded = add(excluded, matching);
    }
    result.count = size == Saturated ? Saturated : std::max<qint64>(0, size - excluded);
    for (const MatrixCombination &extra : include) {
        bool impossible = false;
        for (auto it = extra.cbegin(); it != extra.cend() && !impossible; ++it) {
            const qsizetype axis = axisNames.indexOf(it.key());
            impossible = axis >= 0 && !axes[axis].values.contains(it.value());
        }
        if (impossible)
            result.count = add(result.count, 1);
    }
    return result;
}

const WorkflowJob *Workflow::job(const QString &id) const
{
    const qsizetype i = jobIndex(id);
    return i < 0 ? nullptr : &jobs[i];
}

qsizetype Workflow::jobIndex(const QString &id) const
{
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (jobs[i].id == id)
            return i;
    }
    return -1;
}

} // namespace gantry
