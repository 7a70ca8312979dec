#include "gitcore/StatusRefresh.h"

#include "gitcore/GitPtr.h"
#include "gitcore/StatusReader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

namespace gantry {

namespace {

thread_local bool t_lastWasPartial = false;

QByteArray parentOf(QByteArray path)
{
    if (path.endsWith('/'))
        path.chop(1); // a collapsed untracked folder, "tmp/"
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? QByteArray() : path.left(slash);
}

bool under(const QByteArray &path, const QByteArray &folder)
{
    return folder.isEmpty() || path == folder || (path.startsWith(folder) && path.at(folder.size()) == '/');
}

/// The files a report stands for, or nothing when only a full read is right: each reported file,
/// and for each reported folder the files directly in it now, the index entries directly in it
/// (deleted ones) and the last snapshot's entries directly in it (deleted untracked ones).
std::optional<QSet<QByteArray>> expand(const Repository &repo, git_index *index, const StatusSnapshot &last,
                                       const QStringList &reported)
{
    // A folder is tracked when an index entry lies under it (the index is sorted: one lookup).
    const auto tracked = [&](const QByteArray &folder) {
        size_t at = 0;
        return folder.isEmpty() ? git_index_entrycount(index) > 0
                                : git_index_find_prefix(&at, index, (folder + '/').constData()) == 0;
    };
    QSet<QByteArray> out;
    for (const QString &report : reported) {
        const QByteArray path = QDir::cleanPath(report).toUtf8() == "." ? QByteArray() : QDir::cleanPath(report).toUtf8();
        const QFileInfo info(repo.workdir() + QLatin1Char('/') + report);
        if (!info.isDir() || info.isSymLink()) {
            if (path.isEmpty())
                return std::nullopt;
            out.insert(path);
            continue;
        }
        if (!tracked(path))
            return std::nullopt; // a folder git does not know: it may list as "dir/"
        const QByteArray prefix = path.isEmpty() ? QByteArray() : path + '/';
        const QFileInfoList entries = QDir(info.filePath()).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QFileInfo &entry : entries) {
            const QByteArray child = prefix + QFile::encodeName(entry.fileName());
            if (entry.fileName() == QLatin1String(".git"))
                continue;
            if (entry.isDir() && !entry.isSymLink()) {
                if (!tracked(child))
                    return std::nullopt; // a new or untracked folder
                continue; // a known folder reports its own changes
            }
            out.insert(child);
        }
        // The index entries directly in the folder: from the first under it, while they are.
        size_t first = 0;
        if (prefix.isEmpty() || git_index_find_prefix(&first, index, prefix.constData()) == 0) {
            for (size_t i = first, n = git_index_entrycount(index); i < n; ++i) {
                const char *entry = git_index_get_byindex(index, i)->path;
                if (std::strncmp(entry, prefix.constData(), size_t(prefix.size())) != 0)
                    break;
                if (!std::strchr(entry + prefix.size(), '/'))
                    out.insert(entry);
            }
        }
        for (const StatusEntry &entry : last.entries)
            if (parentOf(entry.path) == path)
                out.insert(entry.path);
    }
    return out;
}

/// Whether `path` lies inside a submodule (an index entry of mode 160000 above it): libgit2's
/// literal paths do not reach into one, so its status line would not change.
bool insideSubmodule(git_index *index, const QByteArray &path)
{
    for (qsizetype slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        const git_index_entry *entry = git_index_get_bypath(index, path.left(slash).constData(), 0);
        if (entry && entry->mode == GIT_FILEMODE_COMMIT)
            return true;
    }
    return false;
}

bool foldable(const StatusSnapshot &last, git_index *index, const QSet<QByteArray> &paths)
{
    for (const QByteArray &p : paths)
        if (insideSubmodule(index, p))
            return false;
    QHash<QByteArray, bool> seen;
    for (const StatusEntry &entry : last.entries) {
        if (entry.isConflicted())
            return false;
        // One path listed twice ("D  f" staged and "?? f" untracked): keep the full read's say.
        if (paths.contains(entry.path) && !entry.isIgnored() && std::exchange(seen[entry.path], true))
            return false;
        if (entry.isUntracked() && entry.path.endsWith('/')) {
            for (const QByteArray &p : paths)
                if (p.startsWith(entry.path) || entry.path.startsWith(p + '/'))
                    return false; // inside a collapsed untracked folder, or the folder itself (gone)
        }
        if (paths.contains(entry.path) || (entry.isRenamed() && paths.contains(entry.origPath))) {
            if (entry.isSubmodule || entry.isRenamed())
                return false;
        }
    }
    return true;
}

bool entryLess(const StatusEntry &a, const StatusEntry &b)
{
    const auto group = [](const StatusEntry &e) { return e.isIgnored() ? 2 : e.isUntracked() ? 1 : 0; };
    if (group(a) != group(b))
        return group(a) < group(b);
    return a.path < b.path;
}

Result<StatusSnapshot> fullRead(const Repository &repo)
{
    t_lastWasPartial = false;
    return StatusReader::read(repo);
}

} // namespace

