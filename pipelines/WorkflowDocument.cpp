#include "pipelines/WorkflowDocument.h"

#include "pipelines/CiConfig.h"
#include "pipelines/WorkflowReader.h"
#include "pipelines/WorkflowValidator.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gantry {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorkflowDocument)
};
} // namespace

WorkflowDocument WorkflowDocument::fromText(const QByteArray &text, WorkflowKind kind, const QString &baseDir)
{
    WorkflowDocument doc;
    doc.m_kind = kind;
    doc.m_baseDir = baseDir;
    doc.m_tree = YamlSyntaxParser::parse(text, kind == WorkflowKind::GitLabCi ? YamlSyntaxParser::MergeKeys::Resolve
                                                                               : YamlSyntaxParser::MergeKeys::Reject);
    if (kind == WorkflowKind::GitHubActions) {
        doc.m_workflow = WorkflowReader::read(doc.m_tree);
        doc.m_diagnostics = WorkflowValidator::validate(doc.m_tree, doc.m_workflow);
    } else {
        GitLabReader::IncludeReader read;
        int maxIncludes = GitLabReader::DefaultMaxIncludes;
        DiagnosticList configProblems;
        if (!baseDir.isEmpty()) {
            const CiConfig config = CiConfig::discover(baseDir);
            maxIncludes = config.gitlabMaxIncludes();
            for (Diagnostic d : config.problems()) {
                d.message = Tr::tr("in %1:%2:%3: %4").arg(CiConfig::fileName()).arg(d.line).arg(d.column).arg(d.message);
                d.line = 1;
                d.column = 1;
                d.severity = Diagnostic::Severity::Warning;
                configProblems.append(d);
            }
            // GitLab reads local includes inside the project only: a path (normalised by the
            // reader) that a symbolic link leads out of the project is refused here.
            read = [root = QDir(baseDir).canonicalPath()](const QString &path, QString *error) {
                const QString full = QDir(root).filePath(path);
                const QString canonical = QFileInfo(full).canonicalFilePath();
                if (canonical.isEmpty()) {
                    *error = Tr::tr("no such file in the project");
                    return QByteArray();
                }
                if (!canonical.startsWith(root + QLatin1Char('/'))) {
                    *error = Tr::tr("it leads outside the project (through a symbolic link); GitLab reads local includes from the project only");
                    return QByteArray();
                }
                QFile file(canonical);
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = file.errorString();
                    return QByteArray();
                }
                return file.readAll();
            };
        }
        doc.m_gitlab = GitLabReader::read(doc.m_tree, read, maxIncludes);
        doc.m_gitlab.diagnostics += configProblems;
        doc.m_diagnostics = doc.m_tree.diagnostics() + doc.m_gitlab.diagnostics;
    }
    sortDiagnostics(doc.m_diagnostics);
    return doc;
}

WorkflowDocument WorkflowDocument::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return WorkflowDocument();
    }
    return fromText(file.readAll(), kindOfPath(path), projectRootOf(path));
}

QString WorkflowDocument::projectRootOf(const QString &filePath)
{
    const QString start = QFileInfo(filePath).absolutePath();
    for (QDir dir(start);;) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return dir.absolutePath();
        if (!dir.cdUp())
            return start;
    }
}

WorkflowKind WorkflowDocument::kindOfPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.endsWith(QLatin1String(".gitlab-ci.yml")) || name.endsWith(QLatin1String(".gitlab-ci.yaml"))
        ? WorkflowKind::GitLabCi
        : WorkflowKind::GitHubActions;
}

bool WorkflowDocument::hasErrors() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace gantry
