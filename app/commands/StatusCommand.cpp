#include "app/commands/StatusCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/PathQuoting.h"
#include "gitcore/PorcelainFormatter.h"
#include "gitcore/Repository.h"
#include "gitcore/StatusReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gantry {

namespace {

const char *const kCommand = "status";

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::StatusCommand)
};

/// The options git spells in ways QCommandLineParser cannot take (optional values, "-uall",
/// clustered "-zb"), taken out of the argument list before the parser sees the rest.
struct GitStyleOptions
{
    bool porcelain = false;
    bool nul = false;
    bool branch = false;
    UntrackedMode untracked = UntrackedMode::FromConfig;
    bool ignored = false;
    QStringList rest;
    QString error;
};

bool parseUntrackedMode(const QString &mode, UntrackedMode *out)
{
    if (mode.isEmpty() || mode == QLatin1String("all"))
        *out = UntrackedMode::All;
    else if (mode == QLatin1String("normal"))
        *out = UntrackedMode::Normal;
    else if (mode == QLatin1String("no"))
        *out = UntrackedMode::No;
    else
        return false;
    return true;
}

GitStyleOptions extractGitStyleOptions(const QStringList &args)
{
    GitStyleOptions o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) {
            o.rest += args.mid(i);
            break;
        }
        if (a == QLatin1String("--porcelain") || a == QLatin1String("--porcelain=v1") || a == QLatin1String("--porcelain=1")) {
            o.porcelain = true;
        } else if (a.startsWith(QLatin1String("--porcelain="))) {
            o.error = Tr::tr("unsupported porcelain version '%1' (only v1 is supported)").arg(a.mid(12));
        } else if (a == QLatin1String("-z") || a == QLatin1String("--null")) {
            o.nul = true;
        } else if (a == QLatin1String("-b") || a == QLatin1String("--branch")) {
            o.branch = true;
        } else if (a == QLatin1String("--untracked-files") || a.startsWith(QLatin1String("--untracked-files="))) {
            const QString mode = a.contains(QLatin1Char('=')) ? a.section(QLatin1Char('='), 1) : QString();
            if (!parseUntrackedMode(mode, &o.untracked))
                o.error = Tr::tr("invalid untracked files mode '%1' (use no, normal or all)").arg(mode);
        } else if (a == QLatin1String("--ignored") || a == QLatin1String("--ignored=traditional")) {
            o.ignored = true;
        } else if (a == QLatin1String("--ignored=no")) {
            o.ignored = false;
        } else if (a.startsWith(QLatin1String("--ignored="))) {
            o.error = Tr::tr("unsupported ignored mode '%1' (use traditional or no)").arg(a.mid(10));
        } else if (a.size() > 1 && a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("--"))
                   && a != QLatin1String("-C") && a != QLatin1String("-h")) {
            // A cluster of short flags as git takes them: -zb, -bu, -uno, -zuall.
            for (int k = 1; k < a.size(); ++k) {
                const QChar c = a.at(k);
                if (c == QLatin1Char('z')) {
                    o.nul = true;
                } else if (c == QLatin1Char('b')) {
                    o.branch = true;
                } else if (c == QLatin1Char('u')) {
                    const QString mode = a.mid(k + 1);
                    if (!parseUntrackedMode(mode, &o.untracked))
                        o.error = Tr::tr("invalid untracked files mode '%1' (use no, normal or all)").arg(mode);
                    break;
                } else if (c == QLatin1Char('C') && k == 1) {
                    o.rest << QStringLiteral("-C") << a.mid(2); // -Cdir
                    break;
                } else {
                    o.error = Tr::tr("unknown option '%1'").arg(QStringLiteral("-") + c);
                    break;
                }
            }
        } else {
            o.rest << a;
        }
        if (!o.error.isEmpty())
            break;
    }
    return o;
}

/// A path for people: UTF-8 names as they are, names that are not UTF-8 quoted with octal
/// escapes as git shows them (never replacement characters, which would name no file).
QByteArray humanQuote(const QByteArray &path)
{
    const bool utf8 = QString::fromUtf8(path).toUtf8() == path; // invalid bytes do not survive the round trip
    return PathQuoting::quote(path, !utf8);
}

QByteArray humanPath(const StatusEntry &e, bool showRename = true)
{
    QByteArray text = humanQuote(e.path);
    if (showRename && !e.origPath.isEmpty())
        text = humanQuote(e.origPath) + " -> " + text;
    return text;
}

