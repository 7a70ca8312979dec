#pragma once

#include "app/WorkflowSession.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QFileSystemWatcher;
class QWidget;

namespace gantry {

class FileChangedBar;

/// Keeps the open workflow file in step with the disk. It watches the file (and its folder, for
/// git and editors that replace a file rather than write it) and checks again when asked (after
/// a refresh of the repository). A file without unsaved edits is reloaded; one with edits gets
/// the bar's choice — Reload, Keep Mine, Show Difference — never a silent overwrite; a deleted
/// file is said to be so. Before Save it asks when the disk changed since the file was read.
/// The comparing is the WorkflowSession's; this class asks and answers.
class WorkflowDiskSync : public QObject
{
    Q_OBJECT
public:
    WorkflowDiskSync(WorkflowSession *session, FileChangedBar *bar, QWidget *dialogParent);

    /// Starts watching the session's (newly opened) file.
    void watch();
    /// Compares the file with the disk now and reloads or offers the choice.
    void check();
    /// Before writing: whether Save goes on, and how (asks when the disk changed or the file is
    /// gone; "Reload" there reloads and does not save).
    bool confirmSave(WorkflowSession::SaveMode *mode);
    /// The open file is missing on disk (as last checked).
    bool isDeleted() const { return m_deleted; }

    /// The difference between the disk's version and the text being edited, in a dialog.
    void showDifference();
    /// The bar's answers (tests call them too).
    void reload();
    void keepMine();

Q_SIGNALS:
    /// The text was replaced by the disk's version.
    void reloaded();
    /// The deleted state changed, or a question was answered: the title may change.
    void stateChanged();
    /// A sentence for the workspace's message line (an error reloading).
    void message(const QString &text);

private:
    void rearm();
    QString fileName() const;

    WorkflowSession *m_session;
    FileChangedBar *m_bar;
    QPointer<QWidget> m_parent;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_settle;       ///< a burst of file events (a checkout) is checked once
    bool m_deleted = false;
    bool m_asking = false; ///< a question is open: checks wait for its answer
    bool m_checkAgain = false;
};

} // namespace gantry
