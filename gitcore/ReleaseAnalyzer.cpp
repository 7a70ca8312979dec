#include "gitcore/ReleaseAnalyzer.h"

#include "gitcore/GitPtr.h"
#include "gitcore/Revisions.h"
#include "gitcore/Tags.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ReleaseAnalyzer)
};

/// conventional-commits-parser's revertPattern (conventionalcommits preset): what makes
/// `commit.revert` non-null for the analyzer and the changelog.
QRegularExpressionMatch revertMatch(const QString &message)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:Revert|revert:)\\s\"?([\\s\\S]+?)\"?\\s*This reverts commit (\\w*)\\."),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(message);
}


/// Every commit reachable from `tips`, stopping where a parent is missing (a shallow clone's edge,
/// which libgit2 1.5 does not know of). Newest committer time first.
QList<std::pair<qint64, Oid>> reachableTolerant(const Repository &repo, const QList<Oid> &tips, const QSet<Oid> &stop,
                                                bool *cut)
{
    QList<std::pair<qint64, Oid>> found;
    QSet<Oid> seen = stop;
    QList<Oid> queue = tips;
    while (!queue.isEmpty()) {
        const Oid id = queue.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repo.raw(), id.ptr()) < 0) {
            *cut = true;
            continue;
        }
        CommitPtr commit(raw);
        found.append({qint64(git_commit_time(commit.get())), id});
        for (unsigned i = 0; i < git_commit_parentcount(commit.get()); ++i)
            queue.append(Oid(git_commit_parent_id(commit.get(), i)));
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    return found;
}

QString shallowWarning()
{
    return Tr::tr("the repository is shallow: history stops at its edge, so older version tags may not be seen "
                  "(run 'git fetch --unshallow')");
}

} // namespace

SemVer::Bump ReleaseAnalyzer::bumpOf(const ConventionalCommit &commit)
{
    // semantic-release's default release rules, as they match the conventionalcommits parser's output.
    if (commit.isBreaking())
        return SemVer::Bump::Major;
    const QString &type = commit.type();
    if (type == QLatin1String("feat") || type == QLatin1String("FEAT"))
        return SemVer::Bump::Minor;
    if (revertMatch(commit.raw()).hasMatch())
        return SemVer::Bump::Patch;
    if (type == QLatin1String("fix") || type == QLatin1String("FIX") || type == QLatin1String("perf"))
        return SemVer::Bump::Patch;
    return SemVer::Bump::None;
}

QList<ReleaseCommit> ReleaseAnalyzer::withoutReverted(const QList<ReleaseCommit> &commits)
{
    // conventional-commits-filter: a revert, then (older) the commit whose header and hash it names.
    QList<ReleaseCommit> kept;
    QList<std::pair<QString, QString>> pending; // (header, hash) of reverts seen so far
    for (const ReleaseCommit &c : commits) {
        const ConventionalCommit parsed = ConventionalCommit::parse(c.message);
        const auto match = std::find_if(pending.begin(), pending.end(), [&](const auto &p) {
            return p.first == parsed.header().trimmed() && p.second == c.hash;
        });
        if (match != pending.end()) {
            pending.erase(match);
            kept.erase(std::remove_if(kept.begin(), kept.end(), [&](const ReleaseCommit &k) {
                           const auto m = revertMatch(k.message);
                           return m.captured(2) == c.hash && m.captured(1).trimmed() == parsed.header().trimmed();
                       }), kept.end());
            continue;
        }
        if (const auto m = revertMatch(c.message); m.hasMatch())
            pending.append({m.captured(1).trimmed(), m.captured(2).trimmed()});
        kept.append(c);
    }
    return kept;
}

SemVer::Bump ReleaseAnalyzer::bumpOf(const QList<ReleaseCommit> &commits)
{
    SemVer::Bump bump = SemVer::Bump::None;
    for (const ReleaseCommit &c : withoutReverted(commits)) {
        if (c.message.trimmed().isEmpty())
            continue;
        bump = std::max(bump, bumpOf(ConventionalCommit::parse(c.message)));
    }
    return bump;
}

SemVer::Bump ReleaseAnalyzer::preMajor(SemVer::Bump bump)
{
    switch (bump) {
    case SemVer::Bump::Major: return SemVer::Bump::Minor;
    case SemVer::Bump::Minor: return SemVer::Bump::Patch;
    default: return bump;
    }
}

Result<QList<VersionTag>> ReleaseAnalyzer::versionTags(const Repository &repo)
{
    auto tags = Tags::list(repo);
    if (!tags)
        return tags.error();
    QList<VersionTag> versions;
    for (const TagInfo &tag : *tags) {
        const std::optional<SemVer> v = SemVer::fromTag(tag.name);
        if (!v)
            continue; // not a version: ignored
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repo.raw(), tag.target.ptr()) < 0)
            continue; // a tag on a tree or blob names no release
        CommitPtr commit(raw);
        versions.append({tag.name, *v, tag.target});
    }
    std::stable_sort(versions.begin(), versions.end(),
                     [](const VersionTag &a, const VersionTag &b) { return SemVer::compare(b.version, a.version) < 0; });
    return versions;
}

Result<QList<ReleaseCommit>> ReleaseAnalyzer::commitsBetween(const Repository &repo, const QString &from,
                                                             const QString &to, QString *warning)
{
    return commitsBetween(repo, from, QStringList{to}, warning);
}

