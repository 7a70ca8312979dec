#include "app/GlobalOptions.h"

#include "gitcore/CommandLineConfig.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommandLine)
};

} // namespace

GlobalOptions GlobalOptions::parse(const QStringList &arguments)
{
    GlobalOptions options;
    qsizetype i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("-C") || a == QLatin1String("-c")) {
            const bool directory = a == QLatin1String("-C");
            if (i + 1 >= arguments.size()) {
                options.problem = directory ? Problem::MissingDirectory : Problem::MissingConfig;
                options.problemArgument = a;
                return options;
            }
            const QString value = arguments[++i];
            if (directory) {
                options.directories << value;
            } else if (!CommandLineConfig::parseArgument(value)) {
                options.problem = Problem::BadConfig;
                options.problemArgument = value;
                return options;
            } else {
                options.configs << value;
            }
        } else if (a == QLatin1String("--no-pager") || a == QLatin1String("-P")) {
            options.noPager = true;
        } else if (a == QLatin1String("--version")) {
            options.version = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            options.help = true;
            ++i;
            break;  // `gantry --help status` is `gantry help status`
        } else {
            break;
        }
    }
    options.rest = arguments.mid(i);
    return options;
}

bool GlobalOptions::apply()
{
    for (const QString &directory : directories) {
        if (directory.isEmpty())
            continue;  // as git: -C "" leaves the folder as it is
        if (::chdir(QFile::encodeName(directory).constData()) != 0) {
            systemError = QString::fromLocal8Bit(std::strerror(errno));
            problem = Problem::CannotEnter;
            problemArgument = directory;
            return false;
        }
    }
    for (const QString &config : configs)
        if (auto entry = CommandLineConfig::parseArgument(config))
            CommandLineConfig::add(*entry);
    return true;
}

QString GlobalOptions::problemText() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::MissingDirectory:
        return Tr::tr("no directory given for '-C'");
    case Problem::MissingConfig:
        return Tr::tr("-c expects a configuration string: -c <name>=<value>");
    case Problem::BadConfig:
        return Tr::tr("bad -c '%1': %2").arg(problemArgument, CommandLineConfig::parseArgument(problemArgument).errorMessage());
    case Problem::CannotEnter:
        return Tr::tr("cannot change to '%1': %2").arg(problemArgument, systemError);
    }
    return {};
}

} // namespace gantry
