#include "app/commands/WorkflowCommand.h"

#include "app/commands/CommandIo.h"
#include "pipelines/GitLabEditor.h"
#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

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

/// The jobs a matrix creates, counted without creating them; -1: it comes from an expression.
qint64 matrixCount(const WorkflowJob &job)
{
    if (!job.matrix.expression.isEmpty())
        return -1;
    return job.matrix.isEmpty() ? 0 : job.matrix.jobCount().count;
}

/// A graph of a broken file is printed as far as it parses; its first error goes to stderr.
int firstError(const QString &command, const QString &file, const WorkflowDocument &doc)
{
    for (const Diagnostic &d : doc.diagnostics()) {
        if (d.isError()) {
            CommandIo::fail(command, d.format(file));
            return ExitFailure;
        }
    }
    return ExitOk;
}

/// A GitLab CI pipeline: its stages, and per job its stage, needs, parallel count and more.
void printGitLab(const GitLabPipeline &p, bool json)
{
    if (json) {
        QJsonArray jobs;
        for (const GitLabJob &job : p.jobs) {
            jobs.append(QJsonObject{{QStringLiteral("id"), job.id},
                                    {QStringLiteral("stage"), job.stage},
                                    {QStringLiteral("needs"), QJsonArray::fromStringList(job.needs)},
                                    {QStringLiteral("parallel_count"), job.parallelCount},
                                    {QStringLiteral("image"), job.image.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.image)},
                                    {QStringLiteral("environment"), job.environment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.environment)},
                                    {QStringLiteral("when"), job.when.isEmpty() ? QStringLiteral("on_success") : job.when},
                                    {QStringLiteral("script"), int(job.script.size())}});
        }
        const QJsonObject root{{QStringLiteral("stages"), QJsonArray::fromStringList(p.stages)}, {QStringLiteral("jobs"), jobs}};
        CommandIo::out(QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n');
        return;
    }
    QString out = Tr::tr("stages: %1").arg(p.stages.join(QStringLiteral(", "))) + QLatin1Char('\n');
    for (const GitLabJob &job : p.jobs) {
        QStringList parts{job.id, Tr::tr("stage: %1").arg(job.stage)};
        if (!job.needs.isEmpty())
            parts.append(Tr::tr("needs: %1").arg(job.needs.join(QStringLiteral(", "))));
        if (job.parallelCount > 0)
            parts.append(Tr::tr("parallel: %1").arg(job.parallelCount));
        if (!job.environment.isEmpty())
            parts.append(Tr::tr("environment: %1").arg(job.environment));
        if (!job.when.isEmpty())
            parts.append(Tr::tr("when: %1").arg(job.when));
        parts.append(Tr::tr("script: %1").arg(job.script.size()));
        out += parts.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    CommandIo::out(out);
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
    if (doc.kind() != WorkflowKind::GitHubActions) {
        printGitLab(doc.gitlab(), parser.isSet(json));
        return firstError(command, file, doc);
    }
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
            const qint64 count = matrixCount(job);
            if (count != 0)
                parts.append(count < 0 ? Tr::tr("matrix: from an expression") : Tr::tr("matrix: %1").arg(count));
            if (!job.environment.isEmpty())
                parts.append(Tr::tr("environment: %1").arg(job.environment));
            parts.append(Tr::tr("steps: %1").arg(job.steps.size()));
            out += parts.join(QStringLiteral("  ")) + QLatin1Char('\n');
        }
        CommandIo::out(out);
    }
    return firstError(command, file, doc);
}

const QStringList kGitHubOnly{QStringLiteral("add-step"), QStringLiteral("remove-step"), QStringLiteral("move-step")};
const QStringList kGitLabOnly{QStringLiteral("set-stage"), QStringLiteral("add-stage"), QStringLiteral("add-script"),
                              QStringLiteral("remove-script"), QStringLiteral("set-script"), QStringLiteral("move-script")};

