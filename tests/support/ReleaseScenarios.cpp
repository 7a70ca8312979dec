#include "support/ReleaseScenarios.h"

#include "support/TestRepo.h"

namespace gantry::testkit {

void makeGitFlowReleases(TestRepo &repo)
{
    repo.commitFile("a", "1", "feat: one");
    repo.git({"tag", "-a", "v1.0.0", "-m", "1.0.0"});
    repo.git({"checkout", "-q", "-b", "develop"});
    repo.commitFile("b", "1", "feat: two");
    repo.git({"checkout", "-q", "main"});
    repo.git({"merge", "-q", "--no-ff", "-m", "Merge branch 'develop' for release v1.1.0", "develop"});
    repo.git({"tag", "-a", "v1.1.0", "-m", "1.1.0"});
    repo.git({"checkout", "-q", "develop"});
    repo.commitFile("b", "2", "fix: three");
    repo.git({"checkout", "-q", "main"});
    repo.git({"merge", "-q", "--no-ff", "-m", "Merge branch 'develop' for release v1.2.0", "develop"});
    repo.git({"tag", "-a", "v1.2.0", "-m", "1.2.0"});
    repo.git({"checkout", "-q", "develop"});
    repo.commitFile("c", "1", "feat: four");
    repo.git({"checkout", "-q", "-b", "feature/x"});
    repo.commitFile("d", "1", "feat(ui): five");
}

} // namespace gantry::testkit
