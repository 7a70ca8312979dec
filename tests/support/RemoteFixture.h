#pragma once

#include "support/GitDaemonServer.h"
#include "support/HttpBackendServer.h"
#include "support/TestRepo.h"

#include <memory>

/// The setting every fetch/push test starts from: a bare "server" repository (shared.git, main
/// with two commits) served on 127.0.0.1 by a real git daemon or git http-backend, and clones of
/// it made with the git CLI, all in one temporary folder removed afterwards.
class RemoteFixture
{
public:
    enum class Protocol { GitDaemon, Http };
    explicit RemoteFixture(Protocol protocol = Protocol::GitDaemon);
    ~RemoteFixture();

    /// Creates the server repository and starts serving it (HTTP: after requireBasicAuth, if asked).
    bool start();
    HttpBackendServer *http() { return m_http.get(); }

    /// The served repository's URL, and its folder (for `git --git-dir=…` checks).
    QString url() const;
    QString barePath() const;
    /// Clones the served repository with the git CLI into a new folder `name`; returns its path.
    QString clone(const QString &name);
    /// A plain folder path under the fixture.
    QString path(const QString &name) const;

    /// Runs git in `dir` (a clone's path; empty: the fixture's folder). Fails the test on error
    /// unless `allowFailure`.
    QByteArray git(const QString &dir, const QStringList &args, bool allowFailure = false) const;
    /// Runs the gantry binary in `dir`; returns stdout (exit code and stderr as for git()).
    QByteArray gantry(const QString &dir, const QStringList &args) { return m_box.gantry(args, dir); }
    int lastExitCode() const { return m_box.lastExitCode(); }
    QByteArray lastStderr() const { return m_box.lastStderr(); }
    /// Writes and commits a file in `dir`; returns the new commit's id.
    QString commit(const QString &dir, const QString &file, const QByteArray &content, const QString &message) const;
    /// A revision in a clone, and in the server repository ("" when it does not resolve).
    QString rev(const QString &dir, const QString &revision) const;
    QString bareRev(const QString &revision) const;

private:
    Protocol m_protocol;
    TestRepo m_box{false};
    std::unique_ptr<GitDaemonServer> m_daemon;
    std::unique_ptr<HttpBackendServer> m_http;
};
