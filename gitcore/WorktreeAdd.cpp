#include "gitcore/WorktreeAdd.h"

#include "gitcore/GitPtr.h"
#include "gitcore/WorktreeFile.h"
#include "gitcore/WorktreeReadAhead.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QString>

#include <sys/stat.h>

#include <cstring>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorktreeAdd)
};

bool isAttributesPath(const char *path)
{
    const size_t n = std::strlen(path);
    static constexpr const char name[] = ".gitattributes";
    static constexpr size_t nameLength = sizeof(name) - 1;
    return n >= nameLength && std::strcmp(path + n - nameLength, name) == 0
        && (n == nameLength || path[n - nameLength - 1] == '/');
}

void fillStat(git_index_entry *entry, const struct stat &st)
{
    entry->ctime.seconds = qint32(st.st_ctim.tv_sec);
    entry->ctime.nanoseconds = quint32(st.st_ctim.tv_nsec);
    entry->mtime.seconds = qint32(st.st_mtim.tv_sec);
    entry->mtime.nanoseconds = quint32(st.st_mtim.tv_nsec);
    entry->dev = quint32(st.st_dev);
    entry->ino = quint32(st.st_ino);
    entry->uid = quint32(st.st_uid);
    entry->gid = quint32(st.st_gid);
    entry->file_size = quint32(st.st_size);
}

