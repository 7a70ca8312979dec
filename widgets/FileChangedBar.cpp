#include "widgets/FileChangedBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace gantry {

FileChangedBar::FileChangedBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->setSpacing(8);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload = new QPushButton(tr("Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadFromDisk"));
    m_reload->setToolTip(tr("Show the version on disk; your edits are replaced (Undo brings them back)"));
    m_keepMine = new QPushButton(tr("Keep Mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(tr("Keep your edits; Save will ask before it writes over the version on disk"));
    m_difference = new QPushButton(tr("Show Difference…"), this);
    m_difference->setObjectName(QStringLiteral("showDifference"));
    m_difference->setToolTip(tr("Compare the version on disk with yours"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_difference);
    layout->addWidget(m_keepMine);
    layout->addWidget(m_reload);
    connect(m_reload, &QPushButton::clicked, this, &FileChangedBar::reloadRequested);
    connect(m_keepMine, &QPushButton::clicked, this, &FileChangedBar::keepMineRequested);
    connect(m_difference, &QPushButton::clicked, this, &FileChangedBar::differenceRequested);
    applyColors();
    hide();
}

void FileChangedBar::showChanged(const QString &fileName)
{
    m_text->setText(tr("%1 changed on disk (a checkout, a pull or another editor), and you have unsaved edits here.")
                        .arg(fileName));
    for (QPushButton *button : {m_reload, m_keepMine, m_difference})
        button->show();
    show();
}

void FileChangedBar::showDeleted(const QString &fileName)
{
    m_text->setText(tr("%1 was deleted on disk, or is not in the checked-out branch. Save writes it again.").arg(fileName));
    for (QPushButton *button : {m_reload, m_keepMine, m_difference})
        button->hide();
    show();
}

QString FileChangedBar::text() const
{
    return m_text->text();
}

void FileChangedBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QWidget::changeEvent(event);
}

void FileChangedBar::applyColors()
{
    // Amber: a question waits, nothing failed.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    QPalette p = palette();
    p.setColor(QPalette::Window, dark ? QColor(0x4d, 0x3a, 0x12) : QColor(0xff, 0xf1, 0xc9));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xd0, 0x80) : QColor(0x6b, 0x4a, 0x00));
    m_applyingColors = true;
    setPalette(p);
    m_applyingColors = false;
}

} // namespace gantry
