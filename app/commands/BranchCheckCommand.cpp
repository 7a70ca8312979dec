#include "app/commands/BranchCheckCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/BranchPolicy.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace gantry {

namespace {

const char *const kCommand = "branch-check";

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::BranchCheckCommand)
};

void warn(const QString &text)
{
    std::fflush(stdout);
    const QByteArray bytes = (QStringLiteral("gantry %1: ").arg(QString::fromLatin1(kCommand)) + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int runBranchCheckCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The branch name to check; the checked-out branch when left out."));
    int exitCode = ExitOk;
    const QString command = QString::fromLatin1(kCommand);
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return CommandIo::fail(command, Tr::tr("only one branch name may be given"), ExitUsage);
    const QString directory = CommandIo::directory(parser);
    if (!QFileInfo(directory).isDir())
        return CommandIo::fail(command, Tr::tr("cannot change to '%1'").arg(directory), ExitUsage);

    // The policy lives at the worktree's root; outside a repository, in DIR.
    QString root = directory;
    QString name = positional.value(0);
    auto repo = Repository::open(directory);
    if (repo && !repo->isBare())
        root = repo->workdir();
    if (positional.isEmpty()) {
        if (!repo)
            return CommandIo::fail(command, Tr::tr("not in a repository: give the branch name to check"), ExitUsage);
        name = repo->headBranch();
        if (name.isEmpty())
            return CommandIo::fail(command, Tr::tr("HEAD is detached: give the branch name to check"), ExitUsage);
    }

    const BranchPolicy policy = BranchPolicy::discover(root);
    for (const ConfigProblem &problem : policy.problems())
        warn(problem.toString());
    const BranchVerdict verdict = policy.check(name);
    if (verdict.fits()) {
        CommandIo::out(Tr::tr("%1 fits %2").arg(name, verdict.pattern) + QLatin1Char('\n'));
        return ExitOk;
    }
    CommandIo::out(verdict.reason + QLatin1Char('\n'));
    return ExitFailure;
}

} // namespace gantry
