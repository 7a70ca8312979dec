#include "app/commands/HooksCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/CommitMsgHookInstaller.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace gantry {

namespace {

const char *const kCommand = "hooks";

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::HooksCommand)
};

} // namespace

int runHooksCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    parser.addPositionalArgument(QStringLiteral("install"), Tr::tr("Install the commit-msg hook running gantry commit-lint."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, QString::fromLatin1(kCommand), args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("install")})
        return CommandIo::fail(QString::fromLatin1(kCommand), Tr::tr("usage: gantry hooks install [-C DIR]"), ExitUsage);

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(QString::fromLatin1(kCommand), repo.errorMessage());
    const CommitMsgHookInstaller installer(*repo);
    const QString gantry = QDir::cleanPath(QCoreApplication::applicationFilePath());
    auto outcome = installer.install(gantry);
    if (!outcome)
        return CommandIo::fail(QString::fromLatin1(kCommand), outcome.errorMessage());
    QString text;
    switch (*outcome) {
    case CommitMsgHookInstaller::Outcome::Installed:
        text = Tr::tr("installed %1").arg(installer.hookPath());
        break;
    case CommitMsgHookInstaller::Outcome::Updated:
        text = Tr::tr("updated %1").arg(installer.hookPath());
        break;
    case CommitMsgHookInstaller::Outcome::Chained:
        text = Tr::tr("installed %1; the existing hook was kept as commit-msg.local and runs first")
                   .arg(installer.hookPath());
        break;
    }
    CommandIo::out(text + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace gantry