bool StatusRefresh::lastWasPartial()
{
    return t_lastWasPartial;
}

Result<StatusSnapshot> StatusRefresh::refresh(const Repository &repo, const StatusSnapshot &last, const QStringList &paths)
{
    if (paths.isEmpty() || paths.size() > MaxPaths || repo.headCommit() != last.head || repo.headBranch() != last.branch
        || repo.state() != last.state || StatusReader::effectiveUntrackedMode(repo, {}) == UntrackedMode::No)
        return fullRead(repo);
    auto index = repo.index();
    if (!index)
        return index.error();
    const std::optional<QSet<QByteArray>> files = expand(repo, index->get(), last, paths);
    if (!files || files->size() > MaxPaths || !foldable(last, index->get(), *files))
        return fullRead(repo);
    if (files->isEmpty()) {
        t_lastWasPartial = true;
        return last;
    }

    StatusOptions options;
    // Every path is a file in a folder git knows, where -uall and -unormal list the same; and
    // libgit2 1.5 finds an untracked file in a subfolder by its literal path only when it
    // recurses (without, `a/new.txt` is missed).
    options.untracked = UntrackedMode::All;
    options.literalPaths = true;
    options.branchInfo = false;
    for (const QByteArray &file : *files)
        options.paths.append(QString::fromUtf8(file));
    auto partial = StatusReader::read(repo, options);
    if (!partial)
        return partial.error();

    QHash<QByteArray, StatusEntry> fresh;
    for (const StatusEntry &entry : partial->entries) {
        if (entry.isConflicted() || entry.isSubmodule || entry.isRenamed() || !files->contains(entry.path)
            || fresh.contains(entry.path))
            return fullRead(repo); // not what a few files' working-tree side can give
        fresh.insert(entry.path, entry);
    }
    StatusSnapshot next = last;
    next.entries.clear();
    for (const StatusEntry &entry : last.entries)
        if (!files->contains(entry.path))
            next.entries.append(entry);
    QHash<QByteArray, const StatusEntry *> before;
    for (const StatusEntry &entry : last.entries)
        before.insert(entry.path, &entry);
    for (const QByteArray &file : *files) {
        const StatusEntry *old = before.value(file, nullptr);
        const auto found = fresh.constFind(file);
        if (found != fresh.cend() && found->isUntracked()) {
            next.entries.append(*found);
            continue;
        }
        // The staged side (X) is the last snapshot's: the index did not change.
        StatusEntry entry = old && !old->isUntracked() ? *old : (found != fresh.cend() ? *found : StatusEntry{});
        if (!old || old->isUntracked())
            entry.index = found != fresh.cend() ? found->index : ' ';
        entry.path = file;
        entry.kind = StatusKind::Tracked;
        entry.worktree = found != fresh.cend() ? found->worktree : ' ';
        if (entry.index != ' ' || entry.worktree != ' ')
            next.entries.append(entry);
    }
    std::stable_sort(next.entries.begin(), next.entries.end(), entryLess);
    t_lastWasPartial = true;
    return next;
}

} // namespace gantry
