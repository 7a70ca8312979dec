#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QToolButton;
class QTreeWidget;

namespace gantry {

class EmptyStateOverlay;
class FileChangedBar;
class MessageBar;
class PipelineEditActions;
class WindowSettings;
class WorkflowDiskSync;
class WorkflowGraphView;
class WorkflowSession;
class WorkflowTextEditor;

/// The Pipelines workspace of a repository: its workflow files on the left (a narrow list that
/// folds away), and for the open one the graph and the YAML side by side, kept in sync both
/// ways, with the findings below. Graph gestures become WorkflowEditor edits on the
/// WorkflowSession (one undo stack for both sides); the open file follows the disk through
/// WorkflowDiskSync. This class wires and asks, the editor and the session decide.
class PipelinesTab : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinesTab(const QString &workdir, QWidget *parent = nullptr);

    /// Re-lists the workflow files (and opens the first when none is open), and brings the open
    /// one in step with the disk (the repository's refresh calls it: checkout, pull, reset…).
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
    /// Why an edit was refused, what a schedule means…: a card over the workspace's bottom right.
    MessageBar *messageBar() const { return m_message; }
    QLabel *titleLabel() const { return m_title; }
    FileChangedBar *diskBar() const { return m_diskBar; }
    WorkflowDiskSync *diskSync() const { return m_disk; }
    /// The zoom level in the toolbar ("85 %"; a click goes back to 100 %).
    QToolButton *zoomButton() const { return m_zoomButton; }
    /// "Files": shows or folds away the file list.
    QAction *filesAction() const { return m_filesAction; }
    QSplitter *filesSplitter() const { return m_outer; }
    QSplitter *sidesSplitter() const { return m_sides; }
    QSplitter *findingsSplitter() const { return m_vertical; }
    EmptyStateOverlay *findingsEmptyText() const { return m_findingsEmpty; }
    EmptyStateOverlay *filesEmptyText() const { return m_filesEmpty; }
    QString openPath() const;

    void restoreLayout(const WindowSettings &settings);
    void saveLayout(WindowSettings &settings) const;

    /// The graph edits (the graph's gestures and menus; tests call them too).
    PipelineEditActions *edits() const { return m_edits; }

private:
    void buildUi();
    void onDocumentChanged();
    void selectYamlNode(int node);
    void onCursorMoved(qsizetype position);
    void updateTitle();
    void showMessage(const QString &text);
    /// Lists the workflow files again when they changed (the open one stays, marked when deleted).
    void listFiles();
    void setFilesShown(bool shown);

    QString m_workdir;
    WorkflowSession *m_session = nullptr;
    PipelineEditActions *m_edits = nullptr;
    WorkflowDiskSync *m_disk = nullptr;
    FileChangedBar *m_diskBar = nullptr;
    QListWidget *m_files = nullptr;
    EmptyStateOverlay *m_filesEmpty = nullptr;
    EmptyStateOverlay *m_findingsEmpty = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_sides = nullptr;
    QSplitter *m_vertical = nullptr;
    QToolButton *m_zoomButton = nullptr;
    QAction *m_filesAction = nullptr;
    int m_filesWidth = 0; ///< the list's width before it was folded away
    bool m_listedOnce = false;
    WorkflowGraphView *m_graph = nullptr;
    WorkflowTextEditor *m_text = nullptr;
    QTreeWidget *m_findings = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_title = nullptr;
    QSet<QString> m_expanded;
    QSet<QString> m_foldedSteps;
    bool m_syncingSelection = false;
};

} // namespace gantry
