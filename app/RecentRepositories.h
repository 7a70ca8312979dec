#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace gantry {

/// The list of recently opened repositories, most recent first: one entry per folder
/// (compared by canonical path), capped in length, folders that disappeared pruned.
class RecentRepositories
{
public:
    static constexpr int kDefaultLimit = 12;

    explicit RecentRepositories(int limit = kDefaultLimit) : m_limit(limit) {}

    /// Moves `path` to the front (adding it if new); drops the oldest entries beyond the limit.
    void add(const QString &path);
    void remove(const QString &path);
    void clear() { m_paths.clear(); }
    /// Removes every entry whose folder no longer exists; returns how many were removed.
    int pruneMissing();

    QStringList paths() const { return m_paths; }
    bool isEmpty() const { return m_paths.isEmpty(); }
    int limit() const { return m_limit; }

    /// Reads and writes the list under the key "recentRepositories" of `settings`.
    void load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// The form a path is stored and compared in: canonical when the folder exists, else cleaned.
    static QString normalize(const QString &path);

private:
    QStringList m_paths;
    int m_limit;
};

} // namespace gantry
