#include "gitcore/LibGit2.h"

#include "gitcore/NetworkStream.h"

#include <git2.h>

#include <mutex>

namespace gantry {

void ensureLibgit2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // Objects written by git itself are trusted; verifying each hash on read doubles history walks.
        git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
        // git://, http(s):// and ssh://'s connect go through a socket with a timeout and a cancel.
        NetworkStream::install();
    });
}

} // namespace gantry
