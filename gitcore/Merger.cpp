#include "gitcore/Merger.h"

#include "gitcore/GitPtr.h"
#include "gitcore/Identity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Merger)
};

Result<AnnotatedCommitPtr> annotated(const Repository &repo, const QString &revision)
{
    const QByteArray rev = revision.trimmed().toUtf8();
    if (rev.isEmpty())
        return GitError::custom(Tr::tr("No revision to merge."), GIT_EINVALIDSPEC);
    git_annotated_commit *raw = nullptr;
    if (int rc = git_annotated_commit_from_revspec(&raw, repo.raw(), rev.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("'%1' is not a commit").arg(revision));
    return AnnotatedCommitPtr(raw);
}

Result<MergeAnalysis> analyzeHeads(const Repository &repo, const git_annotated_commit *theirs)
{
    git_merge_analysis_t analysis = GIT_MERGE_ANALYSIS_NONE;
    git_merge_preference_t preference = GIT_MERGE_PREFERENCE_NONE;
    const git_annotated_commit *heads[] = {theirs};
    if (auto r = check(git_merge_analysis(&analysis, &preference, repo.raw(), heads, 1), Tr::tr("cannot analyse the merge")); !r)
        return r.error();
    if (analysis & GIT_MERGE_ANALYSIS_UNBORN)
        return MergeAnalysis::UnbornHead;
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE)
        return MergeAnalysis::UpToDate;
    if (analysis & GIT_MERGE_ANALYSIS_FASTFORWARD)
        return MergeAnalysis::FastForward;
    return MergeAnalysis::NeedsMergeCommit;
}

QString branchLabel(const Repository &repo)
{
    return repo.isHeadDetached() ? QStringLiteral("HEAD") : repo.headBranch();
}

/// Checks out `commit` over HEAD without overwriting local changes; names the files in the way.
Result<void> safeCheckout(const Repository &repo, const Oid &commit)
{
    git_commit *raw = nullptr;
    if (auto r = check(git_commit_lookup(&raw, repo.raw(), commit.ptr())); !r)
        return r.error();
    CommitPtr target(raw);
    QStringList conflicts;
    git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
    options.checkout_strategy = GIT_CHECKOUT_SAFE;
    options.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    options.notify_payload = &conflicts;
    options.notify_cb = [](git_checkout_notify_t, const char *path, const git_diff_file *, const git_diff_file *,
                           const git_diff_file *, void *payload) -> int {
        static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
        return 0;
    };
    const int rc = git_checkout_tree(repo.raw(), reinterpret_cast<git_object *>(raw), &options);
    if (!conflicts.isEmpty() || rc == GIT_ECONFLICT) {
        conflicts.removeDuplicates();
        conflicts.sort();
        return GitError::custom(Tr::tr("Your local changes to the following files would be overwritten by merge:\n%1\n"
                                       "Commit or stash them before you merge.")
                                    .arg(QLatin1Char('\t') + conflicts.join(QStringLiteral("\n\t"))),
                                GIT_ECONFLICT);
    }
    return check(rc, Tr::tr("cannot check out the merged commit"));
}

/// Moves HEAD's branch (or a detached HEAD, or an unborn branch) to `commit`.
Result<void> moveHead(const Repository &repo, const Oid &commit, const QString &reflog)
{
    const QByteArray message = reflog.toUtf8();
    git_reference *out = nullptr;
    if (repo.isHeadDetached()) {
        if (auto r = check(git_reference_create(&out, repo.raw(), "HEAD", commit.ptr(), 1, message.constData())); !r)
            return r.error();
        git_reference_free(out);
        return {};
    }
    const QByteArray name = QByteArray("refs/heads/") + repo.headBranch().toUtf8();
    if (auto r = check(git_reference_create(&out, repo.raw(), name.constData(), commit.ptr(), 1, message.constData()),
                       Tr::tr("cannot move '%1'").arg(repo.headBranch()));
        !r)
        return r.error();
    git_reference_free(out);
    return {};
}

