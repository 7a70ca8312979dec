#include "gitcore/PatchFormatter.h"

#include "gitcore/PathQuoting.h"

namespace gantry {

namespace {

QByteArray octalMode(quint32 mode)
{
    return QByteArray::number(mode, 8).rightJustified(6, '0');
}

QByteArray abbreviated(const Oid &id)
{
    return id.toShortString(7).toLatin1();
}

bool creates(const DiffFile &f)
{
    return f.status == DeltaStatus::Added || f.status == DeltaStatus::Untracked;
}

} // namespace

QByteArray PatchFormatter::format(const DiffFile &file, bool quoteNonAscii)
{
    if (file.status == DeltaStatus::Unmodified)
        return {};
    const QByteArray oldPath = (file.oldPath.isEmpty() ? file.newPath : file.oldPath).toUtf8();
    const QByteArray newPath = (file.newPath.isEmpty() ? file.oldPath : file.newPath).toUtf8();
    const QByteArray a = PathQuoting::quote("a/" + oldPath, quoteNonAscii);
    const QByteArray b = PathQuoting::quote("b/" + newPath, quoteNonAscii);
    const bool deletes = file.status == DeltaStatus::Deleted;
    const bool renames = file.status == DeltaStatus::Renamed || file.status == DeltaStatus::Copied;

    QByteArray out = "diff --git " + a + ' ' + b + '\n';
    if (creates(file)) {
        out += "new file mode " + octalMode(file.newMode) + '\n';
    } else if (deletes) {
        out += "deleted file mode " + octalMode(file.oldMode) + '\n';
    } else if (file.oldMode != file.newMode) {
        out += "old mode " + octalMode(file.oldMode) + '\n';
        out += "new mode " + octalMode(file.newMode) + '\n';
    }
    if (renames) {
        const QByteArray verb = file.status == DeltaStatus::Renamed ? "rename" : "copy";
        out += "similarity index " + QByteArray::number(file.similarity) + "%\n";
        out += verb + " from " + PathQuoting::quote(oldPath, quoteNonAscii) + '\n';
        out += verb + " to " + PathQuoting::quote(newPath, quoteNonAscii) + '\n';
    }
    const bool sameContent = file.oldId == file.newId && !creates(file) && !deletes;
    if (sameContent)
        return out; // a pure rename or mode change
    out += "index " + abbreviated(file.oldId) + ".." + abbreviated(file.newId);
    if (file.oldMode == file.newMode)
        out += ' ' + octalMode(file.newMode);
    out += '\n';
    const QByteArray from = creates(file) ? QByteArray("/dev/null") : a;
    const QByteArray to = deletes ? QByteArray("/dev/null") : b;
    if (file.binary) {
        out += "Binary files " + from + " and " + to + " differ\n";
        return out;
    }
    if (file.hunks.isEmpty())
        return out;
    // Like git, a name holding a space ends with a tab so patch(1) finds where it stops.
    out += "--- " + from + (from.contains(' ') ? "\t\n" : "\n");
    out += "+++ " + to + (to.contains(' ') ? "\t\n" : "\n");
    for (const DiffHunk &hunk : file.hunks) {
        out += hunk.header.toUtf8() + '\n';
        for (const DiffLine &line : hunk.lines) {
            out += char(line.origin);
            out += line.text.toUtf8();
            if (line.crlf)
                out += '\r';
            out += '\n';
            if (line.noNewlineAtEnd)
                out += "\\ No newline at end of file\n";
        }
    }
    return out;
}

QByteArray PatchFormatter::format(const QList<DiffFile> &files, bool quoteNonAscii)
{
    QByteArray out;
    for (const DiffFile &file : files)
        out += format(file, quoteNonAscii);
    return out;
}

} // namespace gantry
