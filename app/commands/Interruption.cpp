#include "app/commands/Interruption.h"

#include <csignal>

namespace gantry {

namespace {

std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

struct sigaction g_previous;

void onInterrupt(int signal)
{
    if (g_interrupted.exchange(true)) {
        // Asked twice: stop now, as without the handler.
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

} // namespace

Interruption::Interruption()
{
    g_interrupted = false;
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a waiting poll() returns at once and sees the flag
    sigaction(SIGINT, &action, &g_previous);
}

Interruption::~Interruption() { sigaction(SIGINT, &g_previous, nullptr); }

const std::atomic<bool> *Interruption::flag() const { return &g_interrupted; }

bool Interruption::happened() const { return g_interrupted.load(); }

} // namespace gantry
