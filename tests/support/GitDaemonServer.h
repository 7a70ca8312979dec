#pragma once

#include <QProcess>
#include <QString>

/// A real `git daemon` on 127.0.0.1 serving (fetch and push) every repository under a folder,
/// for network tests: started on a free port and waited for until it accepts, stopped on destruction.
class GitDaemonServer
{
public:
    explicit GitDaemonServer(QString basePath);
    ~GitDaemonServer();
    GitDaemonServer(const GitDaemonServer &) = delete;
    GitDaemonServer &operator=(const GitDaemonServer &) = delete;

    /// Starts the daemon; false (with errorString()) when it does not come up.
    bool start();
    void stop();
    quint16 port() const { return m_port; }
    /// "git://127.0.0.1:PORT/<repo>" for a repository under the base path.
    QString url(const QString &repo) const;
    const QString &errorString() const { return m_error; }

    /// A port nothing listens on (for "unreachable" tests), and a free one to listen on.
    static quint16 freePort();

private:
    QString m_basePath;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
