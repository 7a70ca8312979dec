#include "gitcore/StagingGuard.h"

#include "gitcore/IndexAccess.h"
#include "gitcore/GitPtr.h"
#include "gitcore/StatusReader.h"
#include "gitcore/WorktreeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::StagingGuard)
};

QSet<QByteArray> linesOf(const QByteArray &content)
{
    QSet<QByteArray> out;
    for (QByteArray line : content.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        out.insert(line);
    }
    return out;
}

/// The worktree files a stage of `paths` would add or change: the index↔worktree diff, untracked
/// files included. HEAD is not read, so a damaged HEAD commit does not stop a stage (git add
/// does not read it either). Deletions, submodules, conflicts and ignored files add no content.
Result<QStringList> filesToStage(const Repository &repo, const QStringList &paths)
{
    auto index = repo.index();
    if (!index)
        return index.error();
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_IGNORE_SUBMODULES;
    QList<QByteArray> storage;
    QList<char *> pointers;
    if (!paths.contains(QStringLiteral(".")))
        for (const QString &path : paths)
            storage.append(path.toUtf8());
    for (QByteArray &path : storage)
        pointers.append(path.data());
    opts.pathspec.strings = pointers.data();
    opts.pathspec.count = size_t(pointers.size());
    git_diff *raw = nullptr;
    if (int rc = git_diff_index_to_workdir(&raw, repo.raw(), index->get(), &opts); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot compare the working tree with the index"));
    DiffPtr diff(raw);
    QStringList out;
    for (size_t i = 0, n = git_diff_num_deltas(diff.get()); i < n; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_DELETED || delta->status == GIT_DELTA_CONFLICTED
            || delta->status == GIT_DELTA_IGNORED || delta->new_file.mode == GIT_FILEMODE_COMMIT)
            continue;
        out.append(QString::fromUtf8(delta->new_file.path));
    }
    return out;
}

/// Scans the files a stage of `paths` would add or change.
Result<QList<SecretFinding>> scanEntries(const Repository &repo, const QStringList &paths,
                                         const SecretScanner &scanner)
{
    QList<SecretFinding> out;
    auto index = repo.index();
    if (!index)
        return index.error();
    auto files = filesToStage(repo, paths);
    if (!files)
        return files.error();
    const QByteArray workdir = QFile::encodeName(repo.workdir()) + '/';
    const qint64 limit = scanner.config().maxFileSize();
    for (const QString &path : files.value()) {
        // Files above the size limit are only stat'ed: their size is the finding.
        auto file = WorktreeFile::read(workdir + path.toUtf8(), limit > 0 ? limit : -1);
        if (!file)
            return file.error();
        out += StagingGuard::scanWorktreeFile(repo, scanner, path, *file,
                                              git_index_get_bypath(index->get(), path.toUtf8().constData(), 0));
    }
    return out;
}

QList<SecretFinding> scanAdded(const DiffFile &file, const QList<const DiffLine *> &lines, const SecretScanner &scanner)
{
    QList<std::pair<int, QString>> added;
    for (const DiffLine *line : lines)
        if (line->origin == DiffLine::Origin::Addition)
            added.append({line->newLineNo, line->text});
    if (added.isEmpty())
        return {};
    return scanner.scanLines(file.path(), added);
}

} // namespace

Result<QList<SecretFinding>> StagingGuard::scanFiles(const Repository &repo, const QStringList &paths,
                                                     const SecretScanner &scanner)
{
    return scanEntries(repo, paths, scanner);
}

Result<QList<SecretFinding>> StagingGuard::scanAll(const Repository &repo, const SecretScanner &scanner)
{
    return scanFiles(repo, {QStringLiteral(".")}, scanner);
}

QList<SecretFinding> StagingGuard::scanWorktreeFile(const Repository &repo, const SecretScanner &scanner, const QString &path,
                                                    const WorktreeFile &file, const git_index_entry *staged)
{
    if (!file.isFile())
        return {};
    const qint64 limit = scanner.config().maxFileSize();
    const qint64 size = qint64(file.st.st_size);
    if (!file.contentRead || (limit > 0 && size > limit)) {
        // Only a file that newly passes the limit: one already above it in the index was accepted before.
        if (staged && qint64(staged->file_size) > limit)
            return scanner.scanPath(path);
        return scanner.scanFile(path, {}, size);
    }
    const QByteArray &content = file.content;
    QList<SecretFinding> found = scanner.scanFile(path, content, size);
    auto before = staged && !found.isEmpty() ? IndexAccess::blobContent(repo, staged->id) : Result<QByteArray>(QByteArray());
    if (staged && before) {
        const QSet<QByteArray> known = linesOf(before.value());
        const QList<QByteArray> now = content.split('\n');
        found.removeIf([&](const SecretFinding &f) {
            if (f.kind != SecretFinding::Kind::Content || f.line < 1 || f.line > now.size())
                return false;
            QByteArray line = now.at(f.line - 1);
            if (line.endsWith('\r'))
                line.chop(1);
            return known.contains(line);
        });
    }
    return found;
}

QList<SecretFinding> StagingGuard::scanHunk(const DiffFile &file, int hunk, const SecretScanner &scanner)
{
    if (hunk < 0 || hunk >= file.hunks.size())
        return {};
    QList<const DiffLine *> lines;
    for (const DiffLine &line : file.hunks.at(hunk).lines)
        lines.append(&line);
    return scanAdded(file, lines, scanner);
}

QList<SecretFinding> StagingGuard::scanLines(const DiffFile &file, const QList<DiffLineRef> &refs,
                                             const SecretScanner &scanner)
{
    QList<const DiffLine *> lines;
    for (const DiffLineRef &ref : refs)
        if (ref.hunk >= 0 && ref.hunk < file.hunks.size() && ref.line >= 0 && ref.line < file.hunks.at(ref.hunk).lines.size())
            lines.append(&file.hunks.at(ref.hunk).lines.at(ref.line));
    return scanAdded(file, lines, scanner);
}

Result<void> StagingGuard::addToGitignore(const Repository &repo, const QStringList &patterns)
{
    if (repo.isBare())
        return GitError::custom(Tr::tr("a bare repository has no .gitignore"));
    const QString path = repo.workdir() + QStringLiteral("/.gitignore");
    QByteArray content;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return GitError::custom(Tr::tr("cannot read .gitignore: %1").arg(existing.errorString()));
        content = existing.readAll();
        existing.close();
    }
    QSet<QByteArray> listed;
    for (QByteArray line : content.split('\n'))
        listed.insert(line.trimmed());
    QByteArray added;
    for (const QString &pattern : patterns) {
        const QByteArray bytes = pattern.toUtf8();
        if (bytes.isEmpty() || listed.contains(bytes))
            continue;
        listed.insert(bytes);
        added += bytes + '\n';
    }
    if (added.isEmpty())
        return {};
    if (!content.isEmpty() && !content.endsWith('\n'))
        content += '\n';
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content + added) < 0 || !out.commit())
        return GitError::custom(Tr::tr("cannot write .gitignore: %1").arg(out.errorString()));
    return {};
}

Result<QStringList> StagingGuard::stagedAmong(const Repository &repo, const QStringList &paths)
{
    StatusOptions options;
    options.untracked = UntrackedMode::No;
    options.paths = paths;
    auto status = StatusReader::read(repo, options);
    if (!status)
        return status.error();
    QStringList out;
    for (const StatusEntry &entry : status->entries)
        if (entry.isStaged() && paths.contains(entry.pathString()))
            out.append(entry.pathString());
    return out;
}

} // namespace gantry
