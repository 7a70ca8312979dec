#include "app/CloneController.h"

#include "gitcore/RemoteTransfer.h"
#include "widgets/CloneDialog.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent>

namespace gantry {

CloneController::CloneController(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<QPair<QString, QString>>::finished, this, [this] {
        if (m_progress)
            m_progress->deleteLater();
        const auto [path, message] = m_watcher.result();
        if (message.isEmpty()) {
            Q_EMIT cloned(path);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Clone Repository"), message, QMessageBox::Ok, m_dialogParent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT failed(message);
    });
}

CloneController::~CloneController()
{
    cancel();
    m_watcher.waitForFinished();
}

CloneDialog *CloneController::dialog() const { return m_dialog; }

void CloneController::start()
{
    if (m_dialog && m_dialog->isVisible())
        return m_dialog->raise();
    if (isRunning())
        return;
    auto *dialog = new CloneDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { clone(dialog->url(), dialog->targetPath()); });
    dialog->open();
}

void CloneController::clone(const QString &url, const QString &path)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(tr("Cloning %1…").arg(url), tr("Cancel"), 0, 0, m_dialogParent);
    progress->setWindowTitle(tr("Clone Repository"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, &CloneController::cancel);
    QPointer<QProgressDialog> target = progress;
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([url, path, cancelFlag, target]() -> QPair<QString, QString> {
        auto result = RemoteTransfer::clone(url, path, cancelFlag.get(), [target](const TransferProgress &p) {
            if (p.total <= 0)
                return;
            const int current = p.current;
            const int total = p.total;
            const bool resolving = p.stage == TransferProgress::Stage::Resolving;
            QMetaObject::invokeMethod(qApp, [target, current, total, resolving] {
                if (!target)
                    return;
                target->setMaximum(total);
                target->setValue(current);
                target->setLabelText(resolving ? CloneController::tr("Resolving deltas %1/%2").arg(current).arg(total)
                                               : CloneController::tr("Receiving objects %1/%2").arg(current).arg(total));
            });
        });
        if (!result)
            return {QString(), result.error().isCancelled() ? tr("Clone cancelled: nothing was kept.")
                                                            : tr("Could not clone %1:\n\n%2").arg(url, result.errorMessage())};
        return {*result, QString()};
    }));
}

void CloneController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace gantry
