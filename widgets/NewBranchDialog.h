#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

/// Asks for a new branch: its name (checked live by the owner's validator), where it starts,
/// and whether to check it out. In rename mode it asks only for the new name of a branch.
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

    void setName(const QString &name);
    QString name() const;
    void setStartPoint(const QString &revision);
    QString startPoint() const;
    /// Revisions offered in the start point box (branches, tags); the box stays editable.
    void setStartPointSuggestions(const QStringList &revisions);
    void setCheckoutAfterCreate(bool checkout);
    bool checkoutAfterCreate() const;

    /// Turns the dialog into "Rename branch `oldName`": no start point, no checkout option.
    void setRenameMode(const QString &oldName);
    bool isRenameMode() const { return !m_renaming.isEmpty(); }

    /// The current problem with the name (empty when it can be used).
    QString problem() const;

    // Parts, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *startPointBox() const { return m_startPoint; }
    QCheckBox *checkoutBox() const { return m_checkout; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *acceptButton() const;

private:
    void revalidate();

    NameValidator m_validator;
    QString m_renaming;
    QLineEdit *m_name = nullptr;
    QComboBox *m_startPoint = nullptr;
    QLabel *m_startPointLabel = nullptr;
    QCheckBox *m_checkout = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
