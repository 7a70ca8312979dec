#pragma once

#include <QJsonValue>
#include <QString>
#include <QtGlobal>

namespace gantry {

/// GitLab's `parallel:` keyword: how many jobs it creates (`parallel: N`, or the sum over
/// `parallel:matrix` entries of the product of their value lists), counted in 64 bits and
/// saturating, so a matrix of any size reads as its size; and GitLab's limit on it.
class GitLabParallel
{
public:
    /// GitLab's limit: `parallel: N` and the permutations of `parallel:matrix` are at most 200.
    static constexpr int MaxJobs = 200;

    /// The jobs `parallel` creates (0: not parallel); at most the largest qint64.
    static qint64 count(const QJsonValue &parallel);
    /// Why GitLab would reject it ("parallel:matrix would create N jobs; …"), or empty.
    static QString problem(const QJsonValue &parallel);
};

} // namespace gantry