/// Stores one working-tree file (or symbolic link) as a blob and enters it in `index`; with
/// `store` false only inspects it.
Result<void> addFile(git_repository *repo, git_odb *odb, git_index *index, Result<WorktreeFile> file,
                     const QByteArray &full, const char *path, git_index *before, const WorktreeAdd::Inspect &inspect,
                     bool *store)
{
    if (!file)
        return file.error();
    if (inspect && !inspect(QString::fromUtf8(path), *file, git_index_get_bypath(before, path, 0)))
        *store = false;
    if (!*store)
        return {};
    if (!file->isFile() && !file->isSymLink())
        return GitError::custom(Tr::tr("cannot stage '%1': it is neither a file nor a symbolic link").arg(QString::fromUtf8(path)));
    git_index_entry entry {};
    entry.mode = file->isSymLink() ? GIT_FILEMODE_LINK
        : (file->st.st_mode & S_IXUSR) ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB;
    fillStat(&entry, file->st);
    if (!file->contentRead) {
        // Too big to hold: libgit2 streams it from the file (no filters apply on this path).
        if (int rc = git_blob_create_from_disk(&entry.id, repo, full.constData()); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot stage '%1'").arg(QString::fromUtf8(path)));
    } else {
        // git_odb_write hashes first and writes only an object the database lacks (freshening one
        // it has, as git does); git_blob_create_from_buffer would stream every blob into a
        // temporary file.
        const QByteArray &content = file->content;
        if (int rc = git_odb_write(&entry.id, odb, content.constData(), size_t(content.size()), GIT_OBJECT_BLOB); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot stage '%1'").arg(QString::fromUtf8(path)));
    }
    entry.path = path;
    if (int rc = git_index_add(index, &entry); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stage '%1'").arg(QString::fromUtf8(path)));
    return {};
}

} // namespace

bool WorktreeAdd::configAllows(const Repository &repo)
{
    // autocrlf is a bool or "input"; anything but false means line endings may be converted.
    const QString autocrlf = repo.configString(QStringLiteral("core.autocrlf"), QStringLiteral("false")).toLower();
    const bool autocrlfOff = autocrlf == QLatin1String("false") || autocrlf == QLatin1String("no")
        || autocrlf == QLatin1String("off") || autocrlf == QLatin1String("0");
    return autocrlfOff && repo.configBool(QStringLiteral("core.filemode"), true)
        && repo.configBool(QStringLiteral("core.symlinks"), true) && !repo.configBool(QStringLiteral("core.ignorecase"), false)
        && repo.configString(QStringLiteral("core.attributesFile")).isEmpty();
}

bool WorktreeAdd::noAttributeFilesOnDisk(const QByteArray &workdir, const QList<QByteArray> &changed)
{
    QSet<QByteArray> folders{QByteArray()};
    for (const QByteArray &path : changed) {
        const qsizetype slash = path.lastIndexOf('/');
        folders.insert(slash < 0 ? QByteArray() : path.left(slash + 1));
    }
    struct stat st {};
    for (const QByteArray &folder : std::as_const(folders))
        if (::lstat((workdir + folder + ".gitattributes").constData(), &st) == 0)
            return false;
    return true;
}

bool WorktreeAdd::noAttributeFiles(const Repository &repo, git_index *index)
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    const QString home = qEnvironmentVariable("HOME");
    const QStringList outside{repo.commonDir() + QStringLiteral("/info/attributes"), QStringLiteral("/etc/gitattributes"),
                              (xdg.isEmpty() ? home + QStringLiteral("/.config") : xdg) + QStringLiteral("/git/attributes")};
    for (const QString &file : outside)
        if (QFileInfo::exists(file))
            return false;
    for (size_t i = 0, n = git_index_entrycount(index); i < n; ++i)
        if (isAttributesPath(git_index_get_byindex(index, i)->path))
            return false;
    return true;
}

Result<WorktreeAdd::Outcome> WorktreeAdd::addAll(const Repository &repo, git_index *index, const Inspect &inspect)
{
    if (repo.isBare() || git_index_has_conflicts(index) || !configAllows(repo) || !noAttributeFiles(repo, index))
        return Outcome::NotApplicable;
    git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
    opts.flags = GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS | GIT_DIFF_INCLUDE_TYPECHANGE;
    git_diff *raw = nullptr;
    if (int rc = git_diff_index_to_workdir(&raw, repo.raw(), index, &opts); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot compare the working tree with the index"));
    DiffPtr diff(raw);
    const size_t count = git_diff_num_deltas(diff.get());
    // Look at every change before touching the index, so that a case this pass does not cover
    // leaves the index as it was for libgit2's add-all.
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        const char *path = delta->new_file.path;
        const size_t length = std::strlen(path);
        if (length == 0 || path[length - 1] == '/' || delta->old_file.mode == GIT_FILEMODE_COMMIT
            || delta->new_file.mode == GIT_FILEMODE_COMMIT || delta->status == GIT_DELTA_CONFLICTED
            || isAttributesPath(path))
            return Outcome::NotApplicable;
    }
    git_odb *odb = nullptr;
    if (int rc = git_repository_odb(&odb, repo.raw()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot open the object database"));
    const OdbPtr ownedOdb(odb);
    // The entries go into a second, unowned, view of the same index file, which is written and
    // then read back into `index`: git_index_add on the repository's own index opens every blob
    // it is given to check that it exists, a quarter of the time (an unowned index checks paths
    // and modes only, and every blob here was written just before).
    const char *file = git_index_path(index);
    if (!file)
        return Outcome::NotApplicable;
    git_index *rawScratch = nullptr;
    if (int rc = git_index_open(&rawScratch, file); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stage all changes"));
    const IndexPtr scratch(rawScratch);
    QList<QByteArray> toRead;
    for (size_t i = 0; i < count; ++i) {
        const git_delta_t status = git_diff_get_delta(diff.get(), i)->status;
        if (status != GIT_DELTA_IGNORED && status != GIT_DELTA_UNMODIFIED && status != GIT_DELTA_DELETED)
            toRead.append(QByteArray(git_diff_get_delta(diff.get(), i)->new_file.path));
    }
    const QByteArray workdir = QFile::encodeName(repo.workdir()) + '/';
    if (!noAttributeFilesOnDisk(workdir, toRead))
        return Outcome::NotApplicable;
    WorktreeReadAhead files(workdir, toRead);
    bool store = true;
    for (size_t i = 0; i < count; ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        switch (delta->status) {
        case GIT_DELTA_IGNORED:
        case GIT_DELTA_UNMODIFIED:
            break;
        case GIT_DELTA_DELETED:
            if (!store)
                break;
            if (int rc = git_index_remove_bypath(scratch.get(), delta->old_file.path); rc < 0)
                return GitError::fromLibgit2(rc, Tr::tr("cannot stage '%1'").arg(QString::fromUtf8(delta->old_file.path)));
            break;
        default:
            if (auto added = addFile(repo.raw(), odb, scratch.get(), files.next(), workdir + delta->new_file.path,
                                     delta->new_file.path, index, inspect, &store);
                !added)
                return added.error();
        }
    }
    if (!store)
        return Outcome::Done; // refused: nothing is written, the caller drops the index
    if (int rc = git_index_write(scratch.get()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stage all changes"));
    if (int rc = git_index_read(index, 1); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stage all changes"));
    return Outcome::Done;
}

} // namespace gantry
