#include "gitcore/Reset.h"

#include "gitcore/DiscardArchive.h"
#include "gitcore/GitPtr.h"

#include <QCoreApplication>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Reset)
};

git_reset_t gitMode(ResetMode mode)
{
    switch (mode) {
    case ResetMode::Soft: return GIT_RESET_SOFT;
    case ResetMode::Mixed: return GIT_RESET_MIXED;
    case ResetMode::Hard: return GIT_RESET_HARD;
    }
    return GIT_RESET_MIXED;
}

QString subjectOf(const Repository &repo, const Oid &id)
{
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repo.raw(), id.ptr()) < 0)
        return {};
    CommitPtr owned(commit);
    return QString::fromUtf8(git_commit_summary(commit));
}

/// The state `tree` would give `path` in the working tree (absent when the tree lacks it).
Result<WorktreeFileState> treeState(const Repository &repo, git_tree *tree, const QString &path)
{
    WorktreeFileState state;
    state.path = path;
    git_tree_entry *raw = nullptr;
    const QByteArray p = path.toUtf8();
    if (git_tree_entry_bypath(&raw, tree, p.constData()) < 0)
        return state;
    TreeEntryPtr entry(raw);
    if (git_tree_entry_type(raw) != GIT_OBJECT_BLOB)
        return state; // a folder or a submodule there: nothing of the file's content to compare
    git_blob *rawBlob = nullptr;
    if (auto r = check(git_blob_lookup(&rawBlob, repo.raw(), git_tree_entry_id(raw))); !r)
        return r.error();
    BlobPtr blob(rawBlob);
    state.exists = true;
    state.mode = git_tree_entry_filemode(raw);
    state.content = QByteArray(static_cast<const char *>(git_blob_rawcontent(rawBlob)), qsizetype(git_blob_rawsize(rawBlob)));
    return state;
}

/// Saves the uncommitted changes a hard reset to `target` would overwrite; null when there are none.
Result<Oid> saveUncommitted(const Repository &repo, const Oid &target)
{
    git_commit *rawCommit = nullptr;
    if (auto r = check(git_commit_lookup(&rawCommit, repo.raw(), target.ptr())); !r)
        return r.error();
    CommitPtr commit(rawCommit);
    git_tree *rawTree = nullptr;
    if (auto r = check(git_commit_tree(&rawTree, rawCommit)); !r)
        return r.error();
    TreePtr tree(rawTree);

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *rawList = nullptr;
    if (auto r = check(git_status_list_new(&rawList, repo.raw(), &options), Tr::tr("cannot read the status")); !r)
        return r.error();
    StatusListPtr list(rawList);
    QStringList paths;
    for (size_t i = 0; i < git_status_list_entrycount(rawList); ++i) {
        const git_status_entry *e = git_status_byindex(rawList, i);
        const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
        if (!delta)
            continue;
        const QString path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        if (e->status == GIT_STATUS_WT_NEW) {
            // An untracked file survives a hard reset unless the target tracks it.
            git_tree_entry *entry = nullptr;
            const QByteArray p = path.toUtf8();
            if (git_tree_entry_bypath(&entry, tree.get(), p.constData()) < 0)
                continue;
            git_tree_entry_free(entry);
        }
        paths << path;
    }
    if (paths.isEmpty())
        return Oid();
    auto before = DiscardArchive::capture(repo, paths);
    if (!before)
        return before.error();
    QList<WorktreeFileState> savedBefore, savedAfter;
    for (const WorktreeFileState &b : std::as_const(*before)) {
        auto a = treeState(repo, tree.get(), b.path);
        if (!a)
            return a.error();
        if (a->exists == b.exists && (!b.exists || (a->content == b.content && a->mode == b.mode)))
            continue; // the reset leaves it as it is
        savedBefore << b;
        savedAfter << *a;
    }
    if (savedBefore.isEmpty())
        return Oid();
    return DiscardArchive::record(repo, savedBefore, savedAfter,
                                  Tr::tr("Reset --hard to %1: uncommitted changes in %n file(s)", nullptr,
                                         int(savedBefore.size()))
                                      .arg(target.toShortString()));
}

