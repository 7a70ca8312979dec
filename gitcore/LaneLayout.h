#pragma once

#include "gitcore/CommitSource.h"
#include "gitcore/HistoryGraph.h"

#include <span>
#include <vector>

namespace gantry {

/// Turns a stream of commits in topological order into HistoryGraph rows with lanes, the way
/// graphical clients draw them: the first parent continues the commit's lane, merges bring
/// lanes in, branch points end lanes, and free lanes are closed up so the graph stays narrow.
/// Each lane keeps its colour for its whole length. Incremental: one call per row, no per-row
/// allocation once the lane vectors have grown.
class LaneLayout
{
public:
    /// Lays out the next row (the commit `key` with `parents` in order) and appends it to `out`.
    void addRow(CommitKey key, const Oid &id, std::span<const CommitKey> parents, HistoryGraph &out);
    /// The number of lanes open below the last row.
    int openLanes() const { return int(m_lanes.size()); }
    void reset();

private:
    static constexpr CommitKey kFree = 0xFFFFFFFFu;
    struct Lane
    {
        CommitKey expected = kFree;  // the commit this lane runs down to
        quint16 color = 0;
    };

    int findLane(const std::vector<Lane> &lanes, CommitKey key, int skip = -1) const;
    int freeSlot(std::vector<Lane> &lanes) const;

    std::vector<Lane> m_lanes;  // lanes crossing the boundary above the next row
    std::vector<Lane> m_next;
    std::vector<int> m_compacted;
    std::vector<GraphLine> m_lines;
    quint16 m_nextColor = 0;
};

} // namespace gantry
