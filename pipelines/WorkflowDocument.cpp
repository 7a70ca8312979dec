#include "pipelines/WorkflowDocument.h"

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
        if (!baseDir.isEmpty()) {
            read = [baseDir](const QString &path, QString *error) {
                QFile file(QDir(baseDir).filePath(path));
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = file.errorString();
                    return QByteArray();
                }
                return file.readAll();
            };
        }
        doc.m_gitlab = GitLabReader::read(doc.m_tree, read);
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
    return fromText(file.readAll(), kindOfPath(path), QFileInfo(path).absolutePath());
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
