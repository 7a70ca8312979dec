#include "gitcore/Result.h"

namespace gantry {

Result<void> check(int rc, const QString &context)
{
    if (rc < 0)
        return GitError::fromLibgit2(rc, context);
    return {};
}

} // namespace gantry
