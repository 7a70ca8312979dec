#include "widgets/CreateReleaseDialog.h"

#include "gitcore/SemVer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

CreateReleaseDialog::CreateReleaseDialog(QWidget *parent)
    : QDialog(parent),
      m_summary(new QLabel(this)),
      m_version(new QLineEdit(this)),
      m_changelog(new QPlainTextEdit(this)),
      m_commit(new QCheckBox(tr("&Commit the changelog to CHANGELOG.md"), this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Create Release"));
    m_summary->setWordWrap(true);
    m_version->setPlaceholderText(tr("v1.0.0"));
    m_changelog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_changelog->setTabChangesFocus(true);
    m_changelog->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("releaseProblem"));
    acceptButton()->setText(tr("Create Release"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Version:"), m_version);
    auto *changelogLabel = new QLabel(tr("C&hangelog:"), this);
    changelogLabel->setBuddy(m_changelog);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(changelogLabel);
    layout->addWidget(m_changelog, 1);
    layout->addWidget(m_commit);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(640, 520);

    connect(m_version, &QLineEdit::textChanged, this, &CreateReleaseDialog::versionEdited);
    connect(m_changelog, &QPlainTextEdit::textChanged, this, &CreateReleaseDialog::revalidate);
    connect(m_commit, &QCheckBox::toggled, this, &CreateReleaseDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

CreateReleaseDialog::~CreateReleaseDialog() = default;

void CreateReleaseDialog::setExistingTags(const QStringList &tags)
{
    m_existing = tags;
    revalidate();
}

void CreateReleaseDialog::setSummary(const QString &summary) { m_summary->setText(summary); }

void CreateReleaseDialog::setHeadingVersion(const QString &tagName)
{
    if (SemVer::fromTag(tagName.trimmed()))
        m_lastVersion = tagName.trimmed();
}

void CreateReleaseDialog::setBlockedReason(const QString &reason)
{
    m_blocked = reason;
    m_version->setReadOnly(!reason.isEmpty());
    m_commit->setEnabled(reason.isEmpty());
    if (!reason.isEmpty())
        m_commit->setChecked(false);
    revalidate();
}
void CreateReleaseDialog::setVersion(const QString &tagName) { m_version->setText(tagName); }
QString CreateReleaseDialog::version() const { return m_version->text().trimmed(); }
void CreateReleaseDialog::setChangelog(const QString &markdown) { m_changelog->setPlainText(markdown); }
QString CreateReleaseDialog::changelog() const { return m_changelog->toPlainText(); }
void CreateReleaseDialog::setCommitChangelog(bool on) { m_commit->setChecked(on); }
bool CreateReleaseDialog::commitChangelog() const { return m_commit->isChecked(); }

QPushButton *CreateReleaseDialog::acceptButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void CreateReleaseDialog::versionEdited(const QString &text)
{
    // Keep the changelog's heading in step with the version while it still shows the old one.
    const auto oldVersion = SemVer::fromTag(m_lastVersion);
    const auto newVersion = SemVer::fromTag(text.trimmed());
    if (oldVersion && newVersion) {
        const QString oldHeading = QStringLiteral("## ") + oldVersion->toString();
        QString markdown = changelog();
        if (markdown.startsWith(oldHeading + QLatin1Char(' ')) || markdown.startsWith(oldHeading + QLatin1Char('\n'))) {
            markdown.replace(0, oldHeading.size(), QStringLiteral("## ") + newVersion->toString());
            const QSignalBlocker blocker(m_changelog);
            m_changelog->setPlainText(markdown);
        }
    }
    if (newVersion)
        m_lastVersion = text.trimmed();
    revalidate();
}

QString CreateReleaseDialog::problem() const
{
    if (!m_blocked.isEmpty())
        return m_blocked;
    const QString name = version();
    if (name.isEmpty())
        return tr("Enter the version to release.");
    if (!SemVer::fromTag(name))
        return tr("'%1' is not a semantic version (such as v1.2.3 or 1.2.3-rc.1).").arg(name);
    if (m_existing.contains(name))
        return tr("The tag %1 already exists.").arg(name);
    if (m_commit->isChecked() && changelog().trimmed().isEmpty())
        return tr("The changelog is empty; write one or do not commit it.");
    return {};
}

void CreateReleaseDialog::revalidate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    acceptButton()->setEnabled(why.isEmpty());
}

} // namespace gantry
