#include "gitcore/Checkout.h"

#include "gitcore/Branches.h"
#include "gitcore/Stashes.h"

#include <QCoreApplication>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Checkout)
};

/// Where a switch goes, decided before anything on disk changes.
struct SwitchPlan
{
    enum class Kind { Local, CreateTracking, Detach };
    Kind kind = Kind::Local;
    QString branch;       // Local / CreateTracking: the local branch's short name
    QString remoteBranch; // CreateTracking: the remote-tracking branch it will track ("origin/x")
    QString revision;     // Detach: what the user named
    Oid commit;
};

/// The files a checkout would overwrite, split as git reports them.
struct Blockers
{
    QStringList modified;
    QStringList untracked;
    bool isEmpty() const { return modified.isEmpty() && untracked.isEmpty(); }
};

bool branchExists(git_repository *repo, const QString &name, git_branch_t type, QString *symbolicTarget = nullptr)
{
    git_reference *ref = nullptr;
    const QByteArray n = name.toUtf8();
    if (git_branch_lookup(&ref, repo, n.constData(), type) < 0)
        return false;
    ReferencePtr owner(ref);
    if (symbolicTarget && git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC) {
        QString target = QString::fromUtf8(git_reference_symbolic_target(ref));
        if (target.startsWith(QLatin1String("refs/remotes/")))
            target.remove(0, 13);
        *symbolicTarget = target;
    }
    return true;
}

Result<Oid> commitOf(git_repository *repo, const QString &revision)
{
    git_object *object = nullptr;
    const QByteArray rev = revision.toUtf8();
    if (int rc = git_revparse_single(&object, repo, rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(revision));
    ObjectPtr owner(object);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(revision));
    ObjectPtr peeledOwner(peeled);
    return Oid(git_object_id(peeled));
}

QString remoteOf(git_repository *repo, const QString &remoteBranch)
{
    GitBuf remote;
    const QByteArray ref = (QStringLiteral("refs/remotes/") + remoteBranch).toUtf8();
    if (git_branch_remote_name(&remote, repo, ref.constData()) < 0)
        return remoteBranch.section(QLatin1Char('/'), 0, 0);
    return QString::fromUtf8(remote.data(), int(remote.size()));
}

Result<SwitchPlan> planForRemote(const Repository &repo, const QString &remoteBranch)
{
    SwitchPlan plan;
    plan.remoteBranch = remoteBranch;
    plan.branch = remoteBranch.mid(remoteOf(repo.raw(), remoteBranch).size() + 1);
    auto commit = commitOf(repo.raw(), QStringLiteral("refs/remotes/") + remoteBranch);
    if (!commit)
        return commit.error();
    plan.commit = *commit;
    if (!branchExists(repo.raw(), plan.branch, GIT_BRANCH_LOCAL)) {
        plan.kind = SwitchPlan::Kind::CreateTracking;
        return plan;
    }
    auto local = Branches::local(repo, plan.branch);
    if (!local)
        return local.error();
    if (local->upstream != remoteBranch)
        return GitError::custom(Tr::tr("A local branch '%1' already exists and does not track '%2'. Check out '%1', "
                                       "or create a branch with another name from '%2'.")
                                    .arg(plan.branch, remoteBranch),
                                GIT_EEXISTS);
    plan.kind = SwitchPlan::Kind::Local;
    plan.commit = local->target;
    return plan;
}

/// Refuses to leave while files are in conflict, as git does ("resolve your current index first").
Result<void> ensureNoConflicts(const Repository &repo)
{
    if (repo.isBare())
        return GitError::custom(Tr::tr("A bare repository has no work tree to check out into."));
    auto index = repo.index();
    if (!index)
        return index.error();
    if (git_index_has_conflicts(index->get()))
        return GitError::custom(Tr::tr("Resolve the conflicts in the working tree (or abort the operation in progress) "
                                       "before switching."),
                                GIT_EUNMERGED);
    return {};
}

