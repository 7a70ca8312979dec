#pragma once

#include <QStringList>

namespace gantry {

/// `gantry changelog [-C DIR] [--from REV] [--to REV] [--version V]`: prints the Markdown changelog of
/// the commits in FROM..TO as conventional-changelog's conventionalcommits preset writes it.
/// FROM defaults to the last version tag reachable from TO, TO to HEAD.
int runChangelogCommand(const QStringList &args);

} // namespace gantry
