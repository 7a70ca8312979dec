#include "app/commands/RebaseCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/GuardRailConfig.h"
#include "gitcore/Rebaser.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gantry {

namespace {

const char *const kCommand = "rebase";
constexpr int ExitRewritesPublished = 3;

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::RebaseCommand)
};

int report(const QString &command, const RebaseOutcome &outcome)
{
    if (outcome.kind == RebaseOutcome::Kind::Conflicted) {
        for (const QString &path : outcome.conflictPaths)
            CommandIo::out(Tr::tr("CONFLICT: merge conflict in %1").arg(path) + QLatin1Char('\n'));
        return CommandIo::fail(command, outcome.message);
    }
    CommandIo::out(outcome.message + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

int runRebaseCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption allowOption(QStringLiteral("allow-rewrite"),
                                         Tr::tr("Go ahead even when commits already on the upstream are rewritten."));
    const QCommandLineOption continueOption(QStringLiteral("continue"),
                                            Tr::tr("Continue a rebase stopped at a conflict, once it is resolved and staged."));
    const QCommandLineOption abortOption(QStringLiteral("abort"), Tr::tr("Abort the rebase and restore the branch."));
    parser.addOptions({allowOption, continueOption, abortOption});
    parser.addPositionalArgument(QStringLiteral("upstream"), Tr::tr("The revision to replay the branch onto."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool resume = parser.isSet(continueOption) || parser.isSet(abortOption);
    if (parser.isSet(continueOption) && parser.isSet(abortOption))
        return CommandIo::fail(command, Tr::tr("--continue and --abort cannot be combined"), ExitUsage);
    if (resume ? !positional.isEmpty() : positional.size() != 1)
        return CommandIo::fail(command, resume ? Tr::tr("--continue and --abort take no revision")
                                               : Tr::tr("expected exactly one revision to rebase onto"), ExitUsage);

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    if (parser.isSet(abortOption)) {
        if (auto r = Rebaser::abort(*repo); !r)
            return CommandIo::fail(command, r.errorMessage());
        return ExitOk;
    }
    if (parser.isSet(continueOption)) {
        auto outcome = Rebaser::continueRebase(*repo);
        if (!outcome)
            return CommandIo::fail(command, outcome.errorMessage());
        return report(command, *outcome);
    }

    const GuardRailConfig config = GuardRailConfig::discover(repo->workdir());
    for (const ConfigProblem &problem : config.problems())
        CommandIo::fail(command, problem.toString());
    // The command line never prompts: confirm and refuse both need --allow-rewrite.
    const bool allow = parser.isSet(allowOption) || config.rewritePublished() == GuardRailConfig::RewriteMode::Off;
    auto outcome = Rebaser::rebase(*repo, positional.first(), allow);
    if (!outcome) {
        if (outcome.error().code() == PublishedHistory::RewritesPublished)
            return CommandIo::fail(command, outcome.errorMessage() + QLatin1Char(' ')
                                       + Tr::tr("(--allow-rewrite; see guards.rewrite-published in %1)")
                                             .arg(GuardRailConfig::fileName()),
                                   ExitRewritesPublished);
        return CommandIo::fail(command, outcome.errorMessage());
    }
    if (outcome->published.any())
        CommandIo::fail(command, Tr::tr("warning: %n published commit(s) rewritten; pushing now needs "
                                        "--force-with-lease", nullptr, int(outcome->published.published.size())));
    return report(command, *outcome);
}

} // namespace gantry