Result<SwitchPlan> planSwitch(const Repository &repo, const QString &target)
{
    if (auto ready = ensureNoConflicts(repo); !ready)
        return ready.error();
    QString name = target.trimmed();
    if (name.isEmpty())
        return GitError::custom(Tr::tr("No branch to switch to."), GIT_EINVALIDSPEC);
    if (name.startsWith(QLatin1String("refs/remotes/")))
        return planForRemote(repo, name.mid(13));
    if (name.startsWith(QLatin1String("refs/heads/")))
        name.remove(0, 11);

    if (branchExists(repo.raw(), name, GIT_BRANCH_LOCAL)) {
        SwitchPlan plan;
        plan.branch = name;
        if (auto commit = commitOf(repo.raw(), QStringLiteral("refs/heads/") + name))
            plan.commit = *commit; // an unborn or broken branch has none; checkout then fails clearly
        else
            return commit.error();
        return plan;
    }
    QString symbolicTarget;
    if (branchExists(repo.raw(), name, GIT_BRANCH_REMOTE, &symbolicTarget))
        return planForRemote(repo, symbolicTarget.isEmpty() ? name : symbolicTarget);

    // `git switch x`: a local branch from the one remote that has an x.
    GitStrArray remotes;
    if (auto r = check(git_remote_list(&remotes, repo.raw()), Tr::tr("cannot list remotes")); !r)
        return r.error();
    QStringList candidates;
    for (size_t i = 0; i < remotes.array.count; ++i) {
        const QString candidate = QString::fromUtf8(remotes.array.strings[i]) + QLatin1Char('/') + name;
        if (branchExists(repo.raw(), candidate, GIT_BRANCH_REMOTE))
            candidates << candidate;
    }
    if (candidates.size() == 1)
        return planForRemote(repo, candidates.first());
    if (candidates.size() > 1)
        return GitError::custom(Tr::tr("'%1' matches more than one remote-tracking branch (%2); choose one of them.")
                                    .arg(name, candidates.join(QStringLiteral(", "))),
                                GIT_EAMBIGUOUS);
    return GitError::custom(Tr::tr("There is no branch named '%1'.").arg(name), GIT_ENOTFOUND);
}

QString describeHead(const Repository &repo)
{
    if (repo.isHeadDetached())
        return repo.headCommit().toShortString();
    return repo.headBranch();
}

bool isSet(Checkout::CancelFlag cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// What checkoutTree's notify callback collects and polls.
struct NotifyState
{
    QStringList conflicts;
    Checkout::CancelFlag cancel = nullptr;
};

/// The return code of a checkout stopped by its cancel flag (libgit2 passes the callback's on).
constexpr int kCancelledByCallback = GIT_EUSER;

/// Checks out the tree of `commit` safely; on a refusal fills `blockers` and returns GIT_ECONFLICT.
/// With `cancel` set during the planning pass (libgit2 notifies every path it will touch before it
/// writes any), returns kCancelledByCallback with nothing written.
int checkoutTree(const Repository &repo, const Oid &commit, bool dryRun, Blockers &blockers,
                 Checkout::CancelFlag cancel = nullptr)
{
    git_commit *object = nullptr;
    if (int rc = git_commit_lookup(&object, repo.raw(), commit.ptr()); rc < 0)
        return rc;
    CommitPtr owner(object);
    NotifyState state;
    state.cancel = cancel;
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_SAFE | (dryRun ? GIT_CHECKOUT_DRY_RUN : 0);
    // Only conflicts are collected; the other notifications are chances to notice a cancel (not
    // UNTRACKED/IGNORED: asking for those makes libgit2 walk into untracked folders).
    options.notify_flags = cancel ? GIT_CHECKOUT_NOTIFY_CONFLICT | GIT_CHECKOUT_NOTIFY_DIRTY | GIT_CHECKOUT_NOTIFY_UPDATED
                                  : GIT_CHECKOUT_NOTIFY_CONFLICT;
    options.notify_payload = &state;
    options.notify_cb = [](git_checkout_notify_t why, const char *path, const git_diff_file *, const git_diff_file *,
                           const git_diff_file *, void *payload) -> int {
        auto *s = static_cast<NotifyState *>(payload);
        if (why == GIT_CHECKOUT_NOTIFY_CONFLICT)
            s->conflicts.append(QString::fromUtf8(path));
        return isSet(s->cancel) ? kCancelledByCallback : 0;
    };
    const int rc = git_checkout_tree(repo.raw(), reinterpret_cast<git_object *>(object), &options);
    if (rc == kCancelledByCallback && isSet(cancel))
        return rc;
    QStringList &paths = state.conflicts;
    paths.removeDuplicates();
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        unsigned int flags = 0;
        const QByteArray p = path.toUtf8();
        if (git_status_file(&flags, repo.raw(), p.constData()) == 0 && (flags & GIT_STATUS_WT_NEW))
            blockers.untracked << path;
        else
            blockers.modified << path;
    }
    if (rc == 0 && !paths.isEmpty())
        return GIT_ECONFLICT;
    return rc;
}

