#pragma once

#include <QStringList>

namespace gantry {

/// `gantry pull [-C DIR]`: fetch the upstream's remote and fast-forward the current branch to its
/// upstream — never a merge commit. Exit 0 when up to date or fast-forwarded, 3 when the branch
/// has diverged (fetched, not merged: merge or rebase it), 1 on errors, 2 on usage errors.
int runPullCommand(const QStringList &args);

} // namespace gantry
