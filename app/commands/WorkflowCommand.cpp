#include "app/commands/WorkflowCommand.h"

#include "app/commands/CommandIo.h"
#include "pipelines/WorkflowDocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowCommand)
};

int check(const QStringList &args)
{
    const QString command = QStringLiteral("workflow check");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), Tr::tr("The workflow files to check."), QStringLiteral("FILE..."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CommandIo::fail(command, Tr::tr("give the workflow files to check"), ExitUsage);
    bool errors = false;
    bool unreadable = false;
    for (const QString &file : files) {
        QString error;
        const WorkflowDocument doc = WorkflowDocument::fromFile(file, &error);
        if (!error.isEmpty()) {
            CommandIo::fail(command, error, ExitUsage);
            unreadable = true;
            continue;
        }
        QString out;
        for (const Diagnostic &d : doc.diagnostics()) {
            out += d.format(file) + QLatin1Char('\n');
            errors = errors || d.isError();
        }
        CommandIo::out(out);
    }
    return unreadable ? ExitUsage : errors ? ExitFailure : ExitOk;
}

QJsonValue runsOnJson(const WorkflowJob &job)
{
    if (!job.runsOnGroup.isEmpty())
        return QJsonObject{{QStringLiteral("group"), job.runsOnGroup}, {QStringLiteral("labels"), QJsonArray::fromStringList(job.runsOn)}};
    if (job.runsOn.size() == 1)
        return job.runsOn.first();
    if (job.runsOn.isEmpty())
        return QJsonValue::Null;
    return QJsonArray::fromStringList(job.runsOn);
}

int matrixCount(const WorkflowJob &job)
{
    if (!job.matrix.expression.isEmpty())
        return -1;
    return job.matrix.isEmpty() ? 0 : int(job.matrix.combinations().size());
}

int graph(const QStringList &args)
{
    const QString command = QStringLiteral("workflow graph");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The workflow file."), QStringLiteral("FILE"));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return CommandIo::fail(command, Tr::tr("give one workflow file"), ExitUsage);
    const QString file = parser.positionalArguments().first();
    QString error;
    const WorkflowDocument doc = WorkflowDocument::fromFile(file, &error);
    if (!error.isEmpty())
        return CommandIo::fail(command, error, ExitUsage);
    if (doc.kind() != WorkflowKind::GitHubActions)
        return CommandIo::fail(command, Tr::tr("%1 is a GitLab CI file; graphs of GitLab CI are not available yet").arg(file), ExitFailure);
    const Workflow &w = doc.workflow();
    QStringList triggers;
    for (const WorkflowTrigger &t : w.triggers)
        triggers.append(t.event);
    if (parser.isSet(json)) {
        QJsonArray jobs;
        for (const WorkflowJob &job : w.jobs) {
            QJsonObject o{{QStringLiteral("id"), job.id},
                          {QStringLiteral("name"), job.displayName()},
                          {QStringLiteral("needs"), QJsonArray::fromStringList(job.needs)},
                          {QStringLiteral("matrix_count"), matrixCount(job)},
                          {QStringLiteral("runs_on"), runsOnJson(job)},
                          {QStringLiteral("environment"), job.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.environment)},
                          {QStringLiteral("steps"), int(job.steps.size())}};
            if (job.isReusable())
                o.insert(QStringLiteral("uses"), job.uses);
            jobs.append(o);
        }
        const QJsonObject root{{QStringLiteral("triggers"), QJsonArray::fromStringList(triggers)}, {QStringLiteral("jobs"), jobs}};
        CommandIo::out(QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n');
    } else {
        QString out = Tr::tr("on: %1").arg(triggers.join(QStringLiteral(", "))) + QLatin1Char('\n');
        for (const WorkflowJob &job : w.jobs) {
            QStringList parts{job.id};
            if (!job.needs.isEmpty())
                parts.append(Tr::tr("needs: %1").arg(job.needs.join(QStringLiteral(", "))));
            if (job.isReusable())
                parts.append(Tr::tr("uses: %1").arg(job.uses));
            else if (!job.runsOn.isEmpty() || !job.runsOnGroup.isEmpty())
                parts.append(Tr::tr("runs-on: %1").arg(job.runsOnGroup.isEmpty() ? job.runsOn.join(QStringLiteral(", ")) : job.runsOnGroup));
            const int count = matrixCount(job);
            if (count != 0)
                parts.append(count < 0 ? Tr::tr("matrix: from an expression") : Tr::tr("matrix: %1").arg(count));
            if (!job.environment.isEmpty())
                parts.append(Tr::tr("environment: %1").arg(job.environment));
            parts.append(Tr::tr("steps: %1").arg(job.steps.size()));
            out += parts.join(QStringLiteral("  ")) + QLatin1Char('\n');
        }
        CommandIo::out(out);
    }
    // A graph of a broken file is drawn as far as it parses; say so on stderr.
    for (const Diagnostic &d : doc.diagnostics()) {
        if (d.isError()) {
            CommandIo::fail(command, d.format(file));
            return ExitFailure;
        }
    }
    return ExitOk;
}

} // namespace

int runWorkflowCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("check"))
        return check(rest);
    if (sub == QLatin1String("graph"))
        return graph(rest);
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        CommandIo::out(Tr::tr("Usage: gantry workflow check FILE...\n"
                              "       gantry workflow graph FILE [--json]\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return CommandIo::fail(QStringLiteral("workflow"), Tr::tr("unknown subcommand '%1' (check, graph)").arg(sub), ExitUsage);
}

} // namespace gantry
