#include "gitcore/Rebaser.h"

#include "gitcore/GitPtr.h"
#include "gitcore/Identity.h"
#include "gitcore/Merger.h"

#include <QCoreApplication>

#include <algorithm>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Rebaser)
};

QString headLabel(const Repository &repo)
{
    return repo.isHeadDetached() ? QStringLiteral("HEAD") : repo.headBranch();
}

git_rebase_options rebaseOptions()
{
    git_rebase_options options = GIT_REBASE_OPTIONS_INIT;
    options.checkout_options.checkout_strategy = GIT_CHECKOUT_SAFE;
    return options;
}

/// Refuses local changes to tracked files (untracked ones are fine), as `git rebase` does.
Result<void> ensureClean(const Repository &repo)
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *raw = nullptr;
    if (auto r = check(git_status_list_new(&raw, repo.raw(), &options), Tr::tr("cannot read the status")); !r)
        return r.error();
    StatusListPtr list(raw);
    if (git_status_list_entrycount(raw) > 0)
        return GitError::custom(Tr::tr("Cannot rebase: you have uncommitted changes. Commit or stash them first."),
                                GIT_EUNCOMMITTED);
    return {};
}

QStringList conflictedPaths(const Repository &repo)
{
    QStringList paths;
    auto index = repo.index();
    if (!index)
        return paths;
    git_index_conflict_iterator *raw = nullptr;
    if (git_index_conflict_iterator_new(&raw, index->get()) < 0)
        return paths;
    const git_index_entry *ancestor = nullptr, *ours = nullptr, *theirs = nullptr;
    while (git_index_conflict_next(&ancestor, &ours, &theirs, raw) == 0) {
        const git_index_entry *any = ours ? ours : theirs ? theirs : ancestor;
        if (any)
            paths << QString::fromUtf8(any->path);
    }
    git_index_conflict_iterator_free(raw);
    paths.removeDuplicates();
    return paths;
}

/// Commits the current operation; a commit whose changes are already there is skipped (as git does).
Result<void> commitCurrent(git_rebase *rebase, const git_signature *committer, RebaseOutcome &outcome)
{
    git_oid id;
    const int rc = git_rebase_commit(&id, rebase, nullptr, committer, nullptr, nullptr);
    if (rc == GIT_EAPPLIED)
        return {};
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot commit the rebased change"));
    outcome.created.append(Oid(id));
    return {};
}

/// Runs the remaining operations of `rebase`; stops (leaving it on disk) at a conflict.
Result<RebaseOutcome> run(const Repository &repo, git_rebase *rebase, RebaseOutcome outcome)
{
    auto who = Identity::resolve(repo, Identity::Role::Committer);
    if (!who)
        return who.error();
    auto committer = who->toGit();
    if (!committer)
        return committer.error();
    outcome.rewritten.clear();
    for (size_t i = 0; i < git_rebase_operation_entrycount(rebase); ++i)
        outcome.rewritten.append(Oid(git_rebase_operation_byindex(rebase, i)->id));
    if (git_rebase_operation_current(rebase) != GIT_REBASE_NO_OPERATION) {
        // Continuing: the stopped operation first, with the resolution the user staged.
        if (const QStringList paths = conflictedPaths(repo); !paths.isEmpty())
            return GitError::custom(Tr::tr("Resolve the conflicts (and stage the result) before continuing:\n%1")
                                        .arg(QLatin1Char('\t') + paths.join(QStringLiteral("\n\t"))),
                                    GIT_EUNMERGED);
        if (auto r = commitCurrent(rebase, committer->get(), outcome); !r)
            return r.error();
    }
    git_rebase_operation *operation = nullptr;
    int rc = 0;
    while ((rc = git_rebase_next(&operation, rebase)) == 0) {
        if (const QStringList paths = conflictedPaths(repo); !paths.isEmpty()) {
            outcome.kind = RebaseOutcome::Kind::Conflicted;
            outcome.conflictPaths = paths;
            outcome.stoppedAt = Oid(operation->id);
            outcome.head = repo.headCommit();
            outcome.message = Tr::tr("Could not apply %1: fix the conflicts in %n file(s), stage them and continue "
                                     "(or abort the rebase).", nullptr, int(paths.size()))
                                  .arg(outcome.stoppedAt.toShortString());
            return outcome;
        }
        if (auto r = commitCurrent(rebase, committer->get(), outcome); !r) {
            git_rebase_abort(rebase);
            return r.error();
        }
    }
    if (rc != GIT_ITEROVER) {
        const GitError error = GitError::fromLibgit2(rc, Tr::tr("cannot rebase"));
        if (conflictedPaths(repo).isEmpty())
            git_rebase_abort(rebase);
        return error;
    }
    if (auto r = check(git_rebase_finish(rebase, committer->get()), Tr::tr("cannot finish the rebase")); !r)
        return r.error();
    outcome.kind = RebaseOutcome::Kind::Rebased;
    outcome.head = repo.headCommit();
    outcome.message = Tr::tr("Successfully rebased and updated %1.").arg(headLabel(repo));
    return outcome;
}

} // namespace

