#include "app/commands/LogCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/GraphTextRenderer.h"
#include "gitcore/LogFormatter.h"
#include "gitcore/RefDecorations.h"
#include "gitcore/Repository.h"
#include "gitcore/TopoOrderWalker.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace gantry {

namespace {

const char *const kCommand = "log";
constexpr int ExitFatal = ExitFailure;  // a bad revision or a broken repository (git says 128; Gantry has one mapping: docs/cli.md)

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::LogCommand)
};

/// One starting point as given on the command line: a revision, or --all at its position.
struct StartItem
{
    bool all = false;
    QString revision;
};

struct LogOptions
{
    QString directory;
    QList<StartItem> starts;
    int maxCount = -1;
    bool graph = false;
    bool topoOrder = false;
    bool userFormat = false;
    bool terminator = true;  // tformat: each entry ends with a newline; format: entries are separated
    QByteArray format;
    bool help = false;
    QString error;
};

bool parseCount(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return false;
    *out = value < 0 ? -1 : value;
    return true;
}

/// Sets the format from a --format/--pretty value the way git reads it.
bool setFormat(LogOptions &o, const QString &value, bool pretty)
{
    const QByteArray bytes = value.toUtf8();
    if (bytes.startsWith("format:")) {
        o.userFormat = true;
        o.terminator = false;
        o.format = bytes.mid(7);
    } else if (bytes.startsWith("tformat:")) {
        o.userFormat = true;
        o.terminator = true;
        o.format = bytes.mid(8);
    } else if (bytes == "medium" || (pretty && bytes.isEmpty())) {
        o.userFormat = false;
    } else if (bytes == "oneline") {
        o.userFormat = true;
        o.terminator = true;
        o.format = "%h %s";  // decorations only on a terminal, as git's "auto"
    } else if (bytes.contains('%')) {
        o.userFormat = true;
        o.terminator = true;
        o.format = bytes;
    } else {
        o.error = Tr::tr("invalid --pretty format: %1").arg(value);
        return false;
    }
    return true;
}

LogOptions parseArguments(const QStringList &args)
{
    LogOptions o;
    for (int i = 0; i < args.size() && o.error.isEmpty(); ++i) {
        const QString &a = args.at(i);
        auto takeValue = [&](QString *out) {
            if (i + 1 >= args.size()) {
                o.error = Tr::tr("option '%1' requires a value").arg(a);
                return false;
            }
            *out = args.at(++i);
            return true;
        };
        QString value;
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            o.help = true;
        } else if (a == QLatin1String("-C")) {
            if (takeValue(&value))
                o.directory = value;
        } else if (a.startsWith(QLatin1String("-C"))) {
            o.directory = a.mid(2);
        } else if (a == QLatin1String("--all")) {
            o.starts.append(StartItem{true, {}});
        } else if (a == QLatin1String("--graph")) {
            o.graph = true;
            o.topoOrder = true;
        } else if (a == QLatin1String("--topo-order")) {
            o.topoOrder = true;
        } else if (a == QLatin1String("--oneline")) {
            setFormat(o, QStringLiteral("oneline"), true);
        } else if (a == QLatin1String("-n") || a == QLatin1String("--max-count")) {
            if (takeValue(&value) && !parseCount(value, &o.maxCount))
                o.error = Tr::tr("'%1' is not a number").arg(value);
        } else if (a.startsWith(QLatin1String("--max-count="))) {
            if (!parseCount(a.mid(12), &o.maxCount))
                o.error = Tr::tr("'%1' is not a number").arg(a.mid(12));
        } else if (a.startsWith(QLatin1String("-n"))) {
            if (!parseCount(a.mid(2), &o.maxCount))
                o.error = Tr::tr("'%1' is not a number").arg(a.mid(2));
        } else if (a.size() > 1 && a.at(0) == QLatin1Char('-') && a.at(1).isDigit()) {
            if (!parseCount(a.mid(1), &o.maxCount))
                o.error = Tr::tr("'%1' is not a number").arg(a.mid(1));
        } else if (a == QLatin1String("--format") || a == QLatin1String("--pretty")) {
            if (takeValue(&value))
                setFormat(o, value, a == QLatin1String("--pretty"));
        } else if (a.startsWith(QLatin1String("--format="))) {
            setFormat(o, a.mid(9), false);
        } else if (a.startsWith(QLatin1String("--pretty="))) {
            setFormat(o, a.mid(9), true);
        } else if (a == QLatin1String("--")) {
            if (i + 1 < args.size())
                o.error = Tr::tr("limiting the log to paths is not supported");
            break;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            o.error = Tr::tr("unknown option '%1'").arg(a);
        } else {
            o.starts.append(StartItem{false, a});
        }
    }
    return o;
}

