#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

/// A scratch Git repository in a temporary folder for tests, driven through the real git CLI.
/// Tests build state with git(), then check what gitcore computes against what git prints.
class TestRepo
{
public:
    /// Creates an empty folder; with `init`, runs `git init -b main` in it.
    explicit TestRepo(bool init = true);

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &relative) const;

    /// Runs git with `args` in `cwd` (default: the repository). Fails the current test
    /// (QTest) on a non-zero exit unless `allowFailure`. Returns stdout.
    QByteArray git(const QStringList &args, bool allowFailure = false, const QString &cwd = {}) const;
    /// Runs git with stdin fed from `input`.
    QByteArray gitWithInput(const QStringList &args, const QByteArray &input) const;
    /// The exit code of the last git()/gantry() call, and its stderr.
    int lastExitCode() const { return m_lastExit; }
    QByteArray lastStderr() const { return m_lastStderr; }

    /// Writes `content` to a file (creating folders), in binary mode.
    void write(const QString &relative, const QByteArray &content) const;
    QByteArray read(const QString &relative) const;
    void remove(const QString &relative) const;

    /// Writes, adds and commits one file; returns the new commit's id.
    QString commitFile(const QString &relative, const QByteArray &content, const QString &message);
    /// The full id of a revision.
    QString revParse(const QString &rev) const;

    /// Runs the gantry binary (GANTRY_APP from CTest) with `args`; returns stdout.
    QByteArray gantry(const QStringList &args, const QString &cwd = {}, const QByteArray &input = {});

    /// A deterministic environment for git: fixed dates advance by one minute a commit.
    static QStringList gitEnvironment();

private:
    QByteArray run(const QString &program, const QStringList &args, const QString &cwd,
                   const QByteArray &input, bool allowFailure) const;

    QTemporaryDir m_dir;
    mutable int m_lastExit = 0;
    mutable QByteArray m_lastStderr;
};
