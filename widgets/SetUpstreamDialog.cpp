#include "widgets/SetUpstreamDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gantry {

SetUpstreamDialog::SetUpstreamDialog(QWidget *parent)
    : QDialog(parent),
      m_intro(new QLabel(this)),
      m_track(new QRadioButton(tr("&Track:"), this)),
      m_upstream(new QComboBox(this)),
      m_unset(new QRadioButton(tr("&No upstream"), this)),
      m_hint(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Set Upstream"));
    m_intro->setWordWrap(true);
    m_upstream->setEditable(true);
    m_upstream->setInsertPolicy(QComboBox::NoInsert);
    m_upstream->setMinimumContentsLength(24);
    m_upstream->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_upstream->lineEdit()->setPlaceholderText(tr("origin/main"));
    m_upstream->setToolTip(tr("A remote-tracking branch (or a local branch) to compare with, pull from and push to"));
    m_unset->setToolTip(tr("Forget the upstream, as git branch --unset-upstream does"));
    m_track->setChecked(true);
    m_unset->setEnabled(false); // until there is an upstream to remove
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("upstreamHint"));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_hint->setPalette(hintPalette);
    m_hint->hide();
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("upstreamProblem"));
    acceptButton()->setText(tr("Set Upstream"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_track, 0, 0);
    grid->addWidget(m_upstream, 0, 1);
    grid->addWidget(m_unset, 1, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_upstream, &QComboBox::currentTextChanged, this, [this] {
        if (!m_upstream->currentText().isEmpty())
            m_track->setChecked(true);
        revalidate();
    });
    connect(m_track, &QRadioButton::toggled, this, [this](bool on) {
        m_upstream->setEnabled(on);
        revalidate();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    setBranch(QString());
    revalidate();
}

SetUpstreamDialog::~SetUpstreamDialog() = default;

void SetUpstreamDialog::setBranch(const QString &branch)
{
    m_branch = branch;
    m_intro->setText(branch.isEmpty() ? tr("Which branch should this branch track?")
                                      : tr("Which branch should %1 track?").arg(branch));
    revalidate();
}

void SetUpstreamDialog::setCandidates(const QStringList &remoteTracking, const QStringList &local)
{
    const QStringList branches = remoteTracking + local;
    m_candidates = branches;
    m_hint->setText(tr("There are no remote-tracking branches yet: fetch from a remote to get them, "
                       "or track a local branch."));
    m_hint->setVisible(remoteTracking.isEmpty());
    const QString text = m_upstream->currentText();
    m_upstream->clear();
    m_upstream->addItems(branches);
    m_upstream->setCurrentText(text.isEmpty() && !branches.isEmpty() ? branches.first() : text);
    revalidate();
}

void SetUpstreamDialog::setCurrentUpstream(const QString &upstream)
{
    m_current = upstream;
    if (!upstream.isEmpty())
        m_upstream->setCurrentText(upstream);
    // "No upstream" only means something when there is one to remove.
    m_unset->setEnabled(!upstream.isEmpty());
    m_unset->setText(upstream.isEmpty() ? tr("&No upstream") : tr("&No upstream (stop tracking %1)").arg(upstream));
    revalidate();
}

QString SetUpstreamDialog::upstream() const
{
    return isUnset() ? QString() : m_upstream->currentText().trimmed();
}

void SetUpstreamDialog::setUnset(bool unset)
{
    (unset ? m_unset : m_track)->setChecked(true);
}

bool SetUpstreamDialog::isUnset() const
{
    return m_unset->isChecked();
}

void SetUpstreamDialog::setUpstreamText(const QString &text)
{
    m_upstream->setCurrentText(text);
}

QString SetUpstreamDialog::problem() const
{
    if (isUnset())
        return m_current.isEmpty() ? tr("%1 has no upstream to remove.").arg(m_branch) : QString();
    const QString name = upstream();
    if (name.isEmpty())
        return tr("Choose or type the branch to track.");
    if (name.contains(QLatin1Char(' ')))
        return tr("'%1' is not a branch name.").arg(name);
    if (name == m_branch)
        return tr("A branch cannot track itself.");
    if (!m_current.isEmpty() && name == m_current)
        return tr("%1 tracks %2 already.").arg(m_branch, name);
    return {};
}

QPushButton *SetUpstreamDialog::acceptButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SetUpstreamDialog::revalidate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    acceptButton()->setEnabled(why.isEmpty());
    if (m_unset)
        acceptButton()->setText(isUnset() ? tr("Unset Upstream") : tr("Set Upstream"));
}

} // namespace gantry
