#include "widgets/NewWorkflowDialog.h"

#include "widgets/ThemeColors.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gantry {

NewWorkflowDialog::NewWorkflowDialog(const QStringList &existing, QWidget *parent)
    : QDialog(parent), m_all(WorkflowTemplates::all()), m_existing(existing)
{
    setWindowTitle(tr("New Workflow"));
    setObjectName(QStringLiteral("newWorkflowDialog"));
    m_templates = new QListWidget(this);
    for (const WorkflowTemplates::Template &t : m_all)
        m_templates->addItem(t.title);
    m_templates->setMaximumWidth(260);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_name = new QLineEdit(this);
    m_fileName = new QLineEdit(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newWorkflowProblem"));
    ThemeColors::setStatus(m_problem, ThemeColors::Status::Error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("Workflow &name:"), m_name);
    form->addRow(tr("&File (.github/workflows/):"), m_fileName);
    auto *right = new QVBoxLayout;
    right->addWidget(m_description);
    right->addWidget(m_preview, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_templates);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(820, 560);

    connect(m_templates, &QListWidget::currentRowChanged, this, &NewWorkflowDialog::onTemplateChanged);
    connect(m_fileName, &QLineEdit::textChanged, this, &NewWorkflowDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &NewWorkflowDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_templates->setCurrentRow(0);
}

QString NewWorkflowDialog::templateId() const
{
    const int row = m_templates->currentRow();
    return row >= 0 && row < m_all.size() ? m_all[row].id : QString();
}

QString NewWorkflowDialog::fileName() const { return m_fileName->text().trimmed(); }
QString NewWorkflowDialog::workflowName() const { return m_name->text().trimmed(); }

void NewWorkflowDialog::onTemplateChanged()
{
    const int row = m_templates->currentRow();
    if (row < 0 || row >= m_all.size())
        return;
    const WorkflowTemplates::Template &t = m_all[row];
    m_description->setText(t.description);
    m_preview->setPlainText(QString::fromUtf8(WorkflowTemplates::text(t.id)));
    // Suggest the template's names until the user typed names of their own.
    QString file = t.fileName;
    for (int i = 2; m_existing.contains(file); ++i)
        file = t.fileName.chopped(4) + QLatin1Char('-') + QString::number(i) + QStringLiteral(".yml");
    m_fileName->setText(file);
    m_name->setText(t.title);
    validate();
}

void NewWorkflowDialog::validate()
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml$"));
    QString problem;
    if (!valid.match(fileName()).hasMatch())
        problem = tr("The file name must be letters, digits, '.', '-' or '_', ending in .yml or .yaml.");
    else if (m_existing.contains(fileName(), Qt::CaseInsensitive))
        problem = tr("There is already a workflow named %1.").arg(fileName());
    else if (workflowName().isEmpty())
        problem = tr("Give the workflow a name; GitHub shows it in the Actions tab.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace gantry
