#include "widgets/PushDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

PushDialog::PushDialog(QWidget *parent)
    : QDialog(parent),
      m_remote(new QComboBox(this)),
      m_local(new QComboBox(this)),
      m_remoteBranch(new QLineEdit(this)),
      m_upstream(new QCheckBox(tr("Set as &upstream of the local branch"), this)),
      m_lease(new QCheckBox(tr("Force with &lease"), this)),
      m_leaseHelp(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Push"));
    m_remoteBranch->setPlaceholderText(tr("same name as the local branch"));
    m_leaseHelp->setText(tr("Replaces the remote branch even when it is not a fast-forward (after an amend or a "
                            "rebase), but only if it is still where you last fetched it. If someone else pushed "
                            "meanwhile, nothing is pushed: fetch and look at their commits first."));
    m_leaseHelp->setWordWrap(true);
    m_leaseHelp->setObjectName(QStringLiteral("leaseHelp"));
    QPalette hintPalette = m_leaseHelp->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    m_leaseHelp->setPalette(hintPalette);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("pushSummary"));
    pushButton()->setText(tr("&Push"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Branch:"), m_local);
    form->addRow(tr("&Remote:"), m_remote);
    form->addRow(tr("Remote b&ranch:"), m_remoteBranch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_upstream);
    layout->addWidget(m_lease);
    layout->addWidget(m_leaseHelp);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const auto changed = [this] {
        if (!m_filling)
            m_summary->clear();
        revalidate();
    };
    connect(m_remote, &QComboBox::currentTextChanged, this, changed);
    connect(m_local, &QComboBox::currentTextChanged, this, changed);
    connect(m_remoteBranch, &QLineEdit::textChanged, this, changed);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    revalidate();
}

PushDialog::~PushDialog() = default;

QPushButton *PushDialog::pushButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void PushDialog::setRemotes(const QStringList &remotes, const QString &current)
{
    m_filling = true;
    m_remote->clear();
    m_remote->addItems(remotes);
    m_remote->setCurrentText(current);
    m_filling = false;
    revalidate();
}

void PushDialog::setLocalBranches(const QStringList &branches, const QString &current)
{
    m_filling = true;
    m_local->clear();
    m_local->addItems(branches);
    m_local->setCurrentText(current);
    m_filling = false;
    revalidate();
}

void PushDialog::setRemoteBranch(const QString &branch)
{
    m_filling = true;
    m_remoteBranch->setText(branch);
    m_filling = false;
}

void PushDialog::setSetUpstream(bool on) { m_upstream->setChecked(on); }

void PushDialog::setForceWithLease(bool on) { m_lease->setChecked(on); }

void PushDialog::setSummary(const QString &text) { m_summary->setText(text); }

PushRequest PushDialog::request() const
{
    PushRequest request;
    request.remote = m_remote->currentText();
    request.localBranch = m_local->currentText();
    request.remoteBranch = m_remoteBranch->text().trimmed();
    if (request.remoteBranch.isEmpty())
        request.remoteBranch = request.localBranch;
    request.force = m_lease->isChecked() ? ForceMode::ForceWithLease : ForceMode::None;
    request.setUpstream = m_upstream->isChecked();
    return request;
}

void PushDialog::revalidate()
{
    pushButton()->setEnabled(!m_remote->currentText().isEmpty() && !m_local->currentText().isEmpty());
}

} // namespace gantry
