#include "support/FaultyServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace {

/// What Garbage answers: no pkt-line length, no HTTP status line, no SSH banner.
const QByteArray kGarbage = QByteArrayLiteral("#!? this is not a git server \xff\xfe\x01\r\nnor http, nor anything\r\n");

/// CloseMidPack lets this many bytes of a pack through, counting "PACK" itself.
constexpr int kBytesOfPack = 24;

/// One direction of a forwarded connection, looking for the start of a pack.
struct Direction
{
    QByteArray window;  // the last 4 bytes seen
    int sincePack = -1; // bytes of the pack forwarded; -1 while none started
};

/// Forwards what `from` has to `to`, up to the cut; true when it cut.
bool forward(QTcpSocket *from, QTcpSocket *to, Direction &d, QByteArray *seen)
{
    const QByteArray data = from->readAll();
    if (seen)
        *seen = data;
    QByteArray out;
    out.reserve(data.size());
    bool cut = false;
    for (const char c : data) {
        if (d.sincePack >= kBytesOfPack) {
            cut = true;
            break;
        }
        out += c;
        if (d.sincePack >= 0) {
            ++d.sincePack;
            continue;
        }
        d.window = (d.window + c).right(4);
        if (d.window == "PACK")
            d.sincePack = 4;
    }
    to->write(out);
    return cut || d.sincePack >= kBytesOfPack;
}

} // namespace

FaultyServer::FaultyServer(Mode mode, quint16 upstreamPort) : m_mode(mode), m_upstreamPort(upstreamPort) {}

FaultyServer::~FaultyServer() { stopServing(); }

bool FaultyServer::startServing()
{
    m_ready = false;
    start();
    const QDeadlineTimer deadline(10000);
    while (!m_ready && isRunning() && !deadline.hasExpired())
        QThread::msleep(10);
    return m_ready && m_port != 0;
}

void FaultyServer::stopServing()
{
    if (!isRunning())
        return;
    quit();
    wait();
}

QString FaultyServer::url(const QString &scheme, const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2/%3").arg(scheme).arg(m_port.load()).arg(path);
}

QByteArray FaultyServer::firstBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_first;
}

void FaultyServer::noteReceived(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (m_first.size() < 4096 && m_connections == 1)
            m_first += bytes.left(4096 - m_first.size());
    }
    m_received += bytes.size();
}

void FaultyServer::run()
{
    QTcpServer server;
    QObject connections; // every socket's parent: gone when the loop ends
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        m_port = 0;
        m_ready = true;
        return;
    }
    m_port = server.serverPort();
    QObject::connect(&server, &QTcpServer::newConnection, &connections, [this, &server, &connections] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            client->setParent(&connections);
            ++m_connections;
            if (m_mode == Mode::Silent) {
                QObject::connect(client, &QTcpSocket::readyRead, client, [this, client] { noteReceived(client->readAll()); });
                continue;
            }
            if (m_mode == Mode::Garbage) {
                QObject::connect(client, &QTcpSocket::readyRead, client, [this, client] {
                    noteReceived(client->readAll());
                    if (client->property("answered").toBool())
                        return;
                    client->setProperty("answered", true);
                    client->write(kGarbage);
                    client->disconnectFromHost();
                });
                continue;
            }
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            if (!upstream->waitForConnected(10000)) {
                client->abort();
                continue;
            }
            auto toServer = std::make_shared<Direction>();
            auto toClient = std::make_shared<Direction>();
            auto cutBoth = [this, client, upstream] {
                m_cut = true;
                client->disconnectFromHost();
                upstream->disconnectFromHost();
            };
            QObject::connect(client, &QTcpSocket::readyRead, client, [=, this] {
                QByteArray seen;
                if (forward(client, upstream, *toServer, &seen))
                    cutBoth();
                noteReceived(seen);
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] {
                if (forward(upstream, client, *toClient, nullptr))
                    cutBoth();
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            QObject::connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
        }
    });
    m_ready = true;
    exec();
}
