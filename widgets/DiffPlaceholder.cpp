#include "widgets/DiffPlaceholder.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gantry {

namespace {

QString sizeText(qint64 bytes)
{
    // Binary units with the familiar KB/MB names, as file managers and Git clients show them.
    const QLocale locale;
    if (bytes < 1024)
        return QCoreApplication::translate("gantry::DiffPlaceholder", "%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("gantry::DiffPlaceholder", "%1 KB").arg(locale.toString(bytes / 1024.0, 'f', 1));
    if (bytes < 1024LL * 1024 * 1024)
        return QCoreApplication::translate("gantry::DiffPlaceholder", "%1 MB")
            .arg(locale.toString(bytes / (1024.0 * 1024.0), 'f', 1));
    return QCoreApplication::translate("gantry::DiffPlaceholder", "%1 GB")
        .arg(locale.toString(bytes / (1024.0 * 1024.0 * 1024.0), 'f', 1));
}

QString modeText(quint32 mode)
{
    return QStringLiteral("%1").arg(mode, 6, 8, QLatin1Char('0'));
}

bool isExecutable(quint32 mode)
{
    return mode == 0100755;
}

} // namespace

DiffPlaceholder::Kind DiffPlaceholder::kindFor(const DiffFile &file)
{
    if (file.binary)
        return Kind::Binary;
    if (file.tooLarge)
        return Kind::TooLarge;
    if (!file.hunks.isEmpty())
        return Kind::None;
    if (file.status == DeltaStatus::Renamed || file.status == DeltaStatus::Copied)
        return Kind::RenameOnly;
    if (file.oldMode != 0 && file.newMode != 0 && file.oldMode != file.newMode)
        return Kind::ModeChangeOnly;
    if (file.status == DeltaStatus::Added || file.status == DeltaStatus::Untracked
        || file.status == DeltaStatus::Deleted)
        return Kind::EmptyFile;
    return Kind::NoChanges;
}

DiffPlaceholder::DiffPlaceholder(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_showAnyway(new QPushButton(tr("Show anyway"), this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showAnyway->setToolTip(tr("Load the whole diff of this file; this may take a while"));
    connect(m_showAnyway, &QPushButton::clicked, this, &DiffPlaceholder::showAnywayClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addSpacing(8);
    layout->addWidget(m_showAnyway, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    showNothingSelected();
}

void DiffPlaceholder::setTexts(const QString &title, const QString &detail, bool showAnyway)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    m_showAnyway->setVisible(showAnyway);
}

QString DiffPlaceholder::title() const
{
    return m_title->text();
}

QString DiffPlaceholder::detail() const
{
    return m_detail->text();
}

void DiffPlaceholder::showNothingSelected()
{
    m_kind = Kind::NothingSelected;
    setTexts(tr("No file selected"), tr("Select a file to see its changes."), false);
}

void DiffPlaceholder::showFile(Kind kind, const DiffFile &file)
{
    m_kind = kind;
    const qint64 size = file.status == DeltaStatus::Deleted ? file.oldSize : file.newSize;
    switch (kind) {
    case Kind::None:
    case Kind::NoChanges:
        m_kind = Kind::NoChanges;
        setTexts(tr("No changes"), file.path(), false);
        break;
    case Kind::NothingSelected:
        showNothingSelected();
        break;
    case Kind::Binary: {
        QString detail;
        if (file.status == DeltaStatus::Modified && file.oldSize != file.newSize)
            detail = tr("%1 → %2").arg(sizeText(file.oldSize), sizeText(file.newSize));
        setTexts(tr("Binary file — %1, not shown").arg(sizeText(size)), detail, false);
        break;
    }
    case Kind::TooLarge:
        setTexts(tr("Large file, %1 — not shown").arg(sizeText(size)),
                 tr("Diffs of large files are slow to compute and to display."), true);
        break;
    case Kind::RenameOnly: {
        const QString verb = file.status == DeltaStatus::Copied ? tr("Copied without changes")
                                                                : tr("Renamed without changes");
        QString detail = tr("%1 → %2").arg(file.oldPath, file.newPath);
        if (file.similarity > 0 && file.similarity < 100)
            detail += QLatin1Char(' ') + tr("(%1% similar)").arg(file.similarity);
        setTexts(verb, detail, false);
        break;
    }
    case Kind::ModeChangeOnly: {
        QString detail = tr("%1 → %2").arg(modeText(file.oldMode), modeText(file.newMode));
        if (isExecutable(file.newMode) != isExecutable(file.oldMode))
            detail += QLatin1Char(' ') + (isExecutable(file.newMode) ? tr("(now executable)") : tr("(no longer executable)"));
        setTexts(tr("File mode changed"), detail, false);
        break;
    }
    case Kind::EmptyFile:
        setTexts(file.status == DeltaStatus::Deleted ? tr("Empty file deleted") : tr("Empty file added"), file.path(),
                 false);
        break;
    }
}

} // namespace gantry
