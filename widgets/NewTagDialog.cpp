#include "widgets/NewTagDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

NewTagDialog::NewTagDialog(QWidget *parent)
    : QDialog(parent),
      m_validator([](const QString &name) {
          if (name.isEmpty())
              return tr("A tag name cannot be empty.");
          if (name.contains(QLatin1Char(' ')))
              return tr("'%1' is not a valid tag name.").arg(name);
          return QString();
      }),
      m_name(new QLineEdit(this)),
      m_target(new QComboBox(this)),
      m_annotated(new QCheckBox(tr("&Annotated tag (with tagger and message)"), this)),
      m_message(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Tag"));
    m_name->setPlaceholderText(tr("v1.0.0"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setCurrentText(QStringLiteral("HEAD"));
    m_annotated->setChecked(true);
    m_message->setPlaceholderText(tr("Tag message"));
    m_message->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("tagProblem"));
    acceptButton()->setText(tr("Create Tag"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Target:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_annotated);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewTagDialog::revalidate);
    connect(m_target, &QComboBox::currentTextChanged, this, &NewTagDialog::revalidate);
    connect(m_message, &QPlainTextEdit::textChanged, this, &NewTagDialog::revalidate);
    connect(m_annotated, &QCheckBox::toggled, this, [this](bool on) {
        m_message->setEnabled(on);
        revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

NewTagDialog::~NewTagDialog() = default;

void NewTagDialog::setNameValidator(NameValidator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void NewTagDialog::setName(const QString &name) { m_name->setText(name); }
QString NewTagDialog::name() const { return m_name->text().trimmed(); }
void NewTagDialog::setTarget(const QString &revision) { m_target->setCurrentText(revision); }

QString NewTagDialog::target() const
{
    const QString text = m_target->currentText().trimmed();
    return text.isEmpty() ? QStringLiteral("HEAD") : text;
}

void NewTagDialog::setTargetSuggestions(const QStringList &revisions)
{
    const QString current = m_target->currentText();
    m_target->clear();
    m_target->addItems(revisions);
    m_target->setCurrentText(current);
}

void NewTagDialog::setAnnotated(bool annotated) { m_annotated->setChecked(annotated); }
bool NewTagDialog::isAnnotated() const { return m_annotated->isChecked(); }
void NewTagDialog::setMessage(const QString &message) { m_message->setPlainText(message); }
QString NewTagDialog::message() const { return isAnnotated() ? m_message->toPlainText() : QString(); }

QString NewTagDialog::problem() const
{
    if (const QString why = m_validator ? m_validator(name()) : QString(); !why.isEmpty())
        return why;
    if (isAnnotated() && m_message->toPlainText().trimmed().isEmpty())
        return tr("An annotated tag needs a message.");
    return {};
}

QPushButton *NewTagDialog::acceptButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void NewTagDialog::revalidate()
{
    const QString why = problem();
    m_problem->setText(m_name->text().isEmpty() ? QString() : why);
    acceptButton()->setEnabled(why.isEmpty());
}

} // namespace gantry