QStringList conflictedPaths(git_index *index)
{
    QStringList paths;
    git_index_conflict_iterator *raw = nullptr;
    if (git_index_conflict_iterator_new(&raw, index) < 0)
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

Result<MergeOutcome> fastForward(const Repository &repo, MergeOutcome outcome)
{
    if (auto r = safeCheckout(repo, outcome.theirs); !r)
        return r.error();
    if (auto r = moveHead(repo, outcome.theirs, QStringLiteral("merge %1: Fast-forward").arg(outcome.revision)); !r)
        return r.error();
    outcome.kind = MergeOutcome::Kind::FastForwarded;
    outcome.head = outcome.theirs;
    outcome.message = Tr::tr("Fast-forwarded %1 to %2.").arg(branchLabel(repo), outcome.theirs.toShortString());
    return outcome;
}

Result<MergeOutcome> mergeCommit(const Repository &repo, MergeOutcome outcome, const git_annotated_commit *theirs)
{
    const QString message = Merger::defaultMessage(repo, outcome.revision);
    const QByteArray ourLabel("HEAD");
    const QByteArray theirLabel = outcome.revision.toUtf8();
    git_merge_options mergeOptions = GIT_MERGE_OPTIONS_INIT;
    git_checkout_options checkoutOptions = GIT_CHECKOUT_OPTIONS_INIT;
    checkoutOptions.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_ALLOW_CONFLICTS;
    checkoutOptions.our_label = ourLabel.constData();
    checkoutOptions.their_label = theirLabel.constData();
    const git_annotated_commit *heads[] = {theirs};
    if (int rc = git_merge(repo.raw(), heads, 1, &mergeOptions, &checkoutOptions); rc < 0) {
        if (rc == GIT_ECONFLICT || rc == GIT_EMERGECONFLICT)
            return GitError::custom(Tr::tr("Your local changes would be overwritten by the merge (%1). "
                                           "Commit or stash them before you merge.")
                                        .arg(GitError::fromLibgit2(rc).message()),
                                    GIT_ECONFLICT);
        return GitError::fromLibgit2(rc, Tr::tr("cannot merge '%1'").arg(outcome.revision));
    }
    auto index = repo.index();
    if (!index)
        return index.error();
    if (git_index_has_conflicts(index->get())) {
        outcome.kind = MergeOutcome::Kind::Conflicted;
        outcome.head = outcome.previousHead;
        outcome.conflictPaths = conflictedPaths(index->get());
        // MERGE_MSG as git writes it, so that concluding the merge (here or with git) reads the same.
        QString text = message + QStringLiteral("\n\n# Conflicts:\n");
        for (const QString &path : std::as_const(outcome.conflictPaths))
            text += QStringLiteral("#\t") + path + QLatin1Char('\n');
        QSaveFile file(repo.gitDir() + QStringLiteral("/MERGE_MSG"));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(text.toUtf8());
            file.commit();
        }
        outcome.message = Tr::tr("Automatic merge failed: fix the conflicts in %n file(s), then commit the result "
                                 "(or abort the merge).", nullptr, int(outcome.conflictPaths.size()));
        return outcome;
    }

    git_oid treeId;
    if (auto r = check(git_index_write_tree(&treeId, index->get()), Tr::tr("cannot write the merged tree")); !r)
        return r.error();
    git_tree *rawTree = nullptr;
    if (auto r = check(git_tree_lookup(&rawTree, repo.raw(), &treeId)); !r)
        return r.error();
    TreePtr tree(rawTree);
    git_commit *ours = nullptr, *their = nullptr;
    if (auto r = check(git_commit_lookup(&ours, repo.raw(), outcome.previousHead.ptr())); !r)
        return r.error();
    CommitPtr ownedOurs(ours);
    if (auto r = check(git_commit_lookup(&their, repo.raw(), outcome.theirs.ptr())); !r)
        return r.error();
    CommitPtr ownedTheirs(their);
    auto author = Identity::resolve(repo, Identity::Role::Author);
    if (!author)
        return author.error();
    auto committer = Identity::resolve(repo, Identity::Role::Committer);
    if (!committer)
        return committer.error();
    auto authorSig = author->toGit();
    if (!authorSig)
        return authorSig.error();
    auto committerSig = committer->toGit();
    if (!committerSig)
        return committerSig.error();
    const git_commit *parents[] = {ours, their};
    const QByteArray body = (message + QLatin1Char('\n')).toUtf8();
    git_oid commitId;
    if (auto r = check(git_commit_create(&commitId, repo.raw(), nullptr, authorSig->get(), committerSig->get(), nullptr,
                                         body.constData(), tree.get(), 2, parents),
                       Tr::tr("cannot create the merge commit"));
        !r)
        return r.error();
    if (auto r = moveHead(repo, Oid(commitId),
                          QStringLiteral("merge %1: Merge made by the 'ort' strategy.").arg(outcome.revision));
        !r)
        return r.error();
    git_repository_state_cleanup(repo.raw());
    outcome.kind = MergeOutcome::Kind::MergeCommitted;
    outcome.head = Oid(commitId);
    outcome.message = Tr::tr("Merged %1 into %2 (merge commit %3).")
                          .arg(outcome.revision, branchLabel(repo), outcome.head.toShortString());
    return outcome;
}

} // namespace

