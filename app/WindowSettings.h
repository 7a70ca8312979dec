#pragma once

#include "app/RecentRepositories.h"
#include "widgets/CommitBox.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace gantry {

/// What the main window remembers between runs (QSettings): geometry and dock state, the
/// repositories open in tabs and the current one, splitter sizes, the workspace shown, the
/// side panel, the diff layout, the recent repositories, and the commit box's mode
/// (conventional or free text) and saved message templates.
class WindowSettings
{
public:
    /// Uses the application's QSettings (organisation/application name).
    WindowSettings();
    /// Uses `settings` (not owned), e.g. an INI file in a test.
    explicit WindowSettings(QSettings *settings);
    ~WindowSettings();

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Repository folders open in tabs, in tab order.
    QStringList openRepositories() const;
    void setOpenRepositories(const QStringList &paths);
    int currentTab() const;
    void setCurrentTab(int index);

    /// A splitter's saveState(), by a name the window gives it ("history.vertical").
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    /// "history" or "changes".
    QString workspace() const;
    void setWorkspace(const QString &workspace);
    bool sidePanelVisible() const;
    void setSidePanelVisible(bool visible);

    /// The commit box's mode; free text when never chosen.
    CommitBox::Mode commitMode() const;
    void setCommitMode(CommitBox::Mode mode);
    /// The user's saved commit message templates, in menu order.
    QList<UserCommitTemplate> commitTemplates() const;
    void setCommitTemplates(const QList<UserCommitTemplate> &templates);

    RecentRepositories recentRepositories() const;
    void setRecentRepositories(const RecentRepositories &recent);

    void sync();

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace gantry
