#include "support/TestRepo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <atomic>

namespace {
std::atomic<int> commitClock{0};
}

TestRepo::TestRepo(bool init)
    : m_dir(QDir::tempPath() + QStringLiteral("/gantry-test-XXXXXX"))
{
    if (init)
        git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
}

QString TestRepo::filePath(const QString &relative) const
{
    return m_dir.path() + QLatin1Char('/') + relative;
}

QStringList TestRepo::gitEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const int tick = commitClock.fetch_add(1);
    const QString date = QStringLiteral("@%1 +0000").arg(1700000000 + tick * 60);
    env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
    env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    return env.toStringList();
}

QByteArray TestRepo::run(const QString &program, const QStringList &args, const QString &cwd,
                         const QByteArray &input, bool allowFailure) const
{
    QProcess p;
    p.setEnvironment(gitEnvironment());
    p.setWorkingDirectory(cwd.isEmpty() ? m_dir.path() : cwd);
    p.start(program, args);
    if (!p.waitForStarted(30000)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot start %1").arg(program)), __FILE__, __LINE__);
        m_lastExit = -1;
        return {};
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    m_lastExit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    m_lastStderr = p.readAllStandardError();
    const QByteArray out = p.readAllStandardOutput();
    if (m_lastExit != 0 && !allowFailure) {
        const QString msg = QStringLiteral("%1 %2 failed (%3): %4")
                                .arg(program, args.join(QLatin1Char(' ')))
                                .arg(m_lastExit)
                                .arg(QString::fromUtf8(m_lastStderr));
        QTest::qFail(qPrintable(msg), __FILE__, __LINE__);
    }
    return out;
}

QByteArray TestRepo::git(const QStringList &args, bool allowFailure, const QString &cwd) const
{
    return run(QStringLiteral("git"), args, cwd, {}, allowFailure);
}

QByteArray TestRepo::gitWithInput(const QStringList &args, const QByteArray &input) const
{
    return run(QStringLiteral("git"), args, {}, input, false);
}

void TestRepo::write(const QString &relative, const QByteArray &content) const
{
    const QString full = filePath(relative);
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile f(full);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        QTest::qFail(qPrintable(QStringLiteral("cannot write %1").arg(full)), __FILE__, __LINE__);
    f.write(content);
}

QByteArray TestRepo::read(const QString &relative) const
{
    QFile f(filePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TestRepo::remove(const QString &relative) const
{
    QFile::remove(filePath(relative));
}

QString TestRepo::commitFile(const QString &relative, const QByteArray &content, const QString &message)
{
    write(relative, content);
    git({QStringLiteral("add"), QStringLiteral("--"), relative});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    return revParse(QStringLiteral("HEAD"));
}

QString TestRepo::revParse(const QString &rev) const
{
    return QString::fromUtf8(git({QStringLiteral("rev-parse"), rev})).trimmed();
}

QByteArray TestRepo::gantry(const QStringList &args, const QString &cwd, const QByteArray &input)
{
    const QString app = qEnvironmentVariable("GANTRY_APP");
    if (app.isEmpty()) {
        QTest::qFail("GANTRY_APP is not set (run the test through ctest)", __FILE__, __LINE__);
        return {};
    }
    return run(app, args, cwd, input, true);
}