Result<void> Merger::ensureNoOperation(const Repository &repo)
{
    const RepositoryState state = repo.state();
    if (state == RepositoryState::Clean)
        return {};
    return GitError::custom(Tr::tr("%1. Finish or abort it first.").arg(Repository::describeState(state)),
                            OperationInProgress);
}

Result<MergeAnalysis> Merger::analyze(const Repository &repo, const QString &revision)
{
    auto theirs = annotated(repo, revision);
    if (!theirs)
        return theirs.error();
    return analyzeHeads(repo, theirs->get());
}

QString Merger::defaultMessage(const Repository &repo, const QString &revision)
{
    const QString rev = revision.trimmed();
    QString what;
    git_reference *ref = nullptr;
    const QByteArray name = rev.toUtf8();
    if (git_reference_dwim(&ref, repo.raw(), name.constData()) == 0) {
        ReferencePtr owned(ref);
        const QString full = QString::fromUtf8(git_reference_name(ref));
        if (full.startsWith(QLatin1String("refs/heads/")))
            what = QStringLiteral("Merge branch '%1'").arg(full.mid(11));
        else if (full.startsWith(QLatin1String("refs/remotes/")))
            what = QStringLiteral("Merge remote-tracking branch '%1'").arg(full.mid(13));
        else if (full.startsWith(QLatin1String("refs/tags/")))
            what = QStringLiteral("Merge tag '%1'").arg(full.mid(10));
    }
    if (what.isEmpty())
        what = QStringLiteral("Merge commit '%1'").arg(rev);
    // git's merge.suppressDest defaults to main and master.
    const QString into = branchLabel(repo);
    if (into != QLatin1String("main") && into != QLatin1String("master"))
        what += QStringLiteral(" into ") + into;
    return what;
}

