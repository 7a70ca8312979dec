#include "gitcore/DiffReader.h"

#include "gitcore/GitPtr.h"
#include "gitcore/LibGit2.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <vector>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::DiffReader)
};

DeltaStatus toStatus(git_delta_t status)
{
    switch (status) {
    case GIT_DELTA_UNMODIFIED: return DeltaStatus::Unmodified;
    case GIT_DELTA_ADDED: return DeltaStatus::Added;
    case GIT_DELTA_DELETED: return DeltaStatus::Deleted;
    case GIT_DELTA_MODIFIED: return DeltaStatus::Modified;
    case GIT_DELTA_RENAMED: return DeltaStatus::Renamed;
    case GIT_DELTA_COPIED: return DeltaStatus::Copied;
    case GIT_DELTA_IGNORED: return DeltaStatus::Ignored;
    case GIT_DELTA_UNTRACKED: return DeltaStatus::Untracked;
    case GIT_DELTA_TYPECHANGE: return DeltaStatus::TypeChange;
    case GIT_DELTA_CONFLICTED: return DeltaStatus::Conflicted;
    case GIT_DELTA_UNREADABLE: return DeltaStatus::Modified;
    }
    return DeltaStatus::Modified;
}

/// The tree a commit-ish or tree id names; a null `id` gives a null tree (the empty tree).
Result<TreePtr> treeFor(const Repository &repo, const Oid &id, const QString &what)
{
    if (id.isNull())
        return TreePtr();
    git_object *object = nullptr;
    if (int rc = git_object_lookup(&object, repo.raw(), id.ptr(), GIT_OBJECT_ANY); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot find %1 %2").arg(what, id.toString()));
    ObjectPtr owned(object);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object, GIT_OBJECT_TREE); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("%1 %2 is not a commit or tree").arg(what, id.toString()));
    return TreePtr(reinterpret_cast<git_tree *>(peeled));
}

Result<TreePtr> headTree(const Repository &repo)
{
    if (repo.isHeadUnborn())
        return TreePtr();
    if (auto readable = repo.checkHeadReadable(); !readable)
        return readable.error();
    return treeFor(repo, repo.headCommit(), Tr::tr("HEAD"));
}

Result<TreePtr> firstParentTree(const Repository &repo, const Oid &commitId)
{
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, repo.raw(), commitId.ptr()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot find commit %1").arg(commitId.toString()));
    CommitPtr owned(commit);
    if (git_commit_parentcount(commit) == 0)
        return TreePtr();
    return treeFor(repo, Oid(git_commit_parent_id(commit, 0)), Tr::tr("commit"));
}

qint64 sideSize(const Repository &repo, const git_diff_file &file, bool workdirSide)
{
    if (!(file.flags & GIT_DIFF_FLAG_EXISTS))
        return 0;
    if (file.size > 0)
        return qint64(file.size);
    if (workdirSide) {
        const QFileInfo info(repo.workdir() + QLatin1Char('/') + QString::fromUtf8(file.path));
        return info.exists() ? info.size() : 0;
    }
    if (git_oid_is_zero(&file.id))
        return 0;
    git_odb *odb = nullptr;
    if (git_repository_odb(&odb, repo.raw()) < 0)
        return 0;
    OdbPtr owned(odb);
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, odb, &file.id) < 0)
        return 0; // a missing object (e.g. a submodule commit) has no size to show
    return qint64(size);
}

void readLines(git_patch *patch, DiffFile &out)
{
    const size_t hunkCount = git_patch_num_hunks(patch);
    out.hunks.reserve(int(hunkCount));
    for (size_t h = 0; h < hunkCount; ++h) {
        const git_diff_hunk *rawHunk = nullptr;
        size_t lineCount = 0;
        if (git_patch_get_hunk(&rawHunk, &lineCount, patch, h) < 0)
            continue;
        DiffHunk hunk;
        hunk.oldStart = rawHunk->old_start;
        hunk.oldLines = rawHunk->old_lines;
        hunk.newStart = rawHunk->new_start;
        hunk.newLines = rawHunk->new_lines;
        hunk.header = QString::fromUtf8(rawHunk->header, int(rawHunk->header_len)).trimmed();
        hunk.lines.reserve(int(lineCount));
        for (size_t l = 0; l < lineCount; ++l) {
            const git_diff_line *rawLine = nullptr;
            if (git_patch_get_line_in_hunk(&rawLine, patch, h, l) < 0)
                continue;
            DiffLine line;
            switch (rawLine->origin) {
            case GIT_DIFF_LINE_CONTEXT: line.origin = DiffLine::Origin::Context; break;
            case GIT_DIFF_LINE_ADDITION: line.origin = DiffLine::Origin::Addition; ++out.additions; break;
            case GIT_DIFF_LINE_DELETION: line.origin = DiffLine::Origin::Deletion; ++out.deletions; break;
            default: continue; // the "\ No newline at end of file" markers: carried by the line's flag
            }
            line.oldLineNo = rawLine->old_lineno;
            line.newLineNo = rawLine->new_lineno;
            QByteArrayView content(rawLine->content, qsizetype(rawLine->content_len));
            if (content.endsWith('\n')) {
                content.chop(1);
                if (content.endsWith('\r')) {
                    content.chop(1);
                    line.crlf = true;
                }
            } else {
                line.noNewlineAtEnd = true;
            }
            line.text = QString::fromUtf8(content);
            hunk.lines.append(std::move(line));
        }
        out.hunks.append(std::move(hunk));
    }
}

