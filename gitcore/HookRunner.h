#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>

namespace gantry {

class Repository;

/// What running one hook produced.
struct HookResult
{
    QString hook;          ///< "pre-commit", ...
    bool ran = false;      ///< false when there is no (executable) hook of that name
    int exitCode = 0;      ///< the hook's exit code (-1 if it crashed, timed out or was cancelled)
    QByteArray output;     ///< stdout and stderr, interleaved as written
    bool timedOut = false;
    bool cancelled = false;
    QString startError;    ///< why the hook could not start, if it could not

    /// True when the hook did not run or exited with 0.
    bool ok() const { return !ran || (exitCode == 0 && !timedOut && !cancelled && startError.isEmpty()); }
    /// A one-line description of a failure ("the pre-commit hook failed (exit code 1)").
    QString failureMessage() const;
};

/// Runs a repository's hooks the way git does: from core.hooksPath (relative to the worktree root)
/// or <commonDir>/hooks, only when executable, in the worktree root (git dir when bare), with stdin
/// closed and stdout+stderr captured together. Blocking; a time limit and a cancel flag stop it.
class HookRunner
{
public:
    explicit HookRunner(const Repository &repo);

    /// The folder hooks are looked up in.
    QString hooksDirectory() const;
    /// The hook's path if it exists and is executable, else empty (git skips such hooks).
    QString hookPath(const QString &name) const;
    bool hasHook(const QString &name) const { return !hookPath(name).isEmpty(); }
    /// The folder hooks run in: the worktree root, or the git dir of a bare repository.
    QString workingDirectory() const;
    /// `path` as git shows it to hooks: relative to workingDirectory() when inside it.
    QString pathForHook(const QString &path) const;

    /// Runs `name` with `args` in `environment` (already holding GIT_INDEX_FILE etc.).
    /// `timeoutMs` <= 0 means no limit; `cancel` (may be null) is polled while the hook runs.
    HookResult run(const QString &name, const QStringList &args,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                   int timeoutMs = 0, const std::atomic<bool> *cancel = nullptr) const;

private:
    QString m_hooksDir;
    QString m_workDir;
};

} // namespace gantry
