#include "gitcore/Branches.h"

#include "gitcore/LibGit2.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Branches)
};

QString shortRefName(const QString &refName)
{
    for (const char *prefix : {"refs/heads/", "refs/remotes/", "refs/tags/"}) {
        const QLatin1String p(prefix);
        if (refName.startsWith(p))
            return refName.mid(p.size());
    }
    return refName;
}

/// The commit a revision names ("HEAD", "origin/x", "v1.0", an id), peeled through tags.
Result<CommitPtr> resolveCommit(git_repository *repo, const QString &revision)
{
    git_object *object = nullptr;
    const QByteArray rev = revision.toUtf8();
    if (int rc = git_revparse_single(&object, repo, rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(revision));
    ObjectPtr owner(object);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(revision));
    return CommitPtr(reinterpret_cast<git_commit *>(peeled));
}

Result<ReferencePtr> lookupLocal(git_repository *repo, const QString &name)
{
    git_reference *ref = nullptr;
    const QByteArray n = name.toUtf8();
    const int rc = git_branch_lookup(&ref, repo, n.constData(), GIT_BRANCH_LOCAL);
    if (rc == GIT_ENOTFOUND)
        return GitError::custom(Tr::tr("There is no branch named '%1'").arg(name), GIT_ENOTFOUND);
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read branch '%1'").arg(name));
    return ReferencePtr(ref);
}

bool localExists(git_repository *repo, const QString &name)
{
    git_reference *ref = nullptr;
    const QByteArray n = name.toUtf8();
    if (git_branch_lookup(&ref, repo, n.constData(), GIT_BRANCH_LOCAL) < 0)
        return false;
    git_reference_free(ref);
    return true;
}

/// Fills upstream, remote, gone and ahead/behind of a local branch from its config and refs.
Result<void> fillUpstream(git_repository *repo, BranchInfo &info)
{
    const QByteArray ref = info.refName.toUtf8();
    GitBuf upstreamName;
    int rc = git_branch_upstream_name(&upstreamName, repo, ref.constData());
    if (rc == GIT_ENOTFOUND)
        return {}; // no upstream configured
    if (rc < 0)
        return check(rc, Tr::tr("cannot read the upstream of '%1'").arg(info.name));
    const QString upstreamRef = QString::fromUtf8(upstreamName.data(), int(upstreamName.size()));
    info.upstream = shortRefName(upstreamRef);

    GitBuf remoteName;
    rc = git_branch_upstream_remote(&remoteName, repo, ref.constData());
    if (rc == 0) {
        const QString remote = QString::fromUtf8(remoteName.data(), int(remoteName.size()));
        if (remote != QLatin1String("."))
            info.remote = remote;
    } else if (rc != GIT_ENOTFOUND) {
        return check(rc, Tr::tr("cannot read the upstream remote of '%1'").arg(info.name));
    }

    git_oid upstreamTarget;
    rc = git_reference_name_to_id(&upstreamTarget, repo, upstreamName.data());
    if (rc == GIT_ENOTFOUND) {
        info.upstreamGone = true;
        return {};
    }
    if (rc < 0)
        return check(rc, Tr::tr("cannot read '%1'").arg(info.upstream));
    if (info.target.isNull())
        return {};
    size_t ahead = 0;
    size_t behind = 0;
    if (auto r = check(git_graph_ahead_behind(&ahead, &behind, repo, info.target.ptr(), &upstreamTarget),
                       Tr::tr("cannot compare '%1' with '%2'").arg(info.name, info.upstream));
        !r)
        return r;
    info.ahead = int(ahead);
    info.behind = int(behind);
    return {};
}

