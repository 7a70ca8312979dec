#include "gitcore/CommitInfoCache.h"

#include "gitcore/Repository.h"

namespace gantry {

const CommitSummary *CommitInfoCache::summary(const Repository &repository, const Oid &id)
{
    if (CommitSummary *cached = m_cache.object(id))
        return cached;
    auto read = CommitInfo::readSummary(repository, id);
    if (!read) {
        m_lastError = read.errorMessage();
        return nullptr;
    }
    auto *summary = new CommitSummary(std::move(read).value());
    if (!m_cache.insert(id, summary))
        return nullptr;  // capacity 0: QCache deleted it
    return m_cache.object(id);
}

} // namespace gantry
