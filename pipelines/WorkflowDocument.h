#pragma once

#include "pipelines/Diagnostic.h"
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
    static WorkflowDocument fromText(const QByteArray &text, WorkflowKind kind = WorkflowKind::GitHubActions);
    /// Reads a file; the kind comes from its name (`.gitlab-ci.yml` is GitLab CI). A file that
    /// cannot be read gives an error in `*error` and an empty document.
    static WorkflowDocument fromFile(const QString &path, QString *error);
    /// GitHub Actions or GitLab CI, by file name.
    static WorkflowKind kindOfPath(const QString &path);

    const QByteArray &text() const { return m_tree.text(); }
    WorkflowKind kind() const { return m_kind; }
    const YamlSyntaxTree &tree() const { return m_tree; }
    const Workflow &workflow() const { return m_workflow; }
    /// Every finding, sorted by position.
    const DiagnosticList &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

private:
    WorkflowKind m_kind = WorkflowKind::GitHubActions;
    YamlSyntaxTree m_tree;
    Workflow m_workflow;
    DiagnosticList m_diagnostics;
};

} // namespace gantry
