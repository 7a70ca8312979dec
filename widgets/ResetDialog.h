#pragma once

#include "gitcore/Reset.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QRadioButton;

namespace gantry {

/// Asks how to reset the current branch to a commit: soft, mixed or hard, each explained, with
/// the commits that would leave the branch listed. Holds no Git logic: the owner fills it and
/// runs the reset with mode() when it is accepted.
class ResetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResetDialog(QWidget *parent = nullptr);

    /// The branch moved ("main", or "HEAD" when detached) and the commit it would point at.
    void setTarget(const QString &branch, const QString &target);
    /// "abc1234 subject" lines of the commits leaving the branch.
    void setLeavingCommits(const QStringList &commits);
    void setMode(ResetMode mode);
    ResetMode mode() const;

    QRadioButton *softButton() const { return m_soft; }
    QRadioButton *mixedButton() const { return m_mixed; }
    QRadioButton *hardButton() const { return m_hard; }
    QLabel *leavingLabel() const { return m_leaving; }

private:
    QLabel *m_intro = nullptr;
    QLabel *m_leaving = nullptr;
    QRadioButton *m_soft = nullptr;
    QRadioButton *m_mixed = nullptr;
    QRadioButton *m_hard = nullptr;
};

} // namespace gantry
