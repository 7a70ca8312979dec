#pragma once

#include <QByteArray>
#include <QString>
#include <QThread>

#include <atomic>

class QTcpSocket;

/// A small HTTP/1.1 server on 127.0.0.1 that runs the real `git http-backend` as a CGI for
/// the repositories under a folder (smart HTTP fetch and push), optionally behind Basic auth.
/// Request bodies may come with Content-Length or chunked (libgit2 sends chunked). It serves
/// on a thread of its own, so a test can block inside libgit2 while it answers; every response
/// closes its connection. Stopped and joined on destruction.
class HttpBackendServer : public QThread
{
public:
    explicit HttpBackendServer(QString projectRoot);
    ~HttpBackendServer() override;

    /// Every request must then carry these Basic credentials (401 otherwise).
    void requireBasicAuth(const QByteArray &user, const QByteArray &password);
    /// Listens on a free port; false when it cannot.
    bool startServing();
    void stopServing();

    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT/<repo>".
    QString url(const QString &repo) const;
    /// Requests answered with 401 so far (a client that retries forever makes this grow).
    int unauthorizedCount() const { return m_unauthorized; }
    int requestCount() const { return m_requests; }

protected:
    void run() override;

private:
    void serve(QTcpSocket &socket);

    QString m_root;
    QByteArray m_user;
    QByteArray m_password;
    std::atomic<quint16> m_port{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_ready{false};
    std::atomic<int> m_unauthorized{0};
    std::atomic<int> m_requests{0};
};
