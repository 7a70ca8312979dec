#include "app/commands/NextVersionCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/ReleasePlanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace gantry {

namespace {

const char *const kCommand = "next-version";
constexpr int ExitNothingToRelease = 3;
constexpr int ExitNotFromHere = 4;

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
    const QCommandLineOption branchOption(QStringLiteral("branch"),
                                          Tr::tr("The branch the release is made from (default: REV when it is a branch, "
                                                 "else the checked-out branch), as a CI job that checks out a commit gives it."),
                                          QStringLiteral("name"));
    parser.addOption(branchOption);
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
    ReleaseQuery query;
    query.revision = parser.positionalArguments().value(0, QStringLiteral("HEAD"));
    query.branch = parser.value(branchOption);
    query.preId = parser.value(preOption);
    auto plan = ReleasePlanner::plan(*repo, config, query);
    if (!plan)
        return CommandIo::fail(command, plan.errorMessage());
    for (const QString &reason : plan->reasons)
        warn(reason);
    for (const QString &note : plan->notes)
        warn(note);
    switch (plan->status) {
    case ReleasePlan::Status::Releasable:
        CommandIo::out(plan->version->toTag() + QLatin1Char('\n'));
        break;
    case ReleasePlan::Status::NothingToRelease: {
        // The current version, as before: a script can tell it from a new one by the exit code.
        const auto &last = plan->computed.lastTag;
        CommandIo::out(plan->computed.next.toTag() + QLatin1Char('\n'));
        warn(Tr::tr("nothing to release since %1").arg(last ? last->name : QStringLiteral("the start")));
        return ExitNothingToRelease;
    }
    case ReleasePlan::Status::NotReleaseBranch:
    case ReleasePlan::Status::Blocked:
        // Nothing on stdout: a script that tags what it prints must not tag a version from here.
        return ExitNotFromHere;
    }
    return ExitOk;
}

} // namespace gantry
