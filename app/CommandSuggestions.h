#pragma once

#include <QString>
#include <QStringList>

namespace gantry {

/// The commands nearest to a mistyped one, for "The most similar command is", ranked as git ranks
/// them: the commands the word begins come first, then those at the smallest weighted
/// Damerau–Levenshtein distance (git's weights: swapping two neighbours is free, inserting a
/// character costs 1, substituting 2, deleting 3) when that distance is small enough.
class CommandSuggestions
{
public:
    /// The suggestions for `typed` among `commands`, nearest first; empty when none is near.
    static QStringList nearest(const QString &typed, const QStringList &commands);
    /// The weighted distance from `from` to `to` (optimal string alignment).
    static int distance(const QString &from, const QString &to);
};

} // namespace gantry
