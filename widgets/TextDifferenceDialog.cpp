#include "widgets/TextDifferenceDialog.h"

#include "widgets/UnifiedDiffEditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace gantry {

TextDifferenceDialog::TextDifferenceDialog(const DiffFile &diff, const QString &oldLabel, const QString &newLabel,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Difference — %1").arg(diff.newPath));
    m_legend = new QLabel(diff.hunks.isEmpty() ? tr("The two versions are the same.")
                                               : tr("− %1    + %2").arg(oldLabel, newLabel),
                          this);
    m_legend->setWordWrap(true);
    m_editor = new UnifiedDiffEditor(this);
    m_editor->setObjectName(QStringLiteral("differenceEditor"));
    m_editor->setFile(diff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

} // namespace gantry
