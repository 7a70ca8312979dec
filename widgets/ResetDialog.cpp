#include "widgets/ResetDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gantry {

namespace {

/// A radio button with its explanation underneath, indented.
QRadioButton *addChoice(QVBoxLayout *layout, const QString &text, const QString &explanation, const QString &name)
{
    auto *button = new QRadioButton(text);
    button->setObjectName(name);
    layout->addWidget(button);
    auto *label = new QLabel(explanation);
    label->setWordWrap(true);
    label->setContentsMargins(24, 0, 0, 6);
    label->setEnabled(false); // the secondary-text look
    layout->addWidget(label);
    return button;
}

} // namespace

ResetDialog::ResetDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resetDialog"));
    setWindowTitle(tr("Reset Current Branch"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_soft = addChoice(layout, tr("Soft: keep all changes staged"),
                       tr("Only the branch moves. The changes of the commits that leave it, and everything you had "
                          "staged, are staged, ready to commit again."),
                       QStringLiteral("resetSoft"));
    m_mixed = addChoice(layout, tr("Mixed: keep all changes, unstaged"),
                        tr("The branch and the staging area move. Every change stays in your files, unstaged."),
                        QStringLiteral("resetMixed"));
    m_hard = addChoice(layout, tr("Hard: discard all changes"),
                       tr("The branch, the staging area and your files all match the commit. Uncommitted changes are "
                          "saved first, so Undo can bring them back."),
                       QStringLiteral("resetHard"));
    m_mixed->setChecked(true);
    m_leaving = new QLabel;
    m_leaving->setObjectName(QStringLiteral("resetLeaving"));
    m_leaving->setWordWrap(true);
    m_leaving->setTextFormat(Qt::PlainText);
    layout->addWidget(m_leaving);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *reset = buttons->addButton(tr("Reset"), QDialogButtonBox::AcceptRole);
    reset->setObjectName(QStringLiteral("resetAccept"));
    reset->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ResetDialog::setTarget(const QString &branch, const QString &target)
{
    m_intro->setText(tr("Move %1 to %2?").arg(branch, target));
}

void ResetDialog::setLeavingCommits(const QStringList &commits)
{
    m_leaving->setText(commits.isEmpty()
                           ? tr("No commit leaves the branch.")
                           : tr("%n commit(s) will leave the branch:", nullptr, int(commits.size())) + QLatin1Char('\n')
                                 + commits.join(QLatin1Char('\n')));
}

void ResetDialog::setMode(ResetMode mode)
{
    (mode == ResetMode::Soft ? m_soft : mode == ResetMode::Hard ? m_hard : m_mixed)->setChecked(true);
}

ResetMode ResetDialog::mode() const
{
    return m_soft->isChecked() ? ResetMode::Soft : m_hard->isChecked() ? ResetMode::Hard : ResetMode::Mixed;
}

} // namespace gantry
