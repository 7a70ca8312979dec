#pragma once

#include "gitcore/Branches.h"
#include "gitcore/Tags.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace gantry {

class GitTaskRunner;
class MessageBar;
class RefsPanel;

/// Acts on the refs panel's requests — checkout, branches, tags, stashes — through Branches,
/// Checkout, Tags and Stashes on the task runner. Asks for names in small dialogs, offers
/// "Undo" after deletions and drops, and reloads the panel (refresh()) after each change.
class RefsController : public QObject
{
    Q_OBJECT
public:
    RefsController(GitTaskRunner *runner, MessageBar *messages, QWidget *dialogParent, QObject *parent = nullptr);

    void connectPanel(RefsPanel *panel);

public Q_SLOTS:
    /// Reloads branches, tags and stashes into the panel.
    void refresh();
    void checkout(const QString &ref, bool detach = false);
    void createBranch(const QString &fromRev = QStringLiteral("HEAD"));
    void renameBranch(const QString &branch);
    void deleteBranch(const QString &branch, bool remoteTracking = false);
    void setUpstream(const QString &branch);
    void unsetUpstream(const QString &branch);
    void createTag(const QString &rev = QStringLiteral("HEAD"));
    void deleteTag(const QString &tag);
    void saveStash();
    void applyStash(int index);
    void popStash(int index);
    void dropStash(int index);

Q_SIGNALS:
    /// Refs, HEAD or the working tree changed: reload history and status.
    void changed();

private:
    void report(const QString &error);
    /// HEAD, branches and tags, for the start-point and target boxes of the dialogs.
    QStringList revisionSuggestions() const;
    void checkoutWithStash(const QString &ref, bool detach);
    void removeBranch(const QString &branch, bool force);
    void restoreBranch(const DeletedBranch &deleted);
    void applyOrPop(int index, bool pop);
    /// Runs an operation without a value, reports its error or `success`, then refreshes.
    template <typename Work>
    void runVoid(const QString &label, Work work, const QString &success);

    GitTaskRunner *m_runner;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_dialogParent;
    QPointer<RefsPanel> m_panel;
    BranchList m_branches;
    TagList m_tags;
};

} // namespace gantry
