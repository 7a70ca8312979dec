#pragma once

#include <QString>

namespace gantry {

/// An error from libgit2 (or from Gantry's own Git logic), carried as a value:
/// libgit2's return code and class, and the message of git_error_last() at the time it failed.
class GitError
{
public:
    GitError() = default;
    GitError(int code, int errorClass, QString message);

    /// Builds an error from libgit2's return code and its thread-local last error.
    /// `context` says what Gantry was doing ("open repository '/x'"), and prefixes the message.
    static GitError fromLibgit2(int code, const QString &context = {});
    /// An error that did not come from libgit2 (code -1 unless given).
    static GitError custom(const QString &message, int code = -1);
    /// code() of an operation stopped because its caller's cancel flag was set.
    static constexpr int Cancelled = -1100;
    /// "Cancelled", with code Cancelled.
    static GitError cancelled();

    int code() const { return m_code; }
    int errorClass() const { return m_class; }
    const QString &message() const { return m_message; }

    bool isNotFound() const;  // GIT_ENOTFOUND
    bool isLocked() const;    // GIT_ELOCKED, or an index.lock that is held
    bool isConflict() const;  // GIT_ECONFLICT / GIT_EMERGECONFLICT / GIT_EUNCOMMITTED
    bool isCancelled() const { return m_code == Cancelled; }

private:
    int m_code = -1;
    int m_class = 0;
    QString m_message;
};

} // namespace gantry
