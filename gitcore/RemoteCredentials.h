#pragma once

#include <git2.h>

#include <QByteArray>
#include <QString>

namespace gantry {

/// Answers libgit2's credential requests for one network operation, the way git does without a
/// terminal: HTTP(S) user names and passwords come from the user's credential helpers
/// (`git credential fill`, approved or rejected afterwards), SSH keys from ssh-agent.
/// It asks once per connection: a second request means the server refused what it was given,
/// and the operation stops with authFailed() instead of looping. Secrets stay in this object:
/// they never go into a message (scrub() takes them out of libgit2's).
class RemoteCredentials
{
public:
    /// `workdir`: where `git credential` runs, so the repository's own credential.helper applies.
    explicit RemoteCredentials(QString workdir);
    ~RemoteCredentials();
    RemoteCredentials(const RemoteCredentials &) = delete;
    RemoteCredentials &operator=(const RemoteCredentials &) = delete;

    /// The git_credential_acquire_cb body (the caller's payload forwards to it).
    int acquire(git_credential **out, const char *url, const char *usernameFromUrl, unsigned int allowedTypes);

    /// A new connection starts: it may ask once more (with what was already filled).
    void newConnection() { m_askedThisConnection = false; }
    /// The operation succeeded: tell the helpers the credentials they gave work (`git credential approve`).
    void approve();
    /// The server refused the credentials: `git credential reject`, so a helper forgets them.
    void reject();

    /// Whether the operation stopped because credentials were missing or refused; failure() says which.
    bool authFailed() const { return !m_failure.isEmpty(); }
    const QString &failure() const { return m_failure; }
    /// `text` with the password (if one was filled) replaced by "***".
    QString scrub(QString text) const;

    /// A URL fit for a message: without its password.
    static QString displayUrl(const QString &url);

private:
    int userPass(git_credential **out, const QString &url, const QString &usernameFromUrl);
    bool runCredential(const char *action, const QByteArray &input, QByteArray *output) const;
    QByteArray describe(bool withSecret) const;
    void wipe();

    QString m_workdir;
    QString m_protocol;
    QString m_host;
    QString m_path;
    QByteArray m_username;
    QByteArray m_password;
    bool m_filled = false;
    bool m_approved = false;
    bool m_askedThisConnection = false;
    QString m_failure;
};

} // namespace gantry
