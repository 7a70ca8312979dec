#pragma once

#include "gitcore/StatusEntry.h"

#include <QByteArray>

namespace gantry {

/// Options of `git status --porcelain=v1` that change the text.
struct PorcelainOptions
{
    bool nulTerminated = false; // -z: NUL after each entry, no quoting, renames as "R  new\0old\0"
    bool branch = false;        // -b: a first line "## main...origin/main [ahead 1, behind 2]"
    bool quotePath = true;      // core.quotePath
};

/// Writes a StatusSnapshot exactly as `git status --porcelain=v1` prints it, byte for byte.
class PorcelainFormatter
{
public:
    static QByteArray format(const StatusSnapshot &snapshot, const PorcelainOptions &options = {});
    /// The "## ..." branch header without its terminator.
    static QByteArray branchHeader(const StatusSnapshot &snapshot);
    /// One entry without its terminator ("R  old -> new", or "R  new\0old" with -z).
    static QByteArray entryLine(const StatusEntry &entry, const PorcelainOptions &options);
};

} // namespace gantry