QString usage()
{
    return Tr::tr("usage: gantry log [-C DIR] [--all] [--max-count N | -n N] [--graph] [--topo-order] [--oneline]\n"
                  "                  [--format FMT | --pretty=format:FMT] [REV...]\n\n"
                  "Shows the history in git's graph order, formatted as git log formats it.\n"
                  "FMT placeholders: %H %h %P %p %T %t %an %ae %ad %at %ai %aI %cn %ce %cd %ct %ci %cI\n"
                  "                  %s %b %B %d %D %n %%\n");
}

/// Output collected in a buffer and written in large blocks.
class Output
{
public:
    QByteArray buffer;
    void flushIfFull()
    {
        if (buffer.size() >= (1 << 20))
            flush();
    }
    void flush()
    {
        CommandIo::out(buffer);
        buffer.clear();
    }
};

} // namespace

int runLogCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    LogOptions options = parseArguments(args);
    if (!options.error.isEmpty())
        return CommandIo::fail(command, options.error, ExitUsage);
    if (options.help) {
        CommandIo::out(usage());
        return ExitOk;
    }
    const QString dir = options.directory.isEmpty() ? QDir::currentPath() : QDir::current().absoluteFilePath(options.directory);
    auto repo = Repository::open(dir);
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage(), ExitFatal);
    git_repository *raw = repo->raw();

    std::vector<Oid> tips;
    if (options.starts.isEmpty()) {
        if (repo->isHeadUnborn())
            return CommandIo::fail(command, Tr::tr("your current branch '%1' does not have any commits yet").arg(repo->headBranch()), ExitFatal);
        options.starts.append(StartItem{false, QStringLiteral("HEAD")});
    }
    for (const StartItem &item : options.starts) {
        auto resolved = item.all ? TopoOrderWalker::allRefTips(raw) : TopoOrderWalker::resolveRevisions(raw, {item.revision});
        if (!resolved) {
            const int code = resolved.error().code();
            if (item.all || (code != GIT_ENOTFOUND && code != GIT_EINVALIDSPEC && code != GIT_EAMBIGUOUS))
                return CommandIo::fail(command, resolved.errorMessage(), ExitFatal);
            return CommandIo::fail(command, Tr::tr("ambiguous argument '%1': unknown revision or path not in the working tree")
                                                .arg(item.revision), ExitFatal);
        }
        tips.insert(tips.end(), resolved->begin(), resolved->end());
    }

    auto source = CommitSource::open(raw);
    if (!source)
        return CommandIo::fail(command, source.errorMessage(), ExitFatal);
    TopoOrderWalker walker(**source);
    walker.setMaxCount(options.maxCount);
    walker.setDateOrder(!options.topoOrder);
    if (auto started = walker.start(tips); !started)
        return CommandIo::fail(command, started.errorMessage(), ExitFatal);

    LogFormatter formatter(raw);
    if (options.userFormat)
        formatter.setUserFormat(options.format);
    RefDecorations decorations;
    if (formatter.needsDecorations()) {
        auto loaded = RefDecorations::load(raw);
        if (!loaded)
            return CommandIo::fail(command, loaded.errorMessage(), ExitFatal);
        decorations = std::move(*loaded);
        formatter.setDecorations(&decorations);
    }

    GraphTextRenderer graph;
    Output out;
    CommitSource &commits = **source;
    CommitSource::ParentList parentKeys;
    std::vector<Oid> parents;
    bool shownOne = false;
    bool missingNewline = false;
    CommitKey key = 0;
    while (walker.next(&key)) {
        commits.parents(key, &parentKeys);
        parents.clear();
        for (CommitKey parent : parentKeys)
            parents.push_back(commits.id(parent));
        const Oid id = commits.id(key);
        if (options.graph)
            graph.update(key, std::span<const CommitKey>(parentKeys.constData(), parentKeys.size()));

        // Separator semantics (medium, format:): a newline between entries, after the graph padding.
        if (shownOne && !(options.userFormat && options.terminator)) {
            if (options.graph && !missingNewline)
                graph.paddingLine(out.buffer);
            out.buffer += '\n';
        }
        shownOne = true;
        if (options.graph)
            graph.showCommit(out.buffer);

        Result<QByteArray> message = QByteArray();
        if (options.userFormat) {
            message = formatter.expand(id, parents);
        } else {
            out.buffer += formatter.mediumHeader(id);
            out.buffer += '\n';
            if (options.graph)
                graph.nextLine(out.buffer);
            message = formatter.mediumBody(id, parents);
        }
        if (!message) {
            out.flush();
            return CommandIo::fail(command, message.errorMessage(), ExitFatal);
        }
        missingNewline = message->isEmpty() || !message->endsWith('\n');
        if (options.graph)
            graph.showCommitMessage(out.buffer, *message);
        else
            out.buffer += *message;
        if (options.userFormat && options.terminator) {
            if (options.graph && !missingNewline)
                graph.paddingLine(out.buffer);
            out.buffer += '\n';
        }
        out.flushIfFull();
    }
    out.flush();
    if (walker.error())
        return CommandIo::fail(command, walker.error()->message(), ExitFatal);
    return ExitOk;
}

} // namespace gantry
