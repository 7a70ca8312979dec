#pragma once

#include <QHash>
#include <QIcon>
#include <QWidget>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace gantry {

/// The column of workspace buttons at the left of a repository's window (as Fork and GitKraken
/// have): an icon and a name for each workspace — History, Changes, Pipelines, and the ones to
/// come — the current one checked, with a count badge where a workspace has one (changed files).
/// It only shows and asks: a click emits workspaceRequested(id), the owner switches.
class WorkspaceSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceSwitcher(QWidget *parent = nullptr);

    /// Adds a workspace button; `shortcut` is shown in its tooltip (e.g. "Ctrl+1").
    void addWorkspace(int id, const QIcon &icon, const QString &name, const QString &toolTip,
                      const QKeySequence &shortcut = {});
    void setCurrent(int id);
    int current() const;
    /// The number shown on the workspace's button (0: none).
    void setBadge(int id, int count);
    int badge(int id) const;
    void setWorkspaceEnabled(int id, bool enabled);
    QToolButton *button(int id) const;

Q_SIGNALS:
    void workspaceRequested(int id);

private:
    QButtonGroup *m_group = nullptr;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace gantry
