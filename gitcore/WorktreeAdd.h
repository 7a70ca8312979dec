#pragma once

#include "gitcore/Repository.h"
#include "gitcore/Result.h"
#include "gitcore/WorktreeFile.h"

#include <git2.h>

#include <functional>

namespace gantry {

/// `git add -A` of the whole working tree in one pass, for the common case: one index-to-worktree
/// diff, then each changed or untracked file read once, stored as a blob and entered with its
/// stat data — about three system calls a file. libgit2's git_index_add_all costs some twenty
/// (attribute and ignore lookups, a temporary file per blob, even one it already has), which made
/// `gantry stage .` of 20,000 new files take ten times git's time.
///
/// The pass only applies when nothing could make a file's stored content or mode differ from its
/// bytes and stat: no gitattributes anywhere (so no filters), core.autocrlf off, core.filemode and
/// core.symlinks on, core.ignorecase off, no conflicts and no submodules or nested repositories
/// among the changes. Otherwise it reports that it did not apply and changes nothing, and the
/// caller uses libgit2's own add-all.
class WorktreeAdd
{
public:
    enum class Outcome { Done, NotApplicable };

    /// Called with each file about to be stored, as read (a file above
    /// WorktreeReadAhead::MaxInMemory without its content), and its index entry before the stage
    /// (null for a new file): the secrets scan of stage-all reads nothing a second time. Returning
    /// false stops storing (the stage will be refused) while the rest is still inspected.
    using Inspect = std::function<bool(const QString &path, const WorktreeFile &file, const git_index_entry *staged)>;

    /// Stages every change of the working tree into `index`, which must be as read from its file
    /// (it is read back from it; the caller writes it, or drops it to stage nothing).
    static Result<Outcome> addAll(const Repository &repo, git_index *index, const Inspect &inspect = {});

private:
    static bool configAllows(const Repository &repo);
    static bool noAttributeFiles(const Repository &repo, git_index *index);
    /// No .gitattributes on disk in the top folder or a folder of a change (an ignored one
    /// applies too, and is in neither the index nor the changes).
    static bool noAttributeFilesOnDisk(const QByteArray &workdir, const QList<QByteArray> &changed);
};

} // namespace gantry
