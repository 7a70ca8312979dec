#include "gitcore/LaneLayout.h"

namespace gantry {

void LaneLayout::reset()
{
    m_lanes.clear();
    m_next.clear();
    m_nextColor = 0;
}

int LaneLayout::findLane(const std::vector<Lane> &lanes, CommitKey key, int skip) const
{
    for (int i = 0; i < int(lanes.size()); ++i)
        if (i != skip && lanes[i].expected == key)
            return i;
    return -1;
}

int LaneLayout::freeSlot(std::vector<Lane> &lanes) const
{
    for (int i = 0; i < int(lanes.size()); ++i)
        if (lanes[i].expected == kFree)
            return i;
    lanes.push_back(Lane());
    return int(lanes.size()) - 1;
}

void LaneLayout::addRow(CommitKey key, const Oid &id, std::span<const CommitKey> parents, HistoryGraph &out)
{
    m_lines.clear();

    // The node sits in the leftmost lane that runs down to it; a commit nobody expected
    // (a branch tip) opens a new lane.
    int column = findLane(m_lanes, key);
    const bool hasChild = column >= 0;
    if (!hasChild) {
        column = freeSlot(m_lanes);
        m_lanes[column].color = m_nextColor++;
    }
    const quint16 nodeColor = m_lanes[column].color;

    // Below the row: every lane continues except those ending at this node.
    m_next.assign(m_lanes.begin(), m_lanes.end());
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        const Lane &lane = m_lanes[i];
        if (lane.expected == kFree)
            continue;
        if (lane.expected == key) {
            m_lines.push_back({quint16(i), GraphLine::kNode, lane.color});
            m_next[i].expected = kFree;
        }
    }
    m_next[column].expected = kFree;

    for (size_t p = 0; p < parents.size(); ++p) {
        const CommitKey parent = parents[p];
        if (p == 0) {
            // The first parent continues the lane, even when another lane also runs down to
            // it: the lanes meet at the parent's node (the branch point), not before.
            m_next[column] = {parent, nodeColor};
            m_lines.push_back({GraphLine::kNode, quint16(column), nodeColor});
            continue;
        }
        const int existing = findLane(m_next, parent);
        if (existing >= 0) {
            // A merged parent already drawn in a lane: the merge line joins that lane.
            m_lines.push_back({GraphLine::kNode, quint16(existing), m_next[existing].color});
            continue;
        }
        const int lane = freeSlot(m_next);
        m_next[lane] = {parent, m_nextColor++};
        m_lines.push_back({GraphLine::kNode, quint16(lane), m_next[lane].color});
    }

    // Lanes passing by the node.
    for (int i = 0; i < int(m_lanes.size()); ++i)
        if (m_lanes[i].expected != kFree && m_lanes[i].expected != key)
            m_lines.push_back({quint16(i), quint16(i), m_lanes[i].color});

    // Close the gaps left by ended lanes: lanes to their right move left below this row.
    m_compacted.assign(m_next.size(), -1);
    int kept = 0;
    for (int i = 0; i < int(m_next.size()); ++i)
        if (m_next[i].expected != kFree) {
            m_compacted[i] = kept;
            m_next[kept++] = m_next[i];
        }
    m_next.resize(kept);
    for (GraphLine &line : m_lines)
        if (line.bottom != GraphLine::kNode)
            line.bottom = quint16(m_compacted[line.bottom]);

    out.appendRow(id, column, nodeColor, m_lines);
    m_lanes.swap(m_next);
}

} // namespace gantry
