#include "gitcore/PathQuoting.h"

namespace gantry {

namespace {

/// What git's cq_lookup table says about a byte below 0x80: 0 = print as is,
/// a letter = backslash + that letter, 1 = octal escape.
char escapeFor(unsigned char c)
{
    switch (c) {
    case '\a': return 'a';
    case '\b': return 'b';
    case '\t': return 't';
    case '\n': return 'n';
    case '\v': return 'v';
    case '\f': return 'f';
    case '\r': return 'r';
    case '"': return '"';
    case '\\': return '\\';
    default: break;
    }
    if (c < 0x20 || c == 0x7f)
        return 1;
    return 0;
}

bool mustQuote(unsigned char c, bool quoteNonAscii)
{
    if (c >= 0x80)
        return quoteNonAscii;
    return escapeFor(c) != 0;
}

int octalValue(char c)
{
    return (c >= '0' && c <= '7') ? c - '0' : -1;
}

} // namespace

bool PathQuoting::needsQuoting(const QByteArray &path, bool quoteNonAscii)
{
    for (char c : path)
        if (mustQuote(static_cast<unsigned char>(c), quoteNonAscii))
            return true;
    return false;
}

QByteArray PathQuoting::quote(const QByteArray &path, bool quoteNonAscii)
{
    if (!needsQuoting(path, quoteNonAscii))
        return path;
    QByteArray out;
    out.reserve(path.size() + 8);
    out += '"';
    for (char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (!mustQuote(c, quoteNonAscii)) {
            out += ch;
            continue;
        }
        const char letter = c < 0x80 ? escapeFor(c) : 1;
        out += '\\';
        if (letter != 1) {
            out += letter;
        } else {
            out += char('0' + ((c >> 6) & 07));
            out += char('0' + ((c >> 3) & 07));
            out += char('0' + (c & 07));
        }
    }
    out += '"';
    return out;
}

QByteArray PathQuoting::quoteForStatus(const QByteArray &path, bool quoteNonAscii)
{
    if (!path.contains(' ') || needsQuoting(path, quoteNonAscii))
        return quote(path, quoteNonAscii);
    return '"' + path + '"';
}

QByteArray PathQuoting::unquote(const QByteArray &quoted)
{
    if (quoted.size() < 2 || !quoted.startsWith('"') || !quoted.endsWith('"'))
        return quoted;
    QByteArray out;
    out.reserve(quoted.size());
    const qsizetype end = quoted.size() - 1;
    for (qsizetype i = 1; i < end; ++i) {
        const char c = quoted.at(i);
        if (c != '\\' || i + 1 >= end) {
            out += c;
            continue;
        }
        const char next = quoted.at(++i);
        switch (next) {
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'v': out += '\v'; break;
        case 'f': out += '\f'; break;
        case 'r': out += '\r'; break;
        default:
            if (octalValue(next) >= 0 && i + 2 < end && octalValue(quoted.at(i + 1)) >= 0
                && octalValue(quoted.at(i + 2)) >= 0) {
                out += char((octalValue(next) << 6) | (octalValue(quoted.at(i + 1)) << 3)
                            | octalValue(quoted.at(i + 2)));
                i += 2;
            } else {
                out += next; // \" and \\ and anything unknown
            }
        }
    }
    return out;
}

} // namespace gantry
