#include "widgets/TriggerDialog.h"

#include "pipelines/CronExpression.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gantry {

namespace {

enum InputColumn { NameColumn, TypeColumn, DescriptionColumn, DefaultColumn, RequiredColumn, OptionsColumn };

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

bool TriggerDialog::canEdit(const QString &event)
{
    return event == QLatin1String("push") || event == QLatin1String("pull_request") || event == QLatin1String("pull_request_target")
        || event == QLatin1String("schedule") || event == QLatin1String("workflow_dispatch");
}

QStringList TriggerDialog::pullRequestTypes()
{
    return {QStringLiteral("opened"), QStringLiteral("synchronize"), QStringLiteral("reopened"), QStringLiteral("closed"),
            QStringLiteral("edited"), QStringLiteral("ready_for_review"), QStringLiteral("converted_to_draft"),
            QStringLiteral("assigned"), QStringLiteral("unassigned"), QStringLiteral("labeled"), QStringLiteral("unlabeled"),
            QStringLiteral("review_requested"), QStringLiteral("review_request_removed"), QStringLiteral("locked"),
            QStringLiteral("unlocked"), QStringLiteral("auto_merge_enabled"), QStringLiteral("auto_merge_disabled"),
            QStringLiteral("milestoned"), QStringLiteral("demilestoned"), QStringLiteral("enqueued"), QStringLiteral("dequeued")};
}

TriggerDialog::TriggerDialog(const Values &values, QWidget *parent) : QDialog(parent), m_event(values.event)
{
    setObjectName(QStringLiteral("triggerDialog"));
    auto *layout = new QVBoxLayout(this);
    if (m_event == QLatin1String("schedule")) {
        setWindowTitle(tr("Schedule"));
        layout->addWidget(makeSchedule(values));
    } else if (m_event == QLatin1String("workflow_dispatch")) {
        setWindowTitle(tr("Manual Run Inputs"));
        layout->addWidget(makeInputs(values));
    } else {
        setWindowTitle(tr("Trigger: %1").arg(m_event));
        layout->addWidget(makeFilters(values));
    }
    m_problem = new QLabel;
    ThemeColors::setStatus(m_problem, ThemeColors::Status::Error);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QWidget *TriggerDialog::makeFilters(const Values &values)
{
    auto *page = new QWidget;
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("One pattern per line; globs such as release/** allowed. An empty list is no filter."));
    hint->setWordWrap(true);
    box->addWidget(hint);
    auto *form = new QFormLayout;
    box->addLayout(form);
    const bool push = m_event == QLatin1String("push");
    const QList<std::tuple<QString, QString, QStringList>> filters{
        {QStringLiteral("branches"), tr("&Branches:"), values.branches},
        {QStringLiteral("branches-ignore"), tr("Branches &ignored:"), values.branchesIgnore},
        {QStringLiteral("tags"), tr("&Tags:"), values.tags},
        {QStringLiteral("tags-ignore"), tr("Tags i&gnored:"), values.tagsIgnore},
        {QStringLiteral("paths"), tr("&Paths:"), values.paths},
        {QStringLiteral("paths-ignore"), tr("Paths ig&nored:"), values.pathsIgnore},
    };
    for (const auto &[key, label, list] : filters) {
        // Tags are push's only.
        if (!push && key.startsWith(QLatin1String("tags")))
            continue;
        auto *edit = new QPlainTextEdit(list.join(QLatin1Char('\n')));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        edit->setObjectName(key);
        form->addRow(label, edit);
        m_filters.append({key, edit});
        connect(edit, &QPlainTextEdit::textChanged, this, &TriggerDialog::validate);
    }
    if (!push) {
        m_types = new QListWidget;
        m_types->setFlow(QListView::LeftToRight);
        m_types->setWrapping(true);
        m_types->setResizeMode(QListView::Adjust);
        m_types->setFixedHeight(110);
        QStringList all = values.types;
        for (const QString &type : pullRequestTypes()) {
            if (!all.contains(type))
                all.append(type);
        }
        for (const QString &type : std::as_const(all)) {
            auto *item = new QListWidgetItem(type, m_types);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(values.types.contains(type) ? Qt::Checked : Qt::Unchecked);
        }
        form->addRow(tr("Activity t&ypes:"), m_types);
        auto *typesHint = new QLabel(tr("None checked: GitHub's default (opened, synchronize, reopened)."));
        typesHint->setWordWrap(true);
        form->addRow(QString(), typesHint);
    }
    box->addStretch();
    resize(560, 0);
    return page;
}

QWidget *TriggerDialog::makeSchedule(const Values &values)
{
    auto *page = new QWidget;
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("When to run, as cron: minute, hour, day of month, month, day of week (in UTC)."));
    hint->setWordWrap(true);
    box->addWidget(hint);
    m_cronLayout = new QVBoxLayout;
    box->addLayout(m_cronLayout);
    for (const QString &cron : values.crons)
        addCron(cron);
    if (values.crons.isEmpty())
        addCron(QStringLiteral("0 3 * * *"));
    auto *add = new QPushButton(tr("&Add Schedule"));
    connect(add, &QPushButton::clicked, this, [this] {
        addCron();
        m_crons.last().edit->setFocus();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch();
    box->addLayout(buttons);
    box->addStretch();
    resize(460, 260);
    return page;
}

void TriggerDialog::addCron(const QString &cron)
{
    auto *row = new QWidget;
    auto *grid = new QVBoxLayout(row);
    grid->setContentsMargins(0, 0, 0, 4);
    grid->setSpacing(2);
    auto *line = new QHBoxLayout;
    auto *edit = new QLineEdit(cron);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(QStringLiteral("0 3 * * 1"));
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this schedule"));
    line->addWidget(edit);
    line->addWidget(remove);
    auto *description = new QLabel;
    description->setWordWrap(true);
    grid->addLayout(line);
    grid->addWidget(description);
    m_cronLayout->addWidget(row);
    if (isVisible())
        row->show(); // at once, not on the next event-loop pass
    m_crons.append({row, edit, description});
    connect(edit, &QLineEdit::textChanged, this, &TriggerDialog::validate);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        for (qsizetype i = 0; i < m_crons.size(); ++i) {
            if (m_crons[i].row == row)
                m_crons.removeAt(i);
        }
        row->deleteLater();
        validate();
    });
    if (m_buttons)
        validate();
}

