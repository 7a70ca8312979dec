#include "gitcore/PorcelainFormatter.h"

#include "gitcore/PathQuoting.h"

namespace gantry {

QByteArray PorcelainFormatter::branchHeader(const StatusSnapshot &snapshot)
{
    // Porcelain output is never translated: scripts parse it.
    QByteArray line = "## ";
    if (snapshot.headUnborn)
        line += "No commits yet on ";
    if (snapshot.headDetached || snapshot.branch.isEmpty()) {
        line += "HEAD (no branch)";
        return line;
    }
    line += snapshot.branch.toUtf8();
    if (snapshot.upstream.isEmpty())
        return line;
    line += "..." + snapshot.upstream.toUtf8();
    // git cannot compare an unborn branch with its upstream and reports it like a vanished one.
    if (snapshot.upstreamGone || snapshot.headUnborn)
        return line + " [gone]";
    if (snapshot.ahead == 0 && snapshot.behind == 0)
        return line;
    line += " [";
    if (snapshot.ahead == 0)
        line += "behind " + QByteArray::number(snapshot.behind);
    else if (snapshot.behind == 0)
        line += "ahead " + QByteArray::number(snapshot.ahead);
    else
        line += "ahead " + QByteArray::number(snapshot.ahead) + ", behind " + QByteArray::number(snapshot.behind);
    line += ']';
    return line;
}

QByteArray PorcelainFormatter::entryLine(const StatusEntry &entry, const PorcelainOptions &options)
{
    QByteArray line = entry.code();
    line += ' ';
    if (options.nulTerminated) {
        line += entry.path;
        if (!entry.origPath.isEmpty()) {
            line += '\0';
            line += entry.origPath;
        }
        return line;
    }
    if (!entry.origPath.isEmpty())
        line += PathQuoting::quoteForStatus(entry.origPath, options.quotePath) + " -> ";
    line += PathQuoting::quoteForStatus(entry.path, options.quotePath);
    return line;
}

QByteArray PorcelainFormatter::format(const StatusSnapshot &snapshot, const PorcelainOptions &options)
{
    const char terminator = options.nulTerminated ? '\0' : '\n';
    QByteArray out;
    out.reserve(qsizetype(snapshot.entries.size()) * 32 + 64);
    if (options.branch) {
        out += branchHeader(snapshot);
        out += terminator;
    }
    for (const StatusEntry &entry : snapshot.entries) {
        out += entryLine(entry, options);
        out += terminator;
    }
    return out;
}

} // namespace gantry
