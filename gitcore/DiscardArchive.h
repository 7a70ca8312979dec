#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gantry {

/// One file as the working tree held it: its raw bytes (no filters) and mode, or absent.
struct WorktreeFileState
{
    QString path;
    bool exists = false;
    QByteArray content;
    quint32 mode = 0100644; // 0100644, 0100755 or 0120000 (symlink; content = target)
};

/// One discard, as the archive lists it.
struct DiscardEntry
{
    Oid commit;              // the archive commit
    QDateTime time;          // when the discard happened
    QStringList files;       // every file the discard changed
    QString message;         // first line: what was discarded ("Discard 2 lines in a.txt")
};

/// Keeps whatever a discard removes from the working tree, so every discard can be undone.
///
/// Storage: one ref, `refs/gantry/discarded`, pointing at a chain of commits (newest first,
/// parent = previous discard). Each commit's tree holds the full previous working-tree contents
/// of the files it discarded (raw bytes, with their modes); its message says what was discarded
/// and lists, per file, the state the discard left behind ("after" blob id, or absent) so a
/// restore can tell whether the file changed since. Being reachable from a ref, entries survive
/// `git gc`; `git log refs/gantry/discarded` shows them.
class DiscardArchive
{
public:
    static QString refName();

    /// Reads the current working-tree state of `paths` (absent files come back with exists = false).
    static Result<QList<WorktreeFileState>> capture(const Repository &repo, const QStringList &paths);

    /// Records a discard: `before` is what the files held, `after` what the discard is about to
    /// write (same paths, same order). Returns the new archive commit. Call before touching files.
    static Result<Oid> record(const Repository &repo, const QList<WorktreeFileState> &before,
                              const QList<WorktreeFileState> &after, const QString &description);

    /// Every archived discard, newest first.
    static Result<QList<DiscardEntry>> entries(const Repository &repo);
    /// The saved (pre-discard) state of the files of one entry.
    static Result<QList<WorktreeFileState>> savedFiles(const Repository &repo, const Oid &entry);

    /// Writes the saved contents of `entry` back to the working tree. Refuses (changing nothing)
    /// when a file was changed after the discard — it would lose those newer changes — unless
    /// `force`. Files already holding the saved content are left alone.
    static Result<void> restore(const Repository &repo, const Oid &entry, bool force = false);

    /// Writes one state to the working tree (creating folders; deleting when absent).
    static Result<void> writeWorktreeFile(const Repository &repo, const WorktreeFileState &state);
};

} // namespace gantry
