#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace gantry {

/// "Edit Step": a step's name, then either the command it runs (several lines, with its shell
/// and working directory) or the action it uses with its `with:` inputs as a key/value table,
/// and its `if:` condition. Takes and gives plain values; what changed is for the caller to
/// turn into edits.
class StepDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString name;
        bool usesAction = false;   ///< uses: (with its inputs) instead of run:
        QString run;               ///< shown without a final line break; given back without one
        QString uses;
        QList<std::pair<QString, QString>> with;
        QString shell;
        QString workingDirectory;
        QString condition;
    };

    explicit StepDialog(const Values &values, const QString &title, QWidget *parent = nullptr);

    /// What the dialog holds now; `with` without rows that have no key.
    Values values() const;

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *runButton() const { return m_runButton; }
    QRadioButton *usesButton() const { return m_usesButton; }
    QPlainTextEdit *runEdit() const { return m_run; }
    QComboBox *shellBox() const { return m_shell; }
    QLineEdit *workingDirectoryEdit() const { return m_workingDirectory; }
    QLineEdit *usesEdit() const { return m_uses; }
    QTableWidget *withTable() const { return m_with; }
    QLineEdit *conditionEdit() const { return m_condition; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Adds a `with:` row (the Add button does it with empty cells).
    void addInput(const QString &key = QString(), const QString &value = QString());

private:
    void validate();
    void showKind(bool usesAction);

    QLineEdit *m_name = nullptr;
    QRadioButton *m_runButton = nullptr;
    QRadioButton *m_usesButton = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_withBox = nullptr;
    QPlainTextEdit *m_run = nullptr;
    QComboBox *m_shell = nullptr;
    QLineEdit *m_workingDirectory = nullptr;
    QLineEdit *m_uses = nullptr;
    QTableWidget *m_with = nullptr;
    QLineEdit *m_condition = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
