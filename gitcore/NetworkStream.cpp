#include "gitcore/NetworkStream.h"

#include "gitcore/CommandLineConfig.h"
#include "gitcore/GitPtr.h"
#include "gitcore/Repository.h"

#include <QCoreApplication>

#include <git2.h>
#include <git2/sys/stream.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::NetworkStream)
};

using Clock = std::chrono::steady_clock;
using Deadline = std::optional<Clock::time_point>;
using Stop = NetworkStream::Stop;

/// How often a waiting socket looks at the cancel flag.
constexpr std::chrono::milliseconds kSlice(50);

thread_local NetworkStream::Watch *t_watch = nullptr;

/// libgit2's own git_socket_stream, field for field: its ssh transport hands `fd` from there to
/// libssh2, so the layout must stay the same (after connect the descriptor is a blocking socket).
struct Socket
{
    git_stream parent;
    char *host;
    char *port;
    int fd;
};
static_assert(std::is_standard_layout_v<Socket>, "libgit2 reads Socket as a C struct");

Socket *socketOf(git_stream *stream) { return reinterpret_cast<Socket *>(stream); }

int timeoutOfThread() { return t_watch ? t_watch->timeoutSeconds() : NetworkStream::DefaultTimeoutSeconds; }

Deadline deadlineFromNow()
{
    const int seconds = timeoutOfThread();
    if (seconds <= 0)
        return std::nullopt;
    return Clock::now() + std::chrono::seconds(seconds);
}

void setError(int errorClass, const QString &message)
{
    git_error_set_str(errorClass, message.toUtf8().constData());
}

void setOsError(const char *what, int error)
{
    setError(GIT_ERROR_OS, QStringLiteral("%1: %2").arg(QString::fromUtf8(what), QString::fromLocal8Bit(std::strerror(error))));
}

/// Records why the transfer stops and leaves the sentence for libgit2's error; returns -1.
int giveUp(const Socket *s, Stop stop, bool connecting)
{
    const QString host = QString::fromUtf8(s->host);
    const int seconds = timeoutOfThread();
    QString message;
    if (stop == Stop::Cancelled)
        message = Tr::tr("cancelled");
    else if (connecting)
        message = Tr::tr("the server at %1 did not answer the connection (nothing for %n s)", nullptr, seconds).arg(host);
    else
        message = Tr::tr("the server at %1 stopped answering (no data for %n s)", nullptr, seconds).arg(host);
    if (t_watch)
        t_watch->record(stop, message);
    setError(GIT_ERROR_NET, message);
    return -1;
}

/// Why waiting must end now (the cancel flag, the deadline), or Stop::None.
Stop shouldStop(const Deadline &deadline)
{
    if (t_watch && t_watch->isCancelled())
        return Stop::Cancelled;
    if (deadline && Clock::now() >= *deadline)
        return Stop::TimedOut;
    return Stop::None;
}

int sliceMs(const Deadline &deadline)
{
    auto slice = kSlice;
    if (deadline) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
        slice = std::max(std::chrono::milliseconds(1), std::min(slice, left));
    }
    return int(slice.count());
}

/// Waits until `fd` is ready for `events` (or has an error the next call reports): 0, or -1
/// with libgit2's error set when it gave up.
int waitFor(const Socket *s, short events, const Deadline &deadline, bool connecting)
{
    for (;;) {
        if (const Stop stop = shouldStop(deadline); stop != Stop::None)
            return giveUp(s, stop, connecting);
        pollfd p{s->fd, events, 0};
        const int rc = ::poll(&p, 1, sliceMs(deadline));
        if (rc > 0)
            return 0;
        if (rc < 0 && errno != EINTR) {
            setOsError("cannot wait for the socket", errno);
            return -1;
        }
    }
}

/// One name lookup on a thread of its own: getaddrinfo cannot be interrupted, the wait for it can.
struct Lookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    bool abandoned = false;
    int rc = 0;
    addrinfo *result = nullptr;
};

int resolve(const Socket *s, addrinfo **out, const Deadline &deadline)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_family = AF_UNSPEC;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    if (::getaddrinfo(s->host, s->port, &hints, out) == 0)
        return 0; // an address: nothing to look up
    hints.ai_flags = 0;
    auto lookup = std::make_shared<Lookup>();
    std::thread([lookup, hints, host = std::string(s->host), port = std::string(s->port)] {
        addrinfo *result = nullptr;
        const int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &result);
        std::lock_guard lock(lookup->mutex);
        if (lookup->abandoned) {
            if (result)
                ::freeaddrinfo(result);
        } else {
            lookup->rc = rc;
            lookup->result = result;
        }
        lookup->finished = true;
        lookup->done.notify_all();
    }).detach();
    std::unique_lock lock(lookup->mutex);
    while (!lookup->finished) {
        if (const Stop stop = shouldStop(deadline); stop != Stop::None) {
            lookup->abandoned = true;
            return giveUp(s, stop, true);
        }
        lookup->done.wait_for(lock, std::chrono::milliseconds(sliceMs(deadline)));
    }
    if (lookup->rc != 0) {
        setError(GIT_ERROR_NET, QStringLiteral("failed to resolve address for %1: %2")
                                    .arg(QString::fromUtf8(s->host), QString::fromLocal8Bit(::gai_strerror(lookup->rc))));
        return -1;
    }
    *out = lookup->result;
    return 0;
}

