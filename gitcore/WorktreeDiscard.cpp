#include "gitcore/WorktreeDiscard.h"

#include "gitcore/DiscardArchive.h"
#include "gitcore/GitPtr.h"
#include "gitcore/IndexAccess.h"
#include "gitcore/PartialPatch.h"

#include <QDirIterator>
#include <QFileInfo>

#include <git2.h>

namespace gantry {

namespace {

constexpr quint32 kBlobMode = GIT_FILEMODE_BLOB;
constexpr quint32 kExecMode = GIT_FILEMODE_BLOB_EXECUTABLE;
constexpr quint32 kLinkMode = GIT_FILEMODE_LINK;

} // namespace

Result<Oid> WorktreeDiscard::discardFiles(const Repository &repo, const QStringList &paths)
{
    auto index = IndexAccess::forWriting(repo);
    if (!index)
        return index.error();
    git_index *idx = index->get();
    // Expand folders into the files they hold: tracked ones and untracked, not ignored ones.
    QStringList files;
    for (const QString &path : paths) {
        const bool whole = path == QLatin1String(".");
        const QString full = whole ? repo.workdir() : repo.workdir() + QLatin1Char('/') + path;
        QStringList found = IndexAccess::entriesUnder(idx, path);
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
            return IndexAccess::pathspecError(path);
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
            auto content = IndexAccess::blobContent(repo, entry->id);
            if (!content)
                return content.error();
            auto smudged = IndexAccess::toWorktree(repo, b.path, *content, entry->mode);
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

Result<Oid> WorktreeDiscard::discardHunk(const Repository &repo, const DiffFile &file, int hunkIndex)
{
    return discardLines(repo, file, PartialPatch::hunkChanges(file, hunkIndex));
}

Result<Oid> WorktreeDiscard::discardLines(const Repository &repo, const DiffFile &file, const QList<DiffLineRef> &lines)
{
    if (auto ok = IndexAccess::refuseUnpickable(file); !ok)
        return ok.error();
    auto index = repo.index();
    if (!index)
        return index.error();
    QByteArray oldContent;
    if (file.status != DeltaStatus::Added && file.status != DeltaStatus::Untracked) {
        const git_index_entry *entry = git_index_get_bypath(index->get(), file.oldPath.toUtf8().constData(), 0);
        if (!entry || (!file.oldId.isNull() && !git_oid_equal(&entry->id, file.oldId.ptr())))
            return GitError::custom(tr("'%1' changed since its diff was shown; refresh and try again").arg(file.path()));
        auto content = IndexAccess::blobContent(repo, entry->id);
        if (!content)
            return content.error();
        oldContent = std::move(content).value();
    }
    auto newContent = IndexAccess::worktreeForOdb(repo, file.path());
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
        auto smudged = IndexAccess::toWorktree(repo, file.path(), *built, after.mode);
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
    const QString description = tr("Discard %n changed line(s) in %1", nullptr, count).arg(file.path());
    auto entry = DiscardArchive::record(repo, *before, {after}, description);
    if (!entry)
        return entry.error();
    if (auto ok = DiscardArchive::writeWorktreeFile(repo, after); !ok)
        return ok.error();
    return entry;
}

} // namespace gantry