GitError blockedError(const Blockers &blockers)
{
    QStringList parts;
    if (!blockers.modified.isEmpty())
        parts << Tr::tr("Your local changes to the following files would be overwritten by checkout:\n%1\n"
                        "Commit or stash them before you switch branches.")
                     .arg(QLatin1Char('\t') + blockers.modified.join(QStringLiteral("\n\t")));
    if (!blockers.untracked.isEmpty())
        parts << Tr::tr("The following untracked working tree files would be overwritten by checkout:\n%1\n"
                        "Move or remove them before you switch branches.")
                     .arg(QLatin1Char('\t') + blockers.untracked.join(QStringLiteral("\n\t")));
    return GitError::custom(parts.join(QLatin1Char('\n')), GIT_ECONFLICT);
}

Result<CheckoutOutcome> perform(const Repository &repo, const SwitchPlan &plan, Checkout::CancelFlag cancel)
{
    if (isSet(cancel))
        return GitError::cancelled();
    CheckoutOutcome outcome;
    outcome.previous = describeHead(repo);
    outcome.commit = plan.commit;
    if (plan.kind == SwitchPlan::Kind::Local && !repo.isHeadDetached() && repo.headBranch() == plan.branch) {
        outcome.current = plan.branch;
        outcome.message = Tr::tr("Already on '%1'.").arg(plan.branch);
        return outcome;
    }

    Blockers blockers;
    const int rc = checkoutTree(repo, plan.commit, false, blockers, cancel);
    if (rc == kCancelledByCallback && isSet(cancel))
        return GitError::cancelled();
    // From here on the working tree is the target's: finish the switch whatever the flag says.
    if (rc == GIT_ECONFLICT || !blockers.isEmpty())
        return blockedError(blockers);
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot check out %1").arg(plan.commit.toShortString()));

    switch (plan.kind) {
    case SwitchPlan::Kind::CreateTracking: {
        auto created = Branches::create(repo, plan.branch, plan.remoteBranch);
        if (!created)
            return created.error();
        if (created->upstream != plan.remoteBranch) {
            if (auto r = Branches::setUpstream(repo, plan.branch, plan.remoteBranch); !r)
                return r.error();
        }
        outcome.createdBranch = plan.branch;
        [[fallthrough]];
    }
    case SwitchPlan::Kind::Local: {
        const QByteArray ref = (QStringLiteral("refs/heads/") + plan.branch).toUtf8();
        // libgit2 writes "checkout: moving from A to B" to HEAD's reflog, as git does.
        if (auto r = check(git_repository_set_head(repo.raw(), ref.constData()),
                           Tr::tr("cannot switch HEAD to '%1'").arg(plan.branch));
            !r)
            return r.error();
        outcome.current = plan.branch;
        outcome.message = outcome.createdBranch.isEmpty()
            ? Tr::tr("Switched to branch '%1'.").arg(plan.branch)
            : Tr::tr("Switched to a new branch '%1' tracking '%2'.").arg(plan.branch, plan.remoteBranch);
        break;
    }
    case SwitchPlan::Kind::Detach: {
        git_annotated_commit *annotated = nullptr;
        const QByteArray rev = plan.revision.toUtf8();
        if (int arc = git_annotated_commit_from_revspec(&annotated, repo.raw(), rev.constData()); arc < 0)
            return GitError::fromLibgit2(arc, Tr::tr("'%1' is not a commit").arg(plan.revision));
        AnnotatedCommitPtr owner(annotated);
        if (auto r = check(git_repository_set_head_detached_from_annotated(repo.raw(), annotated),
                           Tr::tr("cannot detach HEAD at '%1'").arg(plan.revision));
            !r)
            return r.error();
        outcome.detached = true;
        outcome.current = plan.commit.toShortString();
        outcome.message = Tr::tr("HEAD is now detached at %1.").arg(plan.commit.toShortString());
        break;
    }
    }
    return outcome;
}

