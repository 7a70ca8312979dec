#include "widgets/CloneDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

CloneDialog::CloneDialog(QWidget *parent)
    : QDialog(parent),
      m_url(new QLineEdit(this)),
      m_folder(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_name(new QLineEdit(this)),
      m_target(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Clone Repository"));
    m_url->setPlaceholderText(tr("https://example.com/team/project.git or git@example.com:team/project.git"));
    m_target->setWordWrap(true);
    m_target->setObjectName(QStringLiteral("cloneTarget"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cloneButton()->setText(tr("&Clone"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&In folder:"), folderRow);
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_target);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &url) {
        if (!m_nameEdited) {
            const QSignalBlocker blocker(m_name);
            m_name->setText(nameFromUrl(url));
        }
        revalidate();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = !m_name->text().isEmpty(); });
    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::revalidate);
    connect(m_folder, &QLineEdit::textChanged, this, &CloneDialog::revalidate);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Clone into"), parentFolder());
        if (!folder.isEmpty())
            setParentFolder(folder);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    setParentFolder(QDir::homePath());
    revalidate();
}

CloneDialog::~CloneDialog() = default;

QPushButton *CloneDialog::cloneButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void CloneDialog::setUrl(const QString &url) { m_url->setText(url); }
QString CloneDialog::url() const { return m_url->text().trimmed(); }
void CloneDialog::setParentFolder(const QString &folder) { m_folder->setText(QDir::toNativeSeparators(folder)); }
QString CloneDialog::parentFolder() const { return QDir::fromNativeSeparators(m_folder->text().trimmed()); }

void CloneDialog::setName(const QString &name)
{
    m_nameEdited = !name.isEmpty();
    m_name->setText(name);
}

QString CloneDialog::name() const { return m_name->text().trimmed(); }

QString CloneDialog::targetPath() const { return QDir(parentFolder()).filePath(name()); }

QString CloneDialog::nameFromUrl(const QString &url)
{
    QString path = url.trimmed();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    const int cut = int(std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char(':'))));
    return path.mid(cut + 1);
}

void CloneDialog::revalidate()
{
    const bool ready = !url().isEmpty() && !name().isEmpty() && !parentFolder().isEmpty();
    cloneButton()->setEnabled(ready);
    m_target->setText(ready ? tr("Clones into %1").arg(QDir::toNativeSeparators(targetPath())) : QString());
}

} // namespace gantry
