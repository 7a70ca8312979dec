#include "widgets/NewBranchDialog.h"

#include "gitcore/BranchNameBuilder.h"
#include "gitcore/Branches.h"
#include "widgets/ThemeColors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace gantry {

NewBranchDialog::NewBranchDialog(QWidget *parent)
    : QDialog(parent),
      m_validator([](const QString &name) { return Branches::nameProblem(name); }),
      m_policy(BranchPolicy::defaults()),
      m_name(new QLineEdit(this)),
      m_startPoint(new QComboBox(this)),
      m_startPointLabel(new QLabel(tr("Start &point:"), this)),
      m_baseHint(new QLabel(this)),
      m_checkout(new QCheckBox(tr("&Check out the new branch"), this)),
      m_problem(new QLabel(this)),
      m_verdict(new QLabel(this)),
      m_override(new QCheckBox(tr("Create it &anyway, outside the branch policy"), this)),
      m_policyNote(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Branch"));
    m_name->setPlaceholderText(tr("feat/123-my-change"));
    m_startPoint->setEditable(true);
    m_startPoint->setInsertPolicy(QComboBox::NoInsert);
    m_startPoint->setCurrentText(QStringLiteral("HEAD"));
    m_startPointLabel->setBuddy(m_startPoint);
    m_checkout->setChecked(true);
    for (QLabel *label : {m_problem, m_verdict, m_baseHint, m_policyNote})
        label->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("nameProblem"));
    m_verdict->setObjectName(QStringLiteral("policyVerdict"));
    m_baseHint->setObjectName(QStringLiteral("baseHint"));
    m_policyNote->setObjectName(QStringLiteral("policyNote"));
    m_policyNote->hide();
    m_override->hide();
    acceptButton()->setText(tr("Create Branch"));

    m_modeRow = new QWidget(this);
    auto *modeLayout = new QHBoxLayout(m_modeRow);
    modeLayout->setContentsMargins(0, 0, 0, 0);
    m_conventionMode = new QRadioButton(tr("By con&vention"), m_modeRow);
    m_freeMode = new QRadioButton(tr("&Free name"), m_modeRow);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_conventionMode);
    modes->addButton(m_freeMode);
    m_conventionMode->setChecked(true);
    modeLayout->addWidget(m_conventionMode);
    modeLayout->addWidget(m_freeMode);
    modeLayout->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_startPointLabel, m_startPoint);
    form->addRow(QString(), m_baseHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_modeRow);
    layout->addWidget(buildConventionForm());
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_verdict);
    layout->addWidget(m_override);
    layout->addWidget(m_checkout);
    layout->addWidget(m_policyNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        proposeBase();
        revalidate();
    });
    connect(m_startPoint, &QComboBox::currentTextChanged, this, [this] {
        if (!m_settingStartPoint)
            m_startPointChosen = true; // the user picked or typed one: the policy no longer moves it
        updateBaseHint();
        revalidate();
    });
    connect(m_override, &QCheckBox::toggled, this, &NewBranchDialog::revalidate);
    connect(m_conventionMode, &QRadioButton::toggled, this, [this](bool on) { setConventionMode(on); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (acceptButton()->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillTypes();
    setConventionMode(true);
}

NewBranchDialog::~NewBranchDialog() = default;

QWidget *NewBranchDialog::buildConventionForm()
{
    m_conventionForm = new QWidget(this);
    m_type = new QComboBox(m_conventionForm);
    m_issue = new QLineEdit(m_conventionForm);
    m_issue->setPlaceholderText(tr("optional, e.g. 123"));
    m_description = new QLineEdit(m_conventionForm);
    m_description->setPlaceholderText(tr("a few words, e.g. Add dark mode"));
    auto *form = new QFormLayout(m_conventionForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Issue:"), m_issue);
    form->addRow(tr("&Description:"), m_description);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewBranchDialog::rebuildName);
    connect(m_issue, &QLineEdit::textChanged, this, &NewBranchDialog::rebuildName);
    connect(m_description, &QLineEdit::textChanged, this, &NewBranchDialog::rebuildName);
    return m_conventionForm;
}

void NewBranchDialog::fillTypes()
{
    const QString current = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    for (const BranchType &type : m_policy.types()) {
        const QString label = type.description.isEmpty() ? type.name
                                                         : tr("%1 — %2").arg(type.name, type.description);
        m_type->addItem(label, type.name);
    }
    const int index = m_type->findData(current);
    m_type->setCurrentIndex(index >= 0 ? index : 0);
}

void NewBranchDialog::setNameValidator(NameValidator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void NewBranchDialog::setPolicy(const BranchPolicy &policy)
{
    m_policy = policy;
    fillTypes();
    QStringList notes;
    for (const ConfigProblem &p : policy.problems())
        notes << p.toString();
    m_policyNote->setText(notes.isEmpty() ? QString() : tr("Branch policy: %1").arg(notes.join(u'\n')));
    m_policyNote->setVisible(!notes.isEmpty());
    if (isConventionMode())
        rebuildName();
    proposeBase();
    revalidate();
}

void NewBranchDialog::setBranches(const BranchList &branches)
{
    m_branches = branches;
    proposeBase();
    updateBaseHint();
}

void NewBranchDialog::setName(const QString &name)
{
    if (!isRenameMode() && isConventionMode())
        setConventionMode(false);
    m_name->setText(name);
    m_name->selectAll();
}

QString NewBranchDialog::name() const { return m_name->text().trimmed(); }

void NewBranchDialog::setStartPoint(const QString &revision)
{
    {
        const QScopedValueRollback guard(m_settingStartPoint, true);
        m_startPoint->setCurrentText(revision);
    }
    m_startPointChosen = !revision.isEmpty() && revision != QLatin1String("HEAD");
    proposeBase();
    updateBaseHint();
}

QString NewBranchDialog::startPoint() const
{
    const QString text = m_startPoint->currentText().trimmed();
    return text.isEmpty() ? QStringLiteral("HEAD") : text;
}

void NewBranchDialog::setStartPointSuggestions(const QStringList &revisions)
{
    const QScopedValueRollback guard(m_settingStartPoint, true);
    const QString current = m_startPoint->currentText();
    m_startPoint->clear();
    m_startPoint->addItems(revisions);
    m_startPoint->setCurrentText(current);
}

void NewBranchDialog::setCheckoutAfterCreate(bool checkout) { m_checkout->setChecked(checkout); }

bool NewBranchDialog::checkoutAfterCreate() const { return !isRenameMode() && m_checkout->isChecked(); }

void NewBranchDialog::setConventionMode(bool convention)
{
    if (isRenameMode())
        convention = false;
    {
        const QSignalBlocker blocker(m_conventionMode);
        m_conventionMode->setChecked(convention);
        m_freeMode->setChecked(!convention);
    }
    m_conventionForm->setVisible(convention);
    m_name->setReadOnly(convention);
    m_name->setToolTip(convention ? tr("Built from the type, issue and description; choose Free name to type one.")
                                  : QString());
    if (convention)
        rebuildName();
    else
        m_name->setFocus();
    revalidate();
}

bool NewBranchDialog::isConventionMode() const { return m_conventionMode->isChecked() && !isRenameMode(); }

void NewBranchDialog::rebuildName()
{
    if (!isConventionMode())
        return;
    const QString type = m_type->currentData().toString();
    const QString built = BranchNameBuilder::build(m_policy.format(), type, m_issue->text(), m_description->text(),
                                                   m_policy.slugMaxLength());
    // Only the type so far: show the placeholder rather than a name nobody wants.
    m_name->setText(built == type ? QString() : built);
    m_name->setPlaceholderText(tr("%1/…").arg(type));
    proposeBase();
    revalidate();
}

QStringList NewBranchDialog::localBranches() const
{
    QStringList names;
    for (const BranchInfo &b : m_branches)
        if (b.isLocal())
            names << b.name;
    return names;
}

void NewBranchDialog::proposeBase()
{
    if (isRenameMode())
        return;
    QString type;
    if (isConventionMode())
        type = m_type->currentData().toString();
    else if (const BranchType *t = m_policy.typeOf(name()))
        type = t->name;
    m_proposedType = type;
    if (m_startPointChosen) {
        updateBaseHint();
        return;
    }
    const QString base = type.isEmpty() ? QString() : m_policy.baseFor(type, localBranches());
    const QString start = base.isEmpty() ? QStringLiteral("HEAD") : base;
    if (m_startPoint->currentText() != start) {
        const QScopedValueRollback guard(m_settingStartPoint, true);
        m_startPoint->setCurrentText(start);
    }
    updateBaseHint();
}

void NewBranchDialog::updateBaseHint()
{
    QStringList hints;
    const QString start = startPoint();
    if (!m_proposedType.isEmpty()) {
        const BranchType *type = m_policy.type(m_proposedType);
        const QString base = m_policy.baseFor(m_proposedType, localBranches());
        if (!base.isEmpty() && base == start)
            hints << tr("%1 branches start from %2.").arg(m_proposedType, base);
        else if (!base.isEmpty())
            hints << tr("The policy proposes %1 for %2 branches.").arg(base, m_proposedType);
        else if (type && !type->bases.isEmpty() && !m_branches.isEmpty())
            hints << tr("No %1 here to start %2 branches from.").arg(type->bases.join(tr(" or ")), m_proposedType);
    }
    for (const BranchInfo &b : m_branches) {
        if (b.isLocal() && b.name == start && b.behind > 0 && !b.upstreamGone) {
            hints << tr("%1 is %n commit(s) behind %2 — pull it first to start from the latest work.", nullptr,
                        b.behind)
                         .arg(b.name, b.upstream);
            break;
        }
    }
    m_baseHint->setText(hints.join(u' '));
    m_baseHint->setVisible(!hints.isEmpty() && !isRenameMode());
}

void NewBranchDialog::setRenameMode(const QString &oldName)
{
    m_renaming = oldName;
    setWindowTitle(tr("Rename Branch"));
    m_modeRow->setVisible(false);
    m_conventionForm->setVisible(false);
    m_name->setReadOnly(false);
    m_startPoint->setVisible(false);
    m_startPointLabel->setVisible(false);
    m_baseHint->setVisible(false);
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
    if (n.isEmpty() && isConventionMode())
        return tr("Describe the change in a few words (or give an issue number).");
    return m_validator ? m_validator(n) : QString();
}

BranchVerdict NewBranchDialog::policyVerdict() const { return m_policy.check(name()); }

bool NewBranchDialog::overridesPolicy() const
{
    return policyVerdict().kind == BranchVerdict::Kind::NotAllowed && m_override->isChecked();
}

QPushButton *NewBranchDialog::acceptButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void NewBranchDialog::revalidate()
{
    if (!m_type)
        return; // still building
    const QString why = problem();
    const bool typed = !m_name->text().isEmpty();
    // Say nothing about an empty name until the user has typed something.
    m_problem->setText(typed ? why : QString());
    m_problem->setVisible(typed && !why.isEmpty());
    const BranchVerdict verdict = policyVerdict();
    const bool outside = why.isEmpty() && verdict.kind == BranchVerdict::Kind::NotAllowed;
    if (!typed || !why.isEmpty())
        m_verdict->clear();
    else if (verdict.fits())
        m_verdict->setText(tr("✓ Fits the branch policy (%1).").arg(verdict.pattern));
    else
        m_verdict->setText(tr("⚠ %1.").arg(verdict.reason));
    m_verdict->setVisible(!m_verdict->text().isEmpty());
    // Green when it fits, amber when it needs the override; readable on light and dark themes.
    QPalette colours = m_verdict->palette();
    colours.setColor(QPalette::WindowText, ThemeColors::statusText(verdict.fits() ? ThemeColors::Status::Success
                                                                                  : ThemeColors::Status::Warning,
                                                                   palette()));
    m_verdict->setPalette(colours);
    m_override->setVisible(outside);
    if (!outside && m_override->isChecked()) {
        const QSignalBlocker blocker(m_override);
        m_override->setChecked(false);
    }
    acceptButton()->setEnabled(why.isEmpty() && (!outside || m_override->isChecked()));
}

} // namespace gantry
