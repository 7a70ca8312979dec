#include "gitcore/HookRunner.h"

#include "gitcore/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <unistd.h>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::HookRunner)
};

// git execs the hook itself and falls back to /bin/sh when the kernel refuses it (ENOEXEC:
// a script without "#!"). QProcess cannot fall back, so decide from the file's first bytes.
bool needsShell(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return !head.startsWith("#!") && !head.startsWith("\x7f" "ELF");
}

} // namespace

QString HookResult::failureMessage() const
{
    if (ok())
        return {};
    if (!startError.isEmpty())
        return Tr::tr("the %1 hook could not run: %2").arg(hook, startError);
    if (cancelled)
        return Tr::tr("the %1 hook was cancelled").arg(hook);
    if (timedOut)
        return Tr::tr("the %1 hook took too long and was stopped").arg(hook);
    return Tr::tr("the %1 hook failed (exit code %2)").arg(hook).arg(exitCode);
}

HookRunner::HookRunner(const Repository &repo)
{
    m_workDir = repo.isBare() ? repo.gitDir() : repo.workdir();
    QString configured = repo.configString(QStringLiteral("core.hooksPath"));
    if (configured.isEmpty()) {
        m_hooksDir = repo.commonDir() + QStringLiteral("/hooks");
        return;
    }
    if (configured == QLatin1String("~") || configured.startsWith(QLatin1String("~/")))
        configured = QDir::homePath() + configured.mid(1);
    // Relative paths are taken from where hooks run, as git does.
    m_hooksDir = QDir::cleanPath(QDir(m_workDir).absoluteFilePath(configured));
}

QString HookRunner::hooksDirectory() const { return m_hooksDir; }

QString HookRunner::workingDirectory() const { return m_workDir; }

QString HookRunner::hookPath(const QString &name) const
{
    const QString path = m_hooksDir + QLatin1Char('/') + name;
    const QFileInfo info(path);
    if (!info.exists() || info.isDir() || !info.isExecutable())
        return {};
    return path;
}

QString HookRunner::pathForHook(const QString &path) const
{
    const QString root = QDir(m_workDir).canonicalPath();
    const QString canonicalParent = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    const QString full = canonicalParent.isEmpty() ? path : canonicalParent + QLatin1Char('/') + QFileInfo(path).fileName();
    if (!root.isEmpty() && full.startsWith(root + QLatin1Char('/')))
        return full.mid(root.size() + 1);
    return path;
}

HookResult HookRunner::run(const QString &name, const QStringList &args, const QProcessEnvironment &environment,
                           int timeoutMs, const std::atomic<bool> *cancel) const
{
    HookResult result;
    result.hook = name;
    const QString path = hookPath(name);
    if (path.isEmpty())
        return result;
    result.ran = true;

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so a timeout or cancel also stops whatever the hook started.
    process.setChildProcessModifier([] { ::setsid(); });
    if (needsShell(path))
        process.start(QStringLiteral("/bin/sh"), QStringList{path} + args);
    else
        process.start(path, args);
    if (!process.waitForStarted(30000)) {
        result.exitCode = -1;
        result.startError = process.errorString();
        return result;
    }

    QElapsedTimer clock;
    clock.start();
    const auto stop = [&process] {
        const qint64 pid = process.processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        process.kill();
        process.waitForFinished(5000);
    };
    while (!process.waitForFinished(50)) {
        result.output += process.readAll();
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load()) {
            result.cancelled = true;
            stop();
            break;
        }
        if (timeoutMs > 0 && clock.elapsed() > timeoutMs) {
            result.timedOut = true;
            stop();
            break;
        }
    }
    result.output += process.readAll();
    if (result.cancelled || result.timedOut || process.exitStatus() != QProcess::NormalExit)
        result.exitCode = -1;
    else
        result.exitCode = process.exitCode();
    if (!result.cancelled && !result.timedOut && process.exitStatus() != QProcess::NormalExit)
        result.startError = Tr::tr("it crashed");
    return result;
}

} // namespace gantry
