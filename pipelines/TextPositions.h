#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace gantry {

/// Positions in a UTF-8 text: where each line starts, which byte libyaml's character index
/// points at (libyaml counts characters, not bytes, and skips a byte order mark), the 1-based
/// line and column (in characters) of a byte, and the first byte that is not valid UTF-8.
class TextPositions
{
public:
    explicit TextPositions(const QByteArray &text);

    /// The byte offset of libyaml's mark index (characters after the byte order mark).
    qsizetype byteOfCharIndex(qsizetype charIndex) const;
    /// 1-based line and character column of a byte offset (the end of the text is allowed).
    std::pair<int, int> lineColumn(qsizetype byte) const;
    /// The byte offset where a 1-based line starts; the text's size past the last line.
    qsizetype lineStart(int line) const;
    /// The byte offset just past the line's content (before its "\n" or "\r\n").
    qsizetype lineContentEnd(int line) const;
    int lineCount() const { return int(m_lineStarts.size()); }
    /// The first byte that does not belong to a valid UTF-8 sequence, or -1.
    qsizetype firstInvalidByte() const { return m_invalid; }
    /// 3 when the text starts with a UTF-8 byte order mark, else 0.
    qsizetype bomSize() const { return m_bom; }

private:
    const QByteArray m_text;
    QList<qsizetype> m_lineStarts;
    QList<qsizetype> m_charStarts; // empty when the text is ASCII: then char index == byte - bom
    qsizetype m_invalid = -1;
    qsizetype m_bom = 0;
};

} // namespace gantry
