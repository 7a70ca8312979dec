#pragma once

#include "gitcore/SecretScanner.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace gantry {

/// Shown when what is about to be staged looks like a secret, environment metadata or a large
/// data file: lists each finding (where and why, the secret masked) and lets the user choose
/// to stage anyway, not stage, or add the files to .gitignore instead.
class SecretFindingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { DontStage, StageAnyway, AddToGitignore };
    Q_ENUM(Choice)

    explicit SecretFindingsDialog(const QList<SecretFinding> &findings, QWidget *parent = nullptr);

    /// Paths among the findings' that are already staged: "Add to .gitignore" unstages them too.
    void setAlreadyStaged(const QStringList &paths);

    Choice choice() const { return m_choice; }
    /// What "Add to .gitignore" adds: the exact paths, or the suggested patterns (per the combo box).
    QStringList ignoreEntries() const;

    // Parts, for tests.
    QTreeWidget *findingsList() const { return m_list; }
    QPushButton *stageAnywayButton() const { return m_stageAnyway; }
    QPushButton *dontStageButton() const { return m_dontStage; }
    QPushButton *ignoreButton() const { return m_ignore; }
    QComboBox *ignoreKindBox() const { return m_ignoreKind; }
    QLabel *stagedNote() const { return m_stagedNote; }

private:
    QList<SecretFinding> m_findings;
    Choice m_choice = Choice::DontStage;
    QTreeWidget *m_list = nullptr;
    QComboBox *m_ignoreKind = nullptr;
    QLabel *m_stagedNote = nullptr;
    QPushButton *m_stageAnyway = nullptr;
    QPushButton *m_dontStage = nullptr;
    QPushButton *m_ignore = nullptr;
};

} // namespace gantry