int streamConnect(git_stream *stream)
{
    Socket *s = socketOf(stream);
    const Deadline deadline = deadlineFromNow(); // the lookup and every address share it
    addrinfo *addresses = nullptr;
    if (resolve(s, &addresses, deadline) < 0)
        return -1;
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> owner(addresses, &::freeaddrinfo);
    int lastError = ECONNREFUSED;
    for (const addrinfo *a = addresses; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        s->fd = fd;
        int rc = ::connect(fd, a->ai_addr, a->ai_addrlen);
        if (rc < 0 && errno == EINPROGRESS) {
            if (waitFor(s, POLLOUT, deadline, true) < 0) {
                ::close(fd);
                s->fd = -1;
                return -1; // cancelled or out of time: the other addresses would be too
            }
            int error = 0;
            socklen_t length = sizeof error;
            rc = ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0 ? 0 : -1;
            errno = error ? error : errno;
        }
        if (rc == 0) {
            // Blocking again, for libssh2 (ssh:// reads the descriptor itself); our reads never block.
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            return 0;
        }
        lastError = errno;
        ::close(fd);
        s->fd = -1;
    }
    setOsError(QStringLiteral("failed to connect to %1").arg(QString::fromUtf8(s->host)).toUtf8().constData(), lastError);
    return -1;
}

ssize_t streamRead(git_stream *stream, void *data, size_t length)
{
    const Socket *s = socketOf(stream);
    const Deadline deadline = deadlineFromNow();
    for (;;) {
        if (waitFor(s, POLLIN, deadline, false) < 0)
            return -1;
        const ssize_t n = ::recv(s->fd, data, length, MSG_DONTWAIT);
        if (n >= 0)
            return n;
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            setOsError("error receiving socket data", errno);
            return -1;
        }
    }
}

ssize_t streamWrite(git_stream *stream, const char *data, size_t length, int flags)
{
    const Socket *s = socketOf(stream);
    const Deadline deadline = deadlineFromNow();
    for (;;) {
        if (waitFor(s, POLLOUT, deadline, false) < 0)
            return -1;
        const ssize_t n = ::send(s->fd, data, length, flags | MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n >= 0)
            return n;
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            setOsError("error sending data", errno);
            return -1;
        }
    }
}

int streamClose(git_stream *stream)
{
    Socket *s = socketOf(stream);
    const int rc = s->fd >= 0 ? ::close(s->fd) : 0;
    s->fd = -1;
    return rc;
}

void streamFree(git_stream *stream)
{
    Socket *s = socketOf(stream);
    if (s->fd >= 0)
        ::close(s->fd);
    std::free(s->host);
    std::free(s->port);
    delete s;
}

int streamCreate(git_stream **out, const char *host, const char *port)
{
    auto *s = new Socket{};
    s->parent.version = GIT_STREAM_VERSION;
    s->parent.connect = streamConnect;
    s->parent.read = streamRead;
    s->parent.write = streamWrite;
    s->parent.close = streamClose;
    s->parent.free = streamFree;
    s->host = ::strdup(host ? host : "");
    s->port = ::strdup(port ? port : "");
    s->fd = -1;
    *out = &s->parent;
    return 0;
}

} // namespace

void NetworkStream::install()
{
    static git_stream_registration registration = {GIT_STREAM_VERSION, streamCreate, nullptr};
    git_stream_register(GIT_STREAM_STANDARD, &registration);
}

namespace {

/// gantry.networkTimeout as written, or nothing when it is not set.
Result<std::optional<QString>> timeoutSetting(const Repository *repo)
{
    static const QString key = QStringLiteral("gantry.networktimeout");
    ConfigPtr owner;
    if (repo) {
        auto config = repo->config(); // with `gantry -c` (CommandLineConfig) above the files
        if (!config)
            return config.error();
        owner = std::move(*config);
    } else {
        // A clone has no repository yet: `-c`, then the user's and the system's files.
        if (auto given = CommandLineConfig::fromEnvironment()) {
            std::optional<QString> last;
            for (const CommandLineConfig::Entry &entry : *given)
                if (entry.name == key)
                    last = entry.value;
            if (last)
                return last;
        }
        git_config *raw = nullptr;
        if (git_config_open_default(&raw) < 0) {
            git_error_clear();
            return std::optional<QString>();
        }
        owner.reset(raw);
    }
    git_config_entry *entry = nullptr;
    if (git_config_get_entry(&entry, owner.get(), key.toUtf8().constData()) < 0 || !entry) {
        git_error_clear();
        return std::optional<QString>();
    }
    const QString value = QString::fromUtf8(entry->value ? entry->value : "");
    git_config_entry_free(entry);
    return std::optional<QString>(value);
}

} // namespace

Result<int> NetworkStream::configuredTimeout(const Repository *repo)
{
    auto setting = timeoutSetting(repo);
    if (!setting)
        return setting.error();
    if (!setting->has_value())
        return DefaultTimeoutSeconds;
    const QString value = setting->value().trimmed();
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < 0)
        return GitError::custom(Tr::tr("gantry.networkTimeout is '%1': give a whole number of seconds (0: no timeout)")
                                    .arg(value),
                                GIT_EINVALIDSPEC);
    return seconds;
}

NetworkStream::Watch::Watch(const std::atomic<bool> *cancel, int timeoutSeconds)
    : m_cancel(cancel), m_timeout(timeoutSeconds), m_outer(t_watch)
{
    t_watch = this;
}

NetworkStream::Watch::~Watch() { t_watch = m_outer; }

NetworkStream::Watch *NetworkStream::Watch::current() { return t_watch; }

void NetworkStream::Watch::record(Stop stop, const QString &message)
{
    m_stop = stop;
    m_message = message;
}

} // namespace gantry
