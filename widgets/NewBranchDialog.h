#pragma once

#include "gitcore/BranchInfo.h"
#include "gitcore/BranchPolicy.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace gantry {

/// Asks for a new branch: its name — built by convention from a type, an issue number and a
/// description, or typed freely — checked live against git's rules (the owner's validator) and
/// the repository's branch policy, where it starts (proposed per type by the policy, always
/// overridable), and whether to check it out. A name outside the policy needs an explicit
/// override. In rename mode it asks only for the new name of a branch.
class NewBranchDialog : public QDialog
{
    Q_OBJECT
public:
    /// Returns why `name` cannot be used, or an empty string when it can.
    using NameValidator = std::function<QString(const QString &name)>;

    explicit NewBranchDialog(QWidget *parent = nullptr);
    ~NewBranchDialog() override;

    /// The owner's check (usually Branches::nameProblem(repo, name)); by default only
    /// the name's syntax is checked.
    void setNameValidator(NameValidator validator);
    /// The branch policy names are checked against and types come from (defaults until set).
    void setPolicy(const BranchPolicy &policy);
    /// The repository's branches: local ones are the bases the policy can propose, and a base
    /// behind its upstream gets a "pull first" note.
    void setBranches(const BranchList &branches);

    void setName(const QString &name);
    QString name() const;
    /// An explicit start point (a commit from the history, a branch from the panel): kept when
    /// the type changes. "HEAD" leaves the choice to the policy.
    void setStartPoint(const QString &revision);
    QString startPoint() const;
    /// Revisions offered in the start point box (branches, tags); the box stays editable.
    void setStartPointSuggestions(const QStringList &revisions);
    void setCheckoutAfterCreate(bool checkout);
    bool checkoutAfterCreate() const;

    /// By convention (type, issue, description) or a free name.
    void setConventionMode(bool convention);
    bool isConventionMode() const;

    /// Turns the dialog into "Rename branch `oldName`": no start point, no checkout option.
    void setRenameMode(const QString &oldName);
    bool isRenameMode() const { return !m_renaming.isEmpty(); }

    /// The current problem with the name (empty when it can be used); policy aside.
    QString problem() const;
    /// The policy's verdict on the current name.
    BranchVerdict policyVerdict() const;
    /// True when the name is outside the policy and the user chose to create it anyway.
    bool overridesPolicy() const;

    // Parts, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *startPointBox() const { return m_startPoint; }
    QCheckBox *checkoutBox() const { return m_checkout; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *acceptButton() const;
    QRadioButton *conventionButton() const { return m_conventionMode; }
    QRadioButton *freeNameButton() const { return m_freeMode; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *issueEdit() const { return m_issue; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *baseHintLabel() const { return m_baseHint; }
    QCheckBox *overrideBox() const { return m_override; }
    QLabel *policyNoteLabel() const { return m_policyNote; }

private:
    QWidget *buildConventionForm();
    void fillTypes();
    void rebuildName();
    void proposeBase();
    void updateBaseHint();
    void revalidate();
    QStringList localBranches() const;

    NameValidator m_validator;
    BranchPolicy m_policy;
    BranchList m_branches;
    QString m_renaming;
    bool m_startPointChosen = false;
    bool m_settingStartPoint = false;
    QString m_proposedType;

    QRadioButton *m_conventionMode = nullptr;
    QRadioButton *m_freeMode = nullptr;
    QWidget *m_modeRow = nullptr;
    QWidget *m_conventionForm = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_issue = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_startPoint = nullptr;
    QLabel *m_startPointLabel = nullptr;
    QLabel *m_baseHint = nullptr;
    QCheckBox *m_checkout = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_verdict = nullptr;
    QCheckBox *m_override = nullptr;
    QLabel *m_policyNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
