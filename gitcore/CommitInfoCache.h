#pragma once

#include "gitcore/CommitInfo.h"
#include "gitcore/Oid.h"

#include <QCache>

namespace gantry {

class Repository;

/// A least-recently-used cache of commit summaries (subject, author, date) keyed by id, so the
/// history rows on screen read each commit once while scrolling back and forth.
class CommitInfoCache
{
public:
    explicit CommitInfoCache(int capacity = 4096) : m_cache(capacity) {}

    /// The summary of `id`, read from `repository` when not cached. nullptr when it cannot be
    /// read (the error is in lastError()). The pointer is valid until the next call.
    const CommitSummary *summary(const Repository &repository, const Oid &id);
    bool contains(const Oid &id) const { return m_cache.contains(id); }
    int size() const { return int(m_cache.size()); }
    int capacity() const { return int(m_cache.maxCost()); }
    void setCapacity(int capacity) { m_cache.setMaxCost(capacity); }
    void clear() { m_cache.clear(); }
    const QString &lastError() const { return m_lastError; }

private:
    QCache<Oid, CommitSummary> m_cache;
    QString m_lastError;
};

} // namespace gantry
