#include "gitcore/RemoteCredentials.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::RemoteCredentials)
};

/// How long a credential helper may take (it may show a dialog of its own).
constexpr int kHelperTimeoutMs = 120000;

} // namespace

RemoteCredentials::RemoteCredentials(QString workdir) : m_workdir(std::move(workdir)) {}

RemoteCredentials::~RemoteCredentials() { wipe(); }

void RemoteCredentials::wipe()
{
    m_password.fill('\0');
    m_password.clear();
}

QString RemoteCredentials::displayUrl(const QString &url)
{
    if (!url.contains(QLatin1String("://")))
        return url; // scp-like "git@host:path" holds no password
    const QUrl parsed(url);
    if (!parsed.isValid())
        return url;
    return parsed.adjusted(QUrl::RemovePassword).toString();
}

QString RemoteCredentials::scrub(QString text) const
{
    if (!m_password.isEmpty())
        text.replace(QString::fromUtf8(m_password), QStringLiteral("***"));
    return text;
}

QByteArray RemoteCredentials::describe(bool withSecret) const
{
    QByteArray text = "protocol=" + m_protocol.toUtf8() + "\nhost=" + m_host.toUtf8() + "\n";
    if (!m_path.isEmpty())
        text += "path=" + m_path.toUtf8() + "\n";
    if (!m_username.isEmpty())
        text += "username=" + m_username + "\n";
    if (withSecret && !m_password.isEmpty())
        text += "password=" + m_password + "\n";
    return text + "\n";
}

bool RemoteCredentials::runCredential(const char *action, const QByteArray &input, QByteArray *output) const
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0")); // no terminal to prompt on
    git.setProcessEnvironment(env);
    if (!m_workdir.isEmpty())
        git.setWorkingDirectory(m_workdir);
    git.start(QStringLiteral("git"), {QStringLiteral("credential"), QString::fromLatin1(action)});
    if (!git.waitForStarted(30000))
        return false;
    git.write(input);
    git.closeWriteChannel();
    if (!git.waitForFinished(kHelperTimeoutMs)) {
        git.kill();
        git.waitForFinished(5000);
        return false;
    }
    if (output)
        *output = git.readAllStandardOutput();
    return git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
}

int RemoteCredentials::acquire(git_credential **out, const char *url, const char *usernameFromUrl,
                               unsigned int allowedTypes)
{
    const QString where = displayUrl(QString::fromUtf8(url ? url : ""));
    const QString user = QString::fromUtf8(usernameFromUrl ? usernameFromUrl : "");
    if (allowedTypes & GIT_CREDENTIAL_USERNAME) // SSH asks for the user name on its own first
        return git_credential_username_new(out, user.isEmpty() ? "git" : user.toUtf8().constData());
    if (m_askedThisConnection) {
        // Asked again on the same connection: what we gave was refused. Stop here, once.
        if (allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
            reject();
            m_failure = Tr::tr("Authentication failed for %1: the user name or password was refused.").arg(where);
        } else {
            m_failure = Tr::tr("Authentication failed for %1: ssh-agent has no key the server accepts.").arg(where);
        }
        return GIT_EUSER;
    }
    m_askedThisConnection = true;
    if (allowedTypes & GIT_CREDENTIAL_SSH_KEY) {
        const QByteArray name = (user.isEmpty() ? QStringLiteral("git") : user).toUtf8();
        if (git_credential_ssh_key_from_agent(out, name.constData()) == 0)
            return 0;
        m_failure = Tr::tr("Cannot authenticate to %1: no ssh-agent is running (start one and add your key).").arg(where);
        return GIT_EUSER;
    }
    if (allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT)
        return userPass(out, QString::fromUtf8(url ? url : ""), user);
    m_failure = Tr::tr("Cannot authenticate to %1: the server asks for a kind of credentials Gantry does not support.")
                    .arg(where);
    return GIT_EUSER;
}

int RemoteCredentials::userPass(git_credential **out, const QString &url, const QString &usernameFromUrl)
{
    if (!m_filled) {
        const QUrl parsed(url);
        m_protocol = parsed.scheme();
        m_host = parsed.host();
        if (parsed.port() != -1)
            m_host += QLatin1Char(':') + QString::number(parsed.port());
        m_path = parsed.path();
        for (const char *suffix : {"/info/refs", "/git-upload-pack", "/git-receive-pack"})
            if (m_path.endsWith(QLatin1String(suffix)))
                m_path.chop(int(qstrlen(suffix)));
        while (m_path.startsWith(QLatin1Char('/')))
            m_path.remove(0, 1);
        m_username = usernameFromUrl.toUtf8();
        QByteArray answer;
        const bool ran = runCredential("fill", describe(false), &answer);
        if (ran) {
            for (const QByteArray &line : answer.split('\n')) {
                const int eq = line.indexOf('=');
                if (eq <= 0)
                    continue;
                const QByteArray key = line.left(eq);
                if (key == "username")
                    m_username = line.mid(eq + 1);
                else if (key == "password")
                    m_password = line.mid(eq + 1);
            }
            answer.fill('\0');
        }
        if (!ran || m_password.isEmpty()) {
            m_failure = Tr::tr("%1 asks for a user name and password, and no credential helper gave them. "
                               "Set up one (git config credential.helper), or sign in with git once.")
                            .arg(displayUrl(url));
            return GIT_EUSER;
        }
        m_filled = true;
    }
    return git_credential_userpass_plaintext_new(out, m_username.constData(), m_password.constData());
}

void RemoteCredentials::approve()
{
    if (!m_filled || m_approved)
        return;
    m_approved = true;
    runCredential("approve", describe(true), nullptr);
}

void RemoteCredentials::reject()
{
    if (!m_filled)
        return;
    runCredential("reject", describe(true), nullptr);
    m_filled = false; // the password stays until destruction, for scrub()
    m_approved = false;
}

} // namespace gantry
