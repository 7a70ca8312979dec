#pragma once

#include "gitcore/Result.h"

#include <QByteArray>

#include <sys/stat.h>

namespace gantry {

/// One working-tree file read the cheap way, for passes over thousands of files (stage all and
/// its secrets scan): one lstat, then open, read and close for a regular file, or one readlink
/// for a symbolic link — what git spends per file, where QFileInfo and QFile take twice that.
struct WorktreeFile
{
    struct stat st {};      ///< lstat of the path
    QByteArray content;     ///< the bytes (a link's target), unless the file is past the read limit
    bool contentRead = false;

    bool isFile() const { return S_ISREG(st.st_mode); }
    bool isSymLink() const { return S_ISLNK(st.st_mode); }

    /// Reads `path` (a local 8-bit file name). A regular file larger than `readLimit` bytes
    /// (-1: no limit) is stat'ed only. Anything but a file or a link is stat'ed only too,
    /// and a path that no longer exists is neither a file nor a link (st_mode 0).
    static Result<WorktreeFile> read(const QByteArray &path, qint64 readLimit = -1);
};

} // namespace gantry
