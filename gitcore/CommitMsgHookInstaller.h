#pragma once

#include "gitcore/Result.h"

#include <QString>

namespace gantry {

class Repository;

/// Installs the `commit-msg` hook that runs `gantry commit-lint --edit` on the message, in the
/// hooks folder git uses (core.hooksPath honoured). An existing hook of someone else is kept:
/// it is renamed commit-msg.local and the new hook calls it first (chaining); when
/// commit-msg.local is taken too, installing is refused.
class CommitMsgHookInstaller
{
public:
    enum class Outcome { Installed, Updated, Chained };

    explicit CommitMsgHookInstaller(const Repository &repo);

    /// Writes the hook calling `gantryPath` (an absolute path).
    Result<Outcome> install(const QString &gantryPath) const;
    /// The hook file's path.
    QString hookPath() const;
    /// The text of the hook for `gantryPath`.
    static QByteArray script(const QString &gantryPath);
    /// The line that marks a hook as Gantry's.
    static QByteArray marker();

private:
    QString m_hooksDir;
};

} // namespace gantry
