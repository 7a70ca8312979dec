#include "gitcore/DiscardArchive.h"

#include "gitcore/GitPtr.h"
#include "gitcore/LibGit2.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::DiscardArchive)
};

const char kRef[] = "refs/gantry/discarded";
const QLatin1String kAfterTrailer("Gantry-After: ");
constexpr quint32 kLinkMode = 0120000;
constexpr quint32 kExecMode = 0100755;
constexpr quint32 kFileMode = 0100644;

QString escapePath(QString path)
{
    return path.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

QString unescapePath(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            ++i;
            out += text[i] == QLatin1Char('n') ? QLatin1Char('\n') : text[i];
        } else {
            out += text[i];
        }
    }
    return out;
}

/// The blob id a state's content would have (null when absent); nothing is written.
Oid contentId(const WorktreeFileState &state)
{
    if (!state.exists)
        return Oid();
    git_oid id;
    if (git_odb_hash(&id, state.content.constData(), size_t(state.content.size()), GIT_OBJECT_BLOB) < 0)
        return Oid();
    return Oid(id);
}

/// What a restore compares: which blob and mode a file holds.
struct FileFingerprint
{
    QString path;
    Oid id;       // null: absent
    quint32 mode = 0;
    bool matches(const WorktreeFileState &state) const
    {
        if (!state.exists || id.isNull())
            return state.exists == !id.isNull();
        return contentId(state) == id && state.mode == mode;
    }
};

QList<FileFingerprint> parseFingerprints(const QString &message)
{
    QList<FileFingerprint> out;
    for (const QString &line : message.split(QLatin1Char('\n'))) {
        if (!line.startsWith(kAfterTrailer))
            continue;
        const QString rest = line.mid(kAfterTrailer.size());
        const qsizetype firstSpace = rest.indexOf(QLatin1Char(' '));
        const qsizetype secondSpace = firstSpace < 0 ? -1 : rest.indexOf(QLatin1Char(' '), firstSpace + 1);
        if (secondSpace < 0)
            continue;
        FileFingerprint fp;
        const QString idText = rest.left(firstSpace);
        fp.id = idText == QLatin1String("absent") ? Oid() : Oid::fromHex(idText);
        fp.mode = rest.mid(firstSpace + 1, secondSpace - firstSpace - 1).toUInt(nullptr, 8);
        fp.path = unescapePath(rest.mid(secondSpace + 1));
        out.append(fp);
    }
    return out;
}

