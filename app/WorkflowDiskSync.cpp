#include "app/WorkflowDiskSync.h"

#include "gitcore/DiffReader.h"
#include "widgets/FileChangedBar.h"
#include "widgets/TextDifferenceDialog.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace gantry {

namespace {

constexpr int kSettleMs = 120;

} // namespace

WorkflowDiskSync::WorkflowDiskSync(WorkflowSession *session, FileChangedBar *bar, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_bar(bar), m_parent(dialogParent), m_watcher(new QFileSystemWatcher(this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &WorkflowDiskSync::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(bar, &FileChangedBar::reloadRequested, this, &WorkflowDiskSync::reload);
    connect(bar, &FileChangedBar::keepMineRequested, this, &WorkflowDiskSync::keepMine);
    connect(bar, &FileChangedBar::differenceRequested, this, &WorkflowDiskSync::showDifference);
}

QString WorkflowDiskSync::fileName() const
{
    return QFileInfo(m_session->path()).fileName();
}

void WorkflowDiskSync::watch()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_deleted = false;
    m_bar->hide();
    rearm();
}

void WorkflowDiskSync::rearm()
{
    // A file replaced by a rename (git, most editors) or deleted drops out of the watch: add it
    // again, and watch its folder to see it come back.
    const QString path = m_session->path();
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(folder) && !m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

void WorkflowDiskSync::check()
{
    if (m_session->path().isEmpty())
        return;
    if (m_asking) {
        m_checkAgain = true;
        return;
    }
    m_settle.stop();
    rearm();
    const bool wasDeleted = m_deleted;
    const WorkflowSession::DiskState state = m_session->diskState();
    m_deleted = state == WorkflowSession::DiskState::Deleted;
    switch (state) {
    case WorkflowSession::DiskState::Unchanged:
        m_bar->hide();
        break;
    case WorkflowSession::DiskState::Deleted:
        m_bar->showDeleted(fileName());
        break;
    case WorkflowSession::DiskState::Changed:
        if (!m_session->isModified()) {
            reload(); // nothing of the user's to lose
        } else if (!m_session->isDiskChangeSeen()) {
            m_bar->showChanged(fileName());
        }
        break;
    }
    if (wasDeleted != m_deleted)
        Q_EMIT stateChanged();
}

void WorkflowDiskSync::reload()
{
    QString error;
    m_bar->hide();
    if (!m_session->reloadFromDisk(&error)) {
        Q_EMIT message(error);
        return;
    }
    m_deleted = false;
    Q_EMIT reloaded();
    Q_EMIT stateChanged();
}

void WorkflowDiskSync::keepMine()
{
    m_session->keepMine();
    m_bar->hide();
    Q_EMIT stateChanged();
}

void WorkflowDiskSync::showDifference()
{
    bool exists = false;
    const QByteArray disk = m_session->readDisk(&exists);
    const Result<DiffFile> diff = DiffReader::diffBuffers(disk, fileName(), m_session->text(), fileName());
    if (!diff) {
        Q_EMIT message(diff.errorMessage());
        return;
    }
    TextDifferenceDialog dialog(diff.value(), exists ? tr("on disk") : tr("on disk (deleted)"), tr("yours, unsaved"), m_parent);
    m_asking = true;
    dialog.exec();
    m_asking = false;
    if (std::exchange(m_checkAgain, false))
        check();
}

bool WorkflowDiskSync::confirmSave(WorkflowSession::SaveMode *mode)
{
    *mode = WorkflowSession::SaveMode::IfUnchangedOnDisk;
    const WorkflowSession::DiskState state = m_session->diskState();
    if (state == WorkflowSession::DiskState::Unchanged)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Changed on Disk"), QString(), QMessageBox::Cancel, m_parent);
    QPushButton *overwrite = nullptr;
    QPushButton *reload = nullptr;
    if (state == WorkflowSession::DiskState::Deleted) {
        box.setText(tr("%1 was deleted on disk, or is not in the checked-out branch.").arg(fileName()));
        box.setInformativeText(tr("Save writes it again with your text."));
        overwrite = box.addButton(tr("Write It Again"), QMessageBox::AcceptRole);
    } else {
        box.setText(tr("%1 changed on disk since it was read (a checkout, a pull or another editor).").arg(fileName()));
        box.setInformativeText(tr("Overwrite replaces the version on disk with yours; Reload shows the version on disk "
                                  "instead of yours (Undo brings yours back)."));
        overwrite = box.addButton(tr("Overwrite"), QMessageBox::DestructiveRole);
        reload = box.addButton(tr("Reload"), QMessageBox::ActionRole);
        reload->setObjectName(QStringLiteral("reloadButton"));
    }
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    m_asking = true;
    box.exec();
    m_asking = false;
    const bool again = std::exchange(m_checkAgain, false);
    if (box.clickedButton() == overwrite) {
        *mode = WorkflowSession::SaveMode::Overwrite;
        return true;
    }
    if (reload && box.clickedButton() == reload)
        this->reload();
    else if (again)
        check();
    return false;
}

} // namespace gantry
