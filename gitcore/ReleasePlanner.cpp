#include "gitcore/ReleasePlanner.h"

#include "gitcore/GitPtr.h"
#include "gitcore/Revisions.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ReleasePlanner)
};

/// A branch of the repository: its short name without the remote ("main"), as shown
/// ("origin/main" for a remote-tracking one), and its commit.
struct BranchTip
{
    QString name;
    QString shown;
    Oid tip;
    bool local = true;
};

/// The repository's facts a plan is made of, each read once.
class Facts
{
public:
    Facts(const Repository &repo) : m_repo(repo) {}

    Result<void> load()
    {
        auto tags = ReleaseAnalyzer::versionTags(m_repo);
        if (!tags)
            return tags.error();
        m_tags = *tags;
        git_branch_iterator *rawIt = nullptr;
        if (auto r = check(git_branch_iterator_new(&rawIt, m_repo.raw(), GIT_BRANCH_ALL), Tr::tr("list the branches")); !r)
            return r.error();
        BranchIteratorPtr it(rawIt);
        git_reference *rawRef = nullptr;
        git_branch_t type;
        while (git_branch_next(&rawRef, &type, it.get()) == 0) {
            ReferencePtr ref(rawRef);
            if (git_reference_type(ref.get()) != GIT_REFERENCE_DIRECT)
                continue; // origin/HEAD
            const char *shortName = nullptr;
            if (git_branch_name(&shortName, ref.get()) < 0)
                continue;
            BranchTip branch;
            branch.shown = QString::fromUtf8(shortName);
            branch.local = type == GIT_BRANCH_LOCAL;
            branch.name = branch.local ? branch.shown : branch.shown.section(QLatin1Char('/'), 1);
            branch.tip = Oid(git_reference_target(ref.get()));
            m_branches.append(branch);
        }
        // Local branches first, so a name finds its local tip before its remote-tracking one.
        std::stable_sort(m_branches.begin(), m_branches.end(),
                         [](const BranchTip &a, const BranchTip &b) { return a.local && !b.local; });
        return {};
    }

    const QList<VersionTag> &tags() const { return m_tags; }
    const QList<BranchTip> &branches() const { return m_branches; }

    /// The branch called `name` (local preferred), or nullptr.
    const BranchTip *branch(const QString &name) const
    {
        for (const BranchTip &b : m_branches)
            if (b.name == name)
                return &b;
        return nullptr;
    }

    /// Every commit reachable from `tip`.
    Result<const QSet<Oid> *> reachable(const Oid &tip)
    {
        if (auto it = m_reachable.constFind(tip); it != m_reachable.constEnd())
            return &*it;
        QSet<Oid> set;
        if (m_repo.isShallow()) { // walked by hand up to the edge
            auto commits = ReleaseAnalyzer::commitsBetween(m_repo, {}, tip.toString());
            if (!commits)
                return commits.error();
            for (const ReleaseCommit &c : *commits)
                set.insert(Oid::fromHex(c.hash));
        } else {
            git_revwalk *rawWalk = nullptr;
            if (auto r = check(git_revwalk_new(&rawWalk, m_repo.raw()), Tr::tr("walk the history")); !r)
                return r.error();
            RevwalkPtr walk(rawWalk);
            if (auto r = check(git_revwalk_push(walk.get(), tip.ptr()), Tr::tr("walk the history")); !r)
                return r.error();
            git_oid id;
            int rc = 0;
            while ((rc = git_revwalk_next(&id, walk.get())) == 0)
                set.insert(Oid(id));
            if (rc != GIT_ITEROVER)
                return GitError::fromLibgit2(rc, Tr::tr("walk the history"));
        }
        return &*m_reachable.insert(tip, set);
    }