/// The libgit2 options of `options` that apply to any diff (context, whitespace).
git_diff_options baseOptions(const DiffOptions &options)
{
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.context_lines = quint32(qMax(0, options.contextLines));
    opts.flags |= GIT_DIFF_INCLUDE_TYPECHANGE;
    switch (options.whitespace) {
    case DiffOptions::Whitespace::Show: break;
    case DiffOptions::Whitespace::IgnoreAll: opts.flags |= GIT_DIFF_IGNORE_WHITESPACE; break;
    case DiffOptions::Whitespace::IgnoreChange: opts.flags |= GIT_DIFF_IGNORE_WHITESPACE_CHANGE; break;
    case DiffOptions::Whitespace::IgnoreAtEol: opts.flags |= GIT_DIFF_IGNORE_WHITESPACE_EOL; break;
    }
    return opts;
}

Result<DiffPtr> computeDiff(const Repository &repo, DiffKind kind, const DiffOptions &options, const Oid &from,
                            const Oid &to)
{
    ensureLibgit2();
    git_diff_options opts = baseOptions(options);
    if (kind == DiffKind::IndexToWorkdir && options.includeUntracked)
        opts.flags |= GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_SHOW_UNTRACKED_CONTENT;
    std::vector<QByteArray> pathBytes;
    std::vector<char *> pathPointers;
    if (!options.paths.isEmpty()) {
        opts.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH;
        for (const QString &p : options.paths)
            pathBytes.push_back(p.toUtf8());
        for (QByteArray &b : pathBytes)
            pathPointers.push_back(b.data());
        opts.pathspec.strings = pathPointers.data();
        opts.pathspec.count = pathPointers.size();
    }

    git_diff *diff = nullptr;
    int rc = 0;
    switch (kind) {
    case DiffKind::HeadToIndex: {
        auto head = headTree(repo);
        if (!head)
            return head.error();
        auto index = repo.index();
        if (!index)
            return index.error();
        rc = git_diff_tree_to_index(&diff, repo.raw(), head->get(), index->get(), &opts);
        break;
    }
    case DiffKind::IndexToWorkdir: {
        if (repo.isBare())
            return GitError::custom(Tr::tr("a bare repository has no working tree"));
        // As status: the changes of a repository whose HEAD cannot be read are not shown as if
        // it were healthy (staging them would build on a history that is not there).
        if (auto readable = repo.checkHeadReadable(); !readable)
            return readable.error();
        auto index = repo.index();
        if (!index)
            return index.error();
        rc = git_diff_index_to_workdir(&diff, repo.raw(), index->get(), &opts);
        break;
    }
    case DiffKind::CommitToParent: {
        if (from.isNull())
            return GitError::custom(Tr::tr("no commit given"));
        auto commitTree = treeFor(repo, from, Tr::tr("commit"));
        if (!commitTree)
            return commitTree.error();
        auto parentTree = firstParentTree(repo, from);
        if (!parentTree)
            return parentTree.error();
        rc = git_diff_tree_to_tree(&diff, repo.raw(), parentTree->get(), commitTree->get(), &opts);
        break;
    }
    case DiffKind::CommitToCommit: {
        auto fromTree = treeFor(repo, from, Tr::tr("commit"));
        if (!fromTree)
            return fromTree.error();
        auto toTree = treeFor(repo, to, Tr::tr("commit"));
        if (!toTree)
            return toTree.error();
        rc = git_diff_tree_to_tree(&diff, repo.raw(), fromTree->get(), toTree->get(), &opts);
        break;
    }
    }
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot compute the diff"));
    DiffPtr owned(diff);
    if (options.detectRenames) {
        git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
        find.flags = GIT_DIFF_FIND_RENAMES; // git's default: renames only, 50% similarity
        find.rename_threshold = 50;
        if (int frc = git_diff_find_similar(diff, &find); frc < 0)
            return GitError::fromLibgit2(frc, Tr::tr("cannot detect renames"));
    }
    return owned;
}

