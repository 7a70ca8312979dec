#pragma once

#include <atomic>

namespace gantry {

/// Ctrl+C for a command that talks to a server: while an Interruption exists, SIGINT sets a flag
/// the transfer polls (RemoteTransfer's cancel, which also stops a blocked read) instead of
/// killing the process, so the command stops cleanly, says so and exits ExitCode. A second
/// Ctrl+C kills the process as usual. The previous handler comes back on destruction.
class Interruption
{
public:
    /// 128 + SIGINT, what a shell reports for a program stopped by Ctrl+C.
    static constexpr int ExitCode = 130;

    Interruption();
    ~Interruption();
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;

    /// The cancel flag to hand to the transfer.
    const std::atomic<bool> *flag() const;
    /// Whether Ctrl+C was pressed.
    bool happened() const;
};

} // namespace gantry
