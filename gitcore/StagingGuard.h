#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"
#include "gitcore/SecretScanner.h"
#include "gitcore/WorktreeFile.h"

#include <QList>
#include <QStringList>

namespace gantry {

/// The secrets guard on staging: what a stage of files, all changes, a hunk or some lines would
/// put into the index, run through a SecretScanner, and the "Add to .gitignore" way out.
/// Only what would newly reach the index is scanned: a line that the index version already
/// holds is not reported again, and the size limit applies to files that grow past it.
class StagingGuard
{
public:
    /// Scans what Staging::stageFiles(paths) would stage ("." or a folder: what is under it).
    static Result<QList<SecretFinding>> scanFiles(const Repository &repo, const QStringList &paths,
                                                  const SecretScanner &scanner);
    /// Scans what Staging::stageAll would stage.
    static Result<QList<SecretFinding>> scanAll(const Repository &repo, const SecretScanner &scanner);
    /// Scans one working-tree file about to be staged whole, read by the caller (`staged`: its
    /// index entry, if any); stage-all calls it for each file it reads, so that a file is read once.
    static QList<SecretFinding> scanWorktreeFile(const Repository &repo, const SecretScanner &scanner, const QString &path,
                                                 const WorktreeFile &file, const git_index_entry *staged);
    /// Scans the added lines of one hunk of an IndexToWorkdir DiffFile.
    static QList<SecretFinding> scanHunk(const DiffFile &file, int hunk, const SecretScanner &scanner);
    /// Scans the selected added lines of an IndexToWorkdir DiffFile.
    static QList<SecretFinding> scanLines(const DiffFile &file, const QList<DiffLineRef> &lines,
                                          const SecretScanner &scanner);

    /// Appends `patterns` to the working tree's .gitignore (creating it), each on its own line,
    /// skipping any the file already lists.
    static Result<void> addToGitignore(const Repository &repo, const QStringList &patterns);
    /// The paths among `paths` that have staged changes (new in the index or modified there).
    static Result<QStringList> stagedAmong(const Repository &repo, const QStringList &paths);
};

} // namespace gantry
