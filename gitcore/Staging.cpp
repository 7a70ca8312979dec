#include "gitcore/Staging.h"

#include "gitcore/DiffReader.h"
#include "gitcore/DiscardArchive.h"
#include "gitcore/GitPtr.h"
#include "gitcore/LibGit2.h"
#include "gitcore/PartialPatch.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace gantry {

namespace {

constexpr quint32 kBlobMode = GIT_FILEMODE_BLOB;
constexpr quint32 kExecMode = GIT_FILEMODE_BLOB_EXECUTABLE;
constexpr quint32 kLinkMode = GIT_FILEMODE_LINK;

QString tr(const char *text)
{
    return QCoreApplication::translate("gantry::Staging", text);
}

GitError lockedError(const Repository &repo)
{
    return GitError(GIT_ELOCKED, GIT_ERROR_INDEX,
                    tr("Unable to create '%1/index.lock': File exists. Another git process seems to be running "
                       "in this repository; if not, remove that file and try again.")
                        .arg(repo.gitDir()));
}

GitError pathspecError(const QString &path)
{
    return GitError(GIT_ENOTFOUND, GIT_ERROR_INVALID, tr("pathspec '%1' did not match any files").arg(path));
}

/// Loads the index for writing, refusing up front when another process holds its lock.
Result<IndexPtr> indexForWriting(const Repository &repo)
{
    ensureLibgit2();
    if (repo.isBare())
        return GitError::custom(tr("a bare repository has no working tree to stage from"));
    if (QFileInfo::exists(repo.gitDir() + QLatin1String("/index.lock")))
        return lockedError(repo);
    return repo.index();
}

Result<void> writeIndex(const Repository &repo, git_index *index)
{
    const int rc = git_index_write(index);
    if (rc == GIT_ELOCKED || (rc < 0 && QFileInfo::exists(repo.gitDir() + QLatin1String("/index.lock"))))
        return lockedError(repo);
    return check(rc, tr("cannot write the index"));
}

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
        return GitError::fromLibgit2(rc, tr("cannot read HEAD"));
    IndexPtr index(raw);
    if (repo.isHeadUnborn())
        return index;
    if (auto readable = repo.checkHeadReadable(); !readable)
        return readable.error();
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, repo.raw(), repo.headCommit().ptr()); rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot read HEAD"));
    CommitPtr ownedCommit(commit);
    git_tree *tree = nullptr;
    if (int rc = git_commit_tree(&tree, commit); rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot read HEAD"));
    TreePtr ownedTree(tree);
    if (int rc = git_index_read_tree(index.get(), tree); rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot read HEAD"));
    return index;
}

/// Paths of the entries of `index` that are `path` or inside the folder `path`.
QStringList entriesUnder(git_index *index, const QString &path)
{
    QStringList out;
    const bool everything = path == QLatin1String(".");
    const QByteArray exact = path.toUtf8();
    const QByteArray prefix = exact + '/';
    const size_t count = git_index_entrycount(index);
    for (size_t i = 0; i < count; ++i) {
        const git_index_entry *e = git_index_get_byindex(index, i);
        const QByteArray p(e->path);
        if ((everything || p == exact || p.startsWith(prefix)) && (out.isEmpty() || out.last() != QString::fromUtf8(p)))
            out.append(QString::fromUtf8(p));
    }
    return out;
}

Result<QByteArray> blobContent(const Repository &repo, const git_oid &id)
{
    git_blob *blob = nullptr;
    if (int rc = git_blob_lookup(&blob, repo.raw(), &id); rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot read blob"));
    BlobPtr owned(blob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

/// A working-tree file as git would store it (clean filters applied); empty when absent.
Result<QByteArray> worktreeForOdb(const Repository &repo, const QString &path)
{
    const QString full = repo.workdir() + QLatin1Char('/') + path;
    const QFileInfo info(full);
    if (info.isSymLink()) {
        auto states = DiscardArchive::capture(repo, {path});
        if (!states)
            return states.error();
        return states->first().content;
    }
    if (!info.exists())
        return QByteArray();
    git_filter_list *filters = nullptr;
    const QByteArray pathBytes = path.toUtf8();
    if (int rc = git_filter_list_load(&filters, repo.raw(), nullptr, pathBytes.constData(), GIT_FILTER_TO_ODB,
                                      GIT_FILTER_DEFAULT);
        rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot load the filters for '%1'").arg(path));
    if (!filters) {
        QFile file(full);
        if (!file.open(QIODevice::ReadOnly))
            return GitError::custom(tr("cannot read '%1': %2").arg(path, file.errorString()));
        return file.readAll();
    }
    GitBuf buf;
    const int rc = git_filter_list_apply_to_file(&buf, filters, repo.raw(), pathBytes.constData());
    git_filter_list_free(filters);
    if (rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot read '%1'").arg(path));
    return QByteArray(buf.data(), qsizetype(buf.size()));
}

/// Content as the working tree should hold it (smudge filters applied).
Result<QByteArray> toWorktree(const Repository &repo, const QString &path, const QByteArray &content, quint32 mode)
{
    if (mode == kLinkMode)
        return content;
    git_filter_list *filters = nullptr;
    const QByteArray pathBytes = path.toUtf8();
    if (int rc = git_filter_list_load(&filters, repo.raw(), nullptr, pathBytes.constData(), GIT_FILTER_TO_WORKTREE,
                                      GIT_FILTER_DEFAULT);
        rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot load the filters for '%1'").arg(path));
    if (!filters)
        return content;
    GitBuf buf;
    const int rc = git_filter_list_apply_to_buffer(&buf, filters, content.constData(), size_t(content.size()));
    git_filter_list_free(filters);
    if (rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot convert '%1' for the working tree").arg(path));
    return QByteArray(buf.data(), qsizetype(buf.size()));
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
        return GitError::fromLibgit2(rc, tr("cannot store '%1'").arg(path));
    entry.id = id;
    entry.file_size = quint32(content.size());
    return check(git_index_add(index, &entry), tr("cannot update '%1' in the index").arg(path));
}

bool isExec(const QString &full)
{
    return QFileInfo(full).permissions() & QFileDevice::ExeOwner;
}

Result<void> refuseUnpickable(const DiffFile &file)
{
    if (file.binary)
        return GitError::custom(tr("'%1' is a binary file: its lines cannot be staged one by one; stage the whole file")
                                    .arg(file.path()));
    if (file.tooLarge)
        return GitError::custom(tr("'%1' is too large to pick lines from; stage the whole file").arg(file.path()));
    if (file.status == DeltaStatus::Conflicted)
        return GitError::custom(tr("'%1' has conflicts: resolve them, then stage the whole file").arg(file.path()));
    if (file.status == DeltaStatus::Unmodified || file.hunks.isEmpty())
        return GitError::custom(tr("'%1' has no changed lines").arg(file.path()));
    return {};
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
            if (auto ok = check(git_index_add(index, &entry), tr("cannot unstage '%1'").arg(path)); !ok)
                return ok;
        } else if (int rc = git_index_remove_bypath(index, bytes.constData()); rc < 0) {
            return GitError::fromLibgit2(rc, tr("cannot unstage '%1'").arg(path));
        }
    }
    Q_UNUSED(repo);
    return {};
}

} // namespace

Result<void> Staging::stageFiles(const Repository &repo, const QStringList &paths)
{
    auto index = indexForWriting(repo);
    if (!index)
        return index.error();
    git_index *idx = index->get();
    for (const QString &path : paths) {
        const QFileInfo info(repo.workdir() + QLatin1Char('/') + path);
        if (path.isEmpty() || (!info.exists() && !info.isSymLink() && !indexHasPath(idx, path)))
            return pathspecError(path);
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
            for (const QString &entry : entriesUnder(idx, path))
                if ((rc = git_index_remove_bypath(idx, entry.toUtf8().constData())) < 0)
                    break;
        }
        if (rc < 0)
            return GitError::fromLibgit2(rc, tr("cannot stage '%1'").arg(path));
    }
    return writeIndex(repo, idx);
}

Result<void> Staging::unstageFiles(const Repository &repo, const QStringList &paths)
{
    auto index = indexForWriting(repo);
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
        QStringList under = entriesUnder(index->get(), path) + entriesUnder(head->get(), path);
        if (path.isEmpty() || under.isEmpty())
            return pathspecError(path);
        for (const DiffFile &f : *staged)
            if (f.status == DeltaStatus::Renamed && (under.contains(f.oldPath) || under.contains(f.newPath)))
                under << f.oldPath << f.newPath;
        expanded += under;
    }
    expanded.removeDuplicates();
    if (auto ok = restoreFromHead(repo, index->get(), head->get(), expanded); !ok)
        return ok;
    return writeIndex(repo, index->get());
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
    auto index = indexForWriting(repo);
    if (!index)
        return index.error();
    if (int rc = git_index_add_all(index->get(), nullptr, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr); rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot stage all changes"));
    if (int rc = git_index_update_all(index->get(), nullptr, nullptr, nullptr); rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot stage all changes"));
    return writeIndex(repo, index->get());
}

Result<void> Staging::unstageAll(const Repository &repo)
{
    auto index = indexForWriting(repo);
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
    return writeIndex(repo, index->get());
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
    if (auto ok = refuseUnpickable(file); !ok)
        return ok;
    auto index = indexForWriting(repo);
    if (!index)
        return index.error();
    const QByteArray oldPath = file.oldPath.toUtf8();
    const git_index_entry *oldEntry = git_index_get_bypath(index->get(), oldPath.constData(), 0);
    const bool oldExists = file.status != DeltaStatus::Added && file.status != DeltaStatus::Untracked;
    if (oldExists && (!oldEntry || (!file.oldId.isNull() && !git_oid_equal(&oldEntry->id, file.oldId.ptr()))))
        return GitError::custom(tr("'%1' changed since its diff was shown; refresh and try again").arg(file.path()));
    QByteArray oldContent;
    if (oldExists) {
        auto content = blobContent(repo, oldEntry->id);
        if (!content)
            return content.error();
        oldContent = std::move(content).value();
    }
    const quint32 oldMode = oldExists ? oldEntry->mode : 0;
    QByteArray newContent;
    if (file.status != DeltaStatus::Deleted) {
        auto content = worktreeForOdb(repo, file.newPath);
        if (!content)
            return content.error();
        newContent = std::move(content).value();
    }
    auto built = PartialPatch::build(file, oldContent, newContent, lines, PartialPatch::Direction::Apply);
    if (!built)
        return built.error();
    if (file.status == DeltaStatus::Deleted && PartialPatch::selectsEverything(file, lines)) {
        if (int rc = git_index_remove_bypath(index->get(), oldPath.constData()); rc < 0)
            return GitError::fromLibgit2(rc, tr("cannot stage the deletion of '%1'").arg(file.path()));
    } else {
        // The entry keeps its mode; a new file gets the working tree's.
        quint32 mode = oldMode;
        if (!mode)
            mode = file.newMode ? file.newMode
                                : (isExec(repo.workdir() + QLatin1Char('/') + file.newPath) ? kExecMode : kBlobMode);
        if (auto ok = setIndexContent(repo, index->get(), file.path(), mode, *built); !ok)
            return ok;
    }
    return writeIndex(repo, index->get());
}

Result<void> Staging::unstageLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (auto ok = refuseUnpickable(file); !ok)
        return ok;
    auto index = indexForWriting(repo);
    if (!index)
        return index.error();
    const QByteArray newPath = file.newPath.toUtf8();
    const git_index_entry *entry = git_index_get_bypath(index->get(), newPath.constData(), 0);
    const bool newExists = file.status != DeltaStatus::Deleted;
    if (newExists && (!entry || (!file.newId.isNull() && !git_oid_equal(&entry->id, file.newId.ptr()))))
        return GitError::custom(tr("'%1' changed since its diff was shown; refresh and try again").arg(file.path()));
    QByteArray newContent;
    if (newExists) {
        auto content = blobContent(repo, entry->id);
        if (!content)
            return content.error();
        newContent = std::move(content).value();
    }
    QByteArray oldContent;
    quint32 mode = newExists ? entry->mode : file.oldMode;
    if (file.status != DeltaStatus::Added) {
        auto content = blobContent(repo, *file.oldId.ptr());
        if (!content)
            return content.error();
        oldContent = std::move(content).value();
    }
    auto built = PartialPatch::build(file, oldContent, newContent, lines, PartialPatch::Direction::Revert);
    if (!built)
        return built.error();
    if (file.status == DeltaStatus::Added && PartialPatch::selectsEverything(file, lines)) {
        if (int rc = git_index_remove_bypath(index->get(), newPath.constData()); rc < 0)
            return GitError::fromLibgit2(rc, tr("cannot unstage '%1'").arg(file.path()));
    } else if (auto ok = setIndexContent(repo, index->get(), file.path(), mode, *built); !ok) {
        return ok;
    }
    return writeIndex(repo, index->get());
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
        return GitError::custom(tr("invalid line range %1-%2").arg(first).arg(last));
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
            return pathspecError(path);
        return GitError::custom(staging ? tr("'%1' has no unstaged changes").arg(path)
                                        : tr("'%1' has no staged changes").arg(path));
    }
    if (auto ok = refuseUnpickable(*file); !ok)
        return ok.error();
    LineRangeSelection selection{std::move(file).value(), {}};
    selection.lines = linesInRange(selection.file, first, last);
    if (selection.lines.isEmpty())
        return GitError::custom((staging ? tr("no unstaged changes in lines %1-%2 of '%3'")
                                         : tr("no staged changes in lines %1-%2 of '%3'"))
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

Result<Oid> Staging::discardFiles(const Repository &repo, const QStringList &paths)
{
    auto index = indexForWriting(repo);
    if (!index)
        return index.error();
    git_index *idx = index->get();
    // Expand folders into the files they hold: tracked ones and untracked, not ignored ones.
    QStringList files;
    for (const QString &path : paths) {
        const bool whole = path == QLatin1String(".");
        const QString full = whole ? repo.workdir() : repo.workdir() + QLatin1Char('/') + path;
        QStringList found = entriesUnder(idx, path);
        if (QFileInfo(full).isDir() && !QFileInfo(full).isSymLink()) {
            QDirIterator it(full, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString rel = it.next().mid(repo.workdir().size() + 1);
                if (rel.isEmpty() || rel.startsWith(QLatin1String(".git/")) || rel.contains(QLatin1String("/.git/")))
                    continue; // never the repository itself (or a nested one)
                int ignored = 0;
                if (git_ignore_path_is_ignored(&ignored, repo.raw(), rel.toUtf8().constData()) == 0 && !ignored)
                    found.append(rel);
            }
        } else if (QFileInfo(full).exists() || QFileInfo(full).isSymLink()) {
            found.append(path);
        }
        if (path.isEmpty() || found.isEmpty())
            return pathspecError(path);
        files += found;
    }
    files.removeDuplicates();
    auto before = DiscardArchive::capture(repo, files);
    if (!before)
        return before.error();
    QList<WorktreeFileState> changedBefore, after;
    for (const WorktreeFileState &b : *before) {
        const QByteArray bytes = b.path.toUtf8();
        WorktreeFileState a;
        a.path = b.path;
        if (const git_index_entry *entry = git_index_get_bypath(idx, bytes.constData(), 0)) {
            auto content = blobContent(repo, entry->id);
            if (!content)
                return content.error();
            auto smudged = toWorktree(repo, b.path, *content, entry->mode);
            if (!smudged)
                return smudged.error();
            a.exists = true;
            a.content = std::move(smudged).value();
            a.mode = entry->mode == kExecMode || entry->mode == kLinkMode ? entry->mode : kBlobMode;
        } else if (git_index_get_bypath(idx, bytes.constData(), 1) || git_index_get_bypath(idx, bytes.constData(), 2)) {
            return GitError::custom(tr("'%1' has conflicts: resolve them before discarding").arg(b.path));
        }
        if (a.exists == b.exists && (!a.exists || (a.content == b.content && a.mode == b.mode)))
            continue;
        changedBefore.append(b);
        after.append(a);
    }
    if (after.isEmpty())
        return GitError::custom(tr("no changes to discard in %1").arg(paths.join(QLatin1String(", "))));
    QStringList names;
    for (const WorktreeFileState &a : after)
        names.append(a.path);
    const QString description = names.size() == 1
        ? tr("Discard changes in %1").arg(names.first())
        : tr("Discard changes in %1 files").arg(names.size());
    auto entry = DiscardArchive::record(repo, changedBefore, after, description);
    if (!entry)
        return entry.error();
    for (const WorktreeFileState &a : after)
        if (auto ok = DiscardArchive::writeWorktreeFile(repo, a); !ok)
            return ok.error();
    return entry;
}

Result<Oid> Staging::discardHunk(const Repository &repo, const DiffFile &file, int hunkIndex)
{
    return discardLines(repo, file, PartialPatch::hunkChanges(file, hunkIndex));
}

Result<Oid> Staging::discardLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (auto ok = refuseUnpickable(file); !ok)
        return ok.error();
    auto index = repo.index();
    if (!index)
        return index.error();
    QByteArray oldContent;
    if (file.status != DeltaStatus::Added && file.status != DeltaStatus::Untracked) {
        const git_index_entry *entry = git_index_get_bypath(index->get(), file.oldPath.toUtf8().constData(), 0);
        if (!entry || (!file.oldId.isNull() && !git_oid_equal(&entry->id, file.oldId.ptr())))
            return GitError::custom(tr("'%1' changed since its diff was shown; refresh and try again").arg(file.path()));
        auto content = blobContent(repo, entry->id);
        if (!content)
            return content.error();
        oldContent = std::move(content).value();
    }
    auto newContent = worktreeForOdb(repo, file.path());
    if (!newContent)
        return newContent.error();
    auto built = PartialPatch::build(file, oldContent, *newContent, lines, PartialPatch::Direction::Revert);
    if (!built)
        return built.error();
    auto before = DiscardArchive::capture(repo, {file.path()});
    if (!before)
        return before.error();
    WorktreeFileState after = before->first();
    const bool removeFile = (file.status == DeltaStatus::Untracked || file.status == DeltaStatus::Added)
        && PartialPatch::selectsEverything(file, lines);
    if (removeFile) {
        after.exists = false;
        after.content.clear();
    } else {
        auto smudged = toWorktree(repo, file.path(), *built, after.mode);
        if (!smudged)
            return smudged.error();
        after.exists = true;
        after.content = std::move(smudged).value();
        if (!before->first().exists)
            after.mode = file.oldMode ? file.oldMode : kBlobMode;
    }
    int count = 0;
    for (const DiffLineRef &ref : lines)
        count += PartialPatch::hunkChanges(file, ref.hunk).contains(ref) ? 1 : 0;
    const QString description =
        QCoreApplication::translate("gantry::Staging", "Discard %n changed line(s) in %1", nullptr, count).arg(file.path());
    auto entry = DiscardArchive::record(repo, *before, {after}, description);
    if (!entry)
        return entry.error();
    if (auto ok = DiscardArchive::writeWorktreeFile(repo, after); !ok)
        return ok.error();
    return entry;
}

} // namespace gantry
