#include "app/commands/PullCommand.h"

#include "app/commands/CommandIo.h"
#include "app/commands/Interruption.h"
#include "gitcore/Pull.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::PullCommand)
};

constexpr int ExitDiverged = 3;

} // namespace

int runPullCommand(const QStringList &args)
{
    const QString command = QStringLiteral("pull");
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return CommandIo::fail(command, Tr::tr("pull takes no arguments: it pulls the current branch's upstream"), ExitUsage);
    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    const Interruption interruption; // Ctrl+C stops the fetch cleanly
    auto pulled = Pull::run(*repo, interruption.flag());
    if (!pulled && pulled.error().isCancelled())
        return CommandIo::fail(command, Tr::tr("cancelled: nothing was fetched or merged"), Interruption::ExitCode);
    if (!pulled)
        return CommandIo::fail(command, pulled.errorMessage());
    if (pulled->diverged)
        return CommandIo::fail(command,
                               Tr::tr("fetched, not merged: %1 Merge it (gantry merge %2) or rebase it (gantry rebase %2).")
                                   .arg(pulled->divergedMessage, pulled->upstream),
                               ExitDiverged);
    CommandIo::out((pulled->merge.kind == MergeOutcome::Kind::UpToDate ? Tr::tr("Already up to date with %1.").arg(pulled->upstream)
                                                                        : pulled->merge.message)
                   + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace gantry
