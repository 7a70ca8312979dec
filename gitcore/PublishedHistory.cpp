#include "gitcore/PublishedHistory.h"

#include "gitcore/GitPtr.h"

#include <QCoreApplication>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::PublishedHistory)
};

} // namespace

Result<PublishedCommits> PublishedHistory::of(const Repository &repo, const QString &branch,
                                                 const QList<Oid> &commits)
{
    PublishedCommits out;
    out.branch = branch;
    if (branch.isEmpty())
        return out;
    git_reference *local = nullptr;
    const QByteArray ref = QByteArray("refs/heads/") + branch.toUtf8();
    if (int rc = git_reference_lookup(&local, repo.raw(), ref.constData()); rc < 0) {
        if (rc == GIT_ENOTFOUND)
            return out; // unborn: nothing published
        return GitError::fromLibgit2(rc, Tr::tr("cannot read branch '%1'").arg(branch));
    }
    ReferencePtr ownedLocal(local);
    git_reference *upstream = nullptr;
    if (int rc = git_branch_upstream(&upstream, local); rc < 0) {
        if (rc == GIT_ENOTFOUND)
            return out; // no upstream, or one that is gone: nothing is known to be published
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the upstream of '%1'").arg(branch));
    }
    ReferencePtr ownedUpstream(upstream);
    out.upstream = QString::fromUtf8(git_reference_shorthand(upstream));
    git_object *target = nullptr;
    if (int rc = git_reference_peel(&target, upstream, GIT_OBJECT_COMMIT); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read '%1'").arg(out.upstream));
    ObjectPtr ownedTarget(target);
    out.upstreamCommit = Oid(git_object_id(target));
    for (const Oid &commit : commits) {
        if (commit.isNull())
            continue;
        if (commit == out.upstreamCommit) {
            out.published.append(commit);
            continue;
        }
        const int rc = git_graph_descendant_of(repo.raw(), out.upstreamCommit.ptr(), commit.ptr());
        if (rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot compare with '%1'").arg(out.upstream));
        if (rc == 1)
            out.published.append(commit);
    }
    return out;
}

Result<PublishedCommits> PublishedHistory::ofHead(const Repository &repo, const QList<Oid> &commits)
{
    return of(repo, repo.isHeadDetached() ? QString() : repo.headBranch(), commits);
}

Result<QList<Oid>> PublishedHistory::leaving(const Repository &repo, const Oid &from, const Oid &to)
{
    QList<Oid> out;
    if (from.isNull() || from == to)
        return out;
    git_revwalk *raw = nullptr;
    if (auto r = check(git_revwalk_new(&raw, repo.raw())); !r)
        return r.error();
    RevwalkPtr walk(raw);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (auto r = check(git_revwalk_push(walk.get(), from.ptr()), Tr::tr("cannot walk the history")); !r)
        return r.error();
    if (!to.isNull())
        if (auto r = check(git_revwalk_hide(walk.get(), to.ptr()), Tr::tr("cannot walk the history")); !r)
            return r.error();
    git_oid id;
    int rc = 0;
    while ((rc = git_revwalk_next(&id, walk.get())) == 0)
        out.append(Oid(id));
    if (rc != GIT_ITEROVER)
        return GitError::fromLibgit2(rc, Tr::tr("cannot walk the history"));
    return out;
}

QStringList PublishedHistory::describe(const Repository &repo, const QList<Oid> &commits, int limit)
{
    QStringList lines;
    for (const Oid &id : commits) {
        if (lines.size() == limit) {
            lines << Tr::tr("… and %n more", nullptr, int(commits.size() - limit));
            break;
        }
        QString subject;
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, repo.raw(), id.ptr()) == 0) {
            CommitPtr owned(commit);
            subject = QString::fromUtf8(git_commit_summary(commit));
        }
        lines << id.toShortString() + QLatin1Char(' ') + subject;
    }
    return lines;
}

GitError PublishedHistory::refusal(const Repository &repo, const PublishedCommits &published, const QString &operation)
{
    return GitError::custom(
        Tr::tr("%1 would rewrite %n commit(s) already on %2 (published history):\n%3\n"
               "Pushing afterwards would need --force-with-lease, and other clones would diverge. "
               "Allow rewriting published history to go ahead anyway.",
               nullptr, int(published.published.size()))
            .arg(operation, published.upstream,
                 QLatin1Char('\t') + describe(repo, published.published).join(QStringLiteral("\n\t"))),
        RewritesPublished);
}

} // namespace gantry