QList<QLineEdit *> TriggerDialog::cronEdits() const
{
    QList<QLineEdit *> edits;
    for (const CronRow &row : m_crons)
        edits.append(row.edit);
    return edits;
}

QLabel *TriggerDialog::cronDescription(int row) const
{
    return row >= 0 && row < m_crons.size() ? m_crons[row].description : nullptr;
}

QWidget *TriggerDialog::makeInputs(const Values &values)
{
    auto *page = new QWidget;
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("What Run workflow asks for. Options (comma-separated) are for the choice type."));
    hint->setWordWrap(true);
    box->addWidget(hint);
    m_inputs = new QTableWidget(0, 6);
    m_inputs->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Description"), tr("Default"), tr("Required"), tr("Options")});
    m_inputs->horizontalHeader()->setStretchLastSection(true);
    m_inputs->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_inputs->verticalHeader()->hide();
    for (const Input &input : values.inputs)
        addInput(input);
    box->addWidget(m_inputs);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Input"));
    auto *remove = new QPushButton(tr("&Remove Input"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    box->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addInput(Input{});
        m_inputs->editItem(m_inputs->item(m_inputs->rowCount() - 1, NameColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_inputs->currentRow() >= 0)
            m_inputs->removeRow(m_inputs->currentRow());
        validate();
    });
    connect(m_inputs, &QTableWidget::itemChanged, this, &TriggerDialog::validate);
    resize(760, 340);
    return page;
}

void TriggerDialog::addInput(const Input &input)
{
    const int row = m_inputs->rowCount();
    m_inputs->insertRow(row);
    const QSignalBlocker blocker(m_inputs);
    m_inputs->setItem(row, NameColumn, new QTableWidgetItem(input.name));
    auto *type = new QComboBox;
    type->addItems({QStringLiteral("string"), QStringLiteral("choice"), QStringLiteral("boolean"), QStringLiteral("number"),
                    QStringLiteral("environment")});
    if (!input.type.isEmpty() && type->findText(input.type) < 0)
        type->addItem(input.type);
    type->setCurrentText(input.type.isEmpty() ? QStringLiteral("string") : input.type);
    m_inputs->setCellWidget(row, TypeColumn, type);
    connect(type, &QComboBox::currentTextChanged, this, &TriggerDialog::validate);
    m_inputs->setItem(row, DescriptionColumn, new QTableWidgetItem(input.description));
    m_inputs->setItem(row, DefaultColumn, new QTableWidgetItem(input.defaultValue));
    auto *required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(input.required ? Qt::Checked : Qt::Unchecked);
    m_inputs->setItem(row, RequiredColumn, required);
    m_inputs->setItem(row, OptionsColumn, new QTableWidgetItem(input.options.join(QStringLiteral(", "))));
    if (m_buttons)
        validate();
}

