#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gantry {

/// Asks for a new tag: name (checked live by the owner's validator), target, and whether it is
/// annotated — then with a message.
class NewTagDialog : public QDialog
{
    Q_OBJECT
public:
    /// Returns why `name` cannot be used, or an empty string when it can.
    using NameValidator = std::function<QString(const QString &name)>;

    explicit NewTagDialog(QWidget *parent = nullptr);
    ~NewTagDialog() override;

    /// The owner's check (usually Tags::nameProblem(repo, name)); by default only non-empty
    /// names without spaces pass.
    void setNameValidator(NameValidator validator);

    void setName(const QString &name);
    QString name() const;
    void setTarget(const QString &revision);
    QString target() const;
    void setTargetSuggestions(const QStringList &revisions);
    void setAnnotated(bool annotated);
    bool isAnnotated() const;
    void setMessage(const QString &message);
    QString message() const;

    /// Why the dialog cannot be accepted yet (empty when it can).
    QString problem() const;

    // Parts, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *targetBox() const { return m_target; }
    QCheckBox *annotatedBox() const { return m_annotated; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *acceptButton() const;

private:
    void revalidate();

    NameValidator m_validator;
    QLineEdit *m_name = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_annotated = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
