#pragma once

namespace gantry {

/// Initialises libgit2 once per process (thread-safe) and sets the options Gantry relies on.
/// Every gitcore entry point that opens or creates a repository calls it; calling it again is free.
void ensureLibgit2();

} // namespace gantry
