#include "gitcore/PartialPatch.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::PartialPatch)
};

bool isChange(const DiffLine &line)
{
    return line.origin != DiffLine::Origin::Context;
}

/// The text DiffReader would show for a content line (no line ending).
QString lineText(const QByteArray &line)
{
    QByteArrayView view(line);
    if (view.endsWith('\n'))
        view.chop(1);
    if (view.endsWith('\r'))
        view.chop(1);
    return QString::fromUtf8(view);
}

GitError staleError(const DiffFile &file)
{
    return GitError::custom(Tr::tr("'%1' changed since its diff was shown; refresh and try again").arg(file.path()));
}

/// Appends a line, first ending a previous line that had no newline (it is no longer the last).
void appendLine(QByteArray &out, const QByteArray &line)
{
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += line.endsWith("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    out += line;
}

} // namespace

QList<QByteArray> PartialPatch::splitLines(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < content.size()) {
        const qsizetype nl = content.indexOf('\n', start);
        const qsizetype end = nl < 0 ? content.size() : nl + 1;
        lines.append(content.mid(start, end - start));
        start = end;
    }
    return lines;
}

QList<DiffLineRef> PartialPatch::hunkChanges(const DiffFile &file, int hunkIndex)
{
    QList<DiffLineRef> refs;
    if (hunkIndex < 0 || hunkIndex >= file.hunks.size())
        return refs;
    const DiffHunk &hunk = file.hunks[hunkIndex];
    for (int l = 0; l < hunk.lines.size(); ++l)
        if (isChange(hunk.lines[l]))
            refs.append({hunkIndex, l});
    return refs;
}

QList<DiffLineRef> PartialPatch::allChanges(const DiffFile &file)
{
    QList<DiffLineRef> refs;
    for (int h = 0; h < file.hunks.size(); ++h)
        refs += hunkChanges(file, h);
    return refs;
}

bool PartialPatch::selectsEverything(const DiffFile &file, const QList<DiffLineRef> &selection)
{
    for (const DiffLineRef &ref : allChanges(file))
        if (!selection.contains(ref))
            return false;
    return true;
}

Result<QByteArray> PartialPatch::build(const DiffFile &file, const QByteArray &oldContent, const QByteArray &newContent,
                                       const QList<DiffLineRef> &selection, Direction direction)
{
    if (file.binary)
        return GitError::custom(Tr::tr("'%1' is a binary file: its lines cannot be picked one by one").arg(file.path()));
    if (file.tooLarge)
        return GitError::custom(Tr::tr("'%1' is too large to pick lines from").arg(file.path()));

    QSet<quint64> selected;
    for (const DiffLineRef &ref : selection) {
        if (ref.hunk < 0 || ref.hunk >= file.hunks.size() || ref.line < 0
            || ref.line >= file.hunks[ref.hunk].lines.size())
            return GitError::custom(Tr::tr("the selected line %1 of hunk %2 is not in the diff of '%3'")
                                        .arg(ref.line + 1).arg(ref.hunk + 1).arg(file.path()));
        if (isChange(file.hunks[ref.hunk].lines[ref.line]))
            selected.insert((quint64(ref.hunk) << 32) | quint32(ref.line));
    }
    if (selected.isEmpty())
        return GitError::custom(Tr::tr("no added or removed line of '%1' is selected").arg(file.path()));

    // "base" is the side we start from and copy; "other" the side selected lines come from.
    const bool apply = direction == Direction::Apply;
    const QList<QByteArray> base = splitLines(apply ? oldContent : newContent);
    const QList<QByteArray> other = splitLines(apply ? newContent : oldContent);
    const DiffLine::Origin baseOnly = apply ? DiffLine::Origin::Deletion : DiffLine::Origin::Addition;
    auto baseNo = [apply](const DiffLine &l) { return apply ? l.oldLineNo : l.newLineNo; };
    auto otherNo = [apply](const DiffLine &l) { return apply ? l.newLineNo : l.oldLineNo; };

    QByteArray out;
    out.reserve(qMax(oldContent.size(), newContent.size()));
    qsizetype pos = 0; // base lines consumed so far
    auto copyBaseUntil = [&](qsizetype end) -> bool {
        if (end > base.size() || end < pos)
            return false;
        for (; pos < end; ++pos)
            appendLine(out, base[pos]);
        return true;
    };

    for (int h = 0; h < file.hunks.size(); ++h) {
        const DiffHunk &hunk = file.hunks[h];
        const int start = apply ? hunk.oldStart : hunk.newStart;
        const int count = apply ? hunk.oldLines : hunk.newLines;
        // An empty side's start names the line after which the hunk goes.
        if (!copyBaseUntil(count == 0 ? start : start - 1))
            return staleError(file);
        for (int l = 0; l < hunk.lines.size(); ++l) {
            const DiffLine &line = hunk.lines[l];
            const bool isSelected = selected.contains((quint64(h) << 32) | quint32(l));
            if (line.origin == DiffLine::Origin::Context || line.origin == baseOnly) {
                if (baseNo(line) != pos + 1 || pos >= base.size())
                    return staleError(file);
                if (line.origin == baseOnly && lineText(base[pos]) != line.text)
                    return staleError(file);
                if (line.origin == DiffLine::Origin::Context || !isSelected)
                    appendLine(out, base[pos]);
                ++pos;
            } else {
                const int n = otherNo(line);
                if (n < 1 || n > other.size() || lineText(other[n - 1]) != line.text)
                    return staleError(file);
                if (isSelected)
                    appendLine(out, other[n - 1]);
            }
        }
    }
    if (!copyBaseUntil(base.size()))
        return staleError(file);
    return out;
}

} // namespace gantry