QString describeEntry(const StatusEntry &e, char letter)
{
    QString what;
    switch (letter) {
    case 'M': what = Tr::tr("modified"); break;
    case 'A': what = Tr::tr("new file"); break;
    case 'D': what = Tr::tr("deleted"); break;
    case 'R': what = Tr::tr("renamed"); break;
    case 'C': what = Tr::tr("copied"); break;
    case 'T': what = Tr::tr("type changed"); break;
    default: what = QString(QLatin1Char(letter)); break;
    }
    // A rename shows both paths where it happened (staged or not); elsewhere just the path now.
    const bool rename = letter == 'R' || letter == 'C';
    QString line = QStringLiteral("  %1 %2").arg(what + QLatin1Char(':'), -14).arg(QString::fromUtf8(humanPath(e, rename)));
    if (e.isSubmodule && e.submoduleChanges) {
        QStringList parts;
        if (e.submoduleChanges & SubmoduleNewCommits)
            parts << Tr::tr("new commits");
        if (e.submoduleChanges & SubmoduleModifiedContent)
            parts << Tr::tr("modified content");
        if (e.submoduleChanges & SubmoduleUntrackedContent)
            parts << Tr::tr("untracked content");
        line += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return line + QLatin1Char('\n');
}

QString humanSummary(const StatusSnapshot &s)
{
    QString out;
    if (s.headDetached)
        out += Tr::tr("HEAD detached at %1\n").arg(s.head.toShortString());
    else if (s.headUnborn)
        out += Tr::tr("On branch %1 (no commits yet)\n").arg(s.branch);
    else
        out += Tr::tr("On branch %1\n").arg(s.branch);
    if (!s.upstream.isEmpty()) {
        if (s.upstreamGone)
            out += Tr::tr("Upstream %1 is gone.\n").arg(s.upstream);
        else if (s.ahead || s.behind)
            out += Tr::tr("Compared with %1: %2 ahead, %3 behind.\n").arg(s.upstream).arg(s.ahead).arg(s.behind);
        else
            out += Tr::tr("Up to date with %1.\n").arg(s.upstream);
    }
    const QString state = Repository::describeState(s.state);
    if (!state.isEmpty())
        out += state + QStringLiteral(".\n");

    const int conflicts = s.conflictedCount();
    if (conflicts) {
        out += QLatin1Char('\n') + Tr::tr("Conflicts (%n):\n", nullptr, conflicts);
        for (const StatusEntry &e : s.entries)
            if (e.isConflicted())
                out += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(e.code()), QString::fromUtf8(humanPath(e)));
    }
    const int staged = s.stagedCount();
    if (staged) {
        out += QLatin1Char('\n') + Tr::tr("Staged (%n):\n", nullptr, staged);
        for (const StatusEntry &e : s.entries)
            if (e.isStaged())
                out += describeEntry(e, e.index);
    }
    const int unstaged = s.unstagedCount();
    if (unstaged) {
        out += QLatin1Char('\n') + Tr::tr("Not staged (%n):\n", nullptr, unstaged);
        for (const StatusEntry &e : s.entries)
            if (e.isUnstaged())
                out += describeEntry(e, e.worktree);
    }
    const int untracked = s.untrackedCount();
    if (untracked) {
        out += QLatin1Char('\n') + Tr::tr("Untracked (%n):\n", nullptr, untracked);
        for (const StatusEntry &e : s.entries)
            if (e.isUntracked())
                out += QStringLiteral("  %1\n").arg(QString::fromUtf8(humanPath(e)));
    }
    const int ignored = s.ignoredCount();
    if (ignored) {
        out += QLatin1Char('\n') + Tr::tr("Ignored (%n):\n", nullptr, ignored);
        for (const StatusEntry &e : s.entries)
            if (e.isIgnored())
                out += QStringLiteral("  %1\n").arg(QString::fromUtf8(humanPath(e)));
    }
    if (!conflicts && !staged && !unstaged && !untracked)
        out += QLatin1Char('\n') + Tr::tr("Nothing to commit, working tree clean.\n");
    return out;
}

} // namespace

int runStatusCommand(const QStringList &args)
{
    const QString command = QString::fromLatin1(kCommand);
    GitStyleOptions git = extractGitStyleOptions(args);
    if (!git.error.isEmpty())
        return CommandIo::fail(command, git.error, ExitUsage);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the working tree status (git status)."));
    parser.addOption(CommandIo::directoryOption());
    // Listed for --help; the values are read by extractGitStyleOptions().
    parser.addOption(QCommandLineOption(QStringLiteral("porcelain"), Tr::tr("Machine-readable output, as git status --porcelain=v1.")));
    parser.addOption(QCommandLineOption({QStringLiteral("z"), QStringLiteral("null")}, Tr::tr("Terminate entries with NUL; paths are not quoted.")));
    parser.addOption(QCommandLineOption({QStringLiteral("b"), QStringLiteral("branch")}, Tr::tr("Show the branch and its upstream.")));
    parser.addOption(QCommandLineOption(QStringLiteral("untracked-files"), Tr::tr("Untracked files: no, normal or all (-u<mode>).")));
    parser.addOption(QCommandLineOption(QStringLiteral("ignored"), Tr::tr("Show ignored files too.")));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, git.rest, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return CommandIo::fail(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()), ExitUsage);

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());

    StatusOptions options;
    options.untracked = git.untracked;
    options.includeIgnored = git.ignored;
    options.refreshIndex = true; // as git status does, when the index lock is free
    auto status = StatusReader::read(*repo, options);
    if (!status)
        return CommandIo::fail(command, status.errorMessage());
    // The command is the last thing the process does. Like git, leave the repository to the
    // operating system: freeing its index entry by entry (50,000 on a large tree) costs a tenth
    // of the whole status. Deliberately never deleted.
    const Repository *const keptForExit = new Repository(std::move(repo).value());
    const Repository &repository = *keptForExit;

    if (git.porcelain || git.nul) {
        PorcelainOptions porcelain;
        porcelain.nulTerminated = git.nul;
        porcelain.branch = git.branch;
        porcelain.quotePath = repository.configBool(QStringLiteral("core.quotePath"), true);
        CommandIo::out(PorcelainFormatter::format(*status, porcelain));
        return ExitOk;
    }
    CommandIo::out(humanSummary(*status));
    return ExitOk;
}

} // namespace gantry