Result<BranchInfo> describe(git_repository *repo, git_reference *ref, git_branch_t type)
{
    BranchInfo info;
    info.kind = type == GIT_BRANCH_LOCAL ? BranchInfo::Kind::Local : BranchInfo::Kind::RemoteTracking;
    info.refName = QString::fromUtf8(git_reference_name(ref));
    const char *name = nullptr;
    if (git_branch_name(&name, ref) == 0 && name)
        info.name = QString::fromUtf8(name);
    else
        info.name = shortRefName(info.refName);
    info.isSymbolic = git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC;

    git_reference *resolved = nullptr;
    if (git_reference_resolve(&resolved, ref) == 0) {
        ReferencePtr owner(resolved);
        info.target = Oid(git_reference_target(resolved));
    } // a dangling symbolic ref (origin/HEAD to a pruned branch) has no target

    if (!info.target.isNull()) {
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, repo, info.target.ptr()) == 0) {
            CommitPtr owner(commit);
            info.subject = QString::fromUtf8(git_commit_summary(commit));
            info.commitTime = QDateTime::fromSecsSinceEpoch(git_commit_time(commit),
                                                            QTimeZone(git_commit_time_offset(commit) * 60));
        }
    }

    if (info.kind == BranchInfo::Kind::Local) {
        const int head = git_branch_is_head(ref);
        if (head < 0)
            return GitError::fromLibgit2(head, Tr::tr("cannot read HEAD"));
        info.isHead = head == 1;
        if (auto r = fillUpstream(repo, info); !r)
            return r.error();
    } else {
        GitBuf remote;
        if (git_branch_remote_name(&remote, repo, git_reference_name(ref)) == 0)
            info.remote = QString::fromUtf8(remote.data(), int(remote.size()));
        else if (int slash = info.name.indexOf(QLatin1Char('/')); slash > 0)
            info.remote = info.name.left(slash); // remote removed from config: guess from the name
    }
    return info;
}

/// Why libgit2 refused a name, in words (libgit2 only says yes or no).
QString reasonFor(const QString &name)
{
    if (name.startsWith(QLatin1Char('-')))
        return Tr::tr("it cannot start with '-'");
    if (name.contains(QLatin1String("..")))
        return Tr::tr("it cannot contain '..'");
    if (name.contains(QLatin1String("@{")))
        return Tr::tr("it cannot contain '@{'");
    for (QChar c : name) {
        if (c.isSpace())
            return Tr::tr("it cannot contain spaces");
        if (c.unicode() < 32 || c.unicode() == 127)
            return Tr::tr("it cannot contain control characters");
        if (QStringLiteral("~^:?*[\\").contains(c))
            return Tr::tr("it cannot contain '%1'").arg(c);
    }
    if (name.endsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1String("//")))
        return Tr::tr("it cannot start or end with '/' or contain '//'");
    if (name.endsWith(QLatin1Char('.')))
        return Tr::tr("it cannot end with '.'");
    if (name.endsWith(QLatin1String(".lock")) || name.contains(QLatin1String(".lock/")))
        return Tr::tr("no part of it can end with '.lock'");
    if (name.startsWith(QLatin1Char('.')) || name.contains(QLatin1String("/.")))
        return Tr::tr("no part of it can start with '.'");
    if (name == QLatin1String("HEAD") || name == QLatin1String("@"))
        return Tr::tr("'%1' is reserved").arg(name);
    return {};
}

} // namespace

Result<BranchList> Branches::list(const Repository &repo, Which which)
{
    git_branch_t type = GIT_BRANCH_ALL;
    if (which == Which::Local)
        type = GIT_BRANCH_LOCAL;
    else if (which == Which::RemoteTracking)
        type = GIT_BRANCH_REMOTE;
    git_branch_iterator *it = nullptr;
    if (auto r = check(git_branch_iterator_new(&it, repo.raw(), type), Tr::tr("cannot list branches")); !r)
        return r.error();
    BranchIteratorPtr owner(it);
    BranchList branches;
    for (;;) {
        git_reference *ref = nullptr;
        git_branch_t refType;
        const int rc = git_branch_next(&ref, &refType, it);
        if (rc == GIT_ITEROVER)
            break;
        if (rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot list branches"));
        ReferencePtr refOwner(ref);
        auto info = describe(repo.raw(), ref, refType);
        if (!info)
            return info.error();
        branches.append(std::move(*info));
    }
    // Byte order of the full ref name, as git for-each-ref sorts (local before remote-tracking).
    std::sort(branches.begin(), branches.end(), [](const BranchInfo &a, const BranchInfo &b) {
        return a.refName.toUtf8() < b.refName.toUtf8();
    });
    return branches;
}

Result<BranchInfo> Branches::local(const Repository &repo, const QString &name)
{
    auto ref = lookupLocal(repo.raw(), name);
    if (!ref)
        return ref.error();
    return describe(repo.raw(), ref->get(), GIT_BRANCH_LOCAL);
}

QString Branches::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("A branch name cannot be empty.");
    ensureLibgit2(); // also used before any repository is opened (a policy check, a CLI verdict)
    int valid = 0;
    const QByteArray n = name.toUtf8();
    // libgit2 1.5 lets DEL (0x7f) through; git check-ref-format refuses it like every control character.
    if (git_branch_name_is_valid(&valid, n.constData()) < 0 || !valid || name.contains(QChar(0x7f))) {
        const QString reason = reasonFor(name);
        return reason.isEmpty() ? Tr::tr("'%1' is not a valid branch name.").arg(name)
                                : Tr::tr("'%1' is not a valid branch name: %2.").arg(name, reason);
    }
    return {};
}

