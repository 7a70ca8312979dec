#include "gitcore/GraphTextRenderer.h"

#include <algorithm>

namespace gantry {

void GraphTextRenderer::setState(State state)
{
    m_prevState = m_state;
    m_state = state;
}

int GraphTextRenderer::findNewColumn(CommitKey commit) const
{
    for (int i = 0; i < int(m_newColumns.size()); ++i)
        if (m_newColumns[i] == commit)
            return i;
    return -1;
}

bool GraphTextRenderer::needsPreCommitLine() const
{
    return m_numParents >= 3 && m_commitIndex < int(m_columns.size()) - 1 && m_expansionRow < expansionRows();
}

bool GraphTextRenderer::isMappingCorrect() const
{
    // Correct when every line sits at its column, or one to its right (drawn '/' into place).
    for (int i = 0; i < m_mappingSize; ++i) {
        const int target = m_mapping[i];
        if (target >= 0 && target != i / 2)
            return false;
    }
    return true;
}

void GraphTextRenderer::padHorizontally(QByteArray &out, qsizetype lineStart) const
{
    const qsizetype width = out.size() - lineStart;
    if (width < m_width)
        out.append(m_width - width, ' ');
}

void GraphTextRenderer::update(CommitKey commit, std::span<const CommitKey> parents)
{
    m_commit = commit;
    m_parents.assign(parents.begin(), parents.end());
    m_numParents = int(m_parents.size());
    m_prevCommitIndex = m_commitIndex;
    updateColumns();
    m_expansionRow = 0;
    if (m_state != State::Padding)
        m_state = State::Skip;
    else if (needsPreCommitLine())
        m_state = State::PreCommit;
    else
        m_state = State::Commit;
}

void GraphTextRenderer::updateColumns()
{
    // The lines below the previous commit are the lines above this one.
    m_columns.swap(m_newColumns);
    m_newColumns.clear();
    const int columnCount = int(m_columns.size());
    const int maxNewColumns = columnCount + m_numParents;
    m_mappingSize = 2 * maxNewColumns;
    if (int(m_mapping.size()) < m_mappingSize) {
        m_mapping.resize(m_mappingSize);
        m_oldMapping.resize(m_mappingSize);
    }
    std::fill(m_mapping.begin(), m_mapping.begin() + m_mappingSize, -1);
    m_width = 0;
    m_prevEdgesAdded = m_edgesAdded;
    m_edgesAdded = 0;
    m_mergeLayout = -1;

    bool seenThis = false;
    for (int i = 0; i <= columnCount; ++i) {
        CommitKey columnCommit;
        if (i == columnCount) {
            if (seenThis)
                break;
            columnCommit = m_commit;  // a commit without a drawn child gets a column at the end
        } else {
            columnCommit = m_columns[i];
        }
        if (columnCommit == m_commit) {
            seenThis = true;
            m_commitIndex = i;
            m_mergeLayout = -1;
            for (CommitKey parent : m_parents)
                insertIntoNewColumns(parent, i);
            if (m_numParents == 0)
                m_width += 2;  // the commit itself takes two characters
        } else {
            insertIntoNewColumns(columnCommit, -1);
        }
    }
    while (m_mappingSize > 1 && m_mapping[m_mappingSize - 1] < 0)
        --m_mappingSize;
}

void GraphTextRenderer::insertIntoNewColumns(CommitKey commit, int index)
{
    int column = findNewColumn(commit);
    if (column < 0) {
        column = int(m_newColumns.size());
        m_newColumns.push_back(commit);
    }
    int mappingIndex;
    if (m_numParents > 1 && index > -1 && m_mergeLayout == -1) {
        // The first parent of a merge picks how the merge fans out: to the left when the
        // parent's line is left of the merge, else straight down and to the right.
        const int distance = index - column;
        const int shift = distance > 1 ? 2 * distance - 3 : 1;
        m_mergeLayout = distance > 0 ? 0 : 1;
        m_edgesAdded = m_numParents + m_mergeLayout - 2;
        mappingIndex = m_width + (m_mergeLayout - 1) * shift;
        m_width += 2 * m_mergeLayout;
    } else if (m_edgesAdded > 0 && m_width >= 2 && column == m_mapping[m_width - 2]) {
        // A parent that is also the line just left of the new edges: join it at once.
        mappingIndex = m_width - 2;
        m_edgesAdded = -1;
    } else {
        mappingIndex = m_width;
        m_width += 2;
    }
    m_mapping[mappingIndex] = column;
}

bool GraphTextRenderer::nextLine(QByteArray &out)
{
    if (m_commit == kNoCommit)
        return false;
    const qsizetype start = out.size();
    bool commitLine = false;
    switch (m_state) {
    case State::Padding: outputPaddingLine(out); break;
    case State::Skip: outputSkipLine(out); break;
    case State::PreCommit: outputPreCommitLine(out); break;
    case State::Commit: outputCommitLine(out); commitLine = true; break;
    case State::PostMerge: outputPostMergeLine(out); break;
    case State::Collapsing: outputCollapsingLine(out); break;
    }
    padHorizontally(out, start);
    return commitLine;
}

void GraphTextRenderer::paddingLine(QByteArray &out)
{
    if (m_state != State::Commit) {
        nextLine(out);
        return;
    }
    const qsizetype start = out.size();
    for (CommitKey column : m_columns) {
        out += '|';
        if (column == m_commit && m_numParents > 2)
            out.append((m_numParents - 2) * 2, ' ');
        else
            out += ' ';
    }
    padHorizontally(out, start);
    m_prevState = State::Padding;
}

void GraphTextRenderer::outputPaddingLine(QByteArray &out)
{
    for (size_t i = 0; i < m_newColumns.size(); ++i)
        out += "| ";
}

void GraphTextRenderer::outputSkipLine(QByteArray &out)
{
    out += "...";
    setState(needsPreCommitLine() ? State::PreCommit : State::Commit);
}

void GraphTextRenderer::outputPreCommitLine(QByteArray &out)
{
    // Rows that open up space to the right of an octopus merge, two per parent beyond two.
    bool seenThis = false;
    for (int i = 0; i < int(m_columns.size()); ++i) {
        if (m_columns[i] == m_commit) {
            seenThis = true;
            out += '|';
            out.append(m_expansionRow, ' ');
        } else if (seenThis && m_expansionRow == 0) {
            out += (m_prevState == State::PostMerge && m_prevCommitIndex < i) ? '\\' : '|';
        } else if (seenThis) {
            out += '\\';
        } else {
            out += '|';
        }
        out += ' ';
    }
    ++m_expansionRow;
    if (!needsPreCommitLine())
        setState(State::Commit);
}

void GraphTextRenderer::outputCommitLine(QByteArray &out)
{
    bool seenThis = false;
    const int columnCount = int(m_columns.size());
    for (int i = 0; i <= columnCount; ++i) {
        CommitKey columnCommit;
        if (i == columnCount) {
            if (seenThis)
                break;
            columnCommit = m_commit;
        } else {
            columnCommit = m_columns[i];
        }
        if (columnCommit == m_commit) {
            seenThis = true;
            out += '*';
            if (m_numParents > 2) {
                // The dashes of an octopus merge: two characters per parent beyond the second
                // (one fewer when the first parent goes left).
                const int dashed = m_numParents + m_mergeLayout - 3;
                for (int d = 0; d < dashed; ++d) {
                    out += '-';
                    out += d == dashed - 1 ? '.' : '-';
                }
            }
        } else if (seenThis && m_edgesAdded > 1) {
            out += '\\';
        } else if (seenThis && m_edgesAdded == 1) {
            out += (m_prevState == State::PostMerge && m_prevEdgesAdded > 0 && m_prevCommitIndex < i) ? '\\' : '|';
        } else if (m_prevState == State::Collapsing && 2 * i + 1 < int(m_oldMapping.size())
                   && m_oldMapping[2 * i + 1] == i && m_mapping[2 * i] < i) {
            out += '/';
        } else {
            out += '|';
        }
        out += ' ';
    }
    if (m_numParents > 1)
        setState(State::PostMerge);
    else if (isMappingCorrect())
        setState(State::Padding);
    else
        setState(State::Collapsing);
}

void GraphTextRenderer::outputPostMergeLine(QByteArray &out)
{
    static const char kMergeChars[] = {'/', '|', '\\'};
    bool seenThis = false;
    bool passedFirstParent = false;  // whether the first parent's line is left of here
    const int columnCount = int(m_columns.size());
    const CommitKey firstParent = m_parents.front();
    for (int i = 0; i <= columnCount; ++i) {
        CommitKey columnCommit;
        if (i == columnCount) {
            if (seenThis)
                break;
            columnCommit = m_commit;
        } else {
            columnCommit = m_columns[i];
        }
        if (columnCommit == m_commit) {
            seenThis = true;
            int shape = m_mergeLayout;
            for (int j = 0; j < m_numParents; ++j) {
                out += kMergeChars[shape];
                if (shape == 2) {
                    if (m_edgesAdded > 0 || j < m_numParents - 1)
                        out += ' ';
                } else {
                    ++shape;
                }
            }
            if (m_edgesAdded == 0)
                out += ' ';
        } else if (seenThis) {
            out += m_edgesAdded > 0 ? "\\ " : "| ";
        } else {
            out += '|';
            if (m_mergeLayout != 0 || i != m_commitIndex - 1)
                out += passedFirstParent ? '_' : ' ';
        }
        if (columnCommit == firstParent)
            passedFirstParent = true;
    }
    setState(isMappingCorrect() ? State::Padding : State::Collapsing);
}

void GraphTextRenderer::outputCollapsingLine(QByteArray &out)
{
    // Lines move left by one position per row towards their column; one line may travel
    // further horizontally ('_') when it has to cross others.
    m_mapping.swap(m_oldMapping);
    if (int(m_mapping.size()) < m_mappingSize)
        m_mapping.resize(m_mappingSize);
    std::fill(m_mapping.begin(), m_mapping.begin() + m_mappingSize, -1);

    int horizontalEdge = -1;
    int horizontalTarget = -1;
    for (int i = 0; i < m_mappingSize; ++i) {
        const int target = m_oldMapping[i];
        if (target < 0)
            continue;
        if (target * 2 == i) {
            m_mapping[i] = target;
        } else if (i >= 1 && m_mapping[i - 1] < 0) {
            m_mapping[i - 1] = target;
            if (horizontalEdge == -1) {
                horizontalEdge = i;
                horizontalTarget = target;
                for (int j = target * 2 + 3; j < i - 2; j += 2)
                    m_mapping[j] = target;
            }
        } else if (i >= 1 && m_mapping[i - 1] == target) {
            // Joins the line to its left, which goes to the same commit.
        } else if (i >= 2) {
            // Crosses the line to its left.
            m_mapping[i - 2] = target;
            if (horizontalEdge == -1) {
                horizontalTarget = target;
                horizontalEdge = i - 1;
                for (int j = target * 2 + 3; j < i - 2; j += 2)
                    m_mapping[j] = target;
            }
        }
    }
    std::copy(m_mapping.begin(), m_mapping.begin() + m_mappingSize, m_oldMapping.begin());
    if (m_mapping[m_mappingSize - 1] < 0)
        --m_mappingSize;

    bool usedHorizontal = false;
    for (int i = 0; i < m_mappingSize; ++i) {
        const int target = m_mapping[i];
        if (target < 0) {
            out += ' ';
        } else if (target * 2 == i) {
            out += '|';
        } else if (target == horizontalTarget && i != horizontalEdge - 1) {
            // Only the first '_' of the run continues into the next row.
            if (i != target * 2 + 3)
                m_mapping[i] = -1;
            usedHorizontal = true;
            out += '_';
        } else {
            if (usedHorizontal && i < horizontalEdge)
                m_mapping[i] = -1;
            out += '/';
        }
    }
    if (isMappingCorrect())
        setState(State::Padding);
}

void GraphTextRenderer::showCommit(QByteArray &out)
{
    if (m_commit == kNoCommit)
        return;
    if (isCommitFinished()) {
        paddingLine(out);
        return;
    }
    while (!isCommitFinished()) {
        if (nextLine(out))
            return;
        out += '\n';
    }
}

bool GraphTextRenderer::showRemainder(QByteArray &out)
{
    if (m_commit == kNoCommit || isCommitFinished())
        return false;
    for (;;) {
        nextLine(out);
        if (isCommitFinished())
            break;
        out += '\n';
    }
    return true;
}

void GraphTextRenderer::showCommitMessage(QByteArray &out, const QByteArray &message)
{
    qsizetype pos = 0;
    while (pos < message.size()) {
        const qsizetype newline = message.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? message.size() : newline + 1;
        out.append(message.constData() + pos, end - pos);
        pos = end;
        if (newline >= 0 && pos < message.size())
            nextLine(out);
    }
    if (isCommitFinished())
        return;
    const bool newlineTerminated = !message.isEmpty() && message.endsWith('\n');
    if (!newlineTerminated)
        out += '\n';
    showRemainder(out);
    if (newlineTerminated)
        out += '\n';
}

} // namespace gantry
