#include "app/commands/MergeCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/GuardRailConfig.h"
#include "gitcore/Merger.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gantry {

namespace {

const char *const kCommand = "merge";
constexpr int ExitNotFastForward = 3;

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::MergeCommand)
};

} // namespace

int runMergeCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption allowOption(QStringLiteral("allow-merge-commit"),
                                         Tr::tr("Create a merge commit when the branches have diverged "
                                                "(merges are fast-forward only otherwise)."));
    const QCommandLineOption abortOption(QStringLiteral("abort"), Tr::tr("Abort the merge in progress."));
    parser.addOptions({allowOption, abortOption});
    parser.addPositionalArgument(QStringLiteral("rev"), Tr::tr("The branch, tag or commit to merge."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const bool abort = parser.isSet(abortOption);
    if (abort ? !positional.isEmpty() : positional.size() != 1)
        return CommandIo::fail(command, abort ? Tr::tr("--abort takes no revision")
                                              : Tr::tr("expected exactly one revision to merge"), ExitUsage);

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    if (abort) {
        if (auto r = Merger::abortMerge(*repo); !r)
            return CommandIo::fail(command, r.errorMessage());
        return ExitOk;
    }

    const GuardRailConfig config = GuardRailConfig::discover(repo->workdir());
    for (const ConfigProblem &problem : config.problems())
        CommandIo::fail(command, problem.toString());
    const MergeMode mode = parser.isSet(allowOption) || !config.mergeFastForwardOnly() ? MergeMode::AllowMergeCommit
                                                                                       : MergeMode::FastForwardOnly;
    auto outcome = Merger::merge(*repo, positional.first(), mode);
    if (!outcome) {
        if (outcome.error().code() == Merger::NotFastForward)
            return CommandIo::fail(command, outcome.errorMessage() + QLatin1Char(' ')
                                       + Tr::tr("(--allow-merge-commit creates one; see guards.merge in %1)")
                                             .arg(GuardRailConfig::fileName()),
                                   ExitNotFastForward);
        return CommandIo::fail(command, outcome.errorMessage());
    }
    if (outcome->kind == MergeOutcome::Kind::Conflicted) {
        for (const QString &path : std::as_const(outcome->conflictPaths))
            CommandIo::out(Tr::tr("CONFLICT: merge conflict in %1").arg(path) + QLatin1Char('\n'));
        return CommandIo::fail(command, outcome->message);
    }
    CommandIo::out(outcome->message + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace gantry
