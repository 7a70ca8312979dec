#pragma once

#include "gitcore/RemoteTransfer.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

/// "Push…": which local branch goes to which branch of which remote, whether it becomes the
/// upstream, and "Force with lease" for a rewrite (explained; there is no plain force). Holds no
/// Git logic: the owner fills in the choices and what a push of the default would do, and
/// pushes request() when it is accepted.
class PushDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PushDialog(QWidget *parent = nullptr);
    ~PushDialog() override;

    void setRemotes(const QStringList &remotes, const QString &current);
    void setLocalBranches(const QStringList &branches, const QString &current);
    void setRemoteBranch(const QString &branch);
    void setSetUpstream(bool on);
    void setForceWithLease(bool on);
    /// What pushing the branches first shown would do ("3 commits to push"); cleared once the
    /// choice changes (the push is checked again when it is made).
    void setSummary(const QString &text);

    PushRequest request() const;

    // Parts, for tests.
    QComboBox *remoteBox() const { return m_remote; }
    QComboBox *localBox() const { return m_local; }
    QLineEdit *remoteBranchEdit() const { return m_remoteBranch; }
    QCheckBox *upstreamCheck() const { return m_upstream; }
    QCheckBox *leaseCheck() const { return m_lease; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *pushButton() const;

private:
    void revalidate();

    QComboBox *m_remote = nullptr;
    QComboBox *m_local = nullptr;
    QLineEdit *m_remoteBranch = nullptr;
    QCheckBox *m_upstream = nullptr;
    QCheckBox *m_lease = nullptr;
    QLabel *m_leaseHelp = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_filling = false;
};

} // namespace gantry