    /// The version tags of `tip`'s history, highest first (releases only unless `withPre`).
    Result<QList<VersionTag>> tagsOf(const Oid &tip, bool withPre = false)
    {
        auto set = reachable(tip);
        if (!set)
            return set.error();
        QList<VersionTag> found;
        for (const VersionTag &tag : m_tags)
            if ((withPre || !tag.version.isPreRelease()) && (*set)->contains(tag.commit))
                found.append(tag);
        return found;
    }

    /// The tag of `version` (any prefix), or nullptr.
    const VersionTag *tagOf(const SemVer &version) const
    {
        for (const VersionTag &tag : m_tags)
            if (SemVer::compare(tag.version, version) == 0)
                return &tag;
        return nullptr;
    }

    /// A branch whose history holds `commit`: `preferred` ones first, then local, then remote-tracking.
    QString whereIs(const Oid &commit, const QStringList &preferred)
    {
        QList<const BranchTip *> order;
        for (const QString &name : preferred)
            for (const BranchTip &b : m_branches)
                if (b.name == name)
                    order.append(&b);
        for (const BranchTip &b : m_branches)
            order.append(&b);
        for (const BranchTip *b : order) {
            if (b->tip == commit || git_graph_descendant_of(m_repo.raw(), b->tip.ptr(), commit.ptr()) == 1)
                return b->shown;
        }
        return {};
    }

private:
    const Repository &m_repo;
    QList<VersionTag> m_tags;
    QList<BranchTip> m_branches;
    QHash<Oid, QSet<Oid>> m_reachable;
};


/// The branch a revision is released from: the revision itself when it names a branch, else HEAD's.
QString branchOf(const Repository &repo, const ReleaseQuery &query, const Facts &facts)
{
    if (!query.branch.isEmpty())
        return query.branch;
    if (query.revision != QLatin1String("HEAD")) {
        for (const BranchTip &b : facts.branches())
            if (b.shown == query.revision)
                return b.name;
    }
    return repo.headBranch();
}

QString range(const SemVer &min, const std::optional<SemVer> &max)
{
    return max ? QStringLiteral(">=%1 <%2").arg(min.toString(), max->toString()) : QStringLiteral(">=%1").arg(min.toString());
}

/// "main", "main and beta", "main, 1.x and beta".
QString listOf(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return Tr::tr("%1 and %2").arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

QString existsOn(const VersionTag &tag, const QString &where)
{
    return where.isEmpty() ? Tr::tr("%1 exists, on a commit this branch does not contain.").arg(tag.name)
                           : Tr::tr("%1 exists on %2; this branch does not contain it.").arg(tag.name, where);
}

/// The highest tag among `tags` accepted by `keep` whose commit `reachable` lacks.
std::optional<VersionTag> highestMissing(const QList<VersionTag> &tags, const QSet<Oid> &reachable,
                                         const std::function<bool(const VersionTag &)> &keep)
{
    for (const VersionTag &tag : tags)
        if (!reachable.contains(tag.commit) && keep(tag))
            return tag;
    return std::nullopt;
}

} // namespace