Result<CommitPtr> lookupCommit(const Repository &repo, const Oid &id)
{
    git_commit *commit = nullptr;
    if (int rc = git_commit_lookup(&commit, repo.raw(), id.ptr()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read discard archive entry %1").arg(id.toString()));
    return CommitPtr(commit);
}

Result<SignaturePtr> archiveSignature(const Repository &repo)
{
    git_signature *sig = nullptr;
    if (git_signature_default(&sig, repo.raw()) == 0)
        return SignaturePtr(sig);
    if (int rc = git_signature_now(&sig, "Gantry", "gantry@localhost"); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot create a signature"));
    return SignaturePtr(sig);
}

} // namespace

QString DiscardArchive::refName()
{
    return QString::fromLatin1(kRef);
}

Result<QList<WorktreeFileState>> DiscardArchive::capture(const Repository &repo, const QStringList &paths)
{
    QList<WorktreeFileState> states;
    for (const QString &path : paths) {
        WorktreeFileState state;
        state.path = path;
        const QString full = repo.workdir() + QLatin1Char('/') + path;
        const QFileInfo info(full);
        if (info.isSymLink()) {
            state.exists = true;
            state.mode = kLinkMode;
            QByteArray target(4096, Qt::Uninitialized);
            const ssize_t n = ::readlink(QFile::encodeName(full).constData(), target.data(), size_t(target.size()));
            if (n < 0)
                return GitError::custom(Tr::tr("cannot read the link '%1'").arg(path));
            target.truncate(n);
            state.content = target;
        } else if (info.isFile()) {
            QFile file(full);
            if (!file.open(QIODevice::ReadOnly))
                return GitError::custom(Tr::tr("cannot read '%1': %2").arg(path, file.errorString()));
            state.exists = true;
            state.content = file.readAll();
            state.mode = info.permissions() & QFileDevice::ExeOwner ? kExecMode : kFileMode;
        } else if (info.exists()) {
            return GitError::custom(Tr::tr("'%1' is a folder, not a file").arg(path));
        }
        states.append(std::move(state));
    }
    return states;
}

Result<Oid> DiscardArchive::record(const Repository &repo, const QList<WorktreeFileState> &before,
                                   const QList<WorktreeFileState> &after, const QString &description)
{
    ensureLibgit2();
    if (before.size() != after.size())
        return GitError::custom(Tr::tr("discard archive: before and after states do not match"));

    git_index *rawIndex = nullptr;
    if (int rc = git_index_new(&rawIndex); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot archive discarded changes"));
    IndexPtr index(rawIndex);
    QString message = description + QLatin1String("\n\n");
    for (qsizetype i = 0; i < before.size(); ++i) {
        const WorktreeFileState &b = before[i];
        if (b.exists) {
            git_oid blobId;
            if (int rc = git_blob_create_from_buffer(&blobId, repo.raw(), b.content.constData(), size_t(b.content.size()));
                rc < 0)
                return GitError::fromLibgit2(rc, Tr::tr("cannot archive '%1'").arg(b.path));
            git_index_entry entry{};
            const QByteArray pathBytes = b.path.toUtf8();
            entry.path = pathBytes.constData();
            entry.mode = b.mode;
            entry.id = blobId;
            if (int rc = git_index_add(index.get(), &entry); rc < 0)
                return GitError::fromLibgit2(rc, Tr::tr("cannot archive '%1'").arg(b.path));
        }
        const Oid afterId = contentId(after[i]);
        message += kAfterTrailer + (after[i].exists ? afterId.toString() : QStringLiteral("absent"))
            + QLatin1Char(' ') + QString::number(after[i].exists ? after[i].mode : 0, 8) + QLatin1Char(' ')
            + escapePath(b.path) + QLatin1Char('\n');
    }
    git_oid treeId;
    if (int rc = git_index_write_tree_to(&treeId, index.get(), repo.raw()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot archive discarded changes"));
    git_tree *rawTree = nullptr;
    if (int rc = git_tree_lookup(&rawTree, repo.raw(), &treeId); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot archive discarded changes"));
    TreePtr tree(rawTree);

    git_oid previous;
    const bool hasPrevious = git_reference_name_to_id(&previous, repo.raw(), kRef) == 0;
    CommitPtr parent;
    if (hasPrevious) {
        auto found = lookupCommit(repo, Oid(previous));
        if (!found)
            return found.error();
        parent = std::move(found).value();
    }
    auto sig = archiveSignature(repo);
    if (!sig)
        return sig.error();
    const git_commit *parents[1] = {parent.get()};
    git_oid commitId;
    const QByteArray messageBytes = message.toUtf8();
    if (int rc = git_commit_create(&commitId, repo.raw(), nullptr, sig->get(), sig->get(), "UTF-8",
                                   messageBytes.constData(), tree.get(), hasPrevious ? 1 : 0, parents);
        rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot archive discarded changes"));
    git_reference *ref = nullptr;
    const int rc = hasPrevious
        ? git_reference_create_matching(&ref, repo.raw(), kRef, &commitId, 1, &previous, "gantry: discard")
        : git_reference_create(&ref, repo.raw(), kRef, &commitId, 0, "gantry: discard");
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot update %1").arg(refName()));
    ReferencePtr owned(ref);
    return Oid(commitId);
}

Result<QList<DiscardEntry>> DiscardArchive::entries(const Repository &repo)
{
    ensureLibgit2();
    QList<DiscardEntry> list;
    git_oid tip;
    const int rc = git_reference_name_to_id(&tip, repo.raw(), kRef);
    if (rc == GIT_ENOTFOUND)
        return list;
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read %1").arg(refName()));
    Oid next(tip);
    while (!next.isNull()) {
        auto commit = lookupCommit(repo, next);
        if (!commit)
            return commit.error();
        DiscardEntry entry;
        entry.commit = next;
        entry.time = QDateTime::fromSecsSinceEpoch(git_commit_time(commit->get()));
        const QString message = QString::fromUtf8(git_commit_message(commit->get()));
        entry.message = message.section(QLatin1Char('\n'), 0, 0);
        for (const FileFingerprint &fp : parseFingerprints(message))
            entry.files.append(fp.path);
        list.append(entry);
        next = git_commit_parentcount(commit->get()) > 0 ? Oid(git_commit_parent_id(commit->get(), 0)) : Oid();
    }
    return list;
}

Result<QList<WorktreeFileState>> DiscardArchive::savedFiles(const Repository &repo, const Oid &entry)
{
    auto commit = lookupCommit(repo, entry);
    if (!commit)
        return commit.error();
    git_tree *rawTree = nullptr;
    if (int rc = git_commit_tree(&rawTree, commit->get()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read discard archive entry %1").arg(entry.toString()));
    TreePtr tree(rawTree);
    QList<WorktreeFileState> states;
    for (const FileFingerprint &fp : parseFingerprints(QString::fromUtf8(git_commit_message(commit->get())))) {
        WorktreeFileState state;
        state.path = fp.path;
        git_tree_entry *rawEntry = nullptr;
        const int rc = git_tree_entry_bypath(&rawEntry, tree.get(), fp.path.toUtf8().constData());
        if (rc == 0) {
            TreeEntryPtr treeEntry(rawEntry);
            git_blob *blob = nullptr;
            if (int brc = git_blob_lookup(&blob, repo.raw(), git_tree_entry_id(rawEntry)); brc < 0)
                return GitError::fromLibgit2(brc, Tr::tr("cannot read the archived '%1'").arg(fp.path));
            BlobPtr ownedBlob(blob);
            state.exists = true;
            state.mode = git_tree_entry_filemode(rawEntry);
            state.content = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)),
                                       qsizetype(git_blob_rawsize(blob)));
        } else if (rc != GIT_ENOTFOUND) {
            return GitError::fromLibgit2(rc, Tr::tr("cannot read the archived '%1'").arg(fp.path));
        }
        states.append(std::move(state));
    }
    return states;
}

Result<void> DiscardArchive::restore(const Repository &repo, const Oid &entry, bool force)
{
    auto commit = lookupCommit(repo, entry);
    if (!commit)
        return commit.error();
    const QList<FileFingerprint> afters = parseFingerprints(QString::fromUtf8(git_commit_message(commit->get())));
    auto saved = savedFiles(repo, entry);
    if (!saved)
        return saved.error();
    QStringList paths;
    for (const WorktreeFileState &s : *saved)
        paths.append(s.path);
    auto current = capture(repo, paths);
    if (!current)
        return current.error();

    QList<WorktreeFileState> toWrite;
    QList<WorktreeFileState> overwritten;
    QStringList newer;
    for (qsizetype i = 0; i < saved->size(); ++i) {
        const WorktreeFileState &want = saved->at(i);
        const WorktreeFileState &now = current->at(i);
        if (now.exists == want.exists && (!now.exists || (now.content == want.content && now.mode == want.mode)))
            continue; // already holds the saved content
        if (!afters[i].matches(now)) {
            newer.append(want.path);
            overwritten.append(now);
        }
        toWrite.append(want);
    }
    if (!newer.isEmpty() && !force)
        return GitError::custom(Tr::tr("restoring would overwrite changes made after the discard in: %1")
                                    .arg(newer.join(QLatin1String(", "))));
    if (!overwritten.isEmpty()) {
        // Forced over newer changes: those are archived too, so the restore can be undone.
        QList<WorktreeFileState> replacing;
        for (const WorktreeFileState &o : overwritten)
            for (const WorktreeFileState &w : toWrite)
                if (w.path == o.path)
                    replacing.append(w);
        auto archived = record(repo, overwritten, replacing,
                               Tr::tr("Overwritten by restoring discarded changes %1").arg(entry.toShortString()));
        if (!archived)
            return archived.error();
    }
    for (const WorktreeFileState &state : toWrite)
        if (auto written = writeWorktreeFile(repo, state); !written)
            return written;
    return {};
}

Result<void> DiscardArchive::writeWorktreeFile(const Repository &repo, const WorktreeFileState &state)
{
    const QString root = repo.workdir();
    const QString full = root + QLatin1Char('/') + state.path;
    const QFileInfo info(full);
    if (info.isDir() && !info.isSymLink())
        return GitError::custom(Tr::tr("cannot write '%1': a folder is in the way").arg(state.path));
    const bool replaceEntry = info.isSymLink() || state.mode == kLinkMode || !state.exists;
    if (replaceEntry && (info.exists() || info.isSymLink()) && !QFile::remove(full))
        return GitError::custom(Tr::tr("cannot remove '%1'").arg(state.path));
    if (!state.exists) {
        // Like git, remove folders the deletion left empty.
        for (QDir d = info.dir(); d.absolutePath().startsWith(root + QLatin1Char('/')) && d.isEmpty();) {
            const QString path = d.absolutePath();
            if (!d.cdUp() || !d.rmdir(path))
                break;
        }
        return {};
    }
    if (!QDir().mkpath(info.absolutePath()))
        return GitError::custom(Tr::tr("cannot create the folder of '%1'").arg(state.path));
    if (state.mode == kLinkMode) {
        if (::symlink(state.content.constData(), QFile::encodeName(full).constData()) != 0)
            return GitError::custom(Tr::tr("cannot create the link '%1'").arg(state.path));
        return {};
    }
    QSaveFile file(full);
    if (!file.open(QIODevice::WriteOnly) || file.write(state.content) != state.content.size() || !file.commit())
        return GitError::custom(Tr::tr("cannot write '%1': %2").arg(state.path, file.errorString()));
    QFileDevice::Permissions perms = QFile::permissions(full);
    const QFileDevice::Permissions exec = QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup
        | QFileDevice::ExeOther;
    if (state.mode == kExecMode)
        perms |= exec;
    else
        perms &= ~exec;
    if (!QFile::setPermissions(full, perms))
        return GitError::custom(Tr::tr("cannot set the permissions of '%1'").arg(state.path));
    return {};
}

} // namespace gantry