Result<RebaseOutcome> Rebaser::plan(const Repository &repo, const QString &upstream)
{
    RebaseOutcome out;
    out.upstream = upstream.trimmed();
    out.branch = repo.isHeadDetached() ? QString() : repo.headBranch();
    if (repo.isHeadUnborn())
        return GitError::custom(Tr::tr("The branch has no commit yet: there is nothing to rebase."), GIT_EUNBORNBRANCH);
    if (out.upstream.isEmpty())
        return GitError::custom(Tr::tr("No revision to rebase onto."), GIT_EINVALIDSPEC);
    git_object *object = nullptr;
    const QByteArray rev = (out.upstream + QStringLiteral("^{commit}")).toUtf8();
    if (int rc = git_revparse_single(&object, repo.raw(), rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(out.upstream));
    ObjectPtr owned(object);
    const Oid onto(git_object_id(object));
    out.previousHead = repo.headCommit();
    out.head = out.previousHead;

    git_oid base;
    const int rc = git_merge_base(&base, repo.raw(), out.previousHead.ptr(), onto.ptr());
    if (rc < 0 && rc != GIT_ENOTFOUND)
        return GitError::fromLibgit2(rc, Tr::tr("cannot find where %1 and %2 meet").arg(headLabel(repo), out.upstream));
    if (rc == 0 && Oid(base) == onto) {
        out.kind = RebaseOutcome::Kind::UpToDate;
        out.message = Tr::tr("Current branch %1 is up to date.").arg(headLabel(repo));
        return out;
    }
    auto leaving = PublishedHistory::leaving(repo, out.previousHead, onto);
    if (!leaving)
        return leaving.error();
    for (const Oid &id : std::as_const(*leaving)) {
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, repo.raw(), id.ptr()) < 0)
            continue;
        CommitPtr c(commit);
        if (git_commit_parentcount(commit) <= 1) // merges are dropped, as git rebase does
            out.rewritten.prepend(id);
    }
    auto published = PublishedHistory::ofHead(repo, out.rewritten);
    if (!published)
        return published.error();
    out.published = *published;
    out.kind = RebaseOutcome::Kind::Rebased;
    return out;
}

Result<RebaseOutcome> Rebaser::rebase(const Repository &repo, const QString &upstream, bool allowPublished)
{
    if (repo.isBare())
        return GitError::custom(Tr::tr("A bare repository has no work tree to rebase in."));
    if (auto r = Merger::ensureNoOperation(repo); !r)
        return r.error();
    auto planned = plan(repo, upstream);
    if (!planned)
        return planned.error();
    RebaseOutcome out = std::move(planned).value();
    if (out.kind == RebaseOutcome::Kind::UpToDate)
        return out;
    if (!allowPublished && out.published.any())
        return PublishedHistory::refusal(repo, out.published,
                                         Tr::tr("Rebasing %1 onto %2").arg(headLabel(repo), out.upstream));
    if (auto r = ensureClean(repo); !r)
        return r.error();

    git_annotated_commit *rawUpstream = nullptr;
    const QByteArray rev = out.upstream.toUtf8();
    if (int rc = git_annotated_commit_from_revspec(&rawUpstream, repo.raw(), rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(out.upstream));
    AnnotatedCommitPtr onto(rawUpstream);
    git_rebase_options options = rebaseOptions();
    git_rebase *rawRebase = nullptr;
    if (auto r = check(git_rebase_init(&rawRebase, repo.raw(), nullptr, rawUpstream, nullptr, &options),
                       Tr::tr("cannot start the rebase"));
        !r)
        return r.error();
    RebasePtr rebase(rawRebase);
    auto published = out.published;
    auto result = run(repo, rebase.get(), std::move(out));
    if (result)
        result->published = published;
    return result;
}

Result<RebaseOutcome> Rebaser::continueRebase(const Repository &repo)
{
    git_rebase_options options = rebaseOptions();
    git_rebase *raw = nullptr;
    if (int rc = git_rebase_open(&raw, repo.raw(), &options); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("There is no rebase to continue"));
    RebasePtr rebase(raw);
    RebaseOutcome out;
    out.branch = QString::fromUtf8(git_rebase_orig_head_name(raw));
    if (out.branch.startsWith(QLatin1String("refs/heads/")))
        out.branch.remove(0, 11);
    out.previousHead = Oid(git_rebase_orig_head_id(raw));
    out.upstream = Oid(git_rebase_onto_id(raw)).toString();
    return run(repo, raw, std::move(out));
}

Result<void> Rebaser::abort(const Repository &repo)
{
    git_rebase_options options = rebaseOptions();
    git_rebase *raw = nullptr;
    if (int rc = git_rebase_open(&raw, repo.raw(), &options); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("There is no rebase to abort"));
    RebasePtr rebase(raw);
    return check(git_rebase_abort(raw), Tr::tr("cannot abort the rebase"));
}

} // namespace gantry
