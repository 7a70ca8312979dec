#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace gantry {

/// Throws away working-tree changes — whole files, one hunk or single lines — after recording
/// what they held in DiscardArchive, so every discard can be undone.
///
/// Hunk and line discards take the DiffFile the UI shows (DiffKind::IndexToWorkdir); if the file
/// changed since that diff was computed the discard is refused ("refresh and try again").
/// Each call returns the archive entry's commit id (DiscardArchive::restore takes it).
class WorktreeDiscard
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorktreeDiscard)

public:
    /// Makes the working-tree files equal to the index again (`git restore`); untracked files
    /// are deleted and folders expand to the files they hold (ignored ones excepted).
    static Result<Oid> discardFiles(const Repository &repo, const QStringList &paths);
    static Result<Oid> discardHunk(const Repository &repo, const DiffFile &file, int hunkIndex);
    /// Reverts the selected lines of `file` (an IndexToWorkdir DiffFile) in the working tree.
    static Result<Oid> discardLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines);
};

} // namespace gantry
