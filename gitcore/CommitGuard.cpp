#include "gitcore/CommitGuard.h"

#include "gitcore/GitPtr.h"
#include "gitcore/PublishedHistory.h"

#include <git2.h>

namespace gantry {

namespace {

/// Lines added + deleted between `base` (null: the empty tree) and the index.
Result<int> stagedLines(const Repository &repo, const Oid &base)
{
    TreePtr tree;
    if (!base.isNull()) {
        git_commit *commit = nullptr;
        if (auto r = check(git_commit_lookup(&commit, repo.raw(), base.ptr())); !r)
            return r.error();
        CommitPtr owned(commit);
        git_tree *raw = nullptr;
        if (auto r = check(git_commit_tree(&raw, commit)); !r)
            return r.error();
        tree.reset(raw);
    }
    auto index = repo.index();
    if (!index)
        return index.error();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    git_diff *rawDiff = nullptr;
    if (auto r = check(git_diff_tree_to_index(&rawDiff, repo.raw(), tree.get(), index->get(), &options)); !r)
        return r.error();
    DiffPtr diff(rawDiff);
    git_diff_stats *stats = nullptr;
    if (auto r = check(git_diff_get_stats(&stats, diff.get())); !r)
        return r.error();
    const int lines = int(git_diff_stats_insertions(stats) + git_diff_stats_deletions(stats));
    git_diff_stats_free(stats);
    return lines;
}

} // namespace

Result<CommitGuardReport> CommitGuard::check(const Repository &repo, bool amend)
{
    return check(repo, amend, GuardRailConfig::discover(repo.workdir()));
}

Result<CommitGuardReport> CommitGuard::check(const Repository &repo, bool amend, const GuardRailConfig &config)
{
    CommitGuardReport report;
    report.problems = config.problems();
    report.branch = repo.isHeadDetached() ? QString() : repo.headBranch();
    report.protectedBranch = config.isProtected(report.branch);
    report.mode = config.protectionMode();
    report.largeCommitLines = config.largeCommitLines();
    report.rewriteMode = config.rewritePublished();

    const Oid head = repo.headCommit();
    Oid base = head;
    if (amend && !head.isNull()) {
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, repo.raw(), head.ptr()) == 0) {
            CommitPtr owned(commit);
            base = git_commit_parentcount(commit) > 0 ? Oid(git_commit_parent_id(commit, 0)) : Oid();
        }
    }
    auto lines = stagedLines(repo, base);
    if (!lines)
        return lines.error();
    report.changedLines = lines.value();

    if (!report.branch.isEmpty() && !head.isNull()) {
        // Amending rewrites HEAD: published when the upstream already holds it.
        auto published = PublishedHistory::of(repo, report.branch, amend ? QList<Oid>{head} : QList<Oid>{});
        if (published) {
            report.upstream = published->upstream;
            report.amendsPublished = published->any();
        }
    }
    return report;
}

} // namespace gantry
