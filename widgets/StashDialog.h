#pragma once

#include "gitcore/Stashes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace gantry {

/// Asks how to stash the local changes: an optional message, whether to include untracked
/// files, and whether to keep the staged changes in place.
class StashDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StashDialog(QWidget *parent = nullptr);
    ~StashDialog() override;

    void setOptions(const StashSaveOptions &options);
    StashSaveOptions options() const;

    // Parts, for tests.
    QLineEdit *messageEdit() const { return m_message; }
    QCheckBox *includeUntrackedBox() const { return m_untracked; }
    QCheckBox *keepIndexBox() const { return m_keepIndex; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_message = nullptr;
    QCheckBox *m_untracked = nullptr;
    QCheckBox *m_keepIndex = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
