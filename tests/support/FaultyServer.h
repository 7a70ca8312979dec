#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QThread>

#include <atomic>

/// A server on 127.0.0.1 that misbehaves, for network-failure tests, serving on a thread of its
/// own (a test may block inside libgit2 meanwhile): Silent accepts and never answers; Garbage
/// answers the first bytes it gets with text that is no protocol at all, then closes;
/// CloseMidPack forwards both ways to a real server (GitDaemonServer, HttpBackendServer) and
/// cuts the connection a few bytes after a pack starts ("PACK", in either direction).
/// Stopped and joined on destruction.
class FaultyServer : public QThread
{
public:
    enum class Mode { Silent, Garbage, CloseMidPack };

    /// `upstreamPort`: the real server CloseMidPack forwards to.
    explicit FaultyServer(Mode mode, quint16 upstreamPort = 0);
    ~FaultyServer() override;

    /// Listens on a free port; false when it cannot.
    bool startServing();
    void stopServing();

    quint16 port() const { return m_port; }
    /// "<scheme>://127.0.0.1:PORT/<path>".
    QString url(const QString &scheme, const QString &path) const;

    int connectionCount() const { return m_connections; }
    /// Bytes the clients sent so far (all connections): > 0 once a request is on its way.
    qint64 bytesReceived() const { return m_received; }
    /// The first bytes the first client sent (up to 4 KiB).
    QByteArray firstBytes() const;
    /// CloseMidPack: a connection was cut inside a pack.
    bool hasCut() const { return m_cut; }

protected:
    void run() override;

private:
    void noteReceived(const QByteArray &bytes);

    Mode m_mode;
    quint16 m_upstreamPort;
    std::atomic<quint16> m_port{0};
    std::atomic<bool> m_ready{false};
    std::atomic<int> m_connections{0};
    std::atomic<qint64> m_received{0};
    std::atomic<bool> m_cut{false};
    mutable QMutex m_mutex;
    QByteArray m_first;
};
