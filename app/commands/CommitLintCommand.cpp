#include "app/commands/CommitLintCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/CommitLinter.h"
#include "gitcore/CommitMessage.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace gantry {

namespace {

const char *const kCommand = "commit-lint";

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitLintCommand)
};

void warn(const QString &text)
{
    std::fflush(stdout);
    const QByteArray bytes = (QStringLiteral("gantry %1: ").arg(QString::fromLatin1(kCommand)) + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int runCommitLintCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          Tr::tr("Read the configuration from <file> instead of the repository's."),
                                          QStringLiteral("file"));
    const QCommandLineOption editOption(QStringLiteral("edit"),
                                        Tr::tr("The message is git's message file: drop comment lines (core.commentChar)."));
    parser.addOptions({configOption, editOption});
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The message file; - or nothing for standard input."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, QString::fromLatin1(kCommand), args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return CommandIo::fail(QString::fromLatin1(kCommand), Tr::tr("only one message file may be given"), ExitUsage);

    const QString directory = CommandIo::directory(parser);
    if (!QFileInfo(directory).isDir())
        return CommandIo::fail(QString::fromLatin1(kCommand), Tr::tr("cannot change to '%1'").arg(directory), ExitUsage);
    // The configuration lives at the repository's root; outside a repository, in DIR.
    QString root = directory;
    QChar commentChar = QLatin1Char('#');
    if (auto repo = Repository::open(directory); repo && !repo->isBare()) {
        root = repo->workdir();
        commentChar = CommitMessage::commentChar(*repo);
    }

    const QString name = positional.value(0, QStringLiteral("-"));
    QFile file;
    bool opened = false;
    if (name == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(QDir(directory).absoluteFilePath(name));
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return CommandIo::fail(QString::fromLatin1(kCommand),
                               Tr::tr("could not read '%1': %2").arg(name, file.errorString()), ExitUsage);
    const QString message = QString::fromUtf8(file.readAll());

    CommitLintConfig config;
    if (parser.isSet(configOption)) {
        const QString path = QDir(directory).absoluteFilePath(parser.value(configOption));
        if (!QFileInfo::exists(path))
            return CommandIo::fail(QString::fromLatin1(kCommand),
                                   Tr::tr("configuration file '%1' does not exist").arg(parser.value(configOption)),
                                   ExitUsage);
        config = CommitLintConfig::fromFile(path);
    } else {
        config = CommitLintConfig::discover(root);
    }
    for (const ConfigProblem &problem : config.problems())
        warn(problem.toString());

    const CommitLinter linter(config);
    const QList<LintFinding> findings = linter.lint(message, parser.isSet(editOption) ? commentChar : QChar());
    QString out;
    for (const LintFinding &f : findings)
        out += f.toString() + QLatin1Char('\n');
    CommandIo::out(out);
    if (!findings.isEmpty()) {
        const qsizetype errors = std::count_if(findings.cbegin(), findings.cend(),
                                               [](const LintFinding &f) { return f.level == LintLevel::Error; });
        // A summary on stderr: what a refused commit shows under the findings. Two plural
        // messages in one sentence, so that each count gets its language's plural form.
        const QString errorCount = Tr::tr("%n error(s)", nullptr, int(errors));
        const QString warningCount = Tr::tr("%n warning(s)", nullptr, int(findings.size() - errors));
        //: %1 is "%n error(s)", %2 is "%n warning(s)".
        warn(Tr::tr("found %1, %2").arg(errorCount, warningCount));
    }
    return CommitLinter::hasErrors(findings) ? int(ExitFailure) : int(ExitOk);
}

} // namespace gantry
