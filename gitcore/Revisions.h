#pragma once

#include "gitcore/Oid.h"
#include "gitcore/Result.h"

#include <QString>

namespace gantry {

class Repository;

/// Revisions as the user writes them (`main`, `v1.2.0`, `HEAD~2`, an abbreviated id), resolved
/// the way git's rev-parse does.
namespace Revisions {
/// The commit `revision` names (a tag is peeled to its commit); an error naming the revision
/// when it names nothing, or something that is not a commit.
Result<Oid> commitOf(const Repository &repo, const QString &revision);
} // namespace Revisions

} // namespace gantry