Result<void> resetTo(const Repository &repo, const QString &revision, ResetMode mode)
{
    const QByteArray rev = revision.toUtf8();
    git_annotated_commit *raw = nullptr;
    if (int rc = git_annotated_commit_from_revspec(&raw, repo.raw(), rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(revision));
    AnnotatedCommitPtr target(raw);
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_FORCE;
    return check(git_reset_from_annotated(repo.raw(), raw, gitMode(mode), &options),
                 Tr::tr("cannot reset to '%1'").arg(revision));
}

/// The tree of the index when it holds staged changes (differs from HEAD's tree); null when it
/// does not, or when it cannot be written as a tree (conflicts).
Oid stagedTree(const Repository &repo)
{
    git_index *raw = nullptr;
    if (git_repository_index(&raw, repo.raw()) < 0)
        return {};
    IndexPtr index(raw);
    git_oid tree;
    if (git_index_has_conflicts(raw) || git_index_write_tree(&tree, raw) < 0)
        return {};
    git_commit *head = nullptr;
    if (git_commit_lookup(&head, repo.raw(), repo.headCommit().ptr()) < 0)
        return {};
    CommitPtr owned(head);
    return git_oid_equal(&tree, git_commit_tree_id(head)) ? Oid() : Oid(tree);
}

/// Makes the index hold `treeId` again (its entries re-stat'ed on the next status).
Result<void> restageTree(const Repository &repo, const Oid &treeId)
{
    git_tree *rawTree = nullptr;
    if (int rc = git_tree_lookup(&rawTree, repo.raw(), treeId.ptr()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot read the staged changes to restore"));
    TreePtr tree(rawTree);
    git_index *raw = nullptr;
    if (int rc = git_repository_index(&raw, repo.raw()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot open the index"));
    IndexPtr index(raw);
    if (int rc = git_index_read_tree(raw, rawTree); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot restore the staged changes"));
    return check(git_index_write(raw), Tr::tr("cannot write the index"));
}

} // namespace

Result<ResetOutcome> Reset::plan(const Repository &repo, const QString &revision, ResetMode mode)
{
    ResetOutcome out;
    out.mode = mode;
    out.revision = revision.trimmed();
    if (repo.isBare() && mode != ResetMode::Soft)
        return GitError::custom(Tr::tr("A bare repository has no work tree: only a soft reset is possible."));
    if (repo.isHeadUnborn())
        return GitError::custom(Tr::tr("The branch has no commit yet: there is nothing to reset."), GIT_EUNBORNBRANCH);
    if (out.revision.isEmpty())
        return GitError::custom(Tr::tr("No revision to reset to."), GIT_EINVALIDSPEC);
    git_object *object = nullptr;
    const QByteArray rev = out.revision.toUtf8();
    if (int rc = git_revparse_single(&object, repo.raw(), rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(out.revision));
    ObjectPtr owned(object);
    git_object *peeled = nullptr;
    if (int rc = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(out.revision));
    ObjectPtr ownedPeeled(peeled);
    out.target = Oid(git_object_id(peeled));
    out.previousHead = repo.headCommit();
    out.branch = repo.isHeadDetached() ? QString() : repo.headBranch();
    auto leaving = PublishedHistory::leaving(repo, out.previousHead, out.target);
    if (!leaving)
        return leaving.error();
    out.leaving = *leaving;
    auto published = PublishedHistory::ofHead(repo, out.leaving);
    if (!published)
        return published.error();
    out.published = *published;
    return out;
}

Result<ResetOutcome> Reset::reset(const Repository &repo, const QString &revision, ResetMode mode, bool allowPublished)
{
    auto planned = plan(repo, revision, mode);
    if (!planned)
        return planned.error();
    ResetOutcome out = std::move(planned).value();
    if (!allowPublished && out.published.any())
        return PublishedHistory::refusal(repo, out.published, Tr::tr("Resetting %1 to %2")
                                                                  .arg(out.branch.isEmpty() ? QStringLiteral("HEAD") : out.branch,
                                                                       out.revision));
    if (mode == ResetMode::Soft && repo.state() == RepositoryState::Merge)
        return GitError::custom(Tr::tr("Cannot do a soft reset in the middle of a merge."), GIT_EUNMERGED);
    if (mode != ResetMode::Soft)
        out.previousIndex = stagedTree(repo);
    if (mode == ResetMode::Hard) {
        auto saved = saveUncommitted(repo, out.target);
        if (!saved)
            return GitError::custom(Tr::tr("The uncommitted changes could not be saved, so nothing was reset: %1")
                                        .arg(saved.errorMessage()));
        out.savedChanges = *saved;
    }
    if (auto r = resetTo(repo, out.revision, mode); !r)
        return r.error();
    out.message = Tr::tr("HEAD is now at %1 %2").arg(out.target.toShortString(), subjectOf(repo, out.target));
    return out;
}

Result<void> Reset::undo(const Repository &repo, const ResetOutcome &outcome)
{
    if (outcome.previousHead.isNull())
        return GitError::custom(Tr::tr("Nothing to undo."));
    if (repo.headCommit() != outcome.target)
        return GitError::custom(Tr::tr("HEAD has moved since the reset (it is at %1, not %2): undo it by hand "
                                       "(git reset %3).")
                                    .arg(repo.headCommit().toShortString(), outcome.target.toShortString(),
                                         outcome.previousHead.toShortString()));
    if (auto r = resetTo(repo, outcome.previousHead.toString(), outcome.mode); !r)
        return r.error();
    if (!outcome.savedChanges.isNull())
        if (auto restored = DiscardArchive::restore(repo, outcome.savedChanges, true); !restored)
            return restored;
    if (!outcome.previousIndex.isNull())
        return restageTree(repo, outcome.previousIndex);
    return {};
}

} // namespace gantry
