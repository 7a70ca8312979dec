#include "widgets/StashDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QVBoxLayout>

namespace gantry {

StashDialog::StashDialog(QWidget *parent)
    : QDialog(parent),
      m_message(new QLineEdit(this)),
      m_untracked(new QCheckBox(tr("Include &untracked files"), this)),
      m_keepIndex(new QCheckBox(tr("&Keep staged changes in the index"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Stash Changes"));
    m_message->setPlaceholderText(tr("Optional: what these changes are"));
    // Wide enough for the whole hint (in any language), with room to type after it.
    QStyleOptionFrame frame;
    frame.initFrom(m_message);
    const int hint = m_message->fontMetrics().horizontalAdvance(m_message->placeholderText() + QStringLiteral("MMMM"));
    m_message->setMinimumWidth(style()->sizeFromContents(QStyle::CT_LineEdit, &frame, QSize(hint, 0), m_message).width());
    m_untracked->setChecked(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Stash"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_untracked);
    layout->addWidget(m_keepIndex);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StashDialog::~StashDialog() = default;

void StashDialog::setOptions(const StashSaveOptions &options)
{
    m_message->setText(options.message);
    m_untracked->setChecked(options.includeUntracked);
    m_keepIndex->setChecked(options.keepIndex);
}

StashSaveOptions StashDialog::options() const
{
    StashSaveOptions options;
    options.message = m_message->text().trimmed();
    options.includeUntracked = m_untracked->isChecked();
    options.keepIndex = m_keepIndex->isChecked();
    return options;
}

} // namespace gantry
