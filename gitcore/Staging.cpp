#include "gitcore/Staging.h"

#include "gitcore/DiffReader.h"
#include "gitcore/GitPtr.h"
#include "gitcore/IndexAccess.h"
#include "gitcore/LibGit2.h"
#include "gitcore/PartialPatch.h"
#include "gitcore/StagingGuard.h"
#include "gitcore/WorktreeAdd.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace gantry {

namespace {

constexpr quint32 kBlobMode = GIT_FILEMODE_BLOB;
constexpr quint32 kExecMode = GIT_FILEMODE_BLOB_EXECUTABLE;

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Staging)
};

bool indexHasPath(git_index *index, const QString &path)
{
    const QByteArray bytes = path.toUtf8();
    if (git_index_get_bypath(index, bytes.constData(), 0))
        return true;
    size_t pos = 0;
    return git_index_find_prefix(&pos, index, (bytes + '/').constData()) == 0
        || git_index_find(&pos, index, bytes.constData()) == 0;
}

/// HEAD's tree loaded into a scratch index, so paths and folders can be looked up alike.
Result<IndexPtr> headIndex(const Repository &repo)
{
    git_index *raw = nullptr;
    if (int rc = git_index_new(&raw); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read HEAD"));
    IndexPtr index(raw);
    if (repo.isHeadUnborn())
        return index;
    if (auto readable = repo.checkHeadReadable(); !readable)
        return readable.error();
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, repo.raw(), repo.headCommit().ptr()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read HEAD"));
    CommitPtr ownedCommit(commit);
    git_tree *tree = nullptr;
    if (int rc = git_commit_tree(&tree, commit); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read HEAD"));
    TreePtr ownedTree(tree);
    if (int rc = git_index_read_tree(index.get(), tree); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read HEAD"));
    return index;
}

/// Writes `content` as the stage-0 entry of `path`, keeping `mode`; stat data is left empty so
/// git re-reads the working-tree file instead of trusting a stale timestamp.
Result<void> setIndexContent(const Repository &repo, git_index *index, const QString &path, quint32 mode,
                             const QByteArray &content)
{
    git_index_entry entry{};
    const QByteArray pathBytes = path.toUtf8();
    entry.path = pathBytes.constData();
    entry.mode = mode ? mode : kBlobMode;
    git_oid id;
    if (int rc = git_blob_create_from_buffer(&id, repo.raw(), content.constData(), size_t(content.size())); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot store '%1'").arg(path));
    entry.id = id;
    entry.file_size = quint32(content.size());
    return check(git_index_add(index, &entry), Tr::tr("cannot update '%1' in the index").arg(path));
}

bool isExec(const QString &full)
{
    return QFileInfo(full).permissions() & QFileDevice::ExeOwner;
}

Result<void> restoreFromHead(const Repository &repo, git_index *index, git_index *head, const QStringList &paths)
{
    for (const QString &path : paths) {
        const QByteArray bytes = path.toUtf8();
        const git_index_entry *headEntry = git_index_get_bypath(head, bytes.constData(), 0);
        const git_index_entry *current = git_index_get_bypath(index, bytes.constData(), 0);
        if (headEntry) {
            if (current && git_oid_equal(&current->id, &headEntry->id) && current->mode == headEntry->mode)
                continue;
            git_index_entry entry{};
            entry.path = headEntry->path;
            entry.mode = headEntry->mode;
            entry.id = headEntry->id;
            entry.file_size = headEntry->file_size;
            if (auto ok = check(git_index_add(index, &entry), Tr::tr("cannot unstage '%1'").arg(path)); !ok)
                return ok;
        } else if (int rc = git_index_remove_bypath(index, bytes.constData()); rc < 0) {
            return GitError::fromLibgit2(rc, Tr::tr("cannot unstage '%1'").arg(path));
        }
    }
    Q_UNUSED(repo);
    return {};
}

/// git add -A into `index`: WorktreeAdd's single pass where it applies, libgit2's otherwise.
Result<void> addAll(const Repository &repo, git_index *index)
{
    auto fast = WorktreeAdd::addAll(repo, index);
    if (!fast)
        return fast.error();
    if (*fast == WorktreeAdd::Outcome::Done)
        return {};
    if (int rc = git_index_add_all(index, nullptr, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stage all changes"));
    if (int rc = git_index_update_all(index, nullptr, nullptr, nullptr); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stage all changes"));
    return {};
}

} // namespace

Result<void> Staging::stageFiles(const Repository &repo, const QStringList &paths)
{
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    git_index *idx = index->get();
    for (const QString &path : paths) {
        const QFileInfo info(repo.workdir() + QLatin1Char('/') + path);
        if (path.isEmpty() || (!info.exists() && !info.isSymLink() && !indexHasPath(idx, path)))
            return IndexAccess::pathspecError(path);
    }
    for (const QString &path : paths) {
        const QByteArray bytes = path.toUtf8();
        const QFileInfo info(repo.workdir() + QLatin1Char('/') + path);
        int rc = 0;
        if (info.isDir() && !info.isSymLink()) {
            char *one[] = {const_cast<char *>(bytes.constData())};
            git_strarray spec = {one, 1};
            rc = git_index_add_all(idx, &spec, GIT_INDEX_ADD_DISABLE_PATHSPEC_MATCH, nullptr, nullptr);
            if (rc >= 0)
                rc = git_index_update_all(idx, &spec, nullptr, nullptr);
        } else if (info.exists() || info.isSymLink()) {
            rc = git_index_add_bypath(idx, bytes.constData());
        } else {
            for (const QString &entry : IndexAccess::entriesUnder(idx, path))
                if ((rc = git_index_remove_bypath(idx, entry.toUtf8().constData())) < 0)
                    break;
        }
        if (rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot stage '%1'").arg(path));
    }
    return IndexAccess::write(*index);
}

Result<void> Staging::unstageFiles(const Repository &repo, const QStringList &paths)
{
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    auto head = headIndex(repo);
    if (!head)
        return head.error();
    // A staged rename is one change: unstaging either side restores both.
    DiffOptions namesOnly;
    namesOnly.contextLines = 0;
    namesOnly.largeFileThreshold = 0; // paths and statuses are enough: load no content
    auto staged = DiffReader::diff(repo, DiffKind::HeadToIndex, namesOnly);
    if (!staged)
        return staged.error();
    QStringList expanded;
    for (const QString &path : paths) {
        QStringList under = IndexAccess::entriesUnder(index->get(), path) + IndexAccess::entriesUnder(head->get(), path);
        if (path.isEmpty() || under.isEmpty())
            return IndexAccess::pathspecError(path);
        for (const DiffFile &f : *staged)
            if (f.status == DeltaStatus::Renamed && (under.contains(f.oldPath) || under.contains(f.newPath)))
                under << f.oldPath << f.newPath;
        expanded += under;
    }
    expanded.removeDuplicates();
    if (auto ok = restoreFromHead(repo, index->get(), head->get(), expanded); !ok)
        return ok;
    return IndexAccess::write(*index);
}

Result<void> Staging::stageFile(const Repository &repo, const DiffFile &file)
{
    QStringList paths{file.path()};
    if (!file.oldPath.isEmpty() && file.oldPath != file.newPath)
        paths.append(file.oldPath);
    return stageFiles(repo, paths);
}

Result<void> Staging::unstageFile(const Repository &repo, const DiffFile &file)
{
    QStringList paths{file.path()};
    if (!file.oldPath.isEmpty() && file.oldPath != file.newPath)
        paths.append(file.oldPath);
    return unstageFiles(repo, paths);
}

Result<void> Staging::stageAll(const Repository &repo)
{
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    if (auto added = addAll(repo, index->get()); !added)
        return added;
    return IndexAccess::write(*index);
}

Result<QList<SecretFinding>> Staging::stageAllScanned(const Repository &repo, const SecretScanner &scanner, bool allow)
{
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    QList<SecretFinding> findings;
    // Once something is found (and not allowed), nothing more is stored: a refused secret must
    // not land in the object database even as a loose, unreferenced blob.
    auto fast = WorktreeAdd::addAll(repo, index->get(), [&](const QString &path, const WorktreeFile &file, const git_index_entry *staged) {
        findings += StagingGuard::scanWorktreeFile(repo, scanner, path, file, staged);
        return allow || findings.isEmpty();
    });
    if (!fast)
        return fast.error();
    if (*fast == WorktreeAdd::Outcome::NotApplicable) {
        auto found = StagingGuard::scanAll(repo, scanner);
        if (!found)
            return found.error();
        findings = found.value();
        if (!findings.isEmpty() && !allow)
            return findings;
        if (auto added = addAll(repo, index->get()); !added)
            return added.error();
    }
    if (!findings.isEmpty() && !allow)
        return findings; // the locked index is dropped: nothing staged
    if (auto written = IndexAccess::write(*index); !written)
        return written.error();
    return findings;
}

Result<void> Staging::unstageAll(const Repository &repo)
{
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    auto head = headIndex(repo);
    if (!head)
        return head.error();
    QStringList paths;
    const size_t count = git_index_entrycount(index->get());
    for (size_t i = 0; i < count; ++i)
        paths.append(QString::fromUtf8(git_index_get_byindex(index->get(), i)->path));
    const size_t headCount = git_index_entrycount(head->get());
    for (size_t i = 0; i < headCount; ++i)
        paths.append(QString::fromUtf8(git_index_get_byindex(head->get(), i)->path));
    paths.removeDuplicates();
    if (auto ok = restoreFromHead(repo, index->get(), head->get(), paths); !ok)
        return ok;
    return IndexAccess::write(*index);
}

Result<void> Staging::stageHunk(const Repository &repo, const DiffFile &file, int hunkIndex)
{
    return stageLines(repo, file, PartialPatch::hunkChanges(file, hunkIndex));
}

Result<void> Staging::unstageHunk(const Repository &repo, const DiffFile &file, int hunkIndex)
{
    return unstageLines(repo, file, PartialPatch::hunkChanges(file, hunkIndex));
}

Result<void> Staging::stageLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (auto ok = IndexAccess::refuseUnpickable(file); !ok)
        return ok;
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    const QByteArray oldPath = file.oldPath.toUtf8();
    const git_index_entry *oldEntry = git_index_get_bypath(index->get(), oldPath.constData(), 0);
    const bool oldExists = file.status != DeltaStatus::Added && file.status != DeltaStatus::Untracked;
    if (oldExists && (!oldEntry || (!file.oldId.isNull() && !git_oid_equal(&oldEntry->id, file.oldId.ptr()))))
        return GitError::custom(Tr::tr("'%1' changed since its diff was shown; refresh and try again").arg(file.path()));
    QByteArray oldContent;
    if (oldExists) {
        auto content = IndexAccess::blobContent(repo, oldEntry->id);
        if (!content)
            return content.error();
        oldContent = std::move(content).value();
    }
    const quint32 oldMode = oldExists ? oldEntry->mode : 0;
    QByteArray newContent;
    if (file.status != DeltaStatus::Deleted) {
        auto content = IndexAccess::worktreeForOdb(repo, file.newPath);
        if (!content)
            return content.error();
        newContent = std::move(content).value();
    }
    auto built = PartialPatch::build(file, oldContent, newContent, lines, PartialPatch::Direction::Apply);
    if (!built)
        return built.error();
    if (file.status == DeltaStatus::Deleted && PartialPatch::selectsEverything(file, lines)) {
        if (int rc = git_index_remove_bypath(index->get(), oldPath.constData()); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot stage the deletion of '%1'").arg(file.path()));
    } else {
        // The entry keeps its mode; a new file gets the working tree's.
        quint32 mode = oldMode;
        if (!mode)
            mode = file.newMode ? file.newMode
                                : (isExec(repo.workdir() + QLatin1Char('/') + file.newPath) ? kExecMode : kBlobMode);
        if (auto ok = setIndexContent(repo, index->get(), file.path(), mode, *built); !ok)
            return ok;
    }
    return IndexAccess::write(*index);
}

Result<void> Staging::unstageLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (auto ok = IndexAccess::refuseUnpickable(file); !ok)
        return ok;
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    const QByteArray newPath = file.newPath.toUtf8();
    const git_index_entry *entry = git_index_get_bypath(index->get(), newPath.constData(), 0);
    const bool newExists = file.status != DeltaStatus::Deleted;
    if (newExists && (!entry || (!file.newId.isNull() && !git_oid_equal(&entry->id, file.newId.ptr()))))
        return GitError::custom(Tr::tr("'%1' changed since its diff was shown; refresh and try again").arg(file.path()));
    QByteArray newContent;
    if (newExists) {
        auto content = IndexAccess::blobContent(repo, entry->id);
        if (!content)
            return content.error();
        newContent = std::move(content).value();
    }
    QByteArray oldContent;
    quint32 mode = newExists ? entry->mode : file.oldMode;
    if (file.status != DeltaStatus::Added) {
        auto content = IndexAccess::blobContent(repo, *file.oldId.ptr());
        if (!content)
            return content.error();
        oldContent = std::move(content).value();
    }
    auto built = PartialPatch::build(file, oldContent, newContent, lines, PartialPatch::Direction::Revert);
    if (!built)
        return built.error();
    if (file.status == DeltaStatus::Added && PartialPatch::selectsEverything(file, lines)) {
        if (int rc = git_index_remove_bypath(index->get(), newPath.constData()); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot unstage '%1'").arg(file.path()));
    } else if (auto ok = setIndexContent(repo, index->get(), file.path(), mode, *built); !ok) {
        return ok;
    }
    return IndexAccess::write(*index);
}

QList<DiffLineRef> Staging::linesInRange(const DiffFile &file, int first, int last)
{
    QList<DiffLineRef> refs;
    for (int h = 0; h < file.hunks.size(); ++h) {
        const DiffHunk &hunk = file.hunks[h];
        // New-side number of the next line that exists on the new side.
        int nextNew = hunk.newLines == 0 ? hunk.newStart + 1 : hunk.newStart;
        for (int l = 0; l < hunk.lines.size(); ++l) {
            const DiffLine &line = hunk.lines[l];
            if (line.origin == DiffLine::Origin::Deletion) {
                if (nextNew >= first && nextNew < last + 1)
                    refs.append({h, l});
                continue;
            }
            nextNew = line.newLineNo + 1;
            if (line.origin == DiffLine::Origin::Addition && line.newLineNo >= first && line.newLineNo <= last)
                refs.append({h, l});
        }
    }
    return refs;
}

Result<Staging::LineRangeSelection> Staging::selectLineRange(const Repository &repo, DiffKind kind, const QString &path,
                                                             int first, int last)
{
    if (first < 1 || last < first)
        return GitError::custom(Tr::tr("invalid line range %1-%2").arg(first).arg(last));
    DiffOptions options;
    options.detectRenames = false;
    options.forceLarge = true;
    auto file = DiffReader::fileDiff(repo, kind, path, options);
    if (!file)
        return file.error();
    const bool staging = kind == DiffKind::IndexToWorkdir;
    if (file->status == DeltaStatus::Unmodified) {
        auto index = repo.index();
        const QFileInfo info(repo.workdir() + QLatin1Char('/') + path);
        if (index && !info.exists() && !indexHasPath(index->get(), path))
            return IndexAccess::pathspecError(path);
        return GitError::custom(staging ? Tr::tr("'%1' has no unstaged changes").arg(path)
                                        : Tr::tr("'%1' has no staged changes").arg(path));
    }
    if (auto ok = IndexAccess::refuseUnpickable(*file); !ok)
        return ok.error();
    LineRangeSelection selection{std::move(file).value(), {}};
    selection.lines = linesInRange(selection.file, first, last);
    if (selection.lines.isEmpty())
        return GitError::custom((staging ? Tr::tr("no unstaged changes in lines %1-%2 of '%3'")
                                         : Tr::tr("no staged changes in lines %1-%2 of '%3'"))
                                    .arg(first).arg(last).arg(path));
    return selection;
}

Result<void> Staging::stageLineRange(const Repository &repo, const QString &path, int first, int last)
{
    auto selection = selectLineRange(repo, DiffKind::IndexToWorkdir, path, first, last);
    if (!selection)
        return selection.error();
    return stageLines(repo, selection->file, selection->lines);
}

Result<void> Staging::unstageLineRange(const Repository &repo, const QString &path, int first, int last)
{
    auto selection = selectLineRange(repo, DiffKind::HeadToIndex, path, first, last);
    if (!selection)
        return selection.error();
    return unstageLines(repo, selection->file, selection->lines);
}

} // namespace gantry