Result<ReleasePlan> ReleasePlanner::plan(const Repository &repo, const ReleaseConfig &config, const ReleaseQuery &query)
{
    if (!query.preId.isEmpty() && !SemVer::parse(QStringLiteral("0.0.0-%1.0").arg(query.preId)))
        return GitError::custom(Tr::tr("'%1' is not a valid pre-release identifier").arg(query.preId));
    auto head = Revisions::commitOf(repo, query.revision);
    if (!head)
        return head.error();
    Facts facts(repo);
    if (auto loaded = facts.load(); !loaded)
        return loaded.error();

    ReleasePlan plan;
    plan.head = *head;
    const ReleaseBranches &branches = config.branches();
    plan.branch = branches.match(branchOf(repo, query, facts));

    // The release branches present here (local or remote-tracking), in the list's order, and the
    // branches of every kind (for "releases are made from …").
    QMap<QString, ReleaseBranchMatch> matched; // name → its entry, for the names that match one
    for (const BranchTip &b : facts.branches()) {
        if (matched.contains(b.name))
            continue;
        if (const ReleaseBranchMatch m = branches.match(b.name); m.kind != ReleaseBranchKind::None)
            matched.insert(b.name, m);
    }
    QStringList present;
    QStringList maintenance;
    for (const ReleaseBranchSpec &spec : branches.specs()) {
        for (auto it = matched.cbegin(); it != matched.cend(); ++it) { // by name within an entry
            if (it->pattern != spec.name || present.contains(it.key()))
                continue;
            present.append(it.key());
            if (it->kind == ReleaseBranchKind::Release)
                plan.releaseBranches.append(it.key());
            else if (it->kind == ReleaseBranchKind::Maintenance)
                maintenance.append(it.key());
        }
    }
    const QString self = plan.branch.branch;
    if (plan.branch.kind == ReleaseBranchKind::Release && !plan.releaseBranches.contains(self))
        plan.releaseBranches.append(self); // released by name (--branch) with no such ref here

    QString preId = query.preId;
    int firstPre = 0;
    if (preId.isEmpty() && plan.branch.kind == ReleaseBranchKind::Prerelease) {
        preId = plan.branch.prereleaseId;
        firstPre = 1; // semantic-release's FIRSTPRERELEASE
    }
    auto computed = ReleaseAnalyzer::analyze(repo, query.revision, config, preId, firstPre);
    if (!computed)
        return computed.error();
    plan.computed = *computed;
    if (!plan.computed.warning.isEmpty())
        plan.notes.append(plan.computed.warning);
    for (const VersionTag &tag : facts.tags()) {
        if (!tag.version.isPreRelease()) {
            plan.newestRelease = tag;
            break;
        }
    }
    auto reachableHere = facts.reachable(*head);
    if (!reachableHere)
        return reachableHere.error();
    const QSet<Oid> &here = **reachableHere;
    if (plan.newestRelease) // where it is: here, or a branch that holds it (looked for only then)
        plan.newestReleaseOn = here.contains(plan.newestRelease->commit)
            ? (self.isEmpty() ? QStringLiteral("HEAD") : self)
            : facts.whereIs(plan.newestRelease->commit, plan.releaseBranches);
    const VersionComputation &c = plan.computed;
    const SemVer &next = c.next;
    const auto isAfterLast = [&](const VersionTag &tag) {
        return !c.lastRelease || SemVer::compare(tag.version, c.lastRelease->version) > 0;
    };

    if (plan.branch.kind == ReleaseBranchKind::None) {
        plan.status = ReleasePlan::Status::NotReleaseBranch;
        const QString from = present.isEmpty()
            ? Tr::tr("branches named %1").arg(listOf([&] {
                  QStringList names;
                  for (const ReleaseBranchSpec &spec : branches.specs())
                      names.append(spec.name == ReleaseBranches::defaults().specs().first().name ? QStringLiteral("N.x") : spec.name);
                  return names;
              }()))
            : listOf(present);
        plan.reasons.append(self.isEmpty() ? Tr::tr("HEAD is not on a branch; releases are made from %1.").arg(from)
                                           : Tr::tr("%1 is not a release branch; releases are made from %2.").arg(self, from));
        if (plan.newestRelease && !here.contains(plan.newestRelease->commit))
            plan.notes.append(existsOn(*plan.newestRelease, plan.newestReleaseOn));
        // The preview: what the first release branch would release with this branch merged into it.
        if (const BranchTip *target = plan.releaseBranches.isEmpty() ? nullptr : facts.branch(plan.releaseBranches.first())) {
            auto targetSet = facts.reachable(target->tip);
            if (!targetSet)
                return targetSet.error();
            std::optional<VersionTag> base;
            for (const VersionTag &tag : facts.tags()) {
                if (!tag.version.isPreRelease() && (here.contains(tag.commit) || (*targetSet)->contains(tag.commit))) {
                    base = tag;
                    break;
                }
            }
            auto commits = ReleaseAnalyzer::commitsBetween(repo, base ? base->commit.toString() : QString(),
                                                           QStringList{target->tip.toString(), head->toString()});
            if (!commits)
                return commits.error();
            SemVer::Bump bump = ReleaseAnalyzer::bumpOf(*commits);
            SemVer version;
            bool releases = false;
            if (!base) {
                version = config.initialVersion();
                version.setPrefix(config.tagPrefix());
                releases = !commits->isEmpty();
            } else {
                if (base->version.major() == 0 && config.preMajor())
                    bump = ReleaseAnalyzer::preMajor(bump);
                version = base->version.bumped(bump);
                version.setPrefix(base->version.prefix());
                releases = bump != SemVer::Bump::None;
            }
            plan.target = target->name;
            if (!releases) {
                plan.notes.append(Tr::tr("Merged into %1, nothing in it calls for a release.").arg(target->name));
            } else if (!facts.tagOf(version)) {
                plan.version = version;
                plan.commits = *commits;
                plan.notes.append(Tr::tr("Merged into %1, it would be released in %2.").arg(target->name, version.toTag()));
            } else {
                plan.notes.append(Tr::tr("Merged into %1, it would make %2, but that tag already exists.")
                                      .arg(target->name, version.toTag()));
            }
        }
        return plan;
    }

    // A release branch: which newer tags it should contain, and the range it may release in.
    std::optional<VersionTag> missing;
    std::optional<SemVer> upper;
    SemVer lower = c.lastRelease ? c.lastRelease->version : SemVer();
    if (plan.branch.kind == ReleaseBranchKind::Release) {
        // semantic-release's range: below the first release of the next release branch that
        // none of the branches before it holds.
        const int index = int(plan.releaseBranches.indexOf(self));
        if (index + 1 < plan.releaseBranches.size()) {
            std::optional<SemVer> highestBefore;
            for (int i = 0; i <= index; ++i) {
                const BranchTip *b = i == index ? nullptr : facts.branch(plan.releaseBranches.at(i));
                if (i != index && !b)
                    continue;
                auto tags = facts.tagsOf(b ? b->tip : *head);
                if (!tags)
                    return tags.error();
                if (!tags->isEmpty() && (!highestBefore || *highestBefore < tags->first().version))
                    highestBefore = tags->first().version;
            }
            if (const BranchTip *nextBranch = facts.branch(plan.releaseBranches.at(index + 1))) {
                auto tags = facts.tagsOf(nextBranch->tip);
                if (!tags)
                    return tags.error();
                for (auto it = tags->crbegin(); it != tags->crend(); ++it) {
                    if (!highestBefore || *highestBefore < it->version) {
                        upper = it->version.release();
                        break;
                    }
                }
            }
        }
        // Releases of maintenance branches are their own line.
        QSet<Oid> onMaintenance;
        for (const QString &name : maintenance) {
            auto tags = facts.tagsOf(facts.branch(name)->tip);
            if (!tags)
                return tags.error();
            for (const VersionTag &tag : *tags)
                onMaintenance.insert(tag.commit);
        }
        missing = highestMissing(facts.tags(), here, [&](const VersionTag &tag) {
            return !tag.version.isPreRelease() && isAfterLast(tag) && (!upper || tag.version < *upper)
                && !onMaintenance.contains(tag.commit);
        });
    } else if (plan.branch.kind == ReleaseBranchKind::Maintenance) {
        // semantic-release's range: within N.x, and below the first release of the first
        // release branch above this branch's last release.
        lower = std::max(lower, plan.branch.rangeMin);
        upper = plan.branch.rangeMax;
        if (const BranchTip *main = plan.releaseBranches.isEmpty() ? nullptr : facts.branch(plan.releaseBranches.first())) {
            auto tags = facts.tagsOf(main->tip);
            if (!tags)
                return tags.error();
            std::optional<SemVer> base;
            for (auto it = tags->crbegin(); it != tags->crend(); ++it) {
                if (!c.lastRelease || c.lastRelease->version < it->version) {
                    base = it->version;
                    break;
                }
            }
            if (!base && !tags->isEmpty())
                base = tags->first().version;
            if (base && *base < *upper)
                upper = base;
        }
        missing = highestMissing(facts.tags(), here, [&](const VersionTag &tag) {
            return !tag.version.isPreRelease() && isAfterLast(tag) && tag.version < *upper;
        });
    } else {
        // A pre-release branch lacks a newer pre-release of its own identifier.
        const QString &id = plan.branch.prereleaseId;
        std::optional<SemVer> lastPre;
        auto mine = facts.tagsOf(*head, true);
        if (!mine)
            return mine.error();
        for (const VersionTag &tag : *mine) {
            if (tag.version.isPreRelease() && tag.version.preRelease().first() == id) {
                lastPre = tag.version;
                break;
            }
        }
        missing = highestMissing(facts.tags(), here, [&](const VersionTag &tag) {
            if (!tag.version.isPreRelease() || tag.version.preRelease().first() != id)
                return false;
            return lastPre ? *lastPre < tag.version : isAfterLast(tag);
        });
    }

    if (missing) {
        plan.reasons.append(existsOn(*missing, facts.whereIs(missing->commit, plan.releaseBranches)) + QLatin1Char(' ')
                            + Tr::tr("Bring it into %1 (merge or pull) before releasing.").arg(self));
    } else if (c.hasRelease) {
        const bool outOfRange = (upper && !(next.release() < *upper))
            || (plan.branch.kind == ReleaseBranchKind::Maintenance && next.release() < plan.branch.rangeMin);
        const VersionTag *taken = facts.tagOf(next);
        const VersionTag *released = next.isPreRelease() ? facts.tagOf(next.release()) : nullptr;
        if (outOfRange) {
            plan.reasons.append(Tr::tr("%1 is out of range for %2: based on the releases on other branches, only "
                                       "versions %3 can be released from it.")
                                    .arg(next.toTag(), self, range(lower, upper)));
        } else if (taken) {
            const QString where = facts.whereIs(taken->commit, plan.releaseBranches);
            plan.reasons.append(where.isEmpty() ? Tr::tr("The tag %1 already exists.").arg(taken->name)
                                                : Tr::tr("%1 already exists (on %2).").arg(taken->name, where));
        } else if (released && plan.branch.kind == ReleaseBranchKind::Prerelease) {
            const QString where = facts.whereIs(released->commit, plan.releaseBranches);
            plan.reasons.append(Tr::tr("%1 is already released (on %2): merge it into %3 so that the next "
                                       "pre-release is of a later version.")
                                    .arg(released->name, where.isEmpty() ? Tr::tr("no branch") : where, self));
        }
    }
    if (!plan.reasons.isEmpty()) {
        plan.status = ReleasePlan::Status::Blocked;
    } else if (!c.hasRelease) {
        plan.status = ReleasePlan::Status::NothingToRelease;
    } else {
        plan.status = ReleasePlan::Status::Releasable;
        plan.version = next;
        plan.commits = c.commits;
    }
    return plan;
}

QString ReleasePlanner::describeBranch(const ReleasePlan &plan)
{
    const ReleaseBranchMatch &b = plan.branch;
    switch (b.kind) {
    case ReleaseBranchKind::Release:
        return Tr::tr("%1 is a release branch.").arg(b.branch);
    case ReleaseBranchKind::Maintenance:
        return Tr::tr("%1 is a maintenance branch: it releases %2 versions.").arg(b.branch, b.range);
    case ReleaseBranchKind::Prerelease:
        return Tr::tr("%1 is a pre-release branch: it releases %2 pre-releases.").arg(b.branch, b.prereleaseId);
    case ReleaseBranchKind::None:
        break;
    }
    return {};
}

} // namespace gantry
