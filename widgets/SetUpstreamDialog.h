#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace gantry {

/// Asks which branch a local branch should track: one of the remote-tracking branches offered
/// (or a name typed in), or no upstream at all. Holds no Git logic: the owner gives the
/// candidates and the current upstream, and applies upstream() when it is accepted.
class SetUpstreamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetUpstreamDialog(QWidget *parent = nullptr);
    ~SetUpstreamDialog() override;

    /// The local branch whose upstream is set (shown in the dialog's text).
    void setBranch(const QString &branch);
    QString branch() const { return m_branch; }
    /// The branches offered: remote-tracking ones ("origin/main") first, then local ones; others
    /// can be typed. Without remote-tracking branches a hint says where they come from.
    void setCandidates(const QStringList &remoteTracking, const QStringList &local = {});
    QStringList candidates() const { return m_candidates; }
    /// The branch tracked now (selected); empty when none (then the first candidate is offered).
    void setCurrentUpstream(const QString &upstream);
    QString currentUpstream() const { return m_current; }

    /// The chosen upstream; empty when "No upstream" was chosen.
    QString upstream() const;
    /// Selects "No upstream" (`unset`) or tracking the branch in the box.
    void setUnset(bool unset);
    bool isUnset() const;
    /// Fills the box as if typed.
    void setUpstreamText(const QString &text);

    /// Why the dialog cannot be accepted yet (empty when it can).
    QString problem() const;

    // Parts, for tests.
    QComboBox *upstreamBox() const { return m_upstream; }
    QRadioButton *trackButton() const { return m_track; }
    QRadioButton *unsetButton() const { return m_unset; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *hintLabel() const { return m_hint; }
    QPushButton *acceptButton() const;

private:
    void revalidate();

    QString m_branch;
    QString m_current;
    QStringList m_candidates;
    QLabel *m_intro = nullptr;
    QRadioButton *m_track = nullptr;
    QComboBox *m_upstream = nullptr;
    QRadioButton *m_unset = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
