#include "gitcore/GitError.h"

#include <QCoreApplication>

#include <git2.h>

namespace gantry {

GitError::GitError(int code, int errorClass, QString message)
    : m_code(code), m_class(errorClass), m_message(std::move(message))
{
}

GitError GitError::fromLibgit2(int code, const QString &context)
{
    const git_error *last = git_error_last();
    QString detail = last && last->message ? QString::fromUtf8(last->message).trimmed()
                                           : QStringLiteral("libgit2 error %1").arg(code);
    const int klass = last ? last->klass : GIT_ERROR_NONE;
    if (!context.isEmpty())
        detail = context + QStringLiteral(": ") + detail;
    return GitError(code, klass, detail);
}

GitError GitError::custom(const QString &message, int code)
{
    return GitError(code, GIT_ERROR_NONE, message);
}

GitError GitError::cancelled()
{
    return custom(QCoreApplication::translate("gantry::GitError", "Cancelled"), Cancelled);
}

bool GitError::isNotFound() const { return m_code == GIT_ENOTFOUND; }

bool GitError::isLocked() const
{
    return m_code == GIT_ELOCKED || m_message.contains(QLatin1String(".lock"));
}

bool GitError::isConflict() const
{
    return m_code == GIT_ECONFLICT || m_code == GIT_EMERGECONFLICT || m_code == GIT_EUNCOMMITTED;
}

} // namespace gantry
