#include "pipelines/TextPositions.h"

#include <algorithm>

namespace gantry {

namespace {

/// The length of the UTF-8 sequence at `i`, or 0 when it is not a valid one (overlong forms,
/// surrogates and code points above U+10FFFF are invalid, as the Unicode standard says).
int sequenceLength(const QByteArray &text, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return k < text.size() ? uchar(text[k]) : 0; };
    const uchar b0 = byte(i);
    if (b0 < 0x80)
        return 1;
    const auto cont = [&](qsizetype k) { return (byte(k) & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const uchar b1 = byte(i + 1);
        if (!cont(i + 1) || !cont(i + 2) || (b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0))
            return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const uchar b1 = byte(i + 1);
        if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3) || (b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

TextPositions::TextPositions(const QByteArray &text) : m_text(text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        m_bom = 3;
    m_lineStarts.append(0);
    bool ascii = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n')
            m_lineStarts.append(i + 1);
        else if (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
            m_lineStarts.append(i + 1); // a lone CR ends a line for YAML too
        if (uchar(c) >= 0x80)
            ascii = false;
    }
    if (ascii)
        return;
    m_charStarts.reserve(text.size() + 1);
    for (qsizetype i = m_bom; i < text.size();) {
        const int length = sequenceLength(text, i);
        if (length == 0) {
            m_invalid = i;
            break;
        }
        m_charStarts.append(i);
        i += length;
    }
    m_charStarts.append(m_invalid >= 0 ? m_invalid : text.size());
}

qsizetype TextPositions::byteOfCharIndex(qsizetype charIndex) const
{
    if (m_charStarts.isEmpty())
        return std::min<qsizetype>(charIndex + m_bom, m_text.size());
    return m_charStarts[std::clamp<qsizetype>(charIndex, 0, m_charStarts.size() - 1)];
}

std::pair<int, int> TextPositions::lineColumn(qsizetype byte) const
{
    byte = std::clamp<qsizetype>(byte, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byte);
    const int line = int(it - m_lineStarts.cbegin());
    qsizetype start = m_lineStarts[line - 1];
    if (line == 1)
        start = std::min(start + m_bom, byte);
    // Characters between the line's start and the byte: a subtraction for ASCII text, two
    // binary searches in the character table otherwise (never a scan: long lines stay cheap).
    int column = 1;
    if (m_charStarts.isEmpty()) {
        column = int(byte - start) + 1;
    } else {
        const auto charIndex = [this](qsizetype b) {
            return std::lower_bound(m_charStarts.cbegin(), m_charStarts.cend(), b) - m_charStarts.cbegin();
        };
        column = int(charIndex(byte) - charIndex(start)) + 1;
    }
    return {line, column};
}

qsizetype TextPositions::lineStart(int line) const
{
    if (line < 1)
        return 0;
    return line <= m_lineStarts.size() ? m_lineStarts[line - 1] : m_text.size();
}

qsizetype TextPositions::lineContentEnd(int line) const
{
    qsizetype end = lineStart(line + 1);
    if (line >= m_lineStarts.size())
        end = m_text.size();
    if (end > lineStart(line) && end <= m_text.size() && end > 0 && m_text[end - 1] == '\n')
        --end;
    if (end > lineStart(line) && end > 0 && m_text[end - 1] == '\r')
        --end;
    return end;
}

} // namespace gantry