/// What the options of a GitLab edit say (add-job, add-script).
struct GitLabEditArgs
{
    QString stage;
    QStringList script;
    QStringList needs;
    bool hasIndex = false;
};

/// One edit of a GitLab CI file. `want`/`number` check the arguments, setting `*error`.
WorkflowEditResult gitlabEdit(const GitLabEditor &editor, const QString &op, const QStringList &a, const GitLabEditArgs &options,
                              const std::function<bool(qsizetype, const QString &)> &want,
                              const std::function<bool(const QString &, int *)> &number, int index)
{
    int i1 = 0;
    int i2 = 0;
    if (op == QLatin1String("add-job")) {
        if (want(1, QStringLiteral("add-job ID [--stage STAGE] [--script CMD]... [--needs A,B]")))
            return editor.addJob(a[0], options.stage, options.script, options.needs);
    } else if (op == QLatin1String("remove-job")) {
        if (want(1, QStringLiteral("remove-job ID")))
            return editor.removeJob(a[0]);
    } else if (op == QLatin1String("rename-job")) {
        if (want(2, QStringLiteral("rename-job OLD NEW")))
            return editor.renameJob(a[0], a[1]);
    } else if (op == QLatin1String("add-needs") || op == QLatin1String("remove-needs")) {
        if (want(2, op + QStringLiteral(" JOB DEP")))
            return op == QLatin1String("add-needs") ? editor.addNeeds(a[0], a[1]) : editor.removeNeeds(a[0], a[1]);
    } else if (op == QLatin1String("set-stage")) {
        if (want(2, QStringLiteral("set-stage JOB STAGE")))
            return editor.setStage(a[0], a[1]);
    } else if (op == QLatin1String("add-stage")) {
        if (want(1, QStringLiteral("add-stage STAGE")))
            return editor.addStage(a[0]);
    } else if (op == QLatin1String("add-script")) {
        if (want(2, QStringLiteral("add-script JOB CMD [--index N]")))
            return editor.addScriptLine(a[0], a[1], options.hasIndex ? index : -1);
    } else if (op == QLatin1String("remove-script")) {
        if (want(2, QStringLiteral("remove-script JOB INDEX")) && number(a[1], &i1))
            return editor.removeScriptLine(a[0], i1);
    } else if (op == QLatin1String("set-script")) {
        if (want(3, QStringLiteral("set-script JOB INDEX CMD")) && number(a[1], &i1))
            return editor.setScriptLine(a[0], i1, a[2]);
    } else if (op == QLatin1String("move-script")) {
        if (want(3, QStringLiteral("move-script JOB FROM TO")) && number(a[1], &i1) && number(a[2], &i2))
            return editor.moveScriptLine(a[0], i1, i2);
    } else if (op == QLatin1String("set")) {
        if (want(2, QStringLiteral("set KEYPATH VALUE")))
            return editor.set(a[0], a[1]);
    }
    return WorkflowEditResult();
}

