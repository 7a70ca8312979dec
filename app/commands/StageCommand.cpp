#include "app/commands/StageCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/Repository.h"
#include "gitcore/Staging.h"
#include "gitcore/StagingGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <cstdio>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::StageCommand)
};

/// One FILE[:A-B] argument, resolved to a path relative to the working tree.
struct StageSpec
{
    QString path;      // '/'-separated, relative to the working tree; "." for all of it
    int first = 0;     // 0: the whole file
    int last = 0;
};

/// Whether `relative` names something git knows or the working tree holds.
bool pathKnown(const Repository &repo, const QString &absolute, const QString &relative)
{
    const QFileInfo info(absolute);
    if (info.exists() || info.isSymLink())
        return true;
    auto index = repo.index();
    return index && git_index_get_bypath(index->get(), relative.toUtf8().constData(), 0) != nullptr;
}

/// Resolves `name` (relative to `cwd`, as git takes paths) against the working tree `root`.
bool relativeToRoot(const QString &root, const QString &cwd, const QString &name, QString *relative)
{
    const QString absolute = QDir::cleanPath(QDir::isAbsolutePath(name) ? name : cwd + QLatin1Char('/') + name);
    if (absolute == root) {
        *relative = QStringLiteral(".");
        return true;
    }
    if (!absolute.startsWith(root + QLatin1Char('/')))
        return false;
    *relative = absolute.mid(root.size() + 1);
    return true;
}

