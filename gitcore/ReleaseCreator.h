#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Repository.h"
#include "gitcore/Result.h"

#include <QString>

namespace gantry {

/// What to release: the tag name, the changelog section and whether to commit it to CHANGELOG.md.
struct ReleaseRequest
{
    QString tagName;
    QString changelog;
    bool commitChangelog = false;
    /// The commit the release was planned for; when set and HEAD has moved since, nothing is made.
    Oid expectedHead;
};

/// What a release made, enough to undo it.
struct ReleaseOutcome
{
    QString tagName;
    Oid tagged;            // the commit the tag names
    Oid changelogCommit;   // null when no commit was made
    Oid previousHead;      // HEAD before the changelog commit
    QString branch;
};

/// Makes a release: optionally prepends the changelog to CHANGELOG.md and commits it
/// ("chore(release): TAG", through CommitWriter so hooks run), then the annotated tag with the
/// changelog as message (through Tags). Blocking: run it off the UI thread.
class ReleaseCreator
{
public:
    static Result<ReleaseOutcome> create(const Repository &repo, const ReleaseRequest &request);
    /// Deletes the tag and, while the changelog commit is still HEAD, moves the branch back to the
    /// commit before it (a soft reset: the CHANGELOG.md change stays staged).
    static Result<void> undo(const Repository &repo, const ReleaseOutcome &outcome);
};

} // namespace gantry
