#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace gantry {

/// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// Output helpers for commands: exact bytes to stdout, one-line messages to stderr.
namespace CommandIo {
void out(const QByteArray &bytes);
void out(const QString &text);
/// Writes `text` as it is to stderr (after flushing stdout).
void err(const QString &text);
/// Prints "gantry <command>: <message>" on stderr and returns `code`.
int fail(const QString &command, const QString &message, int code = ExitFailure);
/// Parses `args` (the command's own, without its name) with `parser`; options may come in any
/// order. On an error prints it and returns false. Adds -h/--help, which prints
/// "Usage: gantry <command> [options] …", the command's summary and its options.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, int *exitCode);
/// The -C DIR option every repository command takes ("run as if started in DIR").
QCommandLineOption directoryOption();
/// DIR from -C, or the current folder.
QString directory(const QCommandLineParser &parser);
} // namespace CommandIo

} // namespace gantry
