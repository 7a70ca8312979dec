#include "gitcore/Tags.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Tags)
};

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

QDateTime signatureTime(const git_signature *signature)
{
    return QDateTime::fromSecsSinceEpoch(signature->when.time, QTimeZone(signature->when.offset * 60));
}

Result<TagInfo> describe(git_repository *repo, const QString &refName, const Oid &refTarget)
{
    TagInfo info;
    info.refName = refName;
    info.name = refName.startsWith(QLatin1String("refs/tags/")) ? refName.mid(10) : refName;
    info.refTarget = refTarget;
    info.target = refTarget;

    git_object *object = nullptr;
    if (int rc = git_object_lookup(&object, repo, refTarget.ptr(), GIT_OBJECT_ANY); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read tag '%1'").arg(info.name));
    ObjectPtr owner(object);
    if (git_object_type(object) == GIT_OBJECT_TAG) {
        auto *tag = reinterpret_cast<git_tag *>(object);
        info.annotated = true;
        if (const git_signature *tagger = git_tag_tagger(tag)) {
            info.taggerName = QString::fromUtf8(tagger->name);
            info.taggerEmail = QString::fromUtf8(tagger->email);
            info.taggerTime = signatureTime(tagger);
        }
        info.message = QString::fromUtf8(git_tag_message(tag) ? git_tag_message(tag) : "");
        info.subject = firstLine(info.message);
        git_object *peeled = nullptr;
        if (int rc = git_tag_peel(&peeled, tag); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot read the target of tag '%1'").arg(info.name));
        ObjectPtr peeledOwner(peeled);
        info.target = Oid(git_object_id(peeled));
    } else if (git_object_type(object) == GIT_OBJECT_COMMIT) {
        info.subject = QString::fromUtf8(git_commit_summary(reinterpret_cast<git_commit *>(object)));
    }
    return info;
}

Result<TagInfo> describeRef(git_repository *repo, const QString &name)
{
    git_reference *ref = nullptr;
    const QByteArray refName = (QStringLiteral("refs/tags/") + name).toUtf8();
    const int rc = git_reference_lookup(&ref, repo, refName.constData());
    if (rc == GIT_ENOTFOUND)
        return GitError::custom(Tr::tr("There is no tag named '%1'.").arg(name), GIT_ENOTFOUND);
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read tag '%1'").arg(name));
    ReferencePtr owner(ref);
    git_reference *resolved = nullptr;
    if (int r = git_reference_resolve(&resolved, ref); r < 0)
        return GitError::fromLibgit2(r, Tr::tr("cannot read tag '%1'").arg(name));
    ReferencePtr resolvedOwner(resolved);
    return describe(repo, QString::fromUtf8(refName), Oid(git_reference_target(resolved)));
}

bool tagExists(git_repository *repo, const QString &name)
{
    git_oid id;
    const QByteArray refName = (QStringLiteral("refs/tags/") + name).toUtf8();
    return git_reference_name_to_id(&id, repo, refName.constData()) == 0;
}

Result<ObjectPtr> resolveTarget(git_repository *repo, const QString &revision)
{
    git_object *object = nullptr;
    const QByteArray rev = (revision.isEmpty() ? QStringLiteral("HEAD") : revision).toUtf8();
    if (int rc = git_revparse_single(&object, repo, rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' does not name an object").arg(revision));
    return ObjectPtr(object);
}

QString validityProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("A tag name cannot be empty.");
    int valid = 0;
    const QByteArray n = name.toUtf8();
    if (git_tag_name_is_valid(&valid, n.constData()) < 0 || !valid)
        return Tr::tr("'%1' is not a valid tag name.").arg(name);
    return {};
}

/// The checks both kinds of creation share: a valid name, not taken unless `force`.
std::optional<GitError> nameError(const Repository &repo, const QString &name, bool force)
{
    if (const QString problem = validityProblem(name); !problem.isEmpty())
        return GitError::custom(problem, GIT_EINVALIDSPEC);
    if (!force && tagExists(repo.raw(), name))
        return GitError::custom(Tr::tr("A tag named '%1' already exists.").arg(name), GIT_EEXISTS);
    return std::nullopt;
}

} // namespace

Result<TagList> Tags::list(const Repository &repo)
{
    struct Raw
    {
        QString refName;
        Oid target;
    };
    QList<Raw> raw;
    auto collect = [](const char *name, git_oid *id, void *payload) -> int {
        static_cast<QList<Raw> *>(payload)->append({QString::fromUtf8(name), Oid(id)});
        return 0;
    };
    if (auto r = check(git_tag_foreach(repo.raw(), collect, &raw), Tr::tr("cannot list tags")); !r)
        return r.error();
    std::sort(raw.begin(), raw.end(), [](const Raw &a, const Raw &b) { return a.refName.toUtf8() < b.refName.toUtf8(); });
    TagList tags;
    tags.reserve(raw.size());
    for (const Raw &r : raw) {
        auto info = describe(repo.raw(), r.refName, r.target);
        if (!info)
            return info.error();
        tags.append(std::move(*info));
    }
    return tags;
}

Result<TagInfo> Tags::find(const Repository &repo, const QString &name)
{
    return describeRef(repo.raw(), name);
}

QString Tags::nameProblem(const Repository &repo, const QString &name)
{
    if (const QString problem = validityProblem(name); !problem.isEmpty())
        return problem;
    if (tagExists(repo.raw(), name))
        return Tr::tr("A tag named '%1' already exists.").arg(name);
    return {};
}

Result<TagInfo> Tags::createLightweight(const Repository &repo, const QString &name, const QString &revision, bool force)
{
    if (auto error = nameError(repo, name, force))
        return *error;
    auto target = resolveTarget(repo.raw(), revision);
    if (!target)
        return target.error();
    git_oid id;
    const QByteArray n = name.toUtf8();
    if (int rc = git_tag_create_lightweight(&id, repo.raw(), n.constData(), target->get(), force ? 1 : 0); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot create tag '%1'").arg(name));
    return describeRef(repo.raw(), name);
}

Result<TagInfo> Tags::createAnnotated(const Repository &repo, const QString &name, const QString &message,
                                      const QString &revision, bool force)
{
    if (auto error = nameError(repo, name, force))
        return *error;
    // As `git tag -m`: trailing whitespace and surplus blank lines go, comments stay.
    GitBuf cleaned;
    const QByteArray raw = message.toUtf8();
    if (int rc = git_message_prettify(&cleaned, raw.constData(), 0, '#'); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the tag message"));
    if (cleaned.size() == 0)
        return GitError::custom(Tr::tr("An annotated tag needs a message."), GIT_EINVALID);
    auto target = resolveTarget(repo.raw(), revision);
    if (!target)
        return target.error();
    git_signature *tagger = nullptr;
    if (int rc = git_signature_default(&tagger, repo.raw()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot tag without an identity (set user.name and user.email)"));
    SignaturePtr taggerOwner(tagger);
    git_oid id;
    const QByteArray n = name.toUtf8();
    if (int rc = git_tag_create(&id, repo.raw(), n.constData(), target->get(), tagger, cleaned.data(), force ? 1 : 0); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot create tag '%1'").arg(name));
    return describeRef(repo.raw(), name);
}

Result<DeletedTag> Tags::remove(const Repository &repo, const QString &name)
{
    auto info = describeRef(repo.raw(), name);
    if (!info)
        return info.error();
    const QByteArray n = name.toUtf8();
    if (auto r = check(git_tag_delete(repo.raw(), n.constData()), Tr::tr("cannot delete tag '%1'").arg(name)); !r)
        return r.error();
    return DeletedTag{name, info->refTarget, info->annotated};
}

Result<TagInfo> Tags::restore(const Repository &repo, const DeletedTag &deleted)
{
    if (tagExists(repo.raw(), deleted.name))
        return GitError::custom(Tr::tr("A tag named '%1' already exists.").arg(deleted.name), GIT_EEXISTS);
    const QByteArray refName = (QStringLiteral("refs/tags/") + deleted.name).toUtf8();
    git_reference *ref = nullptr;
    const int rc = git_reference_create(&ref, repo.raw(), refName.constData(), deleted.refTarget.ptr(), 0, nullptr);
    ReferencePtr owner(ref);
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot restore tag '%1'").arg(deleted.name));
    return describeRef(repo.raw(), deleted.name);
}

} // namespace gantry
