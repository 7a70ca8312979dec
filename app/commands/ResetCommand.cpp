#include "app/commands/ResetCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/DiscardArchive.h"
#include "gitcore/GuardRailConfig.h"
#include "gitcore/Repository.h"
#include "gitcore/Reset.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gantry {

namespace {

const char *const kCommand = "reset";
constexpr int ExitRewritesPublished = 3;

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ResetCommand)
};

} // namespace

int runResetCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption softOption(QStringLiteral("soft"), Tr::tr("Move the branch only; changes stay staged."));
    const QCommandLineOption mixedOption(QStringLiteral("mixed"),
                                         Tr::tr("Move the branch and reset the index (the default)."));
    const QCommandLineOption hardOption(QStringLiteral("hard"),
                                        Tr::tr("Move the branch, index and working tree (uncommitted changes are saved "
                                               "in refs/gantry/discarded first)."));
    const QCommandLineOption allowOption(QStringLiteral("allow-rewrite"),
                                         Tr::tr("Go ahead even when commits already on the upstream leave the branch."));
    parser.addOptions({softOption, mixedOption, hardOption, allowOption});
    parser.addPositionalArgument(QStringLiteral("rev"), Tr::tr("The commit to move the branch to."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const int modes = int(parser.isSet(softOption)) + int(parser.isSet(mixedOption)) + int(parser.isSet(hardOption));
    if (modes > 1)
        return CommandIo::fail(command, Tr::tr("--soft, --mixed and --hard cannot be combined"), ExitUsage);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CommandIo::fail(command, Tr::tr("expected exactly one revision to reset to"), ExitUsage);
    const ResetMode mode = parser.isSet(softOption) ? ResetMode::Soft
        : parser.isSet(hardOption)                  ? ResetMode::Hard
                                                    : ResetMode::Mixed;

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    const GuardRailConfig config = GuardRailConfig::discover(repo->workdir());
    for (const ConfigProblem &problem : config.problems())
        CommandIo::fail(command, problem.toString());
    // The command line never prompts: confirm and refuse both need --allow-rewrite.
    const bool allow = parser.isSet(allowOption) || config.rewritePublished() == GuardRailConfig::RewriteMode::Off;
    auto outcome = Reset::reset(*repo, positional.first(), mode, allow);
    if (!outcome) {
        if (outcome.error().code() == PublishedHistory::RewritesPublished)
            return CommandIo::fail(command, outcome.errorMessage() + QLatin1Char(' ')
                                       + Tr::tr("(--allow-rewrite; see guards.rewrite-published in %1)")
                                             .arg(GuardRailConfig::fileName()),
                                   ExitRewritesPublished);
        return CommandIo::fail(command, outcome.errorMessage());
    }
    CommandIo::out(outcome->message + QLatin1Char('\n'));
    if (!outcome->savedChanges.isNull())
        CommandIo::fail(command, Tr::tr("the uncommitted changes were saved in %1 (%2)")
                                     .arg(DiscardArchive::refName(), outcome->savedChanges.toShortString()));
    if (outcome->published.any())
        CommandIo::fail(command, Tr::tr("warning: %n published commit(s) left the branch; pushing now needs "
                                        "--force-with-lease", nullptr, int(outcome->published.published.size())));
    return ExitOk;
}

} // namespace gantry
