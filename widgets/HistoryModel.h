#pragma once

#include "gitcore/CommitInfoCache.h"
#include "gitcore/HistoryGraph.h"
#include "gitcore/HistoryLoader.h"
#include "gitcore/Oid.h"
#include "gitcore/RefDecorations.h"
#include "widgets/RefBadgePainter.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

namespace gantry {

class Repository;

/// The rows of the history table: commits in the loader's order with their graph lanes and ref
/// badges. Rows arrive in batches from a HistoryLoader and are exposed to views in chunks through
/// fetchMore(); commit text (subject, author, date) is read lazily, only for rows a view asks
/// about, through a bounded cache — nothing per row is kept as strings.
/// When the working tree or the index has changes (setUncommittedChanges), an "Uncommitted
/// changes (N)" row comes first, above every commit, its node in HEAD's lane (as Fork and
/// GitKraken show it); view rows then sit one below their commit's graph row.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GraphColumn, SubjectColumn, AuthorColumn, DateColumn, IdColumn, ColumnCount };
    enum Role {
        OidRole = Qt::UserRole + 1,  // gantry::Oid
        GraphLinesRole,              // QVector<gantry::GraphLine>: the row's line segments
        NodeColumnRole,              // int: lane column of the commit node
        NodeColorRole,               // int: lane colour index of the node
        LaneCountRole,               // int: the widest row so far, in lanes
        IsMergeRole,                 // bool: the commit has more than one parent
        IsHeadRole,                  // bool: HEAD points at this commit
        RefsRole,                    // gantry::RefBadgeList
        SearchMatchRole,             // bool: the commit matches the current search
        WorkingTreeRole,             // bool: the "Uncommitted changes" row
        WorkingTreeLinkRole,         // int: lane column of the dashed line from that row to HEAD, -1: none
        WorkingTreeLinkColorRole,    // int: its colour index (HEAD's)
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    /// Loads the history of the repository at `path` (replacing the current one).
    void setRepository(const QString &path, const HistoryQuery &query = HistoryQuery());
    QString repositoryPath() const { return m_path; }
    void setQuery(const HistoryQuery &query) { m_query = query; }
    HistoryQuery query() const { return m_query; }
    /// Restarts the loader (after a commit, fetch...). The current rows stay until the first new
    /// batch arrives, then are replaced in one reset; views keep their selection by oid.
    void reload();
    /// Shows nothing and stops loading.
    void clear();

    /// True while the loader has not finished (or failed).
    bool isLoading() const { return m_loading; }
    /// Rows received from the loader so far (exposed to views or not).
    int receivedCount() const { return m_graph.rowCount(); }
    /// How many rows fetchMore() exposes at a time.
    int fetchChunk() const { return m_fetchChunk; }
    void setFetchChunk(int rows) { m_fetchChunk = qMax(1, rows); }
    /// Exposes every row received so far (for End); the rest follow as they arrive when `follow`.
    void exposeAllReceived(bool follow = false);

    /// The row of `id` among the exposed rows, or -1.
    int rowOf(const Oid &id) const;
    /// True when `id` has been received (even if not exposed yet).
    bool hasReceived(const Oid &id) const { return m_graph.rowOf(id) >= 0; }
    Oid commitAt(int row) const;
    const HistoryGraph &graph() const { return m_graph; }
    RefBadgeList refsOf(const Oid &id) const;
    Oid headCommit() const { return m_head; }
    /// The summary of a row (read on demand, cached); nullptr when it cannot be read.
    const CommitSummary *summaryAt(int row) const;

    /// How many files the working tree and index change (0: no "Uncommitted changes" row).
    void setUncommittedChanges(int files);
    int uncommittedChanges() const { return m_uncommitted; }
    /// Whether row 0 is the "Uncommitted changes" row.
    bool hasWorkingTreeRow() const { return m_uncommitted > 0; }
    bool isWorkingTreeRow(int row) const { return row == 0 && hasWorkingTreeRow(); }

    /// Search matches, for highlighting: set, extend, clear.
    void addMatches(const QVector<Oid> &matches);
    void clearMatches();
    bool isMatch(const Oid &id) const { return m_matches.contains(id); }
    int matchCount() const { return int(m_matches.size()); }
    /// The exposed rows of matches, ascending.
    QVector<int> matchRows() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    /// More rows were received from the loader (exposed or not).
    void receivedCountChanged(int received);
    void loadFinished(int totalRows);

private:
    void startLoader();
    void onBatch(const HistoryGraph &batch);
    void onFinished(int total);
    void onFailed(const QString &message);
    void exposeUpTo(int rows);
    void applyPendingReset();
    void readRefs();
    void setLoading(bool loading);
    /// Rows above the commits (the "Uncommitted changes" row), and a view row's graph row.
    int extraRows() const { return hasWorkingTreeRow() ? 1 : 0; }
    int graphRow(int viewRow) const { return viewRow - extraRows(); }
    QVariant workingTreeData(const QModelIndex &index, int role) const;
    /// Where the dashed line from the "Uncommitted changes" row to HEAD runs (updateWorkingTreeLink).
    void updateWorkingTreeLink();

    QString m_path;
    HistoryQuery m_query;
    std::unique_ptr<Repository> m_repository;
    std::unique_ptr<HistoryLoader> m_loader;
    HistoryGraph m_graph;
    int m_exposed = 0;        // rows views see (rowCount)
    int m_wanted = 0;         // rows views asked for; exposed as they arrive
    int m_fetchChunk = 256;
    bool m_loading = false;
    bool m_resetPending = false;  // reload(): replace the rows at the first new batch
    bool m_followAll = false;     // exposeAllReceived(true): expose everything as it arrives
    RefDecorations m_refs;
    RefDecorations m_pendingRefs;  // refs read by reload(), applied with the reset
    Oid m_head;
    int m_uncommitted = 0;     // files changed in the working tree or index
    int m_linkColumn = -1;     // the lane of HEAD's node when a line can run to it from row 0
    int m_linkRows = 0;        // graph rows above HEAD's that the line passes through
    QSet<Oid> m_matches;
    mutable CommitInfoCache m_cache;
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::GraphLine)
