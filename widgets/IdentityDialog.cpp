#include "widgets/IdentityDialog.h"

#include "widgets/ThemeColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gantry {

IdentityDialog::IdentityDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Who are you?"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Git records a name and an email address in every commit. "
                                "Tell Gantry which ones to use."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setPlaceholderText(tr("Your Name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("identityEmail"));
    m_email->setPlaceholderText(tr("you@example.com"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    layout->addLayout(form);

    m_global = new QRadioButton(tr("Use for &all repositories (global configuration)"), this);
    m_repository = new QRadioButton(tr("Use for this &repository only"), this);
    m_global->setChecked(true);
    layout->addWidget(m_global);
    layout->addWidget(m_repository);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::statusText(ThemeColors::Status::Error, pal));
    m_problem->setPalette(pal);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isInputValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &IdentityDialog::validate);
    connect(m_email, &QLineEdit::textChanged, this, &IdentityDialog::validate);
    validate();
}

IdentityDialog::~IdentityDialog() = default;

QString IdentityDialog::name() const { return m_name->text().trimmed(); }

QString IdentityDialog::email() const { return m_email->text().trimmed(); }

IdentityDialog::Scope IdentityDialog::scope() const
{
    return m_repository->isChecked() ? Scope::Repository : Scope::Global;
}

void IdentityDialog::setName(const QString &name) { m_name->setText(name); }

void IdentityDialog::setEmail(const QString &email) { m_email->setText(email); }

void IdentityDialog::setScope(Scope scope)
{
    (scope == Scope::Repository ? m_repository : m_global)->setChecked(true);
}

void IdentityDialog::setRepositoryScopeAvailable(bool available)
{
    m_repository->setVisible(available);
    if (!available)
        m_global->setChecked(true);
}

bool IdentityDialog::looksLikeEmail(const QString &email)
{
    // local@domain: no spaces or angle brackets (git cannot store those), one '@'.
    static const QRegularExpression shape(QStringLiteral("^[^\\s<>@]+@[^\\s<>@]+$"));
    return shape.match(email.trimmed()).hasMatch();
}

bool IdentityDialog::isInputValid() const
{
    return !name().isEmpty() && looksLikeEmail(email());
}

void IdentityDialog::validate()
{
    QString problem;
    if (name().isEmpty())
        problem = tr("Enter your name.");
    else if (email().isEmpty())
        problem = tr("Enter your email address.");
    else if (!looksLikeEmail(email()))
        problem = tr("'%1' does not look like an email address.").arg(email());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace gantry