/// Parses the arguments; on a bad one prints why and returns false.
bool parseSpecs(const Repository &repo, const QString &command, const QString &cwd, const QStringList &args,
                QList<StageSpec> *specs, int *exitCode)
{
    // File names may hold newlines: "." must match them too.
    static const QRegularExpression rangePattern(QStringLiteral("^(.*):(\\d+)(?:-(\\d+))?$"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression anySuffix(QStringLiteral("^(.*):([^:/]*)$"), QRegularExpression::DotMatchesEverythingOption);
    const QString root = QFileInfo(repo.workdir()).canonicalFilePath();
    for (const QString &arg : args) {
        StageSpec spec;
        QString name = arg;
        QString relative;
        const bool asGiven = relativeToRoot(root, cwd, arg, &relative)
            && pathKnown(repo, QDir::cleanPath(cwd + QLatin1Char('/') + arg), relative);
        if (!asGiven) {
            const QRegularExpressionMatch range = rangePattern.match(arg);
            if (range.hasMatch()) {
                name = range.captured(1);
                bool okFirst = false;
                bool okLast = true;
                spec.first = range.captured(2).toInt(&okFirst);
                spec.last = range.captured(3).isEmpty() ? spec.first : range.captured(3).toInt(&okLast);
                if (!okFirst || !okLast || spec.first < 1 || spec.last < spec.first) {
                    *exitCode = CommandIo::fail(command, Tr::tr("bad line range '%1' in '%2': lines are counted from 1 and A-B needs A <= B")
                                                             .arg(arg.mid(name.size() + 1), arg),
                                                ExitUsage);
                    return false;
                }
            } else if (const QRegularExpressionMatch suffix = anySuffix.match(arg); suffix.hasMatch()) {
                QString prefixRelative;
                const QString prefix = suffix.captured(1);
                if (relativeToRoot(root, cwd, prefix, &prefixRelative)
                    && pathKnown(repo, QDir::cleanPath(cwd + QLatin1Char('/') + prefix), prefixRelative)) {
                    *exitCode = CommandIo::fail(command, Tr::tr("bad line range '%1' in '%2': expected FILE:A-B").arg(suffix.captured(2), arg),
                                                ExitUsage);
                    return false;
                }
            }
        }
        if (!relativeToRoot(root, cwd, name, &spec.path)) {
            *exitCode = CommandIo::fail(command, Tr::tr("'%1' is outside repository at '%2'").arg(name, root));
            return false;
        }
        if (spec.path == QLatin1String(".") && spec.first) {
            *exitCode = CommandIo::fail(command, Tr::tr("a line range needs a file, not a folder: '%1'").arg(arg), ExitUsage);
            return false;
        }
        specs->append(spec);
    }
    return true;
}

/// The guard's verdict on `findings`: prints each as "PATH:LINE:COL: warning: REASON" on stderr
/// and returns false (refuse) when there is one and the user did not pass --allow-secrets.
bool acceptsFindings(const QString &command, const QList<SecretFinding> &findings, bool allow, int *exitCode)
{
    if (findings.isEmpty())
        return true;
    std::fflush(stdout);
    for (const SecretFinding &finding : findings)
        std::fprintf(stderr, "%s\n", finding.toString().toUtf8().constData());
    if (allow) {
        CommandIo::fail(command, Tr::tr("staging anyway (--allow-secrets): %n possible secret(s)", nullptr, int(findings.size())));
        return true;
    }
    *exitCode = CommandIo::fail(command, Tr::tr("refusing to stage %n possible secret(s); nothing was staged. "
                                                "Add the files to .gitignore, or pass --allow-secrets to stage anyway",
                                                nullptr, int(findings.size())));
    return false;
}

/// The repository's guard rails, with their configuration problems printed.
SecretScanner secretScanner(const Repository &repo, const QString &command)
{
    const GuardRailConfig config = GuardRailConfig::discover(repo.workdir());
    for (const ConfigProblem &problem : config.problems())
        CommandIo::fail(command, problem.toString());
    return SecretScanner(config);
}

/// The secrets guard for whole files and line ranges (see acceptsFindings).
bool passesSecretsGuard(const Repository &repo, const QString &command, const QStringList &wholePaths,
                        const QMap<QString, Staging::LineRangeSelection> &selections, bool allow, int *exitCode)
{
    const SecretScanner scanner = secretScanner(repo, command);
    QList<SecretFinding> findings;
    if (!wholePaths.isEmpty()) {
        auto found = StagingGuard::scanFiles(repo, wholePaths, scanner);
        if (!found) {
            *exitCode = CommandIo::fail(command, found.errorMessage());
            return false;
        }
        findings = found.value();
    }
    for (const Staging::LineRangeSelection &selection : selections)
        findings += StagingGuard::scanLines(selection.file, selection.lines, scanner);
    return acceptsFindings(command, findings, allow, exitCode);
}

int runStaging(const QString &command, const QStringList &args, bool unstage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(unstage ? Tr::tr("Unstage whole files, or the staged lines A-B of the index version.")
                                             : Tr::tr("Stage whole files, or the changed lines A-B of the working-tree version."));
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption allowSecrets(QStringLiteral("allow-secrets"),
                                          Tr::tr("Stage even what looks like a secret, key or large file (see docs/guard-rails.md)."));
    if (!unstage)
        parser.addOption(allowSecrets);
    parser.addPositionalArgument(QStringLiteral("files"), Tr::tr("FILE or FILE:A-B, relative to the current folder."),
                                 QStringLiteral("FILE[:A-B]..."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty())
        return CommandIo::fail(command, Tr::tr("nothing specified: name the files to %1").arg(command), ExitUsage);

    const QString dir = CommandIo::directory(parser);
    const QFileInfo dirInfo(dir);
    if (!dirInfo.isDir())
        return CommandIo::fail(command, Tr::tr("cannot change to '%1': no such folder").arg(dir));
    auto repo = Repository::open(dir);
    if (!repo && repo.error().isNotFound())
        return CommandIo::fail(command, Tr::tr("not a git repository (or any of the parent directories): %1").arg(dir), ExitFailure);
    if (!repo)
        return CommandIo::fail(command, repo.errorMessage());
    if (repo->isBare())
        return CommandIo::fail(command, Tr::tr("this operation must be run in a work tree"), ExitFailure);

    QList<StageSpec> specs;
    if (!parseSpecs(*repo, command, dirInfo.canonicalFilePath(), names, &specs, &exitCode))
        return exitCode;

    // Check every line range before changing anything, so a bad argument leaves the index as it was.
    QStringList wholePaths;
    bool everything = false;
    for (const StageSpec &spec : specs) {
        if (spec.first)
            continue;
        if (spec.path == QLatin1String("."))
            everything = true;
        else
            wholePaths.append(spec.path);
    }
    const DiffKind kind = unstage ? DiffKind::HeadToIndex : DiffKind::IndexToWorkdir;
    QMap<QString, Staging::LineRangeSelection> selections;
    for (const StageSpec &spec : specs) {
        if (!spec.first || everything || wholePaths.contains(spec.path))
            continue;
        auto selection = Staging::selectLineRange(*repo, kind, spec.path, spec.first, spec.last);
        if (!selection)
            return CommandIo::fail(command, selection.errorMessage());
        auto existing = selections.find(spec.path);
        if (existing == selections.end()) {
            selections.insert(spec.path, std::move(selection).value());
        } else {
            for (const DiffLineRef &ref : selection->lines)
                if (!existing->lines.contains(ref))
                    existing->lines.append(ref);
        }
    }

    const bool allow = !unstage && parser.isSet(allowSecrets);
    if (!unstage && everything) {
        // One pass under the index lock: each file is read once, scanned and stored, and the
        // index is written only if the guard lets it through.
        auto findings = Staging::stageAllScanned(*repo, secretScanner(*repo, command), allow);
        if (!findings)
            return CommandIo::fail(command, findings.errorMessage());
        return acceptsFindings(command, *findings, allow, &exitCode) ? ExitOk : exitCode;
    }
    if (!unstage && !passesSecretsGuard(*repo, command, wholePaths, selections, allow, &exitCode))
        return exitCode;

    Result<void> done;
    if (everything)
        done = Staging::unstageAll(*repo);
    else if (!wholePaths.isEmpty())
        done = unstage ? Staging::unstageFiles(*repo, wholePaths) : Staging::stageFiles(*repo, wholePaths);
    if (!done)
        return CommandIo::fail(command, done.errorMessage());
    for (const Staging::LineRangeSelection &selection : std::as_const(selections)) {
        done = unstage ? Staging::unstageLines(*repo, selection.file, selection.lines)
                       : Staging::stageLines(*repo, selection.file, selection.lines);
        if (!done)
            return CommandIo::fail(command, done.errorMessage());
    }
    return ExitOk;
}

} // namespace

int runStageCommand(const QStringList &args)
{
    return runStaging(QStringLiteral("stage"), args, false);
}

int runUnstageCommand(const QStringList &args)
{
    return runStaging(QStringLiteral("unstage"), args, true);
}

} // namespace gantry