Result<SwitchPlan> planDetach(const Repository &repo, const QString &revision)
{
    if (auto ready = ensureNoConflicts(repo); !ready)
        return ready.error();
    auto commit = commitOf(repo.raw(), revision);
    if (!commit)
        return commit.error();
    SwitchPlan plan;
    plan.kind = SwitchPlan::Kind::Detach;
    plan.revision = revision;
    plan.commit = *commit;
    return plan;
}

} // namespace

Result<CheckoutOutcome> Checkout::switchTo(const Repository &repo, const QString &target, CancelFlag cancel)
{
    auto plan = planSwitch(repo, target);
    if (!plan)
        return plan.error();
    return perform(repo, *plan, cancel);
}

Result<CheckoutOutcome> Checkout::detach(const Repository &repo, const QString &revision, CancelFlag cancel)
{
    auto plan = planDetach(repo, revision);
    if (!plan)
        return plan.error();
    return perform(repo, *plan, cancel);
}

Result<CheckoutOutcome> Checkout::switchWithStash(const Repository &repo, const QString &target, bool detachAt,
                                                  CancelFlag cancel)
{
    auto plan = detachAt ? planDetach(repo, target) : planSwitch(repo, target);
    if (!plan)
        return plan.error();
    if (plan->kind == SwitchPlan::Kind::Local && !repo.isHeadDetached() && repo.headBranch() == plan->branch)
        return perform(repo, *plan, cancel); // already there: nothing to carry over
    if (isSet(cancel))
        return GitError::cancelled();

    StashSaveOptions stashOptions;
    stashOptions.includeUntracked = true;
    stashOptions.message = Tr::tr("Gantry: carrying changes to '%1'").arg(target);
    auto stash = Stashes::save(repo, stashOptions);
    if (!stash && stash.error().code() == Stashes::NothingToStash)
        return perform(repo, *plan, cancel);
    if (!stash)
        return stash.error();

    // A cancel during the switch takes the same way back as a refused switch: the stash is popped.
    auto outcome = perform(repo, *plan, cancel);
    if (!outcome) {
        // Put the changes back where they were made.
        auto restored = Stashes::pop(repo, 0);
        if (restored && !restored->conflicted)
            return outcome.error();
        // Not "cancelled" any more: the changes are not where they were, but in the stash.
        return GitError::custom(outcome.errorMessage() + QLatin1Char('\n')
                                    + Tr::tr("Your changes are kept in stash@{0}."),
                                outcome.error().isCancelled() ? -1 : outcome.error().code());
    }
    outcome->stashed = true;
    outcome->stashCommit = *stash;
    auto applied = Stashes::pop(repo, 0);
    if (!applied) {
        outcome->stashConflicted = true;
        outcome->message += QLatin1Char(' ')
            + Tr::tr("Your changes could not be re-applied (%1); they are kept in stash@{0}.").arg(applied.errorMessage());
    } else if (applied->conflicted) {
        outcome->stashConflicted = true;
        outcome->conflictPaths = applied->conflictPaths;
        outcome->message += QLatin1Char(' ')
            + QCoreApplication::translate("gantry::Checkout",
                                          "Your changes were re-applied with conflicts in %n file(s); resolve them. "
                                          "The stash is kept as stash@{0}.",
                                          nullptr, int(applied->conflictPaths.size()));
    } else {
        outcome->message += QLatin1Char(' ') + Tr::tr("Your local changes were carried over.");
    }
    return outcome;
}

Result<QStringList> Checkout::blockingPaths(const Repository &repo, const QString &revision)
{
    auto commit = commitOf(repo.raw(), revision);
    if (!commit)
        return commit.error();
    Blockers blockers;
    const int rc = checkoutTree(repo, *commit, true, blockers);
    if (rc < 0 && rc != GIT_ECONFLICT)
        return GitError::fromLibgit2(rc, Tr::tr("cannot check out %1").arg(revision));
    QStringList all = blockers.modified + blockers.untracked;
    all.sort();
    return all;
}

} // namespace gantry
