#include "app/CommandLine.h"

#include "app/commands/BranchCheckCommand.h"
#include "app/commands/ChangelogCommand.h"
#include "app/commands/CommandIo.h"
#include "app/commands/FetchCommand.h"
#include "app/commands/LogCommand.h"
#include "app/commands/CommitCommand.h"
#include "app/commands/CommitLintCommand.h"
#include "app/commands/MergeCommand.h"
#include "app/commands/RebaseCommand.h"
#include "app/commands/ResetCommand.h"
#include "app/commands/HooksCommand.h"
#include "app/commands/NextVersionCommand.h"
#include "app/commands/PullCommand.h"
#include "app/commands/PushCommand.h"
#include "app/commands/StageCommand.h"
#include "app/commands/StatusCommand.h"
#include "app/commands/WorkflowCommand.h"

#include <QCoreApplication>

#include <cstring>

namespace gantry {

namespace {

using CommandFunction = int (*)(const QStringList &args);

/// One headless command: its name, a one-line summary, and the function that runs it.
struct CommandEntry
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

// Each command lives in app/commands/<Name>Command.cpp; add its row here.
const CommandEntry kCommands[] = {
    {"log", QT_TRANSLATE_NOOP("gantry::CommandLine", "Show the history (--graph, --all, --format as git log)."), runLogCommand},
    {"branch-check", QT_TRANSLATE_NOOP("gantry::CommandLine", "Check a branch name against the branch policy (.gantry/conventions.yml)."), runBranchCheckCommand},
    {"changelog", QT_TRANSLATE_NOOP("gantry::CommandLine", "Print the Markdown changelog of --from..--to (conventional-changelog)."), runChangelogCommand},
    {"commit", QT_TRANSLATE_NOOP("gantry::CommandLine", "Record the staged changes as a new commit (-m, --amend, -s)."), runCommitCommand},
    {"commit-lint", QT_TRANSLATE_NOOP("gantry::CommandLine", "Lint a commit message like commitlint (config-conventional)."), runCommitLintCommand},
    {"fetch", QT_TRANSLATE_NOOP("gantry::CommandLine", "Fetch a remote's branches and tags like git fetch (--prune)."), runFetchCommand},
    {"hooks", QT_TRANSLATE_NOOP("gantry::CommandLine", "Install the commit-msg hook that runs commit-lint (hooks install)."), runHooksCommand},
    {"merge", QT_TRANSLATE_NOOP("gantry::CommandLine", "Merge a revision into the current branch (fast-forward only unless --allow-merge-commit)."), runMergeCommand},
    {"next-version", QT_TRANSLATE_NOOP("gantry::CommandLine", "Print the next semantic version from the commits (--pre ID; 3: nothing to release)."), runNextVersionCommand},
    {"pull", QT_TRANSLATE_NOOP("gantry::CommandLine", "Fetch the upstream and fast-forward to it (never a merge commit; 3: diverged)."), runPullCommand},
    {"push", QT_TRANSLATE_NOOP("gantry::CommandLine", "Push a branch (--set-upstream, --force-with-lease; guarded protected branches)."), runPushCommand},
    {"rebase", QT_TRANSLATE_NOOP("gantry::CommandLine", "Replay the current branch onto a revision (--continue, --abort, --allow-rewrite)."), runRebaseCommand},
    {"reset", QT_TRANSLATE_NOOP("gantry::CommandLine", "Move the current branch to a revision (--soft, --mixed, --hard, --allow-rewrite)."), runResetCommand},
    {"stage", QT_TRANSLATE_NOOP("gantry::CommandLine", "Stage files, or only their changed lines (FILE:A-B)."), runStageCommand},
    {"status", QT_TRANSLATE_NOOP("gantry::CommandLine", "Show the working tree status (--porcelain for git's format)."), runStatusCommand},
    {"unstage", QT_TRANSLATE_NOOP("gantry::CommandLine", "Unstage files, or only their staged lines (FILE:A-B)."), runUnstageCommand},
    {"workflow", QT_TRANSLATE_NOOP("gantry::CommandLine", "Check, draw or edit a CI workflow (workflow check|graph|edit FILE)."), runWorkflowCommand},
    {"version", QT_TRANSLATE_NOOP("gantry::CommandLine", "Print the version."),
     [](const QStringList &) { CommandIo::out(QByteArray("gantry " GANTRY_VERSION "\n")); return int(ExitOk); }},
};

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

int printHelp()
{
    QString text = QCoreApplication::translate("gantry::CommandLine",
                                               "Usage: gantry [PATH]            open the repository at PATH in the GUI\n"
                                               "       gantry <command> [options] run headless\n\nCommands:\n");
    for (const CommandEntry &c : kCommands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -16)
                    .arg(QCoreApplication::translate("gantry::CommandLine", c.summary));
    CommandIo::out(text);
    return ExitOk;
}

} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (!std::strcmp(first, "--version") || !std::strcmp(first, "--help") || !std::strcmp(first, "-h")
        || !std::strcmp(first, "help"))
        return true;
    return findCommand(QString::fromLocal8Bit(first)) != nullptr;
}

int CommandLine::run(const QStringList &args)
{
    if (args.isEmpty())
        return printHelp();
    const QString name = args.first();
    if (name == QLatin1String("--version"))
        return findCommand(QStringLiteral("version"))->run({});
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help"))
        return printHelp();
    const CommandEntry *command = findCommand(name);
    if (!command)
        return CommandIo::fail({}, QCoreApplication::translate("gantry::CommandLine", "'%1' is not a gantry command; see 'gantry --help'").arg(name), ExitUsage);
    return command->run(args.mid(1));
}

} // namespace gantry
