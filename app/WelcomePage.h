#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace gantry {

/// What the main window shows when no repository is open: open, init, and the recent
/// repositories (double-click or Enter opens one).
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentRepositories(const QStringList &paths);

    QListWidget *recentList() const { return m_recent; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *initButton() const { return m_init; }

Q_SIGNALS:
    void openRequested();
    void initRequested();
    void recentRequested(const QString &path);

private:
    void onActivated(QListWidgetItem *item);

    QPushButton *m_open = nullptr;
    QPushButton *m_init = nullptr;
    QListWidget *m_recent = nullptr;
};

} // namespace gantry