/// One visual edit from the command line, through the same WorkflowEditor (GitHub Actions) or
/// GitLabEditor (GitLab CI) as the graph view.
int edit(const QStringList &args)
{
    const QString command = QStringLiteral("workflow edit");
    QCommandLineParser parser;
    const QCommandLineOption toStdout(QStringLiteral("stdout"), Tr::tr("Print the edited file instead of writing it."));
    const QCommandLineOption runsOn(QStringLiteral("runs-on"), Tr::tr("add-job: the runner label."), QStringLiteral("LABEL"));
    const QCommandLineOption needs(QStringLiteral("needs"), Tr::tr("add-job: the jobs it needs, comma-separated."), QStringLiteral("A,B"));
    const QCommandLineOption run(QStringLiteral("run"), Tr::tr("add-step: the command to run."), QStringLiteral("CMD"));
    const QCommandLineOption uses(QStringLiteral("uses"), Tr::tr("add-step: the action to use."), QStringLiteral("ACTION"));
    const QCommandLineOption with(QStringLiteral("with"), Tr::tr("add-step: an input of the action (repeatable)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("add-step: the step's name."), QStringLiteral("NAME"));
    const QCommandLineOption index(QStringLiteral("index"), Tr::tr("add-step, add-script: where to insert it (0 is first)."), QStringLiteral("N"));
    const QCommandLineOption stage(QStringLiteral("stage"), Tr::tr("add-job (GitLab CI): the job's stage."), QStringLiteral("STAGE"));
    const QCommandLineOption script(QStringLiteral("script"), Tr::tr("add-job (GitLab CI): a script line (repeatable)."), QStringLiteral("CMD"));
    parser.addOptions({toStdout, runsOn, needs, run, uses, with, name, index, stage, script});
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The workflow file."), QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("op"), Tr::tr("add-job, remove-job, rename-job, add-needs, remove-needs, add-step, remove-step, move-step, set or remove; "
                                                                "GitLab CI: set-stage, add-stage, add-script, remove-script, set-script, move-script instead of the step edits."),
                                 QStringLiteral("OP ARGS..."));
    int exitCode = ExitOk;
    if (!CommandIo::parse(parser, command, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return CommandIo::fail(command, Tr::tr("give the file and the edit: FILE OP ARGS..."), ExitUsage);
    const QString file = positional[0];
    const QString op = positional[1];
    const QStringList a = positional.mid(2);
    QString error;
    const WorkflowDocument doc = WorkflowDocument::fromFile(file, &error);
    if (!error.isEmpty())
        return CommandIo::fail(command, error, ExitUsage);
    const bool gitlab = doc.kind() == WorkflowKind::GitLabCi;
    if (gitlab && kGitHubOnly.contains(op))
        return CommandIo::fail(command, Tr::tr("%1 is a GitHub Actions edit; %2 is a GitLab CI file (use add-script, remove-script, move-script)")
                                            .arg(op, file), ExitUsage);
    if (!gitlab && kGitLabOnly.contains(op))
        return CommandIo::fail(command, Tr::tr("%1 is a GitLab CI edit; %2 is a GitHub Actions workflow").arg(op, file), ExitUsage);
    if (gitlab && (parser.isSet(runsOn) || parser.isSet(run) || parser.isSet(uses) || parser.isSet(with) || parser.isSet(name)))
        return CommandIo::fail(command, Tr::tr("--runs-on, --run, --uses, --with and --name are for GitHub Actions workflows; %1 is a GitLab CI file").arg(file), ExitUsage);
    if (!gitlab && (parser.isSet(stage) || parser.isSet(script)))
        return CommandIo::fail(command, Tr::tr("--stage and --script are for GitLab CI files; %1 is a GitHub Actions workflow").arg(file), ExitUsage);
    const WorkflowEditor editor(doc);
    const auto want = [&](qsizetype count, const QString &usage) {
        if (a.size() == count)
            return true;
        error = Tr::tr("usage: gantry workflow edit FILE %1").arg(usage);
        return false;
    };
    const auto number = [&](const QString &text, int *out) {
        bool ok = false;
        *out = text.toInt(&ok);
        if (!ok || *out < 0)
            error = gitlab ? Tr::tr("'%1' is not a script line index (0 is the first line)").arg(text)
                           : Tr::tr("'%1' is not a step index (0 is the first step)").arg(text);
        return ok && *out >= 0;
    };
    WorkflowEditResult result;
    int i1 = 0;
    int i2 = 0;
    static const QStringList gitlabOps = kGitLabOnly + QStringList{QStringLiteral("add-job"), QStringLiteral("remove-job"), QStringLiteral("rename-job"),
                                                                  QStringLiteral("add-needs"), QStringLiteral("remove-needs"), QStringLiteral("set")};
    if (gitlab) {
        if (!gitlabOps.contains(op))
            return CommandIo::fail(command, Tr::tr("unknown edit '%1'").arg(op), ExitUsage);
        GitLabEditArgs options;
        options.stage = parser.value(stage);
        options.script = parser.values(script);
        options.needs = parser.value(needs).split(QLatin1Char(','), Qt::SkipEmptyParts);
        options.hasIndex = parser.isSet(index);
        if (!options.hasIndex || number(parser.value(index), &i1))
            result = gitlabEdit(GitLabEditor(doc), op, a, options, want, number, i1);
    } else if (op == QLatin1String("add-job")) {
        if (want(1, QStringLiteral("add-job ID [--runs-on LABEL] [--needs A,B]")))
            result = editor.addJob(a[0], parser.value(runsOn),
                                   parser.value(needs).split(QLatin1Char(','), Qt::SkipEmptyParts));
    } else if (op == QLatin1String("remove-job")) {
        if (want(1, QStringLiteral("remove-job ID")))
            result = editor.removeJob(a[0]);
    } else if (op == QLatin1String("remove")) {
        if (want(1, QStringLiteral("remove KEYPATH")))
            result = editor.remove(a[0]);
    } else if (op == QLatin1String("rename-job")) {
        if (want(2, QStringLiteral("rename-job OLD NEW")))
            result = editor.renameJob(a[0], a[1]);
    } else if (op == QLatin1String("add-needs") || op == QLatin1String("remove-needs")) {
        if (want(2, op + QStringLiteral(" JOB DEP")))
            result = op == QLatin1String("add-needs") ? editor.addNeeds(a[0], a[1]) : editor.removeNeeds(a[0], a[1]);
    } else if (op == QLatin1String("add-step")) {
        if (want(1, QStringLiteral("add-step JOB (--run CMD | --uses ACTION [--with KEY=VALUE]...) [--name NAME] [--index N]"))
            && (!parser.isSet(index) || number(parser.value(index), &i1))) {
            WorkflowEditor::NewStep step;
            step.name = parser.value(name);
            step.run = parser.value(run);
            step.uses = parser.value(uses);
            for (const QString &pair : parser.values(with)) {
                const qsizetype eq = pair.indexOf(QLatin1Char('='));
                if (eq <= 0) {
                    error = Tr::tr("--with takes KEY=VALUE, not '%1'").arg(pair);
                    break;
                }
                step.with.append({pair.left(eq), pair.mid(eq + 1)});
            }
            if (error.isEmpty())
                result = editor.addStep(a[0], step, parser.isSet(index) ? i1 : -1);
        }
    } else if (op == QLatin1String("remove-step")) {
        if (want(2, QStringLiteral("remove-step JOB INDEX")) && number(a[1], &i1))
            result = editor.removeStep(a[0], i1);
    } else if (op == QLatin1String("move-step")) {
        if (want(3, QStringLiteral("move-step JOB FROM TO")) && number(a[1], &i1) && number(a[2], &i2))
            result = editor.moveStep(a[0], i1, i2);
    } else if (op == QLatin1String("set")) {
        if (want(2, QStringLiteral("set KEYPATH VALUE")))
            result = editor.set(a[0], a[1]);
    } else {
        return CommandIo::fail(command, Tr::tr("unknown edit '%1'").arg(op), ExitUsage);
    }
    if (!error.isEmpty())
        return CommandIo::fail(command, error, ExitUsage);
    if (!result.ok)
        return CommandIo::fail(command, Tr::tr("%1: %2").arg(file, result.error), ExitFailure);
    if (parser.isSet(toStdout)) {
        CommandIo::out(result.text);
        return ExitOk;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(result.text) != result.text.size() || !out.commit())
        return CommandIo::fail(command, Tr::tr("cannot write %1: %2").arg(file, out.errorString()), ExitFailure);
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
    if (sub == QLatin1String("edit"))
        return edit(rest);
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        CommandIo::out(Tr::tr("Usage: gantry workflow check FILE...\n"
                              "       gantry workflow graph FILE [--json]\n"
                              "       gantry workflow edit FILE OP ARGS... [--stdout]\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    return CommandIo::fail(QStringLiteral("workflow"), Tr::tr("unknown subcommand '%1' (check, graph, edit)").arg(sub), ExitUsage);
}

} // namespace gantry
