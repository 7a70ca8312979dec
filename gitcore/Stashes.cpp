#include "gitcore/Stashes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Stashes)
};

struct RawStash
{
    size_t index;
    QString message;
    Oid commit;
};

Result<QList<RawStash>> rawList(git_repository *repo)
{
    QList<RawStash> out;
    auto collect = [](size_t index, const char *message, const git_oid *id, void *payload) -> int {
        static_cast<QList<RawStash> *>(payload)->append({index, QString::fromUtf8(message ? message : ""), Oid(id)});
        return 0;
    };
    const int rc = git_stash_foreach(repo, collect, &out);
    if (rc == GIT_ENOTFOUND)
        return QList<RawStash>();
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the stash list"));
    return out;
}

Result<RawStash> rawAt(git_repository *repo, int index)
{
    auto all = rawList(repo);
    if (!all)
        return all.error();
    if (index < 0 || index >= all->size())
        return GitError::custom(Tr::tr("There is no stash@{%1}.").arg(index), GIT_ENOTFOUND);
    return all->at(index);
}

/// Paths with conflicts in the repository's index, sorted, each once.
Result<QStringList> conflictedPaths(git_repository *repo)
{
    git_index *index = nullptr;
    if (int rc = git_repository_index(&index, repo); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    IndexPtr owner(index);
    if (int rc = git_index_read(index, 0); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index"));
    QStringList paths;
    if (!git_index_has_conflicts(index))
        return paths;
    git_index_conflict_iterator *it = nullptr;
    if (int rc = git_index_conflict_iterator_new(&it, index); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index conflicts"));
    GitPtr<git_index_conflict_iterator, git_index_conflict_iterator_free> itOwner(it);
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    int rc = 0;
    while ((rc = git_index_conflict_next(&ancestor, &ours, &theirs, it)) == 0) {
        const git_index_entry *any = ours ? ours : theirs ? theirs : ancestor;
        if (any)
            paths << QString::fromUtf8(any->path);
    }
    if (rc != GIT_ITEROVER)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the index conflicts"));
    paths.removeDuplicates();
    paths.sort();
    return paths;
}

} // namespace

QString Stashes::branchFromMessage(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:WIP on|On) ([^:]+):"));
    const auto match = pattern.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<StashList> Stashes::list(const Repository &repo)
{
    auto raw = rawList(repo.raw());
    if (!raw)
        return raw.error();
    StashList out;
    out.reserve(raw->size());
    for (const RawStash &r : *raw) {
        StashInfo info;
        info.index = int(r.index);
        info.message = r.message;
        info.commit = r.commit;
        info.branch = branchFromMessage(r.message);
        git_commit *commit = nullptr;
        if (int rc = git_commit_lookup(&commit, repo.raw(), r.commit.ptr()); rc < 0)
            return GitError::fromLibgit2(rc, Tr::tr("cannot read stash@{%1}").arg(r.index));
        CommitPtr owner(commit);
        info.time = QDateTime::fromSecsSinceEpoch(git_commit_time(commit), QTimeZone(git_commit_time_offset(commit) * 60));
        info.hasUntracked = git_commit_parentcount(commit) >= 3;
        out.append(info);
    }
    return out;
}

Result<Oid> Stashes::save(const Repository &repo, const StashSaveOptions &options, CancelFlag cancel)
{
    if (cancel && cancel->load())
        return GitError::cancelled();
    if (repo.isBare())
        return GitError::custom(Tr::tr("A bare repository has no work tree to stash."));
    git_signature *signature = nullptr;
    if (int rc = git_signature_default(&signature, repo.raw()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stash without an identity (set user.name and user.email)"));
    SignaturePtr signatureOwner(signature);
    uint32_t flags = GIT_STASH_DEFAULT;
    if (options.includeUntracked)
        flags |= GIT_STASH_INCLUDE_UNTRACKED;
    if (options.keepIndex)
        flags |= GIT_STASH_KEEP_INDEX;
    const QByteArray message = options.message.trimmed().toUtf8();
    git_oid id;
    const int rc = git_stash_save(&id, repo.raw(), signature, message.isEmpty() ? nullptr : message.constData(), flags);
    if (rc == GIT_ENOTFOUND)
        return GitError::custom(Tr::tr("No local changes to save."), NothingToStash);
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot stash the local changes"));
    return Oid(&id);
}

Result<StashApplyOutcome> Stashes::apply(const Repository &repo, int index, bool reinstateIndex, CancelFlag cancel)
{
    if (cancel && cancel->load())
        return GitError::cancelled();
    auto stash = rawAt(repo.raw(), index);
    if (!stash)
        return stash.error();
    auto before = conflictedPaths(repo.raw());
    if (!before)
        return before.error();
    if (!before->isEmpty())
        return GitError::custom(Tr::tr("Cannot apply a stash while files have unresolved conflicts: %1")
                                    .arg(before->join(QStringLiteral(", "))),
                                GIT_EUNMERGED);

    git_stash_apply_options options = GIT_STASH_APPLY_OPTIONS_INIT;
    if (reinstateIndex)
        options.flags |= GIT_STASH_APPLY_REINSTATE_INDEX;
    QStringList blocking;
    options.checkout_options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    options.checkout_options.notify_payload = &blocking;
    options.checkout_options.notify_cb = [](git_checkout_notify_t, const char *path, const git_diff_file *,
                                            const git_diff_file *, const git_diff_file *, void *payload) -> int {
        static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
        return 0;
    };
    // Steps before CHECKOUT_UNTRACKED only read and merge in memory: a cancel there is clean.
    // From the first checkout on, files are written, so the apply runs to its end.
    struct Progress
    {
        CancelFlag cancel;
        bool cancelled = false;
    } progress{cancel};
    if (cancel) {
        options.progress_payload = &progress;
        options.progress_cb = [](git_stash_apply_progress_t step, void *payload) -> int {
            auto *p = static_cast<Progress *>(payload);
            if (step < GIT_STASH_APPLY_PROGRESS_CHECKOUT_UNTRACKED && p->cancel->load()) {
                p->cancelled = true;
                return GIT_EUSER;
            }
            return 0;
        };
    }
    const int rc = git_stash_apply(repo.raw(), size_t(index), &options);
    if (progress.cancelled)
        return GitError::cancelled();
    if (rc == GIT_ECONFLICT || rc == GIT_EMERGECONFLICT) {
        blocking.removeDuplicates();
        QString message = reinstateIndex && blocking.isEmpty()
            ? Tr::tr("The stash's staged changes conflict with the index; apply it without restoring the index.")
            : Tr::tr("Your local changes to the following files would be overwritten by applying the stash:\n%1\n"
                     "Commit or stash them first.")
                  .arg(QStringLiteral("  ") + blocking.join(QStringLiteral("\n  ")));
        return GitError::custom(message, rc);
    }
    if (rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot apply stash@{%1}").arg(index));

    StashApplyOutcome outcome;
    outcome.stashCommit = stash->commit;
    auto conflicts = conflictedPaths(repo.raw());
    if (!conflicts)
        return conflicts.error();
    outcome.conflictPaths = *conflicts;
    outcome.conflicted = !conflicts->isEmpty();
    return outcome;
}

Result<StashApplyOutcome> Stashes::pop(const Repository &repo, int index, bool reinstateIndex, CancelFlag cancel)
{
    auto outcome = apply(repo, index, reinstateIndex, cancel);
    if (!outcome || outcome->conflicted)
        return outcome; // like git: a stash applied with conflicts is kept
    // Drop exactly the stash that was applied, even if the list moved meanwhile.
    auto stash = rawAt(repo.raw(), index);
    if (!stash)
        return stash.error();
    if (stash->commit != outcome->stashCommit)
        return GitError::custom(Tr::tr("The stash list changed while applying; stash@{%1} was not dropped.").arg(index));
    if (auto r = check(git_stash_drop(repo.raw(), size_t(index)), Tr::tr("cannot drop stash@{%1}").arg(index)); !r)
        return r.error();
    outcome->dropped = true;
    return outcome;
}

Result<DroppedStash> Stashes::drop(const Repository &repo, int index)
{
    auto stash = rawAt(repo.raw(), index);
    if (!stash)
        return stash.error();
    if (auto r = check(git_stash_drop(repo.raw(), size_t(index)), Tr::tr("cannot drop stash@{%1}").arg(index)); !r)
        return r.error();
    return DroppedStash{stash->commit, stash->message};
}

Result<void> Stashes::store(const Repository &repo, const Oid &commit, const QString &message)
{
    git_commit *object = nullptr;
    if (int rc = git_commit_lookup(&object, repo.raw(), commit.ptr()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot store %1 as a stash").arg(commit.toShortString()));
    CommitPtr owner(object);
    if (git_commit_parentcount(object) < 2)
        return GitError::custom(Tr::tr("%1 is not a stash commit.").arg(commit.toShortString()));
    // As git stash store: refs/stash always keeps a reflog, whatever core.logAllRefUpdates says.
    if (auto r = check(git_reference_ensure_log(repo.raw(), "refs/stash"), Tr::tr("cannot write the stash log")); !r)
        return r;
    const QByteArray text = (message.isEmpty() ? QString::fromUtf8(git_commit_summary(object)) : message).toUtf8();
    git_reference *ref = nullptr;
    const int rc = git_reference_create(&ref, repo.raw(), "refs/stash", commit.ptr(), 1, text.constData());
    ReferencePtr refOwner(ref);
    return check(rc, Tr::tr("cannot store %1 as a stash").arg(commit.toShortString()));
}

} // namespace gantry
