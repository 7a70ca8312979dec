#include "app/CommandSuggestions.h"

#include <QList>

#include <algorithm>
#include <vector>

namespace gantry {

namespace {

constexpr int kSwap = 0;
constexpr int kSubstitute = 2;
constexpr int kInsert = 1;
constexpr int kDelete = 3;
/// git suggests nothing at a distance of 6 or more (its SIMILARITY_FLOOR, 7, counts from 1).
constexpr int kTooFar = 6;

} // namespace

int CommandSuggestions::distance(const QString &from, const QString &to)
{
    const qsizetype m = from.size();
    const qsizetype n = to.size();
    // d[i][j]: the cost of turning the first i characters of `from` into the first j of `to`.
    std::vector<std::vector<int>> d(size_t(m + 1), std::vector<int>(size_t(n + 1), 0));
    for (qsizetype i = 0; i <= m; ++i)
        d[i][0] = int(i) * kDelete;
    for (qsizetype j = 0; j <= n; ++j)
        d[0][j] = int(j) * kInsert;
    for (qsizetype i = 1; i <= m; ++i) {
        for (qsizetype j = 1; j <= n; ++j) {
            int best = d[i - 1][j - 1] + (from[i - 1] == to[j - 1] ? 0 : kSubstitute);
            best = std::min(best, d[i - 1][j] + kDelete);
            best = std::min(best, d[i][j - 1] + kInsert);
            if (i > 1 && j > 1 && from[i - 1] == to[j - 2] && from[i - 2] == to[j - 1])
                best = std::min(best, d[i - 2][j - 2] + kSwap);
            d[i][j] = best;
        }
    }
    return d[m][n];
}

QStringList CommandSuggestions::nearest(const QString &typed, const QStringList &commands)
{
    if (typed.isEmpty())
        return {};
    QStringList prefixed;
    QList<QPair<int, QString>> others;
    for (const QString &command : commands) {
        if (command.startsWith(typed))
            prefixed << command;
        else
            others.append({distance(typed, command), command});
    }
    std::stable_sort(others.begin(), others.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList result = prefixed;
    if (!others.isEmpty() && others.first().first < kTooFar) {
        const int best = others.first().first;
        for (const auto &[cost, command] : others)
            if (cost == best)
                result << command;
    }
    return result;
}

} // namespace gantry
