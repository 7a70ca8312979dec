#include "widgets/SecretFindingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gantry {

SecretFindingsDialog::SecretFindingsDialog(const QList<SecretFinding> &findings, QWidget *parent)
    : QDialog(parent)
    , m_findings(findings)
{
    setWindowTitle(tr("Possible Secrets"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(
        tr("<b>What you are about to stage looks like credentials, environment settings or large data.</b><br>"
           "Once committed and pushed, a secret stays in the history for everyone who clones the repository: "
           "removing it later needs a history rewrite, and the secret must be revoked anyway. "
           "Keep such files out of Git (add them to .gitignore) and share them another way."));
    top->addWidget(explanation, 1);
    layout->addLayout(top);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("secretFindings"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Where"), tr("Why")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    for (const SecretFinding &f : findings) {
        const QString where = f.line > 0 ? QStringLiteral("%1:%2:%3").arg(f.path).arg(f.line).arg(f.column) : f.path;
        auto *item = new QTreeWidgetItem(m_list, {where, f.reason});
        item->setToolTip(1, f.reason);
    }
    layout->addWidget(m_list, 1);

    auto *ignoreRow = new QHBoxLayout;
    ignoreRow->addWidget(new QLabel(tr("Add to .gitignore:"), this));
    m_ignoreKind = new QComboBox(this);
    m_ignoreKind->addItem(tr("the suggested patterns (%1)").arg(ignoreEntries().join(QStringLiteral(", "))));
    m_ignoreKind->setCurrentIndex(0);
    ignoreRow->addWidget(m_ignoreKind, 1);
    layout->addLayout(ignoreRow);
    // The second entry needs the first's text to be computed with the patterns: fill it now.
    QStringList paths;
    for (const SecretFinding &f : findings)
        if (!paths.contains(f.path))
            paths.append(f.path);
    m_ignoreKind->addItem(tr("the exact paths (%1)").arg(paths.join(QStringLiteral(", "))));

    m_stagedNote = new QLabel(this);
    m_stagedNote->setWordWrap(true);
    m_stagedNote->hide();
    layout->addWidget(m_stagedNote);

    auto *buttons = new QDialogButtonBox(this);
    m_ignore = buttons->addButton(tr("Add to .gitignore"), QDialogButtonBox::ActionRole);
    m_stageAnyway = buttons->addButton(tr("Stage Anyway"), QDialogButtonBox::DestructiveRole);
    m_dontStage = buttons->addButton(tr("Don't Stage"), QDialogButtonBox::RejectRole);
    m_dontStage->setDefault(true);
    m_dontStage->setFocus();
    layout->addWidget(buttons);
    connect(m_ignore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::AddToGitignore;
        accept();
    });
    connect(m_stageAnyway, &QPushButton::clicked, this, [this] {
        m_choice = Choice::StageAnyway;
        accept();
    });
    connect(m_dontStage, &QPushButton::clicked, this, [this] {
        m_choice = Choice::DontStage;
        reject();
    });
    resize(720, 360);
}

void SecretFindingsDialog::setAlreadyStaged(const QStringList &paths)
{
    m_stagedNote->setVisible(!paths.isEmpty());
    m_ignore->setText(paths.isEmpty() ? tr("Add to .gitignore") : tr("Unstage and Add to .gitignore"));
    m_stagedNote->setText(tr("Already staged: %1. \"Unstage and Add to .gitignore\" takes it out of the index too.")
                              .arg(paths.join(QStringLiteral(", "))));
}

QStringList SecretFindingsDialog::ignoreEntries() const
{
    const bool exact = m_ignoreKind && m_ignoreKind->currentIndex() == 1;
    QStringList out;
    for (const SecretFinding &f : m_findings) {
        const QString entry = exact || f.ignorePattern.isEmpty() ? f.path : f.ignorePattern;
        if (!out.contains(entry))
            out.append(entry);
    }
    return out;
}

} // namespace gantry
