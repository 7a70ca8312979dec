#include "app/commands/CommitCommand.h"

#include "app/commands/CommandIo.h"
#include "gitcore/CommitGuard.h"
#include "gitcore/CommitWriter.h"
#include "gitcore/Identity.h"
#include "gitcore/Repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace gantry {

namespace {

const char *const kCommand = "commit";

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitCommand)
};

void err(const QByteArray &bytes)
{
    std::fflush(stdout);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int runCommitCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(CommandIo::directoryOption());
    const QCommandLineOption messageOption({QStringLiteral("m"), QStringLiteral("message")},
                                           Tr::tr("Use <msg> as the message; several -m become paragraphs."),
                                           QStringLiteral("msg"));
    const QCommandLineOption fileOption({QStringLiteral("F"), QStringLiteral("file")},
                                        Tr::tr("Take the message from <file> (- for standard input)."),
                                        QStringLiteral("file"));
    const QCommandLineOption amendOption(QStringLiteral("amend"), Tr::tr("Replace the last commit."));
    const QCommandLineOption signoffOption({QStringLiteral("s"), QStringLiteral("signoff")},
                                           Tr::tr("Add a Signed-off-by trailer."));
    const QCommandLineOption allowEmptyOption(QStringLiteral("allow-empty"),
                                              Tr::tr("Allow a commit that changes nothing."));
    const QCommandLineOption allowEmptyMessageOption(QStringLiteral("allow-empty-message"),
                                                     Tr::tr("Allow an empty message."));
    const QCommandLineOption noVerifyOption({QStringLiteral("n"), QStringLiteral("no-verify")},
                                            Tr::tr("Skip the pre-commit and commit-msg hooks."));
    const QCommandLineOption resetAuthorOption(QStringLiteral("reset-author"),
                                               Tr::tr("With --amend: make the committer the author, dated now."));
    const QCommandLineOption cleanupOption(QStringLiteral("cleanup"),
                                           Tr::tr("Message cleanup: strip, whitespace, verbatim, scissors or default."),
                                           QStringLiteral("mode"));
    const QCommandLineOption allowProtectedOption(
        QStringLiteral("allow-protected"),
        Tr::tr("Commit on a protected branch even when the repository refuses it (see docs/guard-rails.md)."));
    const QCommandLineOption allowRewriteOption(
        QStringLiteral("allow-rewrite"),
        Tr::tr("Amend a commit the upstream already has even when the repository refuses it (see docs/guard-rails.md)."));
    parser.addOptions({messageOption, fileOption, amendOption, signoffOption, allowEmptyOption,
                       allowEmptyMessageOption, noVerifyOption, resetAuthorOption, cleanupOption, allowProtectedOption,
                       allowRewriteOption});
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, QString::fromLatin1(kCommand), args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return CommandIo::fail(QString::fromLatin1(kCommand),
                               Tr::tr("committing only some paths is not supported; stage them first (%1)")
                                   .arg(parser.positionalArguments().join(QLatin1Char(' '))),
                               ExitUsage);

    CommitRequest request;
    if (parser.isSet(cleanupOption)) {
        const auto mode = CommitMessage::parseCleanupMode(parser.value(cleanupOption));
        if (!mode)
            return CommandIo::fail(QString::fromLatin1(kCommand),
                                   Tr::tr("Invalid cleanup mode %1").arg(parser.value(cleanupOption)), ExitUsage);
        request.cleanup = *mode;
    }
    const bool haveMessage = parser.isSet(messageOption);
    if (haveMessage && parser.isSet(fileOption))
        return CommandIo::fail(QString::fromLatin1(kCommand), Tr::tr("Option -m cannot be combined with -F."), ExitUsage);
    if (haveMessage) {
        request.message = CommitMessage::fromParagraphs(parser.values(messageOption));
    } else if (parser.isSet(fileOption)) {
        const QString name = parser.value(fileOption);
        QFile file;
        bool opened = false;
        if (name == QLatin1String("-")) {
            opened = file.open(stdin, QIODevice::ReadOnly);
        } else {
            file.setFileName(QDir(CommandIo::directory(parser)).absoluteFilePath(name));
            opened = file.open(QIODevice::ReadOnly);
        }
        if (!opened)
            return CommandIo::fail(QString::fromLatin1(kCommand),
                                   Tr::tr("could not read log file '%1': %2").arg(name, file.errorString()));
        request.message = QString::fromUtf8(file.readAll());
    }
    request.amend = parser.isSet(amendOption);
    request.signoff = parser.isSet(signoffOption);
    request.allowEmpty = parser.isSet(allowEmptyOption);
    request.allowEmptyMessage = parser.isSet(allowEmptyMessageOption);
    request.noVerify = parser.isSet(noVerifyOption);
    request.resetAuthor = parser.isSet(resetAuthorOption);

    auto repo = Repository::open(CommandIo::directory(parser));
    if (!repo)
        return CommandIo::fail(QString::fromLatin1(kCommand), repo.errorMessage());
    if (repo->isBare())
        return CommandIo::fail(QString::fromLatin1(kCommand), Tr::tr("this operation must be run in a work tree"));
    // Without -m/-F git would open an editor; Gantry only reuses a message it already has.
    const bool hasOwnMessage = request.amend || repo->state() == RepositoryState::Merge;
    if (!haveMessage && !parser.isSet(fileOption) && !hasOwnMessage)
        return CommandIo::fail(QString::fromLatin1(kCommand), Tr::tr("no commit message given (use -m or -F)"), ExitUsage);

    for (Identity::Role role : {Identity::Role::Author, Identity::Role::Committer}) {
        auto who = Identity::resolve(*repo, role);
        if (!who && !(role == Identity::Role::Author && request.amend && !request.resetAuthor)) {
            err(who.errorMessage().toUtf8() + "\n\n");
            return CommandIo::fail(QString::fromLatin1(kCommand), Tr::tr("unable to auto-detect email address"));
        }
    }

    // The guard rails never prompt here (scripts must not hang): refuse mode refuses, the rest warns.
    const QString command = QString::fromLatin1(kCommand);
    CommitGuardReport guard;
    bool warnProtected = false; // confirm mode: said after the commit, which a failing hook may yet stop
    QString guardError;
    if (auto report = CommitGuard::check(*repo, request.amend)) {
        guard = report.value();
        for (const ConfigProblem &problem : guard.problems)
            CommandIo::fail(command, problem.toString());
        const bool allowProtected = parser.isSet(allowProtectedOption);
        if (guard.protectedBranch && guard.mode == GuardRailConfig::ProtectionMode::Refuse && !allowProtected)
            return CommandIo::fail(command, Tr::tr("%1 is protected: this repository refuses commits made directly on it "
                                                   "(protected-branches in %2); commit on a branch, or pass --allow-protected")
                                                .arg(guard.branch, GuardRailConfig::fileName()));
        warnProtected = guard.protectedBranch && !allowProtected;
        const bool allowRewrite = parser.isSet(allowRewriteOption);
        if (request.amend && guard.amendsPublished && guard.rewriteMode == GuardRailConfig::RewriteMode::Refuse
            && !allowRewrite)
            return CommandIo::fail(command, Tr::tr("the commit being amended is already on %1, and this repository "
                                                   "refuses to rewrite published history (guards.rewrite-published in "
                                                   "%2); make a new commit, or pass --allow-rewrite")
                                                .arg(guard.upstream, GuardRailConfig::fileName()));
        if (guard.amendsPublished && guard.rewriteMode != GuardRailConfig::RewriteMode::Off && !allowRewrite)
            CommandIo::fail(command, Tr::tr("warning: the commit being amended is already on %1: this rewrites published "
                                            "history, and pushing it will need --force-with-lease").arg(guard.upstream));
    } else {
        // What stops the guard (an unreadable HEAD, say) usually stops the commit too, with its
        // own one-line message; only a commit that goes through gets this said.
        guardError = report.errorMessage();
    }

    CommitWriter writer(*repo);
    auto outcome = writer.commit(request);
    if (!outcome) {
        if (const auto &hook = writer.failedHook())
            err(hook->output);
        return CommandIo::fail(QString::fromLatin1(kCommand), outcome.errorMessage());
    }
    err(outcome->hookOutput);
    CommandIo::out(outcome->summaryLine() + QLatin1Char('\n'));
    if (!guardError.isEmpty())
        CommandIo::fail(command, Tr::tr("warning: the guard rails could not be checked: %1").arg(guardError));
    if (warnProtected)
        CommandIo::fail(command, Tr::tr("warning: %1 is protected (protected-branches); committed on it anyway "
                                        "(--allow-protected silences this)").arg(guard.branch));
    if (guard.isLarge())
        err(Tr::tr("hint: this commit changes %n line(s), more than %1 (guards.large-commit-lines); consider splitting "
                   "the next one into smaller commits", nullptr, guard.changedLines)
                .arg(guard.largeCommitLines).toUtf8() + "\n");
    return ExitOk;
}

} // namespace gantry
