#include "app/commands/NextVersionCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/ReleaseAnalyzer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace gantry {

namespace {

const char *const kCommand = "next-version";
constexpr int ExitNothingToRelease = 3;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::NextVersionCommand)
};

void warn(const QString &text)
{
    CommandIo::fail(QString::fromLatin1(kCommand), text);
}

} // namespace

int runNextVersionCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption preOption(QStringLiteral("pre"),
                                       Tr::tr("Make a pre-release with identifier <id> (rc → 1.3.0-rc.0, then rc.1)."),
                                       QStringLiteral("id"));
    parser.addOption(preOption);
    parser.addPositionalArgument(QStringLiteral("rev"), Tr::tr("The revision to release; HEAD when not given."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return CommandIo::fail(command, Tr::tr("only one revision may be given"), ExitUsage);
    const QString directory = CommandIo::directory(parser);
    if (!QFileInfo(directory).isDir())
        return CommandIo::fail(command, Tr::tr("cannot change to '%1'").arg(directory), ExitUsage);
    auto repo = Repository::open(directory);
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    if (repo->isHeadUnborn() && parser.positionalArguments().isEmpty())
        return CommandIo::fail(command, Tr::tr("the repository has no commits yet"));

    const ReleaseConfig config = repo->isBare() ? ReleaseConfig() : ReleaseConfig::discover(repo->workdir());
    for (const ConfigProblem &problem : config.problems())
        warn(problem.toString());
    auto plan = ReleaseAnalyzer::analyze(*repo, parser.positionalArguments().value(0, QStringLiteral("HEAD")), config,
                                         parser.value(preOption));
    if (!plan)
        return CommandIo::fail(command, plan.errorMessage());
    if (!plan->warning.isEmpty())
        warn(plan->warning);
    CommandIo::out(plan->next.toTag() + QLatin1Char('\n'));
    if (!plan->hasRelease) {
        warn(Tr::tr("nothing to release since %1").arg(plan->lastTag ? plan->lastTag->name : QStringLiteral("the start")));
        return ExitNothingToRelease;
    }
    return ExitOk;
}

} // namespace gantry
