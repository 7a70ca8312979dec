#pragma once

#include "gitcore/DiffTypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace gantry {

/// A run of characters in a line: `start` and `length` count UTF-16 code units of the QString.
struct TextRange
{
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    friend bool operator==(const TextRange &a, const TextRange &b) { return a.start == b.start && a.length == b.length; }
};

/// Intra-line ("word") diff: which words changed between a deleted line and the added line that
/// replaced it. Pairs the deleted and added lines of a hunk in order, as GitHub and git --word-diff do.
class WordDiff
{
public:
    /// Lines longer than this (UTF-16 units) get no word diff: the cost is not worth it.
    static constexpr int kMaxLineLength = 4000;
    /// Lines pair only when at least this share of their non-blank text is common.
    static constexpr double kMinSimilarity = 0.4;

    /// The changed ranges of each side of one line pair.
    struct LineChanges
    {
        QList<TextRange> oldRanges;
        QList<TextRange> newRanges;
    };

    /// A deleted line paired with the added line that replaced it (indices into DiffHunk::lines).
    struct LinePair
    {
        int deletion = -1;
        int addition = -1;
    };

    /// Splits a line into tokens: runs of letters/digits/underscore, runs of whitespace, and single
    /// other characters (a surrogate pair or a base character with its combining marks stays whole).
    static QList<TextRange> tokenize(const QString &line);

    /// The changed ranges between two lines, or nothing when either is too long or they are
    /// too different to be the same line edited (similarity below kMinSimilarity).
    static std::optional<LineChanges> compare(const QString &oldLine, const QString &newLine);

    /// How alike two lines are, 0 (nothing in common) to 1 (equal): twice the length of the common
    /// non-whitespace tokens over the total non-whitespace length.
    static double similarity(const QString &oldLine, const QString &newLine);

    /// Pairs each run of deletions with the run of additions that follows it, in order, keeping
    /// only pairs that are similar enough (an alignment that maximises total similarity).
    static QList<LinePair> pairLines(const DiffHunk &hunk);

    /// The changed ranges of every paired line of `hunk`, keyed by the line's index in the hunk.
    /// Unpaired lines (wholly new or wholly removed) have no entry.
    static QHash<int, QList<TextRange>> hunkHighlights(const DiffHunk &hunk);
};

} // namespace gantry
