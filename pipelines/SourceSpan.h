#pragma once

#include <QtGlobal>

namespace gantry {

/// A range of a text: bytes [begin, end) of the UTF-8 file, and the 1-based line and column
/// (in characters, as editors count them) where it starts and ends.
struct SourceSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;

    qsizetype size() const { return end - begin; }
    bool contains(qsizetype offset) const { return offset >= begin && offset < end; }
    bool isValid() const { return line > 0; }
};

} // namespace gantry
