#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QTreeWidget;

namespace gantry {

class PipelineEditActions;
class WorkflowGraphView;
class WorkflowSession;
class WorkflowTextEditor;

/// The Pipelines workspace of a repository: its workflow files on the left, and for the open
/// one the graph and the YAML side by side, kept in sync both ways, with the findings below.
/// Graph gestures become WorkflowEditor edits on the WorkflowSession (one undo stack for both
/// sides); this class wires and asks, the editor and the session decide.
class PipelinesTab : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinesTab(const QString &workdir, QWidget *parent = nullptr);

    /// Re-lists the workflow files (and opens the first when none is open).
    void reload();
    /// Opens a workflow file (asking first when the open one has unsaved changes).
    bool openFile(const QString &relativePath);
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    bool save();
    /// "New Workflow…": a template, named, written under .github/workflows/ and opened.
    bool newWorkflow();

    WorkflowSession *session() const { return m_session; }
    WorkflowGraphView *graphView() const { return m_graph; }
    WorkflowTextEditor *textEditor() const { return m_text; }
    QTreeWidget *findingsList() const { return m_findings; }
    QListWidget *fileList() const { return m_files; }
    QLabel *messageLabel() const { return m_message; }
    QString openPath() const;

    /// The graph edits (the graph's gestures and menus; tests call them too).
    PipelineEditActions *edits() const { return m_edits; }

private:
    void buildUi();
    void onDocumentChanged();
    void selectYamlNode(int node);
    void onCursorMoved(qsizetype position);
    void updateTitle();

    QString m_workdir;
    WorkflowSession *m_session = nullptr;
    PipelineEditActions *m_edits = nullptr;
    QListWidget *m_files = nullptr;
    WorkflowGraphView *m_graph = nullptr;
    WorkflowTextEditor *m_text = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_title = nullptr;
    QSet<QString> m_expanded;
    bool m_syncingSelection = false;
};

} // namespace gantry
