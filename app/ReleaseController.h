#pragma once

#include "gitcore/ReleaseCreator.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace gantry {

class CreateReleaseDialog;
class GitTaskRunner;
class MessageBar;

/// "Create Release…": computes the next version and its changelog on the task runner, shows
/// them in a CreateReleaseDialog, then makes the optional CHANGELOG.md commit and the annotated
/// tag (ReleaseCreator) off the UI thread, offering "Undo" in the message bar.
class ReleaseController : public QObject
{
    Q_OBJECT
public:
    ReleaseController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent = nullptr);

    /// The open dialog, if any (for tests).
    CreateReleaseDialog *dialog() const;

public Q_SLOTS:
    /// Computes the release of HEAD and opens the dialog when done.
    void createRelease();

Q_SIGNALS:
    /// A release (or its undo) changed refs or HEAD.
    void changed();
    /// The dialog is open with the computed release.
    void dialogShown();

private:
    void release(const ReleaseRequest &request);
    void undo(const ReleaseOutcome &outcome);

    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_dialogParent;
    QPointer<CreateReleaseDialog> m_dialog;
};

} // namespace gantry
