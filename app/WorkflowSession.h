#pragma once

#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>

namespace gantry {

/// One open workflow file in the Pipelines workspace: its text (the single source of truth),
/// the document parsed from it, and one undo stack for visual edits and typing alike. Text
/// changes are re-parsed after a short pause; visual edits at once. Unsaved work is written to
/// a recovery draft every few seconds and offered back when the file is opened again.
/// It remembers the bytes it read (or last wrote), so a change on disk underneath — a checkout,
/// a pull, another editor — is told apart from its own text by content, and Save never writes
/// over such a change unless told to.
class WorkflowSession : public QObject
{
    Q_OBJECT
public:
    /// How the file on disk compares with the bytes read or last written.
    enum class DiskState { Unchanged, Changed, Deleted };
    /// What Save does when the disk changed since the file was read.
    enum class SaveMode { IfUnchangedOnDisk, Overwrite };

    explicit WorkflowSession(QObject *parent = nullptr);

    /// Opens a file (nothing else changes when it cannot be read).
    bool open(const QString &path, QString *error);
    QString path() const { return m_path; }
    const QByteArray &text() const { return m_text; }
    /// The document of the current text. Typed text not parsed yet is parsed now, so an edit is
    /// never computed on an older text (documentChanged follows on the next event-loop turn).
    const WorkflowDocument &document() const;
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }

    /// Records a visual edit as an undoable step and applies it (emits patchApplied). An edit
    /// computed on another text than the current one is dropped: false.
    bool applyEdit(const WorkflowEditResult &result, const QString &label);
    /// Records a change the user already typed in the editor (typing merges into one step).
    void recordTyping(qsizetype position, const QByteArray &removed, const QByteArray &inserted);
    /// Writes the text. With IfUnchangedOnDisk it first compares the disk with what was read and
    /// writes nothing when they differ (or the file was deleted): false with the reason.
    bool save(QString *error, SaveMode mode = SaveMode::IfUnchangedOnDisk);

    /// The disk now against what was read or last written (reads the file; compares bytes).
    DiskState diskState() const;
    /// The file's bytes on disk now; `exists` false (and empty bytes) when it is missing.
    QByteArray readDisk(bool *exists = nullptr) const;
    /// The bytes read or last written: what the disk is compared with.
    const QByteArray &diskBaseline() const { return m_diskText; }
    /// Replaces the text with the file's bytes on disk, as one undoable step ("Reload from Disk":
    /// undo brings the replaced text back) changing only the lines that differ, so the cursor and
    /// the view stay where they can; the result is the new clean state.
    bool reloadFromDisk(QString *error);
    /// "Keep mine": the disk's current state is known and the text is kept; the change is not
    /// announced again (isDiskChangeSeen()) until the disk changes once more. Save still asks.
    void keepMine();
    /// Whether the disk's current state is the one keepMine() was told about.
    bool isDiskChangeSeen() const;

    /// The recovery draft of the open file, when one holds unsaved work from an earlier run.
    QString draftPath() const;
    bool hasDraft() const;
    /// Replaces the text with the draft's, as an undoable step.
    bool restoreDraft(QString *error);
    void discardDraft();
    /// Writes the draft now (the timer does it every few seconds while modified).
    void writeDraft();

    /// Applies a patch to the text and re-parses (commands call it; emits patchApplied).
    void applyPatch(const TextPatch &patch, bool fromEditor);

Q_SIGNALS:
    /// The text changed by a patch the editor has not seen yet: apply it there.
    void patchApplied(const gantry::TextPatch &patch);
    /// The document was re-parsed: redraw the graph and the findings.
    void documentChanged();
    void modifiedChanged(bool modified);

private:
    void reparse();
    void parse() const;

    QString m_path;
    QByteArray m_text;
    QByteArray m_diskText;          ///< what was read or last written
    bool m_keptSeen = false;        ///< keepMine() was told about the disk state below
    bool m_keptDeleted = false;
    QByteArray m_keptText;
    mutable WorkflowDocument m_document;
    mutable bool m_parsed = true; ///< m_document is of m_text
    QUndoStack m_undo;
    mutable QTimer m_reparse;
    QTimer m_draftTimer;
};

} // namespace gantry
