#include "support/RemoteFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

RemoteFixture::RemoteFixture(Protocol protocol) : m_protocol(protocol)
{
    QDir(m_box.path()).mkpath(QStringLiteral("srv"));
    if (m_protocol == Protocol::Http)
        m_http = std::make_unique<HttpBackendServer>(m_box.filePath(QStringLiteral("srv")));
    else
        m_daemon = std::make_unique<GitDaemonServer>(m_box.filePath(QStringLiteral("srv")));
}

RemoteFixture::~RemoteFixture()
{
    if (m_http)
        m_http->stopServing();
    if (m_daemon)
        m_daemon->stop();
}

bool RemoteFixture::start()
{
    const QString seed = path(QStringLiteral("seed"));
    git({}, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), seed});
    commit(seed, QStringLiteral("a.txt"), "one\n", QStringLiteral("feat: one"));
    commit(seed, QStringLiteral("a.txt"), "one\ntwo\n", QStringLiteral("feat: two"));
    git({}, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), seed, barePath()});
    return m_http ? m_http->startServing() : m_daemon->start();
}

QString RemoteFixture::url() const
{
    return m_http ? m_http->url(QStringLiteral("shared.git")) : m_daemon->url(QStringLiteral("shared.git"));
}

QString RemoteFixture::barePath() const { return m_box.filePath(QStringLiteral("srv/shared.git")); }

QString RemoteFixture::path(const QString &name) const { return m_box.filePath(name); }

QString RemoteFixture::clone(const QString &name)
{
    git({}, {QStringLiteral("clone"), QStringLiteral("-q"), url(), path(name)});
    return path(name);
}

QByteArray RemoteFixture::git(const QString &dir, const QStringList &args, bool allowFailure) const
{
    return m_box.git(args, allowFailure, dir.isEmpty() ? m_box.path() : dir);
}

QString RemoteFixture::commit(const QString &dir, const QString &file, const QByteArray &content,
                              const QString &message) const
{
    QFile f(dir + QLatin1Char('/') + file);
    QDir().mkpath(QFileInfo(f).absolutePath());
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    f.close();
    git(dir, {QStringLiteral("add"), QStringLiteral("--"), file});
    git(dir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    return rev(dir, QStringLiteral("HEAD"));
}

QString RemoteFixture::rev(const QString &dir, const QString &revision) const
{
    return QString::fromUtf8(git(dir, {QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"),
                                       revision + QStringLiteral("^{commit}")}, true)).trimmed();
}

QString RemoteFixture::bareRev(const QString &revision) const
{
    return QString::fromUtf8(git({}, {QStringLiteral("--git-dir=") + barePath(), QStringLiteral("rev-parse"),
                                      QStringLiteral("-q"), QStringLiteral("--verify"),
                                      revision + QStringLiteral("^{commit}")}, true)).trimmed();
}
