#include "gitcore/CommitPatterns.h"

namespace gantry {

namespace {

bool isWord(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

/// JavaScript's (and PCRE's) ASCII \s: tab, line feed, vertical tab, form feed, carriage return, space.
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

/// What JavaScript's "." does not match.
bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029;
}

bool isRepositoryChar(QChar c) { return isWord(c) || c == u'.' || c == u'/' || c == u'-'; }

bool isIssueChar(QChar c) { return isWord(c) || c == u'-'; }

} // namespace

CommitPatterns::Header CommitPatterns::matchHeader(const QString &text, bool allowBreakingMark)
{
    Header h;
    const qsizetype n = text.size();
    // `.` cannot cross a line break, and only word characters (never a break) precede the
    // parts that use it, so a break anywhere means no match.
    for (QChar c : text)
        if (isLineBreak(c))
            return h;
    qsizetype w = 0;
    while (w < n && isWord(text.at(w)))
        ++w; // \w* gives nothing back: what follows it is never a word character
    // `(!?): ` at x; the subject runs to the end.
    auto tail = [&](qsizetype x, Header *out) {
        if (allowBreakingMark && x + 2 < n && text.at(x) == u'!' && text.at(x + 1) == u':' && text.at(x + 2) == u' ') {
            out->breakingMark = true;
            out->subject = {x + 3, n - x - 3};
            return true;
        }
        if (x + 1 < n && text.at(x) == u':' && text.at(x + 1) == u' ') {
            out->breakingMark = false;
            out->subject = {x + 2, n - x - 2};
            return true;
        }
        return false;
    };
    h.type = {0, w};
    if (w < n && text.at(w) == u'(') {
        // The greedy `\((.*)\)`: the last ')' that the rest of the header can follow.
        for (qsizetype j = n - 1; j > w; --j) {
            if (text.at(j) == u')' && tail(j + 1, &h)) {
                h.matched = true;
                h.scope = {w + 1, j - w - 1};
                return h;
            }
        }
    }
    h.matched = tail(w, &h);
    return h;
}

QList<CommitPatterns::Reference> CommitPatterns::references(const QString &s)
{
    // From a start q the pattern's tail `\s*([\w.\/-]*?)??#` can only read whitespace, then
    // repository characters, then '#': where that walk stops (t) decides q, and every start
    // between q and t stops at the same t. So each character is walked over once.
    QList<Reference> found;
    const qsizetype n = s.size();
    qsizetype p = 0; // where the global match resumes
    qsizetype q = 0;
    while (q < n) {
        qsizetype r = q;
        while (r < n && isSpace(s.at(r)))
            ++r;
        qsizetype t = r;
        while (t < n && isRepositoryChar(s.at(t)))
            ++t;
        if (t < n && s.at(t) == u'#') {
            // `[\w-]*\d+`: the longest run of issue characters that ends with a digit.
            qsizetype end = t + 1;
            qsizetype issueEnd = -1;
            while (end < n && isIssueChar(s.at(end))) {
                if (isDigit(s.at(end)))
                    issueEnd = end + 1;
                ++end;
            }
            if (issueEnd > 0) {
                Reference ref;
                ref.raw = {p, issueEnd - p};
                ref.repository = {r, t - r};
                ref.issue = {t + 1, issueEnd - t - 1};
                found.append(ref);
                p = q = issueEnd;
                continue;
            }
        }
        q = t + 1;
    }
    return found;
}

CommitPatterns::Revert CommitPatterns::matchRevert(const QString &raw)
{
    Revert result;
    const qsizetype n = raw.size();
    // "Revert" then \s, or "revert:" then \s (the alternatives exclude each other).
    if (!raw.startsWith(QLatin1String("revert"), Qt::CaseInsensitive) || n < 7)
        return result;
    qsizetype k = 0;
    if (isSpace(raw.at(6)))
        k = 7;
    else if (raw.at(6) == u':' && n > 7 && isSpace(raw.at(7)))
        k = 8;
    else
        return result;
    static const QString phrase = QStringLiteral("this reverts commit ");
    // `"?` takes an opening quote first and gives it back only if nothing matches with it.
    for (const bool quoteTaken : {true, false}) {
        if (quoteTaken && (k >= n || raw.at(k) != u'"'))
            continue;
        const qsizetype start = quoteTaken ? k + 1 : k;
        // The lazy group ends as early as it can: before the first phrase whose hash is
        // followed by '.', less the `"?\s*` in front of it.
        for (qsizetype at = raw.indexOf(phrase, start + 1, Qt::CaseInsensitive); at >= 0;
             at = raw.indexOf(phrase, at + 1, Qt::CaseInsensitive)) {
            qsizetype x = at + phrase.size();
            while (x < n && isWord(raw.at(x)))
                ++x;
            if (x >= n || raw.at(x) != u'.')
                continue;
            qsizetype w = at;
            while (w > start + 1 && isSpace(raw.at(w - 1)))
                --w;
            if (w > start + 1 && raw.at(w - 1) == u'"')
                --w;
            result.matched = true;
            result.target = {start, w - start};
            result.hash = {at + phrase.size(), x - at - phrase.size()};
            return result;
        }
    }
    return result;
}

} // namespace gantry
