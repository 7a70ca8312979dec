#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Result.h"

#include <QByteArray>
#include <QList>

namespace gantry {

/// Builds the content of a file with only some of a diff's changes applied (or reverted):
/// the engine behind line and hunk staging, unstaging and discarding.
///
/// Apply (staging): start from the old side; selected deletions are removed, selected additions
/// inserted, unselected deletions kept, unselected additions dropped — what `git apply` of the
/// partial patch `git add -p` builds when a hunk is edited.
/// Revert (unstaging, discarding): start from the new side; selected additions are removed,
/// selected deletions put back, unselected changes left as the new side has them (`git apply -R`).
/// Kept lines are copied byte for byte from their side and inserted lines from the other side, so
/// CRLF endings and a missing final newline survive; a line that lacked the final newline gets
/// one when something is inserted after it.
class PartialPatch
{
public:
    enum class Direction { Apply, Revert };

    /// `oldContent`/`newContent` are both sides of `file` (the index/HEAD blob, the filtered
    /// working-tree file; empty for a side that does not exist). Fails when `selection` holds no
    /// added or deleted line, points outside the diff, or when the contents no longer match the
    /// diff (the file changed since it was computed).
    static Result<QByteArray> build(const DiffFile &file, const QByteArray &oldContent, const QByteArray &newContent,
                                    const QList<DiffLineRef> &selection, Direction direction);

    /// Every added or deleted line of one hunk (what staging a hunk selects).
    static QList<DiffLineRef> hunkChanges(const DiffFile &file, int hunkIndex);
    /// Every added or deleted line of the file.
    static QList<DiffLineRef> allChanges(const DiffFile &file);
    /// Whether `selection` covers every added and deleted line of `file`.
    static bool selectsEverything(const DiffFile &file, const QList<DiffLineRef> &selection);

    /// Splits content into lines that keep their "\n" / "\r\n"; a last line without one is kept as is.
    static QList<QByteArray> splitLines(const QByteArray &content);
};

} // namespace gantry