QString Branches::nameProblem(const Repository &repo, const QString &name)
{
    QString problem = nameProblem(name);
    if (problem.isEmpty() && localExists(repo.raw(), name))
        problem = Tr::tr("A branch named '%1' already exists.").arg(name);
    return problem;
}

Result<BranchInfo> Branches::create(const Repository &repo, const QString &name, const QString &startPoint, bool force)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return GitError::custom(problem, GIT_EINVALIDSPEC);
    if (localExists(repo.raw(), name)) {
        if (!force)
            return GitError::custom(Tr::tr("A branch named '%1' already exists.").arg(name), GIT_EEXISTS);
        if (repo.headBranch() == name)
            return GitError::custom(Tr::tr("Cannot force-update the checked-out branch '%1'.").arg(name));
    }
    const QString from = startPoint.isEmpty() ? QStringLiteral("HEAD") : startPoint;
    const QByteArray fromBytes = from.toUtf8();
    git_object *object = nullptr;
    git_reference *fromRef = nullptr;
    if (int rc = git_revparse_ext(&object, &fromRef, repo.raw(), fromBytes.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(from));
    ObjectPtr objectOwner(object);
    ReferencePtr fromRefOwner(fromRef);

    git_annotated_commit *annotated = nullptr;
    if (int rc = git_annotated_commit_from_revspec(&annotated, repo.raw(), fromBytes.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(from));
    AnnotatedCommitPtr annotatedOwner(annotated);

    git_reference *created = nullptr;
    const QByteArray n = name.toUtf8();
    if (int rc = git_branch_create_from_annotated(&created, repo.raw(), n.constData(), annotated, force ? 1 : 0); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot create branch '%1'").arg(name));
    ReferencePtr createdOwner(created);

    // Like `git branch NAME START`: starting from a remote-tracking branch sets it as upstream
    // (branch.autoSetupMerge true, the default); "always" does so for local start points too.
    const QString autoSetup = repo.configString(QStringLiteral("branch.autoSetupMerge"), QStringLiteral("true")).toLower();
    if (fromRef && autoSetup != QLatin1String("false")) {
        const bool remote = git_reference_is_remote(fromRef) == 1;
        const bool local = git_reference_is_branch(fromRef) == 1;
        if (remote || (local && autoSetup == QLatin1String("always"))) {
            const char *upstream = nullptr;
            if (git_branch_name(&upstream, fromRef) == 0) {
                if (auto r = check(git_branch_set_upstream(created, upstream),
                                   Tr::tr("cannot set the upstream of '%1'").arg(name));
                    !r)
                    return r.error();
            }
        }
    }
    return describe(repo.raw(), created, GIT_BRANCH_LOCAL);
}

Result<BranchInfo> Branches::rename(const Repository &repo, const QString &oldName, const QString &newName, bool force)
{
    if (const QString problem = nameProblem(newName); !problem.isEmpty())
        return GitError::custom(problem, GIT_EINVALIDSPEC);
    auto ref = lookupLocal(repo.raw(), oldName);
    if (!ref)
        return ref.error();
    if (oldName != newName && localExists(repo.raw(), newName)) {
        if (!force)
            return GitError::custom(Tr::tr("A branch named '%1' already exists.").arg(newName), GIT_EEXISTS);
        if (repo.headBranch() == newName)
            return GitError::custom(Tr::tr("Cannot overwrite the checked-out branch '%1'.").arg(newName));
    }
    git_reference *moved = nullptr;
    const QByteArray n = newName.toUtf8();
    // git_branch_move renames the branch.<name> config section and repoints HEAD, as git does.
    if (int rc = git_branch_move(&moved, ref->get(), n.constData(), force ? 1 : 0); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot rename '%1' to '%2'").arg(oldName, newName));
    ReferencePtr movedOwner(moved);
    return describe(repo.raw(), moved, GIT_BRANCH_LOCAL);
}

Result<bool> Branches::isMergedInto(const Repository &repo, const Oid &branchCommit, const Oid &into)
{
    if (branchCommit == into)
        return true;
    const int rc = git_graph_descendant_of(repo.raw(), into.ptr(), branchCommit.ptr());
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot compare commits"));
    return rc == 1;
}

Result<DeletedBranch> Branches::remove(const Repository &repo, const QString &name, bool force)
{
    auto ref = lookupLocal(repo.raw(), name);
    if (!ref)
        return ref.error();
    if (git_branch_is_head(ref->get()) == 1)
        return GitError::custom(Tr::tr("Cannot delete the branch '%1': it is checked out.").arg(name));
    if (git_branch_is_checked_out(ref->get()) == 1)
        return GitError::custom(Tr::tr("Cannot delete the branch '%1': it is checked out in another worktree.").arg(name));

    auto info = describe(repo.raw(), ref->get(), GIT_BRANCH_LOCAL);
    if (!info)
        return info.error();
    DeletedBranch deleted{name, info->target, info->upstream};

    if (!force && !info->target.isNull()) {
        bool merged = false;
        const Oid head = repo.headCommit();
        if (!head.isNull()) {
            auto intoHead = isMergedInto(repo, info->target, head);
            if (!intoHead)
                return intoHead.error();
            merged = *intoHead;
        }
        if (!merged && info->hasUpstream() && !info->upstreamGone) {
            // Merged into its upstream is as safe as merged into HEAD: the commits are on the remote.
            auto upstream = resolveCommit(repo.raw(), info->upstream);
            if (upstream) {
                auto intoUpstream = isMergedInto(repo, info->target, Oid(git_commit_id(upstream->get())));
                if (!intoUpstream)
                    return intoUpstream.error();
                merged = *intoUpstream;
            }
        }
        if (!merged)
            return GitError::custom(Tr::tr("The branch '%1' is not fully merged: deleting it would lose commits "
                                           "that are on no other branch. Delete it anyway only if you are sure.")
                                        .arg(name),
                                    NotFullyMerged);
    }
    if (auto r = check(git_branch_delete(ref->get()), Tr::tr("cannot delete branch '%1'").arg(name)); !r)
        return r.error();
    return deleted;
}

Result<BranchInfo> Branches::restore(const Repository &repo, const DeletedBranch &deleted)
{
    if (deleted.lastCommit.isNull())
        return GitError::custom(Tr::tr("Nothing to restore for branch '%1'.").arg(deleted.name));
    auto created = create(repo, deleted.name, deleted.lastCommit.toString(), false);
    if (!created)
        return created;
    if (!deleted.upstream.isEmpty() && resolveCommit(repo.raw(), deleted.upstream).ok()) {
        if (auto r = setUpstream(repo, deleted.name, deleted.upstream); !r)
            return r.error();
        return local(repo, deleted.name);
    }
    return created;
}

Result<void> Branches::setUpstream(const Repository &repo, const QString &branch, const QString &upstream)
{
    auto ref = lookupLocal(repo.raw(), branch);
    if (!ref)
        return ref.error();
    if (upstream.isEmpty()) {
        BranchInfo info;
        info.refName = QString::fromUtf8(git_reference_name(ref->get()));
        info.name = branch;
        if (auto r = fillUpstream(repo.raw(), info); !r)
            return r;
        if (!info.hasUpstream())
            return GitError::custom(Tr::tr("The branch '%1' has no upstream.").arg(branch), GIT_ENOTFOUND);
        return check(git_branch_set_upstream(ref->get(), nullptr), Tr::tr("cannot unset the upstream of '%1'").arg(branch));
    }
    const QByteArray u = upstream.toUtf8();
    const int rc = git_branch_set_upstream(ref->get(), u.constData());
    if (rc == GIT_ENOTFOUND)
        return GitError::custom(Tr::tr("There is no branch named '%1' to track.").arg(upstream), GIT_ENOTFOUND);
    return check(rc, Tr::tr("cannot set the upstream of '%1' to '%2'").arg(branch, upstream));
}

} // namespace gantry