TriggerDialog::Input TriggerDialog::inputAt(int row) const
{
    const auto text = [&](int column) { return m_inputs->item(row, column) ? m_inputs->item(row, column)->text().trimmed() : QString(); };
    Input input;
    input.name = text(NameColumn);
    if (auto *type = qobject_cast<QComboBox *>(m_inputs->cellWidget(row, TypeColumn)))
        input.type = type->currentText();
    input.description = text(DescriptionColumn);
    input.defaultValue = text(DefaultColumn);
    input.required = m_inputs->item(row, RequiredColumn) && m_inputs->item(row, RequiredColumn)->checkState() == Qt::Checked;
    if (input.type == QLatin1String("choice"))
        input.options = commaList(text(OptionsColumn));
    return input;
}

TriggerDialog::Values TriggerDialog::values() const
{
    Values v;
    v.event = m_event;
    for (const auto &[key, edit] : m_filters) {
        QStringList *list = key == QLatin1String("branches")  ? &v.branches
            : key == QLatin1String("branches-ignore")          ? &v.branchesIgnore
            : key == QLatin1String("tags")                     ? &v.tags
            : key == QLatin1String("tags-ignore")              ? &v.tagsIgnore
            : key == QLatin1String("paths")                    ? &v.paths
                                                               : &v.pathsIgnore;
        *list = lines(edit);
    }
    if (m_types) {
        // The file's order first, then the newly checked ones in the list's order.
        for (int i = 0; i < m_types->count(); ++i) {
            if (m_types->item(i)->checkState() == Qt::Checked)
                v.types.append(m_types->item(i)->text());
        }
    }
    for (const CronRow &row : m_crons) {
        if (!row.edit->text().trimmed().isEmpty())
            v.crons.append(row.edit->text().simplified());
    }
    for (int row = 0; m_inputs && row < m_inputs->rowCount(); ++row)
        v.inputs.append(inputAt(row));
    return v;
}

QPlainTextEdit *TriggerDialog::filterEdit(const QString &key) const
{
    for (const auto &[k, edit] : m_filters) {
        if (k == key)
            return edit;
    }
    return nullptr;
}

void TriggerDialog::validate()
{
    if (!m_buttons)
        return;
    const Values v = values();
    QStringList problems;
    const auto both = [&](const QStringList &a, const QStringList &b, const QString &key) {
        if (!a.isEmpty() && !b.isEmpty())
            problems.append(tr("GitHub does not allow %1 and %1-ignore together; use !pattern lines in %1 instead.").arg(key));
    };
    both(v.branches, v.branchesIgnore, QStringLiteral("branches"));
    both(v.tags, v.tagsIgnore, QStringLiteral("tags"));
    both(v.paths, v.pathsIgnore, QStringLiteral("paths"));
    for (int i = 0; i < m_crons.size(); ++i) {
        const QString text = m_crons[i].edit->text().simplified();
        QLabel *label = m_crons[i].description;
        if (text.isEmpty()) {
            label->setText(QString());
            continue;
        }
        const CronExpression cron = CronExpression::parse(text);
        if (cron.isValid())
            ThemeColors::clearStatus(label);
        else
            ThemeColors::setStatus(label, ThemeColors::Status::Error);
        label->setText(cron.isValid() ? tr("%1 (UTC)").arg(cron.description()) : cron.error());
        if (!cron.isValid())
            problems.append(tr("Schedule %1: %2").arg(i + 1).arg(cron.error()));
    }
    if (m_event == QLatin1String("schedule") && v.crons.isEmpty())
        problems.append(tr("Give at least one schedule."));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    QStringList names;
    for (const Input &input : std::as_const(v.inputs)) {
        if (!validName.match(input.name).hasMatch())
            problems.append(input.name.isEmpty() ? tr("Every input needs a name.")
                                                 : tr("\"%1\" is not a valid input name: a letter or '_' first, then letters, digits, '-' or '_'.").arg(input.name));
        else if (names.contains(input.name))
            problems.append(tr("The input \"%1\" is there twice.").arg(input.name));
        else if (input.type == QLatin1String("choice") && input.options.isEmpty())
            problems.append(tr("The choice input \"%1\" needs its options.").arg(input.name));
        names.append(input.name);
    }
    problems.removeDuplicates();
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace gantry
