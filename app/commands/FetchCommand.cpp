#include "app/commands/FetchCommand.h"

#include "app/commands/CommandIo.h"
#include "app/commands/Interruption.h"
#include "gitcore/Branches.h"
#include "gitcore/RemoteTransfer.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gantry {

namespace {

const char *const kCommand = "fetch";

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::FetchCommand)
};

QString shortName(const QString &ref)
{
    for (const char *prefix : {"refs/remotes/", "refs/tags/", "refs/heads/"})
        if (ref.startsWith(QLatin1String(prefix)))
            return ref.mid(int(qstrlen(prefix)));
    return ref;
}

} // namespace

int runFetchCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption pruneOption({QStringLiteral("p"), QStringLiteral("prune")},
                                         Tr::tr("Remove remote-tracking branches whose branch is gone."));
    parser.addOption(pruneOption);
    parser.addPositionalArgument(QStringLiteral("remote"), Tr::tr("The remote to fetch (default: the upstream's, or origin)."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return CommandIo::fail(command, Tr::tr("fetching explicit refspecs is not supported; give only a remote"), ExitUsage);

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    QString remote = positional.value(0);
    if (remote.isEmpty() && !repo->isHeadDetached())
        if (auto branch = Branches::local(*repo, repo->headBranch()))
            remote = branch->remote;
    if (remote.isEmpty())
        remote = QStringLiteral("origin");

    const Interruption interruption; // Ctrl+C stops the transfer cleanly
    auto fetched = RemoteTransfer::fetch(*repo, remote, interruption.flag(), {}, parser.isSet(pruneOption));
    if (!fetched && fetched.error().isCancelled())
        return CommandIo::fail(command, Tr::tr("cancelled: no ref was changed"), Interruption::ExitCode);
    if (!fetched)
        return CommandIo::fail(command, fetched.errorMessage());
    QString text;
    for (const QString &message : std::as_const(fetched->remoteMessages))
        text += QStringLiteral("remote: %1\n").arg(message);
    for (const RefUpdate &u : std::as_const(fetched->updated)) {
        const QString name = shortName(u.refName);
        if (u.oldId.isNull())
            text += QStringLiteral(" * %1 %2\n").arg(Tr::tr("[new]"), -12).arg(name);
        else if (u.newId.isNull())
            text += QStringLiteral(" - %1 %2\n").arg(Tr::tr("[deleted]"), -12).arg(name);
        else
            text += QStringLiteral("   %1 %2\n").arg(u.oldId.toShortString() + QStringLiteral("..") + u.newId.toShortString(), -12).arg(name);
    }
    CommandIo::out(text);
    return ExitOk;
}

} // namespace gantry
