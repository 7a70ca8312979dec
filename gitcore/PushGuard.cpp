#include "gitcore/PushGuard.h"

#include "gitcore/GitPtr.h"

#include <QCoreApplication>

#include <git2.h>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::PushGuard)
};

/// Commits reachable from `from` but not from `hidden` (null: none hidden).
Result<int> countCommits(const Repository &repo, const Oid &from, const Oid &hidden)
{
    git_revwalk *raw = nullptr;
    if (auto r = check(git_revwalk_new(&raw, repo.raw()), Tr::tr("cannot count commits")); !r)
        return r.error();
    RevwalkPtr walk(raw);
    if (auto r = check(git_revwalk_push(walk.get(), from.ptr()), Tr::tr("cannot count commits")); !r)
        return r.error();
    if (!hidden.isNull())
        if (auto r = check(git_revwalk_hide(walk.get(), hidden.ptr()), Tr::tr("cannot count commits")); !r)
            return r.error();
    int count = 0;
    git_oid id;
    int rc = 0;
    while ((rc = git_revwalk_next(&id, walk.get())) == 0)
        ++count;
    if (rc != GIT_ITEROVER)
        return GitError::fromLibgit2(rc, Tr::tr("cannot count commits"));
    return count;
}

} // namespace

Result<PushGuardReport> PushGuard::check(const Repository &repo, const PushRequest &request)
{
    return check(repo, request, GuardRailConfig::discover(repo.workdir()));
}

Result<PushGuardReport> PushGuard::check(const Repository &repo, const PushRequest &request,
                                         const GuardRailConfig &config)
{
    auto resolved = RemoteTransfer::resolve(repo, request);
    if (!resolved)
        return resolved.error();
    PushGuardReport report;
    report.request = *resolved;
    report.problems = config.problems();
    report.protectedBranch = config.isProtected(report.request.remoteBranch);
    report.mode = config.protectionMode();
    report.trackingRef = RemoteTransfer::trackingRef(repo, report.request.remote, report.request.remoteBranch);

    git_oid id;
    const QByteArray localRef = QByteArray("refs/heads/") + report.request.localBranch.toUtf8();
    if (auto r = gantry::check(git_reference_name_to_id(&id, repo.raw(), localRef.constData()),
                               Tr::tr("cannot read '%1'").arg(report.request.localBranch));
        !r)
        return r.error();
    report.local = Oid(id);
    const QByteArray trackingRef = report.trackingRef.toUtf8();
    if (!trackingRef.isEmpty() && git_reference_name_to_id(&id, repo.raw(), trackingRef.constData()) == 0)
        report.tracking = Oid(id);
    git_error_clear();

    auto ahead = countCommits(repo, report.local, report.tracking);
    if (!ahead)
        return ahead.error();
    report.commitsToPush = *ahead;
    if (!report.tracking.isNull() && report.tracking != report.local) {
        auto dropped = countCommits(repo, report.tracking, report.local);
        if (!dropped)
            return dropped.error();
        report.commitsToReplace = *dropped;
        report.fastForward = report.commitsToReplace == 0;
    }
    return report;
}

} // namespace gantry
