#include "app/RecentRepositories.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace gantry {

namespace {
const char kKey[] = "recentRepositories";
}

QString RecentRepositories::normalize(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

void RecentRepositories::add(const QString &path)
{
    const QString normalized = normalize(path);
    if (normalized.isEmpty())
        return;
    remove(normalized);
    m_paths.prepend(normalized);
    while (m_paths.size() > m_limit)
        m_paths.removeLast();
}

void RecentRepositories::remove(const QString &path)
{
    const QString normalized = normalize(path);
    m_paths.removeIf([&](const QString &p) { return p == normalized || normalize(p) == normalized; });
}

int RecentRepositories::pruneMissing()
{
    return int(m_paths.removeIf([](const QString &p) { return !QFileInfo(p).isDir(); }));
}

void RecentRepositories::load(const QSettings &settings)
{
    m_paths.clear();
    const QStringList stored = settings.value(QLatin1String(kKey)).toStringList();
    // Appending from the oldest keeps the order and lets add() drop duplicates and extras.
    for (auto it = stored.crbegin(); it != stored.crend(); ++it)
        add(*it);
}

void RecentRepositories::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(kKey), m_paths);
}

} // namespace gantry