Result<QList<ReleaseCommit>> ReleaseAnalyzer::commitsBetween(const Repository &repo, const QString &from,
                                                             const QStringList &tips, QString *warning)
{
    QList<Oid> tipOids;
    for (const QString &tip : tips) {
        auto oid = Revisions::commitOf(repo, tip);
        if (!oid)
            return oid.error();
        tipOids.append(*oid);
    }
    if (repo.isShallow()) {
        // libgit2 1.5's revwalk fails at the first missing parent: walk by hand, up to the edge.
        QSet<Oid> hidden;
        bool cut = false;
        if (!from.isEmpty()) {
            auto fromOid = Revisions::commitOf(repo, from);
            if (!fromOid)
                return fromOid.error();
            for (const auto &entry : reachableTolerant(repo, {*fromOid}, {}, &cut))
                hidden.insert(entry.second);
        }
        QList<ReleaseCommit> commits;
        for (const auto &entry : reachableTolerant(repo, tipOids, hidden, &cut)) {
            git_commit *raw = nullptr;
            if (git_commit_lookup(&raw, repo.raw(), entry.second.ptr()) < 0)
                continue;
            CommitPtr commit(raw);
            commits.append({entry.second.toString(), QString::fromUtf8(git_commit_message(commit.get()))});
        }
        if (warning)
            *warning = shallowWarning();
        return commits;
    }
    git_revwalk *rawWalk = nullptr;
    if (auto r = check(git_revwalk_new(&rawWalk, repo.raw()), Tr::tr("start history walk")); !r)
        return r.error();
    RevwalkPtr walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    for (const Oid &tip : tipOids)
        if (auto r = check(git_revwalk_push(walk.get(), tip.ptr()), Tr::tr("start history walk")); !r)
            return r.error();
    if (!from.isEmpty()) {
        auto fromOid = Revisions::commitOf(repo, from);
        if (!fromOid)
            return fromOid.error();
        if (auto r = check(git_revwalk_hide(walk.get(), fromOid->ptr()), Tr::tr("start history walk")); !r)
            return r.error();
    }
    QList<ReleaseCommit> commits;
    git_oid id;
    int rc = 0;
    while ((rc = git_revwalk_next(&id, walk.get())) == 0) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repo.raw(), &id) < 0)
            break;
        CommitPtr commit(raw);
        commits.append({Oid(id).toString(), QString::fromUtf8(git_commit_message(commit.get()))});
    }
    if (rc < 0 && rc != GIT_ITEROVER)
        return GitError::fromLibgit2(rc, Tr::tr("walk the history"));
    return commits;
}

Result<std::optional<VersionTag>> ReleaseAnalyzer::lastTag(const Repository &repo, const QString &revision,
                                                           bool releasesOnly, QString *warning)
{
    auto tags = versionTags(repo);
    if (!tags)
        return tags.error();
    auto reachable = commitsBetween(repo, {}, revision, warning);
    if (!reachable)
        return reachable.error();
    QSet<QString> ids;
    for (const ReleaseCommit &c : *reachable)
        ids.insert(c.hash);
    // semantic-release's choice: the highest version in the history, not the nearest tag.
    for (const VersionTag &tag : *tags)
        if ((!releasesOnly || !tag.version.isPreRelease()) && ids.contains(tag.commit.toString()))
            return std::optional<VersionTag>(tag);
    return std::optional<VersionTag>();
}

Result<VersionComputation> ReleaseAnalyzer::analyze(const Repository &repo, const QString &revision,
                                                    const ReleaseConfig &config, const QString &preId,
                                                    int firstPreRelease)
{
    if (!preId.isEmpty() && !SemVer::parse(QStringLiteral("0.0.0-%1.0").arg(preId)))
        return GitError::custom(Tr::tr("'%1' is not a valid pre-release identifier").arg(preId));
    VersionComputation plan;
    auto last = lastTag(repo, revision, false, &plan.warning);
    if (!last)
        return last.error();
    plan.lastTag = *last;
    auto release = lastTag(repo, revision, true);
    if (!release)
        return release.error();
    plan.lastRelease = *release;
    auto commits = commitsBetween(repo, plan.lastRelease ? plan.lastRelease->commit.toString() : QString(), revision);
    if (!commits)
        return commits.error();
    plan.commits = *commits;

    SemVer next;
    if (!plan.lastRelease) {
        // No release yet: the first one is the configured initial version.
        next = config.initialVersion();
        next.setPrefix(plan.lastTag ? plan.lastTag->version.prefix() : config.tagPrefix());
        plan.bump = bumpOf(plan.commits);
        plan.hasRelease = !plan.commits.isEmpty();
    } else {
        const SemVer &base = plan.lastRelease->version;
        plan.bump = bumpOf(plan.commits);
        if (base.major() == 0 && config.preMajor())
            plan.bump = preMajor(plan.bump);
        next = base.bumped(plan.bump);
        plan.hasRelease = plan.bump != SemVer::Bump::None;
    }
    if (plan.hasRelease && !preId.isEmpty()) {
        auto all = versionTags(repo);
        if (!all)
            return all.error();
        qint64 number = firstPreRelease;
        for (const VersionTag &tag : *all) {
            const QStringList &pre = tag.version.preRelease();
            if (tag.version.release() == next.release() && pre.size() == 2 && pre[0] == preId) {
                bool ok = false;
                const qint64 n = pre[1].toLongLong(&ok);
                if (ok)
                    number = std::max(number, n + 1);
            }
        }
        const QString prefix = next.prefix();
        next = SemVer(next.major(), next.minor(), next.patch(), {preId, QString::number(number)});
        next.setPrefix(prefix);
        // Nothing new since the last pre-release of this version: nothing to release.
        if (plan.lastTag && plan.lastTag->version.release() == next.release() && plan.lastTag->version.isPreRelease()) {
            auto since = commitsBetween(repo, plan.lastTag->commit.toString(), revision);
            if (since && since->isEmpty())
                plan.hasRelease = false;
        }
    }
    if (!plan.hasRelease && plan.lastTag)
        next = plan.lastTag->version;
    plan.next = next;
    return plan;
}

} // namespace gantry
