#include "gitcore/IndexAccess.h"

#include "gitcore/DiscardArchive.h"
#include "gitcore/LibGit2.h"

#include <QFile>
#include <QFileInfo>

namespace gantry {

namespace {

constexpr quint32 kLinkMode = GIT_FILEMODE_LINK;

} // namespace

GitError IndexAccess::lockedError(const Repository &repo)
{
    return GitError(GIT_ELOCKED, GIT_ERROR_INDEX,
                    tr("Unable to create '%1/index.lock': File exists. Another git process seems to be running "
                       "in this repository; if not, remove that file and try again.")
                        .arg(repo.gitDir()));
}

GitError IndexAccess::pathspecError(const QString &path)
{
    return GitError(GIT_ENOTFOUND, GIT_ERROR_INVALID, tr("pathspec '%1' did not match any files").arg(path));
}

Result<LockedIndex> IndexAccess::forWriting(const Repository &repo)
{
    ensureLibgit2();
    if (repo.isBare())
        return GitError::custom(tr("a bare repository has no working tree to stage from"));
    // Staging on top of a HEAD that cannot be read would prepare a commit of a wrong history.
    if (auto readable = repo.checkHeadReadable(); !readable)
        return readable.error();
    return LockedIndex::acquire(repo);
}

Result<void> IndexAccess::write(LockedIndex &index)
{
    return index.commit();
}

QStringList IndexAccess::entriesUnder(git_index *index, const QString &path)
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

Result<QByteArray> IndexAccess::blobContent(const Repository &repo, const git_oid &id)
{
    git_blob *blob = nullptr;
    if (int rc = git_blob_lookup(&blob, repo.raw(), &id); rc < 0)
        return GitError::fromLibgit2(rc, tr("cannot read blob"));
    BlobPtr owned(blob);
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

Result<QByteArray> IndexAccess::worktreeForOdb(const Repository &repo, const QString &path)
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

Result<QByteArray> IndexAccess::toWorktree(const Repository &repo, const QString &path, const QByteArray &content, quint32 mode)
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

Result<void> IndexAccess::refuseUnpickable(const DiffFile &file)
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

} // namespace gantry
