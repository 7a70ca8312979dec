#pragma once

#include "gitcore/CommitSource.h"

#include <QByteArray>

#include <span>
#include <vector>

namespace gantry {

/// Draws the ASCII history graph of `git log --graph` ('*', '|', '/', '\\', '_', '-', '.'),
/// one commit at a time in the walk's order: the rows before a commit (octopus expansion),
/// its commit row, and the merge and collapsing rows after it, with git's padding.
/// Lines are appended to a byte buffer without their newline; the show*() helpers follow
/// git log's rules for putting lines and commit text together.
class GraphTextRenderer
{
public:
    /// Moves to the next commit (in topological order) and its parents.
    void update(CommitKey commit, std::span<const CommitKey> parents);
    /// True once every row of the current commit has been drawn.
    bool isCommitFinished() const { return m_state == State::Padding; }
    /// Appends the next row (no newline); returns true when it was the commit's own row.
    bool nextLine(QByteArray &out);
    /// Appends a row that continues every line without advancing (for text lines after the commit row).
    void paddingLine(QByteArray &out);

    /// git's graph_show_commit: the rows up to and including the commit row's graph part,
    /// rows before it each ended with a newline.
    void showCommit(QByteArray &out);
    /// git's graph_show_remainder: the rows left after the commit row, separated by newlines
    /// (no trailing one). Returns whether anything was drawn.
    bool showRemainder(QByteArray &out);
    /// git's graph_show_commit_msg: `message` with a graph row before every line but the
    /// first, then the remaining rows of the commit.
    void showCommitMessage(QByteArray &out, const QByteArray &message);

private:
    enum class State { Padding, Skip, PreCommit, Commit, PostMerge, Collapsing };
    static constexpr CommitKey kNoCommit = 0xFFFFFFFFu;

    void setState(State state);
    void updateColumns();
    void insertIntoNewColumns(CommitKey commit, int index);
    int findNewColumn(CommitKey commit) const;
    bool needsPreCommitLine() const;
    /// Two rows per dashed parent of an octopus (one parent fewer when it fans out to the left).
    int expansionRows() const { return (m_numParents + m_mergeLayout - 3) * 2; }
    bool isMappingCorrect() const;
    void padHorizontally(QByteArray &out, qsizetype lineStart) const;

    void outputPaddingLine(QByteArray &out);
    void outputSkipLine(QByteArray &out);
    void outputPreCommitLine(QByteArray &out);
    void outputCommitLine(QByteArray &out);
    void outputPostMergeLine(QByteArray &out);
    void outputCollapsingLine(QByteArray &out);

    CommitKey m_commit = kNoCommit;
    std::vector<CommitKey> m_parents;
    int m_numParents = 0;
    int m_width = 0;
    int m_expansionRow = 0;
    State m_state = State::Padding;
    State m_prevState = State::Padding;
    int m_commitIndex = 0;
    int m_prevCommitIndex = 0;
    int m_mergeLayout = 0;
    int m_edgesAdded = 0;
    int m_prevEdgesAdded = 0;
    std::vector<CommitKey> m_columns;     // lines above the current commit
    std::vector<CommitKey> m_newColumns;  // lines below it
    std::vector<int> m_mapping;           // screen position -> column in m_newColumns, -1: none
    std::vector<int> m_oldMapping;
    int m_mappingSize = 0;
};

} // namespace gantry
