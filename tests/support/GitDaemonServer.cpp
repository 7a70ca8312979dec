#include "support/GitDaemonServer.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

GitDaemonServer::GitDaemonServer(QString basePath) : m_basePath(std::move(basePath)) {}

GitDaemonServer::~GitDaemonServer() { stop(); }

quint16 GitDaemonServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed on return: free, barring a race with another process
}

bool GitDaemonServer::start()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_process.setProgram(QStringLiteral("git"));
        m_process.setArguments({QStringLiteral("daemon"), QStringLiteral("--export-all"),
                                QStringLiteral("--enable=receive-pack"), QStringLiteral("--informative-errors"),
                                QStringLiteral("--reuseaddr"), QStringLiteral("--listen=127.0.0.1"),
                                QStringLiteral("--port=%1").arg(m_port),
                                QStringLiteral("--base-path=%1").arg(m_basePath), m_basePath});
        m_process.setStandardErrorFile(QProcess::nullDevice()); // its probe connections log "hung up"
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        stop(); // the port was taken meanwhile, or the daemon is slow: another port
    }
    m_error = QStringLiteral("git daemon did not accept connections");
    return false;
}

void GitDaemonServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString GitDaemonServer::url(const QString &repo) const
{
    return QStringLiteral("git://127.0.0.1:%1/%2").arg(m_port).arg(repo);
}
