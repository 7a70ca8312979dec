#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/Oid.h"
#include "gitcore/SecretScanner.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace gantry {

class DiffView;
class GitTaskRunner;
class MessageBar;
class WorkingTreeView;

/// Turns the stage / unstage / discard requests of the working-tree list and the diff view into
/// Staging operations on the task runner. Discards are confirmed first and offer "Undo"
/// (DiscardArchive). Stages go through the secrets guard first (StagingGuard, off the UI thread):
/// findings open a SecretFindingsDialog — stage anyway, don't stage, or add to .gitignore.
/// Emits changed() after every operation that may have changed the index or
/// the working tree, errors go to the message bar.
class StagingController : public QObject
{
    Q_OBJECT
public:
    StagingController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent = nullptr);

    /// Listens to the file list's stage/unstage/discard requests.
    void connectWorkingTree(WorkingTreeView *view);
    /// Listens to the diff view's hunk and line requests (the DiffFile is the one it shows).
    void connectDiffView(DiffView *view);

    /// Asks before discarding (default on); tests may turn it off.
    void setConfirmDiscards(bool confirm) { m_confirmDiscards = confirm; }
    /// Scans for secrets before staging (default on; the repository's guards.secrets can turn it off).
    void setGuardSecrets(bool guard) { m_guardSecrets = guard; }

public Q_SLOTS:
    void stageFiles(const QStringList &paths);
    void unstageFiles(const QStringList &paths);
    void discardFiles(const QStringList &paths);
    void stageAll();
    void unstageAll();
    void stageHunk(const gantry::DiffFile &file, int hunk);
    void unstageHunk(const gantry::DiffFile &file, int hunk);
    void discardHunk(const gantry::DiffFile &file, int hunk);
    void stageLines(const gantry::DiffFile &file, const QList<gantry::DiffLineRef> &lines);
    void unstageLines(const gantry::DiffFile &file, const QList<gantry::DiffLineRef> &lines);
    void discardLines(const gantry::DiffFile &file, const QList<gantry::DiffLineRef> &lines);
    /// Puts back what the discard archived as `entry`.
    void undoDiscard(const gantry::Oid &entry);

Q_SIGNALS:
    /// The index or the working tree changed: reload status and the shown diff.
    void changed();
    /// The secrets guard found something and the user chose (tests wait on it).
    void secretsDecided(int choice);

private:
    /// Runs an index-changing operation and reports its error, then emits changed().
    template <typename Work>
    void runIndexOperation(const QString &label, Work work);
    /// Runs a discard and offers to undo it.
    template <typename Work>
    void runDiscard(const QString &label, const QString &done, Work work);
    bool confirmDiscard(const QString &what);
    /// Scans with `scan` (Repository, SecretScanner → Result<QList<SecretFinding>>) on the runner,
    /// asks when it finds something, then stages with `stage` unless the user declined.
    template <typename Scan, typename Stage>
    void runGuardedStage(const QString &label, Scan scan, Stage stage);
    /// After "Add to .gitignore": writes the entries and unstages the already-staged paths.
    void ignoreInstead(const QStringList &entries, const QStringList &unstage);

    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_dialogParent;
    bool m_confirmDiscards = true;
    bool m_guardSecrets = true;
};

} // namespace gantry
