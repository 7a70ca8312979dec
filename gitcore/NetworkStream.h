#pragma once

#include "gitcore/Result.h"

#include <QString>

#include <atomic>

namespace gantry {

class Repository;

/// The TCP socket libgit2 1.5 talks through for git:// and http(s):// (TLS wraps it) and for the
/// connect of ssh://, registered with git_stream_register. libgit2 1.5 has no timeout of its own
/// and its progress callbacks do not run while a read blocks; this socket waits in short poll()
/// slices instead, so a transfer gives up when the server sends nothing for a while and stops
/// at once when it is cancelled. The limits are the thread's: a Watch sets them for one transfer.
class NetworkStream
{
public:
    /// Seconds without a byte either way before a transfer gives up, unless gantry.networkTimeout says otherwise.
    static constexpr int DefaultTimeoutSeconds = 30;

    /// Why the sockets of a Watch gave up.
    enum class Stop { None, Cancelled, TimedOut };

    /// Registers the socket with libgit2 (ensureLibgit2 does it once, before any transfer).
    static void install();

    /// gantry.networkTimeout from `repo`'s configuration (null: the global one, for a clone):
    /// seconds, 0 for no timeout, DefaultTimeoutSeconds when unset; an error for a bad value.
    static Result<int> configuredTimeout(const Repository *repo);

    /// The limits of the sockets libgit2 opens on this thread while it exists (one transfer):
    /// `timeoutSeconds` without progress (0: none) and `cancel`, polled every few milliseconds.
    /// Without a Watch, DefaultTimeoutSeconds apply and nothing cancels.
    class Watch
    {
    public:
        Watch(const std::atomic<bool> *cancel, int timeoutSeconds);
        ~Watch();
        Watch(const Watch &) = delete;
        Watch &operator=(const Watch &) = delete;

        /// What stopped a socket of this transfer, and the sentence that says so
        /// ("the server at example.com stopped answering (no data for 30 s)").
        Stop stop() const { return m_stop; }
        const QString &message() const { return m_message; }
        int timeoutSeconds() const { return m_timeout; }
        bool isCancelled() const { return m_cancel && m_cancel->load(); }

        /// From now on only the timeout ends a wait (a push whose pack is out waits for the verdict).
        void ignoreCancel() { m_cancel = nullptr; }

        /// The Watch of the calling thread, or null.
        static Watch *current();
        /// For the socket: records why it gave up.
        void record(Stop stop, const QString &message);

    private:
        const std::atomic<bool> *m_cancel;
        int m_timeout;
        Stop m_stop = Stop::None;
        QString m_message;
        Watch *m_outer;
    };
};

} // namespace gantry
