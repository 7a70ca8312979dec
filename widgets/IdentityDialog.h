#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace gantry {

/// First-run dialog asking who the user is (name and email, the email's shape checked) and
/// whether to save it for every repository or only this one. It only collects the values;
/// the owner saves them with Identity::save().
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Global, Repository };

    explicit IdentityDialog(QWidget *parent = nullptr);
    ~IdentityDialog() override;

    QString name() const;
    QString email() const;
    Scope scope() const;

    /// Prefills the fields (e.g. with what is half-configured).
    void setName(const QString &name);
    void setEmail(const QString &email);
    void setScope(Scope scope);
    /// Hides the "only this repository" choice when no repository is open.
    void setRepositoryScopeAvailable(bool available);

    /// True when the name is not blank and the email looks like local@domain.
    bool isInputValid() const;
    /// The email's shape check used by the dialog.
    static bool looksLikeEmail(const QString &email);

    // The parts, for tests.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QRadioButton *globalButton() const { return m_global; }
    QRadioButton *repositoryButton() const { return m_repository; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_problem = nullptr;
    QRadioButton *m_global = nullptr;
    QRadioButton *m_repository = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
