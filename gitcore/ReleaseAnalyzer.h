#pragma once

#include "gitcore/ConventionalCommit.h"
#include "gitcore/Oid.h"
#include "gitcore/ReleaseConfig.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"
#include "gitcore/SemVer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gantry {

/// A commit as release logic needs it: its full hash and message.
struct ReleaseCommit
{
    QString hash;
    QString message;
};

/// A tag whose name is a version ("v1.2.3" or "1.2.3") and the commit it names.
struct VersionTag
{
    QString name;
    SemVer version;
    Oid commit;
};

/// What the commits since the last release call for, computed by ReleaseAnalyzer::analyze()
/// from one revision's history alone (ReleasePlanner decides whether it may be released).
struct VersionComputation
{
    std::optional<VersionTag> lastTag;     // the highest version tag reachable from the revision
    std::optional<VersionTag> lastRelease; // the same among releases (no pre-release)
    QList<ReleaseCommit> commits;          // since lastRelease (all when there is none), newest first
    SemVer::Bump bump = SemVer::Bump::None;
    SemVer next;
    /// False when nothing since the last tag calls for a release; next is then the current version.
    bool hasRelease = false;
    /// Set when the history is shallow and the walk stopped at its edge (tags may be missing).
    QString warning;
};

/// Computes the next semantic version from conventional commits, with the rules of
/// semantic-release's commit analyzer (conventionalcommits preset): breaking → major, feat →
/// minor, fix/perf and reverts → patch, anything else → none; a revert and the commit it
/// reverts, both in the range, cancel out. Before 1.0.0 ReleaseConfig::preMajor() lowers
/// breaking to minor and feat to patch, as conventional-recommended-bump's preMajor does.
class ReleaseAnalyzer
{
public:
    /// The release one commit calls for.
    static SemVer::Bump bumpOf(const ConventionalCommit &commit);
    /// The highest release the commits call for (reverted pairs dropped first).
    static SemVer::Bump bumpOf(const QList<ReleaseCommit> &commits);
    /// `commits` without each revert ("This reverts commit H.") and the older commit H it reverts.
    static QList<ReleaseCommit> withoutReverted(const QList<ReleaseCommit> &commits);
    /// `bump` as applied to a 0.x version under the pre-major rule.
    static SemVer::Bump preMajor(SemVer::Bump bump);

    /// Every tag whose name is a version, highest version first.
    static Result<QList<VersionTag>> versionTags(const Repository &repo);
    /// The commits reachable from `to` and not from `from` (empty: all), newest first, merges included.
    static Result<QList<ReleaseCommit>> commitsBetween(const Repository &repo, const QString &from, const QString &to,
                                                       QString *warning = nullptr);
    /// The commits reachable from any of `tips` and not from `from` (empty: all), newest first.
    static Result<QList<ReleaseCommit>> commitsBetween(const Repository &repo, const QString &from,
                                                       const QStringList &tips, QString *warning = nullptr);
    /// The highest version tag reachable from `revision`, among releases only when `releasesOnly`.
    static Result<std::optional<VersionTag>> lastTag(const Repository &repo, const QString &revision,
                                                     bool releasesOnly = false, QString *warning = nullptr);
    /// The next version from `revision`. With `preId` ("rc"), a pre-release: 1.3.0-rc.0, then rc.1
    /// (numbered from `firstPreRelease`, after the highest existing tag of that version and id).
    static Result<VersionComputation> analyze(const Repository &repo, const QString &revision,
                                              const ReleaseConfig &config, const QString &preId = {},
                                              int firstPreRelease = 0);
};

} // namespace gantry
