#include "gitcore/WordDiff.h"

#include <QChar>

#include <algorithm>
#include <vector>

namespace gantry {

namespace {

/// Myers gives up beyond this many token edits: such lines are too different to highlight anyway.
constexpr int kMaxEdits = 1000;
/// Above this many candidate pairs in one block, pair by position instead of by best alignment.
constexpr qsizetype kMaxAlignmentCells = 400;

enum class TokenClass { Word, Space, Ideograph, Other };

char32_t codePointAt(const QString &s, int i, int *width)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

TokenClass classify(char32_t cp)
{
    if (cp == U'_')
        return TokenClass::Word;
    if (QChar::isSpace(cp))
        return TokenClass::Space;
    if (QChar::isLetterOrNumber(cp)) {
        // Scripts written without spaces: one token per character, or a whole sentence would be one word.
        const QChar::Script script = QChar::script(cp);
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana)
            return TokenClass::Ideograph;
        return TokenClass::Word;
    }
    return TokenClass::Other;
}

bool extendsPrevious(char32_t cp)
{
    // Combining marks, variation selectors and zero-width joiners belong to the character before.
    return QChar::isMark(cp) || cp == U'\u200D';
}

bool isBlank(const QString &line, const TextRange &token)
{
    for (int i = token.start; i < token.end(); ++i) {
        if (!line.at(i).isSpace())
            return false;
    }
    return true;
}

/// Marks which tokens of `a` and `b` are not part of a longest common subsequence (Myers' O(ND)).
/// Returns false when more than kMaxEdits edits would be needed.
bool markChanges(const std::vector<size_t> &a, const std::vector<size_t> &b, std::vector<bool> &aChanged,
                 std::vector<bool> &bChanged)
{
    aChanged.assign(a.size(), false);
    bChanged.assign(b.size(), false);
    // Common prefix and suffix are cheap and frequent: leave them out of the search.
    int prefix = 0;
    int aEnd = int(a.size());
    int bEnd = int(b.size());
    while (prefix < aEnd && prefix < bEnd && a[prefix] == b[prefix])
        ++prefix;
    while (aEnd > prefix && bEnd > prefix && a[aEnd - 1] == b[bEnd - 1]) {
        --aEnd;
        --bEnd;
    }
    const int n = aEnd - prefix;
    const int m = bEnd - prefix;
    if (n == 0 || m == 0) {
        for (int i = prefix; i < aEnd; ++i)
            aChanged[i] = true;
        for (int j = prefix; j < bEnd; ++j)
            bChanged[j] = true;
        return n + m <= kMaxEdits;
    }
    const int maxD = std::min(n + m, kMaxEdits);
    const int offset = maxD + 1;
    std::vector<int> v(2 * size_t(maxD) + 3, 0);
    std::vector<std::vector<int>> trace;  // trace[d][k + d]: furthest x on diagonal k after d edits
    int finalD = -1;
    for (int d = 0; d <= maxD && finalD < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                    : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m && a[prefix + x] == b[prefix + y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m)
                finalD = d;
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    if (finalD < 0)
        return false;
    int x = n;
    int y = m;
    for (int d = finalD; d > 0; --d) {
        const std::vector<int> &previous = trace[d - 1];
        auto previousX = [&](int k) { return previous[k + d - 1]; };
        const int k = x - y;
        const bool down = (k == -d || (k != d && previousX(k - 1) < previousX(k + 1)));
        const int previousK = down ? k + 1 : k - 1;
        const int startX = previousX(previousK);
        const int startY = startX - previousK;
        // Undo the snake, then the one edit that led onto this diagonal.
        while (x > startX && y > startY) {
            --x;
            --y;
        }
        if (down)
            bChanged[prefix + startY] = true;
        else
            aChanged[prefix + startX] = true;
        x = startX;
        y = startY;
    }
    return true;
}

/// Turns per-token change marks into character ranges, joining changes separated only by blanks.
QList<TextRange> changedRanges(const QString &line, const QList<TextRange> &tokens, const std::vector<bool> &changed)
{
    QList<TextRange> ranges;
    int pendingBlankStart = -1;  // a blank unchanged token right after a change, maybe joined later
    for (int i = 0; i < tokens.size(); ++i) {
        const TextRange &token = tokens.at(i);
        if (changed[i]) {
            if (!ranges.isEmpty() && (ranges.last().end() == token.start || pendingBlankStart == ranges.last().end()))
                ranges.last().length = token.end() - ranges.last().start;
            else
                ranges.append(token);
            pendingBlankStart = -1;
        } else if (!ranges.isEmpty() && ranges.last().end() == token.start && isBlank(line, token)) {
            pendingBlankStart = token.start;
        } else {
            pendingBlankStart = -1;
        }
    }
    return ranges;
}

struct Comparison
{
    double similarity = 0;
    WordDiff::LineChanges changes;
};

std::optional<Comparison> compareLines(const QString &oldLine, const QString &newLine)
{
    if (oldLine.size() > WordDiff::kMaxLineLength || newLine.size() > WordDiff::kMaxLineLength)
        return std::nullopt;
    Comparison result;
    if (oldLine == newLine) {
        result.similarity = 1;
        return result;
    }
    const QList<TextRange> oldTokens = WordDiff::tokenize(oldLine);
    const QList<TextRange> newTokens = WordDiff::tokenize(newLine);
    std::vector<size_t> a;
    std::vector<size_t> b;
    a.reserve(oldTokens.size());
    b.reserve(newTokens.size());
    for (const TextRange &t : oldTokens)
        a.push_back(qHash(QStringView(oldLine).mid(t.start, t.length)));
    for (const TextRange &t : newTokens)
        b.push_back(qHash(QStringView(newLine).mid(t.start, t.length)));
    std::vector<bool> aChanged;
    std::vector<bool> bChanged;
    if (!markChanges(a, b, aChanged, bChanged))
        return std::nullopt;
    // A hash collision must not hide a change: equal-marked tokens are compared for real.
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (aChanged[i]) {
            ++i;
        } else if (bChanged[j]) {
            ++j;
        } else {
            if (QStringView(oldLine).mid(oldTokens[i].start, oldTokens[i].length)
                != QStringView(newLine).mid(newTokens[j].start, newTokens[j].length)) {
                aChanged[i] = true;
                bChanged[j] = true;
            }
            ++i;
            ++j;
        }
    }
    qsizetype common = 0;
    qsizetype total = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (isBlank(oldLine, oldTokens[i]))
            continue;
        total += oldTokens[i].length;
        if (!aChanged[i])
            common += oldTokens[i].length;
    }
    for (size_t j = 0; j < b.size(); ++j) {
        if (!isBlank(newLine, newTokens[j]))
            total += newTokens[j].length;
    }
    // Lines that differ only in blanks are the same line re-indented.
    result.similarity = total == 0 ? 1.0 : 2.0 * double(common) / double(total);
    result.changes.oldRanges = changedRanges(oldLine, oldTokens, aChanged);
    result.changes.newRanges = changedRanges(newLine, newTokens, bChanged);
    return result;
}

