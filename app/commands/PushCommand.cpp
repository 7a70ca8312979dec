#include "app/commands/PushCommand.h"

#include "app/commands/CommandIo.h"
#include "app/commands/Interruption.h"
#include "gitcore/PushGuard.h"
#include "gitcore/RemoteTransfer.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gantry {

namespace {

const char *const kCommand = "push";

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::PushCommand)
};

} // namespace

int runPushCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption leaseOption(
        QStringLiteral("force-with-lease"),
        Tr::tr("Allow a rewrite, only if the remote branch is still where its remote-tracking branch says."));
    const QCommandLineOption upstreamOption({QStringLiteral("u"), QStringLiteral("set-upstream")},
                                            Tr::tr("Make the pushed branch the upstream of the local one."));
    const QCommandLineOption allowProtectedOption(
        QStringLiteral("allow-protected"),
        Tr::tr("Push to a protected branch (confirm mode; refuse mode always refuses)."));
    parser.addOptions({leaseOption, upstreamOption, allowProtectedOption});
    parser.addPositionalArgument(QStringLiteral("remote"), Tr::tr("The remote (default: the upstream's, or origin)."));
    parser.addPositionalArgument(QStringLiteral("branch"),
                                 Tr::tr("The branch to push, or LOCAL:REMOTE (default: the current branch)."));
    if (args.contains(QStringLiteral("--force")) || args.contains(QStringLiteral("-f")))
        return CommandIo::fail(command, Tr::tr("there is no --force; use --force-with-lease"), ExitUsage);
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        return CommandIo::fail(command, Tr::tr("push takes one remote and one branch"), ExitUsage);

    PushRequest request;
    request.remote = positional.value(0);
    const QString branch = positional.value(1);
    if (const int colon = int(branch.indexOf(QLatin1Char(':'))); colon >= 0) {
        request.localBranch = branch.left(colon);
        request.remoteBranch = branch.mid(colon + 1);
        if (request.localBranch.isEmpty() || request.remoteBranch.isEmpty())
            return CommandIo::fail(command, Tr::tr("deleting remote branches is not supported ('%1')").arg(branch), ExitUsage);
    } else {
        request.localBranch = branch;
    }
    for (QString *name : {&request.localBranch, &request.remoteBranch})
        if (name->startsWith(QLatin1String("refs/heads/")))
            *name = name->mid(11);
    request.force = parser.isSet(leaseOption) ? ForceMode::ForceWithLease : ForceMode::None;
    request.setUpstream = parser.isSet(upstreamOption);

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    auto guard = PushGuard::check(*repo, request);
    if (!guard)
        return CommandIo::fail(command, guard.errorMessage());
    for (const ConfigProblem &problem : guard->problems)
        CommandIo::fail(command, problem.toString());
    const PushRequest &resolved = guard->request;
    // Scripts must not hang: no prompt, a refusal with the way round it.
    if (guard->refused())
        return CommandIo::fail(command, Tr::tr("%1 is protected: this repository refuses pushes to it (protected-branches "
                                               "in %2); push a branch and open a merge request instead")
                                            .arg(resolved.remoteBranch, GuardRailConfig::fileName()));
    if (guard->protectedBranch && !parser.isSet(allowProtectedOption))
        return CommandIo::fail(command, Tr::tr("%1 is protected (protected-branches in %2): not pushed; pass "
                                               "--allow-protected to push to it anyway")
                                            .arg(resolved.remoteBranch, GuardRailConfig::fileName()));

    const Interruption interruption; // Ctrl+C stops the transfer cleanly, until the pack is handed over
    auto pushed = RemoteTransfer::push(*repo, request, interruption.flag());
    if (!pushed && pushed.error().isCancelled())
        return CommandIo::fail(command, Tr::tr("cancelled: nothing was sent"), Interruption::ExitCode);
    if (!pushed) {
        const int code = pushed.error().code();
        CommandIo::fail(command, pushed.errorMessage());
        if (code == RemoteTransfer::NonFastForward)
            CommandIo::fail(command, Tr::tr("hint: 'gantry fetch', then merge or rebase; to replace the remote commits "
                                            "on purpose use --force-with-lease"));
        return ExitFailure;
    }
    QString text;
    for (const QString &message : std::as_const(pushed->remoteMessages))
        text += QStringLiteral("remote: %1\n").arg(message);
    const QString target = resolved.localBranch == resolved.remoteBranch
        ? resolved.localBranch
        : resolved.localBranch + QStringLiteral(" -> ") + resolved.remoteBranch;
    if (pushed->upToDate)
        text += Tr::tr("Everything up-to-date (%1 on %2)").arg(target, resolved.remote) + QLatin1Char('\n');
    else if (pushed->oldRemoteId.isNull())
        text += QStringLiteral(" * %1 %2 -> %3/%4\n").arg(Tr::tr("[new branch]"), resolved.localBranch,
                                                         resolved.remote, resolved.remoteBranch);
    else
        text += QStringLiteral(" %1 %2%3 %4 -> %5/%6\n")
                    .arg(request.force == ForceMode::ForceWithLease && guard->rewrites() ? QStringLiteral("+") : QStringLiteral(" "),
                         pushed->oldRemoteId.toShortString(),
                         (guard->rewrites() ? QStringLiteral("...") : QStringLiteral("..")) + pushed->newId.toShortString(),
                         resolved.localBranch, resolved.remote, resolved.remoteBranch);
    if (pushed->upstreamSet)
        text += Tr::tr("branch '%1' set up to track '%2/%3'.").arg(resolved.localBranch, resolved.remote, resolved.remoteBranch)
            + QLatin1Char('\n');
    CommandIo::out(text);
    return ExitOk;
}

} // namespace gantry
