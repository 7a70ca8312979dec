#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/GitLabPipeline.h"
#include "pipelines/WorkflowLocator.h"
#include "pipelines/WorkflowModel.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QByteArray>
#include <QString>

namespace gantry {

/// One workflow file as the editor and the command line hold it: its bytes (the single source
/// of truth), the syntax tree, the model read from it, and its findings. Rebuilt from the text
/// after every change; cheap to copy (the containers are implicitly shared).
class WorkflowDocument
{
public:
    WorkflowDocument() = default;
    /// Parses `text`; GitLab CI files resolve `<<` merge keys, GitHub workflows reject them.
    /// `baseDir` is where a GitLab CI file's local includes are read from (the project root);
    /// empty: includes are reported as not read.
    static WorkflowDocument fromText(const QByteArray &text, WorkflowKind kind = WorkflowKind::GitHubActions,
                                     const QString &baseDir = {});
    /// Reads a file; the kind comes from its name (`.gitlab-ci.yml` is GitLab CI). A file that
    /// cannot be read gives an error in `*error` and an empty document.
    static WorkflowDocument fromFile(const QString &path, QString *error);
    /// The project a workflow file belongs to: the nearest folder upward holding `.git`, else
    /// the file's own folder. GitLab reads local includes from there, whoever includes them.
    static QString projectRootOf(const QString &filePath);
    /// GitHub Actions or GitLab CI, by file name.
    static WorkflowKind kindOfPath(const QString &path);

    const QByteArray &text() const { return m_tree.text(); }
    WorkflowKind kind() const { return m_kind; }
    /// Where a GitLab CI file's local includes were read from (empty: not read).
    const QString &baseDir() const { return m_baseDir; }
    const YamlSyntaxTree &tree() const { return m_tree; }
    const Workflow &workflow() const { return m_workflow; }
    /// GitLab CI files: the merged pipeline (extends and local includes applied).
    const GitLabPipeline &gitlab() const { return m_gitlab; }
    /// Every finding, sorted by position.
    const DiagnosticList &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

private:
    WorkflowKind m_kind = WorkflowKind::GitHubActions;
    QString m_baseDir;
    YamlSyntaxTree m_tree;
    Workflow m_workflow;
    GitLabPipeline m_gitlab;
    DiagnosticList m_diagnostics;
};

} // namespace gantry
