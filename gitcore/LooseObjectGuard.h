#pragma once

#include <git2.h>

namespace gantry {

/// A read-only object-database backend installed in front of libgit2's own on every
/// Repository handle. It checks a loose object's zlib stream before libgit2 reads it:
/// libgit2 1.5 loops forever on a truncated stream, and names neither the object nor its file
/// for garbage. A damaged loose object becomes one error ("loose object <id> (stored in <file>)
/// is corrupt: ..."); sound and packed objects pass through to libgit2 untouched.
class LooseObjectGuard
{
public:
    /// Adds the guard to `repo`'s object database; returns libgit2's code (0 on success).
    static int install(git_repository *repo);
};

} // namespace gantry