/// Pairs deletions[i] with additions[j] in order, maximising the summed similarity of the pairs.
QList<WordDiff::LinePair> alignBlock(const DiffHunk &hunk, const QList<int> &deletions, const QList<int> &additions)
{
    QList<WordDiff::LinePair> pairs;
    const qsizetype n = deletions.size();
    const qsizetype m = additions.size();
    auto similarityOf = [&](qsizetype i, qsizetype j) {
        return WordDiff::similarity(hunk.lines.at(deletions[i]).text, hunk.lines.at(additions[j]).text);
    };
    if (n * m > kMaxAlignmentCells) {
        for (qsizetype i = 0; i < std::min(n, m); ++i) {
            if (similarityOf(i, i) >= WordDiff::kMinSimilarity)
                pairs.append({deletions[i], additions[i]});
        }
        return pairs;
    }
    // score[i][j]: best total similarity pairing the first i deletions with the first j additions.
    std::vector<std::vector<double>> score(n + 1, std::vector<double>(m + 1, 0.0));
    std::vector<std::vector<double>> sim(n, std::vector<double>(m, 0.0));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < m; ++j) {
            sim[i][j] = similarityOf(i, j);
            double best = std::max(score[i][j + 1], score[i + 1][j]);
            if (sim[i][j] >= WordDiff::kMinSimilarity)
                best = std::max(best, score[i][j] + sim[i][j]);
            score[i + 1][j + 1] = best;
        }
    }
    for (qsizetype i = n, j = m; i > 0 && j > 0;) {
        if (sim[i - 1][j - 1] >= WordDiff::kMinSimilarity && score[i][j] == score[i - 1][j - 1] + sim[i - 1][j - 1]) {
            pairs.prepend({deletions[i - 1], additions[j - 1]});
            --i;
            --j;
        } else if (score[i][j] == score[i - 1][j]) {
            --i;
        } else {
            --j;
        }
    }
    return pairs;
}

} // namespace

