#include "app/commands/CommandIo.h"

#include "app/CommandLine.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace gantry::CommandIo {

void out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void out(const QString &text)
{
    out(text.toUtf8());
}

void err(const QString &text)
{
    std::fflush(stdout);
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

int fail(const QString &command, const QString &message, int code)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString prefix = command.isEmpty() ? QStringLiteral("gantry") : QStringLiteral("gantry ") + command;
    std::fflush(stdout);
    std::fprintf(stderr, "%s: %s\n", prefix.toUtf8().constData(), line.toUtf8().constData());
    return code;
}

namespace {

/// QCommandLineParser's help names the program by its full path ("Usage: /usr/bin/gantry
/// [options]"); say "gantry <command>" as git does, and open with the command's summary.
QString helpText(QCommandLineParser &parser, const QString &command)
{
    const QString summary = CommandLine::summary(command);
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < lineEnd)
        text.replace(at, program.size(), QStringLiteral("gantry ") + command);
    // A command without a description of its own gets the line `gantry --help` shows for it.
    if (!summary.isEmpty() && parser.applicationDescription().isEmpty())
        text.insert(text.indexOf(QLatin1Char('\n')) + 1, summary + QLatin1Char('\n'));
    return text;
}

} // namespace

bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("gantry::CommandLine", "Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv.prepend(QStringLiteral("gantry ") + command);
    if (!parser.parse(argv)) {
        *exitCode = fail(command, parser.errorText(), ExitUsage);
        return false;
    }
    if (parser.isSet(help)) {
        out(helpText(parser, command));
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

QCommandLineOption directoryOption()
{
    return QCommandLineOption(QStringLiteral("C"),
                              QCoreApplication::translate("gantry::CommandLine", "Run as if started in <dir>."),
                              QStringLiteral("dir"));
}

QString directory(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("C"));
    return dir.isEmpty() ? QDir::currentPath() : QDir::current().absoluteFilePath(dir);
}

} // namespace gantry::CommandIo