Result<MergeOutcome> Merger::merge(const Repository &repo, const QString &revision, MergeMode mode)
{
    if (repo.isBare())
        return GitError::custom(Tr::tr("A bare repository has no work tree to merge into."));
    if (auto r = ensureNoOperation(repo); !r)
        return r.error();
    if (auto index = repo.index(); !index)
        return index.error();
    else if (git_index_has_conflicts(index->get()))
        return GitError::custom(Tr::tr("Resolve the conflicts in the working tree before merging."), GIT_EUNMERGED);
    auto theirs = annotated(repo, revision);
    if (!theirs)
        return theirs.error();
    auto analysis = analyzeHeads(repo, theirs->get());
    if (!analysis)
        return analysis.error();

    MergeOutcome outcome;
    outcome.revision = revision.trimmed();
    outcome.previousHead = repo.headCommit();
    outcome.head = outcome.previousHead;
    outcome.theirs = Oid(git_annotated_commit_id(theirs->get()));
    switch (*analysis) {
    case MergeAnalysis::UpToDate:
        outcome.kind = MergeOutcome::Kind::UpToDate;
        outcome.message = Tr::tr("Already up to date.");
        return outcome;
    case MergeAnalysis::UnbornHead:
    case MergeAnalysis::FastForward:
        return fastForward(repo, outcome);
    case MergeAnalysis::NeedsMergeCommit:
        break;
    }
    if (mode == MergeMode::FastForwardOnly)
        return GitError::custom(Tr::tr("%1 and %2 have diverged: they can only be joined by a merge commit, and merges "
                                       "here are fast-forward only. Create a merge commit, or rebase %1 onto %2 first.")
                                    .arg(branchLabel(repo), outcome.revision),
                                NotFastForward);
    return mergeCommit(repo, outcome, theirs->get());
}

Result<void> Merger::abortMerge(const Repository &repo)
{
    if (repo.state() != RepositoryState::Merge)
        return GitError::custom(Tr::tr("There is no merge to abort."), GIT_ENOTFOUND);
    git_object *rawHead = nullptr;
    if (auto r = check(git_revparse_single(&rawHead, repo.raw(), "HEAD^{commit}"), Tr::tr("cannot read HEAD")); !r)
        return r.error();
    ObjectPtr head(rawHead);
    git_tree *rawTree = nullptr;
    if (auto r = check(git_commit_tree(&rawTree, reinterpret_cast<git_commit *>(rawHead))); !r)
        return r.error();
    TreePtr tree(rawTree);
    auto index = repo.index();
    if (!index)
        return index.error();

    // The paths the merge touched: those in conflict and those it staged.
    QStringList paths = conflictedPaths(index->get());
    git_diff *rawDiff = nullptr;
    git_diff_options diffOptions = GIT_DIFF_OPTIONS_INIT;
    if (auto r = check(git_diff_tree_to_index(&rawDiff, repo.raw(), tree.get(), index->get(), &diffOptions)); !r)
        return r.error();
    DiffPtr diff(rawDiff);
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        paths << QString::fromUtf8(delta->new_file.path);
    }
    paths.removeDuplicates();

    if (!paths.isEmpty()) {
        std::vector<QByteArray> bytes;
        std::vector<char *> pointers;
        for (const QString &path : std::as_const(paths))
            bytes.push_back(path.toUtf8());
        for (QByteArray &b : bytes)
            pointers.push_back(b.data());
        git_strarray array = {pointers.data(), pointers.size()};
        if (auto r = check(git_reset_default(repo.raw(), rawHead, &array), Tr::tr("cannot reset the index")); !r)
            return r.error();
        auto fresh = repo.index();
        if (!fresh)
            return fresh.error();
        git_checkout_options options = GIT_CHECKOUT_OPTIONS_INIT;
        options.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH;
        options.paths = array;
        if (auto r = check(git_checkout_index(repo.raw(), fresh->get(), &options), Tr::tr("cannot restore the files")); !r)
            return r.error();
        // Files the merge added are in neither HEAD nor the index now: remove them, as git does.
        for (const QString &path : std::as_const(paths)) {
            git_tree_entry *entry = nullptr;
            const QByteArray p = path.toUtf8();
            if (git_tree_entry_bypath(&entry, tree.get(), p.constData()) == 0) {
                git_tree_entry_free(entry);
                continue;
            }
            QFile::remove(QDir(repo.workdir()).filePath(path));
        }
    }
    return check(git_repository_state_cleanup(repo.raw()), Tr::tr("cannot leave the merge state"));
}

} // namespace gantry
