#include "app/CommandLine.h"

#include "app/CommandSuggestions.h"
#include "app/GlobalOptions.h"
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

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

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

int printVersion(const QStringList &args);

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
    {"version", QT_TRANSLATE_NOOP("gantry::CommandLine", "Print the version."), printVersion},
};

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommandLine)
};

QString translatedSummary(const CommandEntry &c) { return QCoreApplication::translate("gantry::CommandLine", c.summary); }

bool isCommandWord(const QString &word) { return word == QLatin1String("help") || findCommand(word); }

/// A word that is not a command opens the window when it is a path: one that exists, or one
/// spelled as a path (a missing ./x or dir/x is then reported as missing, not as a command).
bool readAsPath(const QString &word) { return QFileInfo::exists(word) || word.contains(QLatin1Char('/')); }

int printHelp()
{
    QString text = Tr::tr("Usage: gantry [-C <dir>] [-c <name>=<value>] [--no-pager] <command> [<options>]\n"
                          "       gantry [PATH]     open the repository at PATH (or containing it) in the GUI\n"
                          "       gantry --version | --help | help <command>\n\nCommands:\n");
    for (const CommandEntry &c : kCommands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -16).arg(translatedSummary(c));
    text += QLatin1Char('\n') + Tr::tr("Options before the command (as in git):") + QLatin1Char('\n');
    const QList<QPair<QString, QString>> options{
        {QStringLiteral("-C <dir>"), Tr::tr("Run as if started in <dir>; a relative one follows the -C before it.")},
        {QStringLiteral("-c <name>=<value>"), Tr::tr("Set a configuration value for this run only (never saved).")},
        {QStringLiteral("--no-pager, -P"), Tr::tr("Accepted as in git; gantry never pages its output.")},
        {QStringLiteral("--version"), Tr::tr("Print the version.")},
        {QStringLiteral("-h, --help"), Tr::tr("Show this help.")},
    };
    for (const auto &[option, description] : options)
        text += QStringLiteral("  %1 %2\n").arg(option, -20).arg(description);
    text += QLatin1Char('\n') + Tr::tr("See 'gantry help <command>' (or 'gantry <command> --help') for a command's options.") + QLatin1Char('\n');
    CommandIo::out(text);
    return ExitOk;
}

int printVersion(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, QStringLiteral("version"), args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return CommandIo::fail(QStringLiteral("version"), Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), ExitUsage);
    CommandIo::out(QByteArray("gantry " GANTRY_VERSION "\n"));
    return ExitOk;
}

/// git's answer to a mistyped command: one line, then the nearest commands.
int unknownCommand(const QString &name)
{
    CommandIo::fail({}, Tr::tr("'%1' is not a gantry command. See 'gantry --help'.").arg(name), ExitUsage);
    QStringList names;
    for (const CommandEntry &c : kCommands)
        names << QString::fromLatin1(c.name);
    const QStringList similar = CommandSuggestions::nearest(name, names);
    if (!similar.isEmpty()) {
        QString text = QLatin1Char('\n') + (similar.size() == 1 ? Tr::tr("The most similar command is") : Tr::tr("The most similar commands are"))
            + QLatin1Char('\n');
        for (const QString &command : similar)
            text += QLatin1Char('\t') + command + QLatin1Char('\n');
        CommandIo::err(text);
    }
    return ExitUsage;
}

/// `gantry help [COMMAND [SUBCOMMAND]]`: the command's own --help.
int help(const QStringList &topic)
{
    if (topic.isEmpty() || topic.first() == QLatin1String("help"))
        return printHelp();
    const CommandEntry *command = findCommand(topic.first());
    if (!command)
        return unknownCommand(topic.first());
    return command->run(topic.mid(1) + QStringList{QStringLiteral("--help")});
}

} // namespace

bool CommandLine::isHeadless(const GlobalOptions &options)
{
    if (options.problem != GlobalOptions::Problem::None || options.version || options.help)
        return true;
    if (options.rest.isEmpty())
        return false;
    const QString &first = options.rest.first();
    if (first.startsWith(QLatin1Char('-'))) {
        // Not one of ours: Qt's own (-style fusion) for the window, unless a command follows it.
        return std::any_of(options.rest.begin(), options.rest.end(), [](const QString &word) { return isCommandWord(word); });
    }
    return isCommandWord(first) || !readAsPath(first);
}

int CommandLine::run(const GlobalOptions &options)
{
    if (options.problem != GlobalOptions::Problem::None)
        return CommandIo::fail({}, options.problemText(), ExitUsage);
    if (options.version)
        return printVersion({});
    if (options.help)
        return help(options.rest);
    const QStringList &args = options.rest;
    if (args.isEmpty())
        return printHelp();
    const QString name = args.first();
    if (name.startsWith(QLatin1Char('-')))
        return CommandIo::fail({}, Tr::tr("unknown option '%1' (before the command: -C, -c, --no-pager, --version, --help); see 'gantry --help'")
                                       .arg(name), ExitUsage);
    if (name == QLatin1String("help"))
        return help(args.mid(1));
    const CommandEntry *command = findCommand(name);
    if (!command)
        return unknownCommand(name);
    return command->run(args.mid(1));
}

QString CommandLine::summary(const QString &command)
{
    const CommandEntry *entry = findCommand(command);
    return entry ? translatedSummary(*entry) : QString();
}

} // namespace gantry
