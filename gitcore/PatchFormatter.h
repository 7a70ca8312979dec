#pragma once

#include "gitcore/DiffTypes.h"

#include <QByteArray>
#include <QList>

namespace gantry {

/// Writes DiffFile values back out as `git diff` text (headers, hunks, "\ No newline" markers),
/// for "copy as patch" and for saving patches that `git apply` reads.
class PatchFormatter
{
public:
    /// One file's patch, as `git diff` prints it (with --no-color, default abbreviation of 7).
    /// `quoteNonAscii` mirrors core.quotePath.
    static QByteArray format(const DiffFile &file, bool quoteNonAscii = true);
    /// Several files, one after another.
    static QByteArray format(const QList<DiffFile> &files, bool quoteNonAscii = true);
};

} // namespace gantry
