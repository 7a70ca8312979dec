#include "gitcore/CommitMsgHookInstaller.h"

#include "gitcore/HookRunner.h"
#include "gitcore/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitMsgHookInstaller)
};

QByteArray shellQuote(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\'', "'\\''");
    return '\'' + out + '\'';
}

} // namespace

CommitMsgHookInstaller::CommitMsgHookInstaller(const Repository &repo) : m_hooksDir(HookRunner(repo).hooksDirectory()) {}

QString CommitMsgHookInstaller::hookPath() const { return m_hooksDir + QStringLiteral("/commit-msg"); }

QByteArray CommitMsgHookInstaller::marker() { return QByteArrayLiteral("# gantry-commit-lint-hook"); }

QByteArray CommitMsgHookInstaller::script(const QString &gantryPath)
{
    return QByteArrayLiteral("#!/bin/sh\n") + marker()
        + QByteArrayLiteral(
            "\n# Installed by `gantry hooks install`: lints the commit message like commitlint.\n"
            "# A commit-msg hook that was here before is kept as commit-msg.local and runs first.\n"
            "local_hook=\"$(dirname \"$0\")/commit-msg.local\"\n"
            "if [ -x \"$local_hook\" ]; then\n"
            "    \"$local_hook\" \"$@\" || exit $?\n"
            "fi\n"
            "exec ")
        + shellQuote(gantryPath) + QByteArrayLiteral(" commit-lint --edit \"$1\"\n");
}

Result<CommitMsgHookInstaller::Outcome> CommitMsgHookInstaller::install(const QString &gantryPath) const
{
    if (!QFileInfo(gantryPath).isAbsolute())
        return GitError::custom(Tr::tr("the gantry path must be absolute: %1").arg(gantryPath));
    if (!QDir().mkpath(m_hooksDir))
        return GitError::custom(Tr::tr("cannot create the hooks folder %1").arg(m_hooksDir));
    const QString path = hookPath();
    const QString localPath = path + QStringLiteral(".local");
    Outcome outcome = Outcome::Installed;
    QFileInfo existing(path);
    if (existing.exists() || existing.isSymLink()) {
        QFile file(path);
        QByteArray text;
        if (file.open(QIODevice::ReadOnly))
            text = file.read(4096);
        file.close();
        if (text.contains(marker())) {
            outcome = Outcome::Updated;
        } else {
            if (QFileInfo::exists(localPath) || QFileInfo(localPath).isSymLink())
                return GitError::custom(Tr::tr("%1 already exists and is not Gantry's, and %2 is taken too; "
                                           "merge them by hand, then run gantry hooks install again")
                                            .arg(path, localPath));
            if (!QFile::rename(path, localPath))
                return GitError::custom(Tr::tr("cannot rename %1 to %2").arg(path, localPath));
            outcome = Outcome::Chained;
        }
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(script(gantryPath)) < 0 || !out.commit())
        return GitError::custom(Tr::tr("cannot write %1: %2").arg(path, out.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                    | QFileDevice::ExeOther);
    return outcome;
}

} // namespace gantry
