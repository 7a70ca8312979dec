#include "pipelines/WorkflowModel.h"

namespace gantry {

QList<MatrixCombination> WorkflowMatrix::combinations() const
{
    QList<MatrixCombination> product;
    if (!axes.isEmpty()) {
        product.append(MatrixCombination());
        for (const MatrixAxis &axis : axes) {
            QList<MatrixCombination> next;
            for (const MatrixCombination &partial : product) {
                for (const QString &value : axis.values) {
                    MatrixCombination c = partial;
                    c.insert(axis.name, value);
                    next.append(c);
                }
            }
            product = next;
        }
    }
    const auto matches = [](const MatrixCombination &combination, const MatrixCombination &filter) {
        for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
            if (combination.value(it.key()) != it.value())
                return false;
        }
        return true;
    };
    product.removeIf([&](const MatrixCombination &c) {
        for (const MatrixCombination &filter : exclude) {
            if (matches(c, filter))
                return true;
        }
        return false;
    });
    QStringList axisNames;
    for (const MatrixAxis &axis : axes)
        axisNames.append(axis.name);
    const qsizetype original = product.size();
    for (const MatrixCombination &extra : include) {
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
