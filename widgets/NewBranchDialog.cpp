#include "widgets/NewBranchDialog.h"

#include "gitcore/Branches.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

NewBranchDialog::NewBranchDialog(QWidget *parent)
    : QDialog(parent),
      m_validator([](const QString &name) { return Branches::nameProblem(name); }),
      m_name(new QLineEdit(this)),
      m_startPoint(new QComboBox(this)),
      m_startPointLabel(new QLabel(tr("Start &point:"), this)),
      m_checkout(new QCheckBox(tr("&Check out the new branch"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Branch"));
    m_name->setPlaceholderText(tr("feature/my-change"));
    m_startPoint->setEditable(true);
    m_startPoint->setInsertPolicy(QComboBox::NoInsert);
    m_startPoint->setCurrentText(QStringLiteral("HEAD"));
    m_startPointLabel->setBuddy(m_startPoint);
    m_checkout->setChecked(true);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("nameProblem"));
    acceptButton()->setText(tr("Create Branch"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_startPointLabel, m_startPoint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_checkout);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewBranchDialog::revalidate);
    connect(m_startPoint, &QComboBox::currentTextChanged, this, &NewBranchDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

NewBranchDialog::~NewBranchDialog() = default;

void NewBranchDialog::setNameValidator(NameValidator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void NewBranchDialog::setName(const QString &name)
{
    m_name->setText(name);
    m_name->selectAll();
}

QString NewBranchDialog::name() const { return m_name->text().trimmed(); }

void NewBranchDialog::setStartPoint(const QString &revision) { m_startPoint->setCurrentText(revision); }

QString NewBranchDialog::startPoint() const
{
    const QString text = m_startPoint->currentText().trimmed();
    return text.isEmpty() ? QStringLiteral("HEAD") : text;
}

void NewBranchDialog::setStartPointSuggestions(const QStringList &revisions)
{
    const QString current = m_startPoint->currentText();
    m_startPoint->clear();
    m_startPoint->addItems(revisions);
    m_startPoint->setCurrentText(current);
}

void NewBranchDialog::setCheckoutAfterCreate(bool checkout) { m_checkout->setChecked(checkout); }

bool NewBranchDialog::checkoutAfterCreate() const { return !isRenameMode() && m_checkout->isChecked(); }

void NewBranchDialog::setRenameMode(const QString &oldName)
{
    m_renaming = oldName;
    setWindowTitle(tr("Rename Branch"));
    m_startPoint->setVisible(false);
    m_startPointLabel->setVisible(false);
    m_checkout->setVisible(false);
    acceptButton()->setText(tr("Rename"));
    setName(oldName);
    revalidate();
}

QString NewBranchDialog::problem() const
{
    const QString n = name();
    if (isRenameMode() && n == m_renaming)
        return tr("Type a new name for '%1'.").arg(m_renaming);
    return m_validator ? m_validator(n) : QString();
}

QPushButton *NewBranchDialog::acceptButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void NewBranchDialog::revalidate()
{
    const QString why = problem();
    // Say nothing about an empty name until the user has typed something.
    m_problem->setText(m_name->text().isEmpty() ? QString() : why);
    acceptButton()->setEnabled(why.isEmpty());
}

} // namespace gantry
