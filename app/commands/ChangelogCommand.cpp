#include "app/commands/ChangelogCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/ChangelogWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

namespace gantry {

namespace {

const char *const kCommand = "changelog";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ChangelogCommand)
};

} // namespace

int runChangelogCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("Start after <rev> (default: the last version tag)."), QStringLiteral("rev"));
    const QCommandLineOption toOption(QStringLiteral("to"), Tr::tr("End at <rev> (default: HEAD)."), QStringLiteral("rev"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           Tr::tr("The heading's version (default: the next version)."), QStringLiteral("version"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        Tr::tr("The heading's date, YYYY-MM-DD (default: today)."), QStringLiteral("date"));
    parser.addOptions({fromOption, toOption, versionOption, dateOption});
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return CommandIo::fail(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), ExitUsage);
    const QString directory = CommandIo::directory(parser);
    if (!QFileInfo(directory).isDir())
        return CommandIo::fail(command, Tr::tr("cannot change to '%1'").arg(directory), ExitUsage);
    auto repo = Repository::open(directory);
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    if (repo->isHeadUnborn() && !parser.isSet(toOption))
        return CommandIo::fail(command, Tr::tr("the repository has no commits yet"));
    const QString date = parser.isSet(dateOption) ? parser.value(dateOption) : QDate::currentDate().toString(Qt::ISODate);
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        return CommandIo::fail(command, Tr::tr("'%1' is not a date of the form YYYY-MM-DD").arg(date), ExitUsage);

    const ReleaseConfig config = repo->isBare() ? ReleaseConfig() : ReleaseConfig::discover(repo->workdir());
    for (const ConfigProblem &problem : config.problems())
        CommandIo::fail(command, problem.toString());
    const QString to = parser.isSet(toOption) ? parser.value(toOption) : QStringLiteral("HEAD");
    QString from = parser.value(fromOption);
    QString warning;
    if (!parser.isSet(fromOption)) {
        auto last = ReleaseAnalyzer::lastTag(*repo, to, false, &warning);
        if (!last)
            return CommandIo::fail(command, last.errorMessage());
        if (*last)
            from = (*last)->commit.toString();
    }
    QString version = parser.value(versionOption);
    if (version.isEmpty()) {
        auto plan = ReleaseAnalyzer::analyze(*repo, to, config);
        if (!plan)
            return CommandIo::fail(command, plan.errorMessage());
        version = plan->next.toString();
    }
    auto commits = ReleaseAnalyzer::commitsBetween(*repo, from, to, warning.isEmpty() ? &warning : nullptr);
    if (!commits)
        return CommandIo::fail(command, commits.errorMessage());
    if (!warning.isEmpty())
        CommandIo::fail(command, warning);
    CommandIo::out(ChangelogWriter(config.types()).write(*commits, version, date));
    return ExitOk;
}

} // namespace gantry
