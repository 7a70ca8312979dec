#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace gantry {

class CloneDialog;

/// "Clone…": asks for a URL and a folder in a CloneDialog, clones with RemoteTransfer::clone on
/// a worker thread behind a cancellable progress dialog, and hands the new working tree to the
/// main window (cloned()) or says why it failed. Waits for the worker when destroyed.
class CloneController : public QObject
{
    Q_OBJECT
public:
    explicit CloneController(QWidget *dialogParent, QObject *parent = nullptr);
    ~CloneController() override;

    CloneDialog *dialog() const;
    bool isRunning() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    /// Opens the dialog (or raises the open one).
    void start();
    /// Clones `url` into `path` (no dialog).
    void clone(const QString &url, const QString &path);
    void cancel();

Q_SIGNALS:
    /// The clone is done: open `path`.
    void cloned(const QString &path);
    /// It failed or was cancelled (`message` says which).
    void failed(const QString &message);

private:
    QPointer<QWidget> m_dialogParent;
    QPointer<CloneDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<QPair<QString, QString>> m_watcher; // (path, error)
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace gantry
