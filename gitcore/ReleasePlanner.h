#pragma once

#include "gitcore/ReleaseAnalyzer.h"
#include "gitcore/ReleaseBranches.h"
#include "gitcore/ReleaseConfig.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gantry {

/// Whether, and as what, a release can be made from a branch: the decision `gantry next-version`
/// prints and the Create Release dialog shows (both only render it). Made by ReleasePlanner.
struct ReleasePlan
{
    enum class Status {
        Releasable,       // `version` can be tagged on this branch
        NothingToRelease, // a release branch, but nothing since its last release calls for one
        NotReleaseBranch, // the branch does not release; `version` is what its commits would make on `target`
        Blocked           // a release branch that cannot release now: `reasons` say why
    };

    Status status = Status::NothingToRelease;
    /// The commit planned for (the revision resolved).
    Oid head;
    /// The branch released from and its kind (branch.branch is empty when HEAD is detached).
    ReleaseBranchMatch branch;
    /// The release branches of this repository (configured and present, local or remote), in order.
    QStringList releaseBranches;
    /// From the revision's own history: the last tag and release it contains, the commits since, the bump.
    VersionComputation computed;
    /// The highest release among all version tags, and a branch that holds it: this one when its
    /// history does ("HEAD" when detached), else another ("main", "origin/main"; empty if none).
    std::optional<VersionTag> newestRelease;
    QString newestReleaseOn;
    /// The version to propose: never one whose tag exists. Set when Releasable, and when
    /// NotReleaseBranch as a preview on `target`; empty otherwise.
    std::optional<SemVer> version;
    /// The commits `version` releases (its changelog), newest first.
    QList<ReleaseCommit> commits;
    /// NotReleaseBranch: the release branch the preview is computed for.
    QString target;
    /// Why no release can be made from here, each a sentence (empty when Releasable or NothingToRelease).
    QStringList reasons;
    /// What else to know, each a sentence: a newer release elsewhere, the preview, a shallow history.
    QStringList notes;

    bool isReleasable() const { return status == Status::Releasable; }
};

/// What to plan: the revision, the branch it is released from, an explicit pre-release.
struct ReleaseQuery
{
    QString revision = QStringLiteral("HEAD");
    /// Empty: the revision when it names a branch (local, or remote-tracking without its remote),
    /// else the checked-out branch.
    QString branch;
    /// `--pre ID`: a pre-release with that identifier on any release branch (1.3.0-rc.0, rc.1 …).
    QString preId;
};

/// Decides what a release from a branch would be, as semantic-release decides it for its
/// branch types (ReleaseBranches), with one rule more: a version whose tag exists anywhere is
/// never proposed. A branch that is not a release branch gets the version its commits would
/// make once merged into the first release branch, as a preview; a release branch that lacks a
/// newer release of its own line ("v1.2.0 exists on origin/main; this branch does not contain
/// it") or would leave its range is blocked.
class ReleasePlanner
{
public:
    static Result<ReleasePlan> plan(const Repository &repo, const ReleaseConfig &config, const ReleaseQuery &query = {});
    /// One sentence on where the release is made from: "main is a release branch." …
    static QString describeBranch(const ReleasePlan &plan);
};

} // namespace gantry
