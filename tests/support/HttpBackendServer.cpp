#include "support/HttpBackendServer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace {

constexpr int kReadTimeoutMs = 10000;

/// Reads from `socket` into `buffer` until it holds `size` bytes; false on timeout or close.
bool fill(QTcpSocket &socket, QByteArray &buffer, qsizetype size)
{
    while (buffer.size() < size) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(kReadTimeoutMs))
            return false;
        buffer += socket.readAll();
    }
    return true;
}

/// Reads up to and including the next CRLF; returns the line without it.
bool readLine(QTcpSocket &socket, QByteArray &buffer, QByteArray *line)
{
    qsizetype end;
    while ((end = buffer.indexOf("\r\n")) < 0) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(kReadTimeoutMs))
            return false;
        buffer += socket.readAll();
    }
    *line = buffer.left(end);
    buffer.remove(0, end + 2);
    return true;
}

void respond(QTcpSocket &socket, const QByteArray &status, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + status + "\r\n";
    for (const QByteArray &header : headers)
        out += header + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket.write(out);
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(kReadTimeoutMs)) {
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(1000);
}

} // namespace

HttpBackendServer::HttpBackendServer(QString projectRoot) : m_root(std::move(projectRoot)) {}

HttpBackendServer::~HttpBackendServer() { stopServing(); }

void HttpBackendServer::requireBasicAuth(const QByteArray &user, const QByteArray &password)
{
    m_user = user;
    m_password = password;
}

bool HttpBackendServer::startServing()
{
    m_stop = false;
    m_ready = false;
    start();
    const QDeadlineTimer deadline(10000);
    while (!m_ready && isRunning() && !deadline.hasExpired())
        QThread::msleep(10);
    return m_ready && m_port != 0;
}

void HttpBackendServer::stopServing()
{
    m_stop = true;
    wait();
}

QString HttpBackendServer::url(const QString &repo) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port.load()).arg(repo);
}

void HttpBackendServer::run()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        m_port = 0;
        m_ready = true;
        return;
    }
    m_port = server.serverPort();
    m_ready = true;
    while (!m_stop) {
        if (!server.waitForNewConnection(50))
            continue;
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            serve(*socket);
            delete socket;
        }
    }
}

void HttpBackendServer::serve(QTcpSocket &socket)
{
    QByteArray buffer;
    QByteArray requestLine;
    if (!readLine(socket, buffer, &requestLine))
        return;
    ++m_requests;
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3) {
        respond(socket, "400 Bad Request", {}, {});
        return;
    }
    QHash<QByteArray, QByteArray> headers; // lower-case names
    for (;;) {
        QByteArray line;
        if (!readLine(socket, buffer, &line))
            return;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (headers.value("expect").toLower() == "100-continue")
        socket.write("HTTP/1.1 100 Continue\r\n\r\n");

    QByteArray body;
    if (headers.value("transfer-encoding").toLower().contains("chunked")) {
        for (;;) {
            QByteArray sizeLine;
            if (!readLine(socket, buffer, &sizeLine))
                return;
            bool ok = false;
            const qsizetype size = sizeLine.split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                respond(socket, "400 Bad Request", {}, {});
                return;
            }
            if (size == 0) {
                QByteArray trailer;
                do {
                    if (!readLine(socket, buffer, &trailer))
                        return;
                } while (!trailer.isEmpty());
                break;
            }
            if (!fill(socket, buffer, size + 2))
                return;
            body += buffer.left(size);
            buffer.remove(0, size + 2);
        }
    } else if (headers.contains("content-length")) {
        const qsizetype length = headers.value("content-length").toLongLong();
        if (!fill(socket, buffer, length))
            return;
        body = buffer.left(length);
    }

    QByteArray remoteUser = "anonymous";
    if (!m_user.isEmpty()) {
        const QByteArray expected = "Basic " + (m_user + ':' + m_password).toBase64();
        if (headers.value("authorization") != expected) {
            ++m_unauthorized;
            respond(socket, "401 Unauthorized", {"WWW-Authenticate: Basic realm=\"gantry-test\""}, {});
            return;
        }
        remoteUser = m_user;
    }

    const QByteArray target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    const QByteArray query = question < 0 ? QByteArray() : target.mid(question + 1);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_root);
    env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
    env.insert(QStringLiteral("GATEWAY_INTERFACE"), QStringLiteral("CGI/1.1"));
    env.insert(QStringLiteral("SERVER_PROTOCOL"), QStringLiteral("HTTP/1.1"));
    env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(parts.at(0)));
    env.insert(QStringLiteral("PATH_INFO"), QUrl::fromPercentEncoding(path));
    env.insert(QStringLiteral("QUERY_STRING"), QString::fromLatin1(query));
    env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(headers.value("content-type")));
    env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(body.size()));
    env.insert(QStringLiteral("REMOTE_USER"), QString::fromLatin1(remoteUser));
    env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (it.key() == "authorization" || it.key() == "content-type" || it.key() == "content-length"
            || it.key() == "transfer-encoding")
            continue;
        const QString name = QStringLiteral("HTTP_") + QString::fromLatin1(it.key()).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
        env.insert(name, QString::fromLatin1(it.value()));
    }

    QProcess cgi;
    cgi.setProcessEnvironment(env);
    cgi.start(QStringLiteral("git"), {QStringLiteral("http-backend")});
    if (!cgi.waitForStarted(10000)) {
        respond(socket, "500 Internal Server Error", {}, {});
        return;
    }
    cgi.write(body);
    cgi.closeWriteChannel();
    if (!cgi.waitForFinished(60000)) {
        cgi.kill();
        cgi.waitForFinished(5000);
        respond(socket, "504 Gateway Timeout", {}, {});
        return;
    }
    const QByteArray output = cgi.readAllStandardOutput();
    qsizetype split = output.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (const qsizetype lf = output.indexOf("\n\n"); lf >= 0 && (split < 0 || lf < split)) {
        split = lf;
        skip = 2;
    }
    if (split < 0) {
        respond(socket, "502 Bad Gateway", {}, output);
        return;
    }
    QByteArray status = "200 OK";
    QList<QByteArray> responseHeaders;
    for (QByteArray line : output.left(split).split('\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.toLower().startsWith("status:"))
            status = line.mid(7).trimmed();
        else if (!line.toLower().startsWith("content-length:"))
            responseHeaders.append(line);
    }
    respond(socket, status, responseHeaders, output.mid(split + skip));
}
