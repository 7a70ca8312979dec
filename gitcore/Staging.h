#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"
#include "gitcore/SecretScanner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// Moves changes between HEAD and the index: stage and unstage whole files, hunks or single lines.
/// (Throwing working-tree changes away is WorktreeDiscard's job.)
///
/// Every index change is written atomically (lock file + rename); when another process holds
/// `.git/index.lock` the operation fails with GitError::isLocked() and changes nothing.
///
/// Hunk and line operations take the DiffFile the UI shows: DiffKind::IndexToWorkdir for staging,
/// DiffKind::HeadToIndex for unstaging. If the file changed since that diff was
/// computed the operation is refused ("refresh and try again") rather than applied to the wrong lines.
/// Line staging builds the new index content like `git add -p` with an edited hunk: selected
/// deletions are removed, selected additions inserted, unselected deletions kept as context and
/// unselected additions dropped; the entry keeps its mode, CRLF endings and missing final newline.
class Staging
{
public:
    // ---- whole files (paths relative to the working tree, '/'-separated) ----

    /// `git add` for each path: modified and new files are added, files missing from the
    /// working tree are removed from the index. A path matching nothing is an error
    /// ("pathspec 'x' did not match any files") and nothing is staged.
    static Result<void> stageFiles(const Repository &repo, const QStringList &paths);
    /// `git restore --staged` for each path: the index entry goes back to HEAD's (removed when
    /// HEAD has none, e.g. on an unborn branch). A staged rename is unstaged as a pair: naming
    /// either its old or new path restores both.
    static Result<void> unstageFiles(const Repository &repo, const QStringList &paths);
    /// Stages / unstages the file a DiffFile describes (both paths of a rename).
    static Result<void> stageFile(const Repository &repo, const DiffFile &file);
    static Result<void> unstageFile(const Repository &repo, const DiffFile &file);
    /// Stages every change in the working tree (git add -A) / unstages everything (git reset).
    static Result<void> stageAll(const Repository &repo);
    static Result<void> unstageAll(const Repository &repo);
    /// stageAll with the secrets guard in the same pass, under the same index lock: each file is
    /// read once, scanned and stored. Returns the findings; when there are some and `allow` is
    /// false, nothing is staged.
    static Result<QList<SecretFinding>> stageAllScanned(const Repository &repo, const SecretScanner &scanner, bool allow);

    // ---- hunks and lines ----

    static Result<void> stageHunk(const Repository &repo, const DiffFile &file, int hunkIndex);
    static Result<void> unstageHunk(const Repository &repo, const DiffFile &file, int hunkIndex);
    /// Stages the selected added/deleted lines of `file` (an IndexToWorkdir DiffFile); context
    /// lines in the selection are ignored. Binary and too-large files are refused.
    static Result<void> stageLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines);
    /// Unstages the selected lines of `file` (a HeadToIndex DiffFile).
    static Result<void> unstageLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines);

    /// Stages the changes that touch working-tree lines first..last (1-based, inclusive):
    /// every added line whose new line number is in [first, last], and every deleted line whose
    /// position in the working-tree file lies in [first, last + 1) — a deleted line's position
    /// being the working-tree line number of the first line after the place it was removed from
    /// (so deletions just above line `first` belong to the range, those just below `last` do not).
    /// Refused when the range is invalid or holds no change.
    static Result<void> stageLineRange(const Repository &repo, const QString &path, int first, int last);
    /// The same for staged changes, with line numbers of the index version of the file.
    static Result<void> unstageLineRange(const Repository &repo, const QString &path, int first, int last);
    /// The refs stageLineRange/unstageLineRange select in `file` (exposed for the UI and tests).
    static QList<DiffLineRef> linesInRange(const DiffFile &file, int first, int last);
    /// What a line range selects, computed without changing anything: the file's diff
    /// (IndexToWorkdir to stage, HeadToIndex to unstage) and the chosen lines. Fails like
    /// stageLineRange does (bad range, unknown path, binary, no change in the range).
    struct LineRangeSelection
    {
        DiffFile file;
        QList<DiffLineRef> lines;
    };
    static Result<LineRangeSelection> selectLineRange(const Repository &repo, DiffKind kind, const QString &path,
                                                      int first, int last);
};

} // namespace gantry
