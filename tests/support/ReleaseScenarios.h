#pragma once

class TestRepo;

/// Repositories whose release history the release tests share, built with the git CLI.
namespace gantry::testkit {

/// git flow as the demo repository has it: v1.0.0 on main, then develop merged into main for
/// v1.1.0 and v1.2.0 (the tags on main's merge commits, so develop never contains them), then
/// "feat: four" on develop and feature/x made from develop with "feat(ui): five", checked out.
void makeGitFlowReleases(TestRepo &repo);

} // namespace gantry::testkit
