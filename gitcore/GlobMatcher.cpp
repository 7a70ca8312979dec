#include "gitcore/GlobMatcher.h"

#include <algorithm>
#include <vector>

namespace gantry {

bool GlobMatcher::Token::accepts(char32_t c) const
{
    switch (kind) {
    case Kind::Literal:
        return c == ch;
    case Kind::Any:
    case Kind::Star:
        return crossesSlash || c != U'/';
    case Kind::Fork:
        return false;
    case Kind::Set: {
        bool in = false;
        for (const auto &[from, to] : ranges)
            in = in || (c >= from && c <= to);
        return in != negated;
    }
    }
    return false;
}

GlobMatcher::GlobMatcher(const QString &pattern, Syntax syntax) : m_pattern(pattern)
{
    const QList<uint> p = pattern.toUcs4();
    auto star = [this](bool crosses) {
        Token t;
        t.kind = Token::Kind::Star;
        t.crossesSlash = crosses;
        // Consecutive stars are one, crossing '/' if either does (`***` is `**`).
        if (!m_tokens.isEmpty() && m_tokens.last().kind == Token::Kind::Star) {
            m_tokens.last().crossesSlash = m_tokens.last().crossesSlash || crosses;
            return;
        }
        m_tokens.append(t);
    };
    auto literal = [this](char32_t c) {
        Token t;
        t.ch = c;
        m_tokens.append(t);
    };
    for (qsizetype i = 0; i < p.size(); ++i) {
        const char32_t c = p.at(i);
        const char32_t next = i + 1 < p.size() ? p.at(i + 1) : 0;
        if (c == U'*') {
            if (syntax == Syntax::Names) {
                star(true);
            } else if (next == U'*') {
                ++i;
                if (syntax == Syntax::Paths && i + 1 < p.size() && p.at(i + 1) == U'/') {
                    // "**/": any folders, or none — a fork past the star and its '/'.
                    ++i;
                    Token fork;
                    fork.kind = Token::Kind::Fork;
                    m_tokens.append(fork);
                    Token t;
                    t.kind = Token::Kind::Star;
                    m_tokens.append(t);
                    literal(U'/');
                } else {
                    star(true);
                }
            } else {
                star(false);
            }
        } else if (c == U'?') {
            Token t;
            t.kind = Token::Kind::Any;
            t.crossesSlash = syntax == Syntax::Names;
            m_tokens.append(t);
        } else if (c == U'[' && syntax == Syntax::PathsWithClasses && p.indexOf(U']', i + 2) > 0) {
            // As micromatch: the set runs to the first ']' after its first character.
            const qsizetype end = p.indexOf(U']', i + 2);
            Token t;
            t.kind = Token::Kind::Set;
            qsizetype j = i + 1;
            if (p.at(j) == U'!' || p.at(j) == U'^') {
                t.negated = true;
                ++j;
            }
            for (; j < end; ++j) {
                if (j + 2 < end && p.at(j + 1) == U'-') {
                    t.ranges.append({p.at(j), p.at(j + 2)});
                    j += 2;
                } else {
                    t.ranges.append({p.at(j), p.at(j)});
                }
            }
            m_tokens.append(t);
            i = end;
        } else {
            literal(c);
        }
    }
}

bool GlobMatcher::matches(const QString &text, qint64 *steps) const
{
    const qsizetype n = m_tokens.size();
    // live[i]: the first i tokens have matched the text read so far. Epsilon moves (a star
    // matching nothing) only go forward, so one ascending pass closes a set.
    std::vector<char> live(size_t(n + 1));
    std::vector<char> next(size_t(n + 1));
    qint64 count = 0;
    auto close = [this, n](std::vector<char> &set) {
        for (qsizetype i = 0; i < n; ++i) {
            if (!set[size_t(i)])
                continue;
            if (m_tokens.at(i).kind == Token::Kind::Star)
                set[size_t(i + 1)] = 1;
            else if (m_tokens.at(i).kind == Token::Kind::Fork)
                set[size_t(i + 1)] = set[size_t(i + 3)] = 1;
        }
    };
    std::fill(live.begin(), live.end(), 0);
    live[0] = 1;
    close(live);
    bool any = true;
    for (qsizetype k = 0; k < text.size() && any; ++k) {
        char32_t c = text.at(k).unicode();
        if (QChar::isHighSurrogate(c) && k + 1 < text.size() && text.at(k + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(k), text.at(k + 1));
            ++k;
        }
        std::fill(next.begin(), next.end(), 0);
        any = false;
        for (qsizetype i = 0; i < n; ++i) {
            if (!live[size_t(i)])
                continue;
            ++count;
            const Token &t = m_tokens.at(i);
            if (!t.accepts(c))
                continue;
            next[size_t(t.kind == Token::Kind::Star ? i : i + 1)] = 1;
            any = true;
        }
        close(next);
        live.swap(next);
    }
    if (steps)
        *steps += count + 1;
    return any && live[size_t(n)];
}

bool GlobMatcher::match(const QString &pattern, const QString &text, Syntax syntax)
{
    return GlobMatcher(pattern, syntax).matches(text);
}

} // namespace gantry
