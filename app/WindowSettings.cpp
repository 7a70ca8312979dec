#include "app/WindowSettings.h"

#include <QSettings>

namespace gantry {

namespace {
QString key(const char *name)
{
    return QStringLiteral("MainWindow/") + QLatin1String(name);
}
} // namespace

WindowSettings::WindowSettings()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get())
{
}

WindowSettings::WindowSettings(QSettings *settings)
    : m_settings(settings)
{
}

WindowSettings::~WindowSettings() = default;

QByteArray WindowSettings::geometry() const
{
    return m_settings->value(key("geometry")).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray &geometry)
{
    m_settings->setValue(key("geometry"), geometry);
}

QByteArray WindowSettings::windowState() const
{
    return m_settings->value(key("state")).toByteArray();
}

void WindowSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(key("state"), state);
}

QStringList WindowSettings::openRepositories() const
{
    return m_settings->value(key("openRepositories")).toStringList();
}

void WindowSettings::setOpenRepositories(const QStringList &paths)
{
    m_settings->setValue(key("openRepositories"), paths);
}

int WindowSettings::currentTab() const
{
    return m_settings->value(key("currentTab"), 0).toInt();
}

void WindowSettings::setCurrentTab(int index)
{
    m_settings->setValue(key("currentTab"), index);
}

QByteArray WindowSettings::splitterState(const QString &name) const
{
    return m_settings->value(QStringLiteral("Splitters/") + name).toByteArray();
}

void WindowSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("Splitters/") + name, state);
}

QString WindowSettings::workspace() const
{
    const QString value = m_settings->value(key("workspace"), QStringLiteral("changes")).toString();
    return value == QLatin1String("history") || value == QLatin1String("pipelines") ? value : QStringLiteral("changes");
}

void WindowSettings::setWorkspace(const QString &workspace)
{
    m_settings->setValue(key("workspace"), workspace);
}

bool WindowSettings::sidePanelVisible() const
{
    return m_settings->value(key("sidePanelVisible"), true).toBool();
}

void WindowSettings::setSidePanelVisible(bool visible)
{
    m_settings->setValue(key("sidePanelVisible"), visible);
}

CommitBox::Mode WindowSettings::commitMode() const
{
    return m_settings->value(QStringLiteral("Commit/mode")).toString() == QLatin1String("conventional")
               ? CommitBox::Mode::Conventional
               : CommitBox::Mode::FreeText;
}

void WindowSettings::setCommitMode(CommitBox::Mode mode)
{
    m_settings->setValue(QStringLiteral("Commit/mode"), mode == CommitBox::Mode::Conventional ? QStringLiteral("conventional")
                                                                                              : QStringLiteral("free-text"));
}

QList<UserCommitTemplate> WindowSettings::commitTemplates() const
{
    QList<UserCommitTemplate> templates;
    const int count = m_settings->beginReadArray(QStringLiteral("CommitTemplates"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        UserCommitTemplate t{m_settings->value(QStringLiteral("name")).toString(),
                             m_settings->value(QStringLiteral("message")).toString()};
        if (!t.name.isEmpty())
            templates.append(t);
    }
    m_settings->endArray();
    return templates;
}

void WindowSettings::setCommitTemplates(const QList<UserCommitTemplate> &templates)
{
    m_settings->remove(QStringLiteral("CommitTemplates"));
    m_settings->beginWriteArray(QStringLiteral("CommitTemplates"), int(templates.size()));
    for (int i = 0; i < templates.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), templates.at(i).name);
        m_settings->setValue(QStringLiteral("message"), templates.at(i).message);
    }
    m_settings->endArray();
}

RecentRepositories WindowSettings::recentRepositories() const
{
    RecentRepositories recent;
    recent.load(*m_settings);
    return recent;
}

void WindowSettings::setRecentRepositories(const RecentRepositories &recent)
{
    recent.save(*m_settings);
}

void WindowSettings::sync()
{
    m_settings->sync();
}

} // namespace gantry