Result<DiffFile> readFile(const Repository &repo, git_diff *diff, size_t i, DiffKind kind, const DiffOptions &options)
{
    const git_diff_delta *delta = git_diff_get_delta(diff, i);
    DiffFile file;
    file.oldPath = QString::fromUtf8(delta->old_file.path);
    file.newPath = QString::fromUtf8(delta->new_file.path);
    file.status = toStatus(delta->status);
    file.oldMode = delta->old_file.mode;
    file.newMode = delta->new_file.mode;
    file.oldId = Oid(delta->old_file.id);
    file.newId = Oid(delta->new_file.id);
    file.similarity = int(delta->similarity);
    const bool newIsWorkdir = kind == DiffKind::IndexToWorkdir;
    file.oldSize = sideSize(repo, delta->old_file, false);
    file.newSize = sideSize(repo, delta->new_file, newIsWorkdir);
    file.binary = delta->flags & GIT_DIFF_FLAG_BINARY;
    if (delta->status == GIT_DELTA_UNMODIFIED)
        return file;
    if (!options.forceLarge && qMax(file.oldSize, file.newSize) > options.largeFileThreshold) {
        file.tooLarge = true;
        return file;
    }
    git_patch *patch = nullptr;
    if (int rc = git_patch_from_diff(&patch, diff, i); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the changes of '%1'").arg(file.path()));
    PatchPtr owned(patch);
    if (!patch) // unchanged content (e.g. mode-only change filtered out)
        return file;
    const git_diff_delta *loaded = git_patch_get_delta(patch);
    file.binary = loaded->flags & GIT_DIFF_FLAG_BINARY;
    if (!git_oid_is_zero(&loaded->new_file.id))
        file.newId = Oid(loaded->new_file.id);
    if (!git_oid_is_zero(&loaded->old_file.id))
        file.oldId = Oid(loaded->old_file.id);
    if (!file.binary)
        readLines(patch, file);
    return file;
}

} // namespace

Result<DiffFile> DiffReader::diffBuffers(const QByteArray &oldText, const QString &oldPath, const QByteArray &newText,
                                         const QString &newPath, const DiffOptions &options)
{
    ensureLibgit2();
    const git_diff_options opts = baseOptions(options);
    const QByteArray oldName = oldPath.toUtf8();
    const QByteArray newName = newPath.toUtf8();
    git_patch *patch = nullptr;
    if (int rc = git_patch_from_buffers(&patch, oldText.constData(), size_t(oldText.size()), oldName.constData(),
                                        newText.constData(), size_t(newText.size()), newName.constData(), &opts);
        rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot compare the two versions of '%1'").arg(newPath));
    PatchPtr owned(patch);
    DiffFile file;
    file.oldPath = oldPath;
    file.newPath = newPath;
    file.oldSize = oldText.size();
    file.newSize = newText.size();
    file.status = oldText == newText ? DeltaStatus::Unmodified : DeltaStatus::Modified;
    if (!patch)
        return file;
    const git_diff_delta *delta = git_patch_get_delta(patch);
    file.oldMode = delta->old_file.mode;
    file.newMode = delta->new_file.mode;
    file.oldId = Oid(delta->old_file.id);
    file.newId = Oid(delta->new_file.id);
    file.binary = delta->flags & GIT_DIFF_FLAG_BINARY;
    if (!file.binary)
        readLines(patch, file);
    return file;
}

Result<QList<DiffFile>> DiffReader::diff(const Repository &repo, DiffKind kind, const DiffOptions &options,
                                         const Oid &from, const Oid &to)
{
    auto diff = computeDiff(repo, kind, options, from, to);
    if (!diff)
        return diff.error();
    QList<DiffFile> files;
    const size_t count = git_diff_num_deltas(diff->get());
    files.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        auto file = readFile(repo, diff->get(), i, kind, options);
        if (!file)
            return file.error();
        files.append(std::move(file).value());
    }
    return files;
}

Result<DiffFile> DiffReader::fileDiff(const Repository &repo, DiffKind kind, const QString &path,
                                      const DiffOptions &options, const Oid &from, const Oid &to)
{
    auto findIn = [&](const DiffOptions &opts) -> Result<std::optional<DiffFile>> {
        auto diff = computeDiff(repo, kind, opts, from, to);
        if (!diff)
            return diff.error();
        const size_t count = git_diff_num_deltas(diff->get());
        for (size_t i = 0; i < count; ++i) {
            const git_diff_delta *delta = git_diff_get_delta(diff->get(), i);
            if (path == QString::fromUtf8(delta->new_file.path) || path == QString::fromUtf8(delta->old_file.path)) {
                auto file = readFile(repo, diff->get(), i, kind, opts);
                if (!file)
                    return file.error();
                return std::optional<DiffFile>(std::move(file).value());
            }
        }
        return std::optional<DiffFile>();
    };

    // Restricting to the path is fast, but hides the other half of a rename: look again
    // over the whole diff when the file came back as a plain addition or deletion.
    DiffOptions narrow = options;
    narrow.paths = QStringList{path};
    auto found = findIn(narrow);
    if (!found)
        return found.error();
    const bool maybeRename = options.detectRenames && found->has_value()
        && ((*found)->status == DeltaStatus::Added || (*found)->status == DeltaStatus::Deleted);
    if (maybeRename) {
        DiffOptions wide = options;
        wide.paths.clear();
        auto again = findIn(wide);
        if (!again)
            return again.error();
        if (again->has_value())
            return std::move(**again);
    }
    if (found->has_value())
        return std::move(**found);
    DiffFile unchanged;
    unchanged.oldPath = unchanged.newPath = path;
    unchanged.status = DeltaStatus::Unmodified;
    return unchanged;
}

} // namespace gantry