QList<TextRange> WordDiff::tokenize(const QString &line)
{
    QList<TextRange> tokens;
    const int n = int(line.size());
    int i = 0;
    while (i < n) {
        int width = 0;
        const char32_t first = codePointAt(line, i, &width);
        const TokenClass cls = classify(first);
        const int start = i;
        i += width;
        while (i < n) {
            const char32_t next = codePointAt(line, i, &width);
            if (extendsPrevious(next)) {
                i += width;
                // A joiner glues the next character too (emoji sequences).
                if (next == U'\u200D' && i < n) {
                    codePointAt(line, i, &width);
                    i += width;
                }
                continue;
            }
            if ((cls == TokenClass::Word || cls == TokenClass::Space) && classify(next) == cls) {
                i += width;
                continue;
            }
            break;
        }
        tokens.append({start, i - start});
    }
    return tokens;
}

std::optional<WordDiff::LineChanges> WordDiff::compare(const QString &oldLine, const QString &newLine)
{
    std::optional<Comparison> comparison = compareLines(oldLine, newLine);
    if (!comparison || comparison->similarity < kMinSimilarity)
        return std::nullopt;
    return comparison->changes;
}

double WordDiff::similarity(const QString &oldLine, const QString &newLine)
{
    std::optional<Comparison> comparison = compareLines(oldLine, newLine);
    return comparison ? comparison->similarity : 0.0;
}

QList<WordDiff::LinePair> WordDiff::pairLines(const DiffHunk &hunk)
{
    QList<LinePair> pairs;
    const qsizetype count = hunk.lines.size();
    qsizetype i = 0;
    while (i < count) {
        if (hunk.lines.at(i).origin != DiffLine::Origin::Deletion) {
            ++i;
            continue;
        }
        QList<int> deletions;
        QList<int> additions;
        while (i < count && hunk.lines.at(i).origin == DiffLine::Origin::Deletion)
            deletions.append(int(i++));
        while (i < count && hunk.lines.at(i).origin == DiffLine::Origin::Addition)
            additions.append(int(i++));
        if (!additions.isEmpty())
            pairs.append(alignBlock(hunk, deletions, additions));
    }
    return pairs;
}

QHash<int, QList<TextRange>> WordDiff::hunkHighlights(const DiffHunk &hunk)
{
    QHash<int, QList<TextRange>> highlights;
    for (const LinePair &pair : pairLines(hunk)) {
        std::optional<LineChanges> changes = compare(hunk.lines.at(pair.deletion).text, hunk.lines.at(pair.addition).text);
        if (!changes)
            continue;
        if (!changes->oldRanges.isEmpty())
            highlights.insert(pair.deletion, changes->oldRanges);
        if (!changes->newRanges.isEmpty())
            highlights.insert(pair.addition, changes->newRanges);
    }
    return highlights;
}

} // namespace gantry
