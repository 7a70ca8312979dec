#include "widgets/StepDialog.h"

#include "widgets/ThemeColors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gantry {

StepDialog::StepDialog(const Values &values, const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("stepDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(values.name);
    m_name->setPlaceholderText(tr("Shown in the run's log (optional)"));
    form->addRow(tr("&Name:"), m_name);
    m_runButton = new QRadioButton(tr("&Run a command"));
    m_usesButton = new QRadioButton(tr("&Use an action"));
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_runButton);
    kind->addWidget(m_usesButton);
    kind->addStretch();
    auto *group = new QButtonGroup(this);
    group->addButton(m_runButton);
    group->addButton(m_usesButton);
    form->addRow(tr("Step:"), kind);
    layout->addLayout(form);


    // One form, so every label lines up; the rows of the other kind of step are hidden.
    // A block's final line break is how YAML writes it, not a line to show.
    m_run = new QPlainTextEdit(values.run.endsWith(QLatin1Char('\n')) ? values.run.chopped(1) : values.run);
    m_run->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_run->setPlaceholderText(tr("Commands, one per line"));
    m_run->setTabChangesFocus(true);
    form->addRow(tr("Co&mmand:"), m_run);
    m_shell = new QComboBox;
    m_shell->setEditable(true);
    m_shell->addItems({QString(), QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("pwsh"), QStringLiteral("powershell"),
                       QStringLiteral("cmd"), QStringLiteral("python")});
    m_shell->setCurrentText(values.shell);
    m_shell->lineEdit()->setPlaceholderText(tr("The runner's default"));
    form->addRow(tr("S&hell:"), m_shell);
    m_workingDirectory = new QLineEdit(values.workingDirectory);
    m_workingDirectory->setPlaceholderText(tr("The workspace"));
    form->addRow(tr("&Working directory:"), m_workingDirectory);

    m_uses = new QLineEdit(values.uses);
    m_uses->setPlaceholderText(tr("owner/repo@ref, ./path or docker://image"));
    form->addRow(tr("Ac&tion:"), m_uses);
    m_with = new QTableWidget(0, 2);
    m_with->setHorizontalHeaderLabels({tr("Input"), tr("Value")});
    m_with->horizontalHeader()->setStretchLastSection(true);
    m_with->verticalHeader()->hide();
    for (const auto &[key, value] : values.with)
        addInput(key, value);
    auto *withButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Input"));
    auto *remove = new QPushButton(tr("Remo&ve Input"));
    withButtons->addWidget(add);
    withButtons->addWidget(remove);
    withButtons->addStretch();
    m_withBox = new QWidget;
    auto *withBox = new QVBoxLayout(m_withBox);
    withBox->setContentsMargins(0, 0, 0, 0);
    withBox->addWidget(m_with);
    withBox->addLayout(withButtons);
    form->addRow(tr("With:"), m_withBox);

    m_condition = new QLineEdit(values.condition);
    m_condition->setPlaceholderText(tr("Always (e.g. github.ref == 'refs/heads/main')"));
    form->addRow(tr("Only &if:"), m_condition);
    m_form = form;
    m_problem = new QLabel;
    ThemeColors::setStatus(m_problem, ThemeColors::Status::Error);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addInput();
        m_with->editItem(m_with->item(m_with->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_with->currentRow() >= 0)
            m_with->removeRow(m_with->currentRow());
        validate();
    });
    connect(m_usesButton, &QRadioButton::toggled, this, [this](bool uses) {
        showKind(uses);
        validate();
    });
    connect(m_run, &QPlainTextEdit::textChanged, this, &StepDialog::validate);
    connect(m_uses, &QLineEdit::textChanged, this, &StepDialog::validate);
    connect(m_with, &QTableWidget::itemChanged, this, &StepDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (values.usesAction ? m_usesButton : m_runButton)->setChecked(true);
    showKind(values.usesAction);
    resize(520, 420);
    validate();
}

void StepDialog::showKind(bool usesAction)
{
    for (QWidget *run : {static_cast<QWidget *>(m_run), static_cast<QWidget *>(m_shell), static_cast<QWidget *>(m_workingDirectory)})
        m_form->setRowVisible(run, !usesAction);
    m_form->setRowVisible(m_uses, usesAction);
    m_form->setRowVisible(m_withBox, usesAction);
}

void StepDialog::addInput(const QString &key, const QString &value)
{
    const int row = m_with->rowCount();
    m_with->insertRow(row);
    m_with->setItem(row, 0, new QTableWidgetItem(key));
    m_with->setItem(row, 1, new QTableWidgetItem(value));
}

StepDialog::Values StepDialog::values() const
{
    Values v;
    v.name = m_name->text().trimmed();
    v.usesAction = m_usesButton->isChecked();
    v.run = m_run->toPlainText();
    v.uses = m_uses->text().trimmed();
    for (int row = 0; row < m_with->rowCount(); ++row) {
        const QString key = m_with->item(row, 0) ? m_with->item(row, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            v.with.append({key, m_with->item(row, 1) ? m_with->item(row, 1)->text() : QString()});
    }
    v.shell = m_shell->currentText().trimmed();
    v.workingDirectory = m_workingDirectory->text().trimmed();
    v.condition = m_condition->text().trimmed();
    return v;
}

void StepDialog::validate()
{
    const Values v = values();
    QString problem;
    if (v.usesAction && v.uses.isEmpty())
        problem = tr("Give the action to use.");
    else if (!v.usesAction && v.run.trimmed().isEmpty())
        problem = tr("Give the command to run.");
    QStringList keys;
    for (const auto &[key, value] : std::as_const(v.with)) {
        if (v.usesAction && keys.contains(key) && problem.isEmpty())
            problem = tr("The input \"%1\" is given twice.").arg(key);
        keys.append(key);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace gantry
