#pragma once

#include "gitcore/Oid.h"

#include <QHash>
#include <QVector>

#include <span>

namespace gantry {

/// One line segment drawn in a history row, between the row's top edge, its commit node and
/// its bottom edge, in lane columns. `top == kNode`: the line starts at the node and leaves
/// through the bottom edge at column `bottom` (to a parent). `bottom == kNode`: it comes in at
/// column `top` and ends at the node (from a child). Otherwise it passes through the row.
struct GraphLine
{
    static constexpr quint16 kNode = 0xFFFF;
    quint16 top = 0;
    quint16 bottom = 0;
    quint16 color = 0;  // a stable colour index per lane (branch), for the palette
};

/// The rows of a history in display order (topological: every commit above its parents), with
/// the lane layout for painting. Stored flat (no per-row allocation) so a million rows stay small.
/// Built in batches by the history loader; the model appends batches as they arrive.
class HistoryGraph
{
public:
    int rowCount() const { return int(m_commits.size()); }
    const Oid &commit(int row) const { return m_commits[row]; }
    /// The lane column of the row's commit node.
    int column(int row) const { return m_columns[row]; }
    /// The colour index of the row's commit node.
    int color(int row) const { return m_colors[row]; }
    /// The line segments of a row.
    std::span<const GraphLine> lines(int row) const
    {
        const quint32 begin = m_lineOffsets[row];
        const quint32 end = row + 1 < rowCount() ? m_lineOffsets[row + 1] : quint32(m_lines.size());
        return std::span<const GraphLine>(m_lines.constData() + begin, end - begin);
    }
    /// The widest row so far, in columns.
    int maxColumns() const { return m_maxColumns; }
    /// The row of a commit, or -1 if it has not been laid out (yet).
    int rowOf(const Oid &id) const { return m_rowOf.value(id, -1); }

    void appendRow(const Oid &id, int column, int color, std::span<const GraphLine> lines)
    {
        m_rowOf.insert(id, rowCount());
        m_commits.append(id);
        m_columns.append(quint16(column));
        m_colors.append(quint16(color));
        m_lineOffsets.append(quint32(m_lines.size()));
        for (const GraphLine &l : lines) {
            m_lines.append(l);
            if (l.top != GraphLine::kNode)
                m_maxColumns = qMax(m_maxColumns, int(l.top) + 1);
            if (l.bottom != GraphLine::kNode)
                m_maxColumns = qMax(m_maxColumns, int(l.bottom) + 1);
        }
        m_maxColumns = qMax(m_maxColumns, column + 1);
    }

    /// Appends every row of `batch` (rows laid out after ours).
    void append(const HistoryGraph &batch)
    {
        for (int row = 0; row < batch.rowCount(); ++row)
            appendRow(batch.commit(row), batch.column(row), batch.color(row), batch.lines(row));
    }

    void clear() { *this = HistoryGraph(); }

private:
    QVector<Oid> m_commits;
    QVector<quint16> m_columns;
    QVector<quint16> m_colors;
    QVector<quint32> m_lineOffsets;
    QVector<GraphLine> m_lines;
    QHash<Oid, int> m_rowOf;
    int m_maxColumns = 0;
};

} // namespace gantry
