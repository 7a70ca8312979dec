#include "app/commands/CommandIo.h"

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

int fail(const QString &command, const QString &message, int code)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString prefix = command.isEmpty() ? QStringLiteral("gantry") : QStringLiteral("gantry ") + command;
    std::fflush(stdout);
    std::fprintf(stderr, "%s: %s\n", prefix.toUtf8().constData(), line.toUtf8().constData());
    return code;
}

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
        out(parser.helpText());
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
