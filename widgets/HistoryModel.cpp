#include "widgets/HistoryModel.h"

#include "gitcore/RefDecorations.h"
#include "gitcore/Repository.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>

namespace gantry {

namespace {

/// Badges for one commit from git's decorations: HEAD folds into the branch it names (drawn as
/// the current branch); symbolic remote HEADs, stashes and other refs are left out.
RefBadgeList toBadges(const QVector<RefDecoration> &decorations)
{
    RefBadgeList badges;
    bool headOnBranch = false;
    for (const RefDecoration &d : decorations) {
        if (d.kind == RefKind::LocalBranch && d.isHeadTarget)
            headOnBranch = true;
    }
    for (const RefDecoration &d : decorations) {
        RefBadge badge;
        badge.name = d.name;
        switch (d.kind) {
        case RefKind::Head:
            if (headOnBranch)
                continue;
            badge.kind = RefBadge::Kind::Head;
            break;
        case RefKind::LocalBranch:
            badge.kind = RefBadge::Kind::LocalBranch;
            badge.isCurrent = d.isHeadTarget;
            break;
        case RefKind::RemoteBranch:
            if (d.name.endsWith(QLatin1String("/HEAD")))
                continue;
            badge.kind = RefBadge::Kind::RemoteBranch;
            break;
        case RefKind::Tag:
            badge.kind = RefBadge::Kind::Tag;
            break;
        case RefKind::Stash:
        case RefKind::Other:
            continue;
        }
        badges.append(badge);
    }
    RefBadgePainter::sort(badges);
    return badges;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setRepository(const QString &path, const HistoryQuery &query)
{
    beginResetModel();
    m_loader.reset();
    m_graph.clear();
    m_exposed = 0;
    m_wanted = m_fetchChunk;
    m_followAll = false;
    m_resetPending = false;
    m_refs = RefDecorations();
    m_matches.clear();
    m_cache.clear();
    m_head = Oid();
    m_uncommitted = 0;
    m_linkColumn = -1;
    m_linkRows = 0;
    m_repository.reset();
    m_path = path;
    m_query = query;
    endResetModel();
    if (m_path.isEmpty()) {
        setLoading(false);
        return;
    }
    startLoader();
    if (m_resetPending)
        return;
    m_refs = std::move(m_pendingRefs);
    m_pendingRefs = RefDecorations();
}

void HistoryModel::reload()
{
    if (m_path.isEmpty())
        return;
    m_resetPending = true;
    startLoader();
}

void HistoryModel::clear()
{
    setRepository(QString());
}

void HistoryModel::startLoader()
{
    m_loader.reset();  // cancels and joins the previous worker: none of its batches arrive any more
    auto repository = Repository::open(m_path);
    if (!repository) {
        if (m_resetPending)
            applyPendingReset();
        m_repository.reset();
        setLoading(false);
        Q_EMIT loadFailed(repository.errorMessage());
        return;
    }
    m_repository = std::make_unique<Repository>(std::move(repository).value());
    m_cache.clear();  // a reload may follow an amend or rebase: ids are stable but be safe and small
    readRefs();

    m_loader = std::make_unique<HistoryLoader>(m_path, m_query);
    HistoryLoader *loader = m_loader.get();
    connect(loader, &HistoryLoader::batchReady, this, [this, loader](const HistoryGraph &batch) {
        if (loader == m_loader.get())
            onBatch(batch);
    });
    connect(loader, &HistoryLoader::finished, this, [this, loader](int total) {
        if (loader == m_loader.get())
            onFinished(total);
    });
    connect(loader, &HistoryLoader::failed, this, [this, loader](const QString &message) {
        if (loader == m_loader.get())
            onFailed(message);
    });
    setLoading(true);
    loader->start();
}

void HistoryModel::readRefs()
{
    m_head = m_repository->headCommit();
    auto decorations = RefDecorations::load(m_repository->raw());
    // No badges is better than no history; the loader reports real repository errors.
    m_pendingRefs = decorations ? std::move(decorations).value() : RefDecorations();
}

RefBadgeList HistoryModel::refsOf(const Oid &id) const
{
    if (!m_refs.contains(id))
        return {};
    return toBadges(m_refs.at(id));
}

void HistoryModel::applyPendingReset()
{
    beginResetModel();
    const int keepExposed = qMax(m_exposed, m_fetchChunk);
    m_graph.clear();
    m_exposed = 0;
    m_wanted = keepExposed;
    m_refs = std::move(m_pendingRefs);
    m_pendingRefs = RefDecorations();
    m_resetPending = false;
    m_linkColumn = -1;
    m_linkRows = 0;
    endResetModel();
}

void HistoryModel::onBatch(const HistoryGraph &batch)
{
    if (m_resetPending)
        applyPendingReset();
    m_graph.append(batch);
    Q_EMIT receivedCountChanged(m_graph.rowCount());
    exposeUpTo(m_followAll ? m_graph.rowCount() : m_wanted);
    if (m_linkColumn < 0)
        updateWorkingTreeLink();
}

void HistoryModel::onFinished(int)
{
    if (m_resetPending)
        applyPendingReset();
    setLoading(false);
    exposeUpTo(m_followAll ? m_graph.rowCount() : m_wanted);
    Q_EMIT loadFinished(m_graph.rowCount());
}

void HistoryModel::onFailed(const QString &message)
{
    if (m_resetPending)
        applyPendingReset();
    setLoading(false);
    Q_EMIT loadFailed(message);
}

void HistoryModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void HistoryModel::exposeUpTo(int rows)
{
    const int target = qMin(rows, m_graph.rowCount());
    if (target <= m_exposed)
        return;
    beginInsertRows(QModelIndex(), m_exposed + extraRows(), target - 1 + extraRows());
    m_exposed = target;
    endInsertRows();
    // The graph column widens with the lanes: let views re-read LaneCountRole.
    Q_EMIT headerDataChanged(Qt::Horizontal, GraphColumn, GraphColumn);
}

void HistoryModel::exposeAllReceived(bool follow)
{
    m_followAll = follow;
    m_wanted = qMax(m_wanted, m_graph.rowCount());
    exposeUpTo(m_graph.rowCount());
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid())
        return false;
    return m_exposed < m_graph.rowCount() || m_loading;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    // Rows not received yet are exposed as soon as they arrive (onBatch), up to what was asked for.
    m_wanted = qMax(m_wanted, m_exposed + m_fetchChunk);
    exposeUpTo(m_wanted);
}

int HistoryModel::rowOf(const Oid &id) const
{
    const int row = m_graph.rowOf(id);
    return row >= 0 && row < m_exposed ? row + extraRows() : -1;
}

Oid HistoryModel::commitAt(int viewRow) const
{
    const int row = graphRow(viewRow);
    if (row < 0 || row >= m_exposed)
        return Oid();
    return m_graph.commit(row);
}

const CommitSummary *HistoryModel::summaryAt(int viewRow) const
{
    const int row = graphRow(viewRow);
    if (!m_repository || row < 0 || row >= m_exposed)
        return nullptr;
    return m_cache.summary(*m_repository, m_graph.commit(row));
}

void HistoryModel::setUncommittedChanges(int files)
{
    files = std::max(0, files);
    if (m_path.isEmpty())
        files = 0;
    if (files == m_uncommitted)
        return;
    const bool had = hasWorkingTreeRow();
    const bool has = files > 0;
    if (had && !has) {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_uncommitted = 0;
        endRemoveRows();
    } else if (!had && has) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_uncommitted = files;
        endInsertRows();
        updateWorkingTreeLink();
    } else {
        m_uncommitted = files;
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
    }
}

void HistoryModel::updateWorkingTreeLink()
{
    m_linkColumn = -1;
    m_linkRows = 0;
    if (!hasWorkingTreeRow())
        return;
    const int headRow = m_graph.rowOf(m_head);
    if (headRow < 0)
        return; // not laid out yet (or unborn): looked at again as rows arrive
    // The line runs down HEAD's lane from the top; only when no row above HEAD uses that lane,
    // and HEAD is near the top (on a long way down it would mean little).
    constexpr int kFarthest = 400;
    const int column = m_graph.column(headRow);
    if (headRow > kFarthest)
        return;
    for (int row = 0; row < headRow; ++row) {
        if (m_graph.column(row) == column)
            return;
        for (const GraphLine &line : m_graph.lines(row))
            if ((line.top != GraphLine::kNode && line.top == column) || (line.bottom != GraphLine::kNode && line.bottom == column))
                return;
    }
    for (const GraphLine &line : m_graph.lines(headRow))
        if (line.bottom == GraphLine::kNode && line.top == column)
            return; // a child's line already comes in from above
    m_linkColumn = column;
    m_linkRows = headRow;
    if (headRow > 0 && headRow <= m_exposed)
        Q_EMIT dataChanged(index(extraRows(), GraphColumn), index(headRow + extraRows(), GraphColumn));
}

void HistoryModel::addMatches(const QVector<Oid> &matches)
{
    for (const Oid &id : matches) {
        m_matches.insert(id);
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {SearchMatchRole});
    }
}

void HistoryModel::clearMatches()
{
    if (m_matches.isEmpty())
        return;
    m_matches.clear();
    if (m_exposed > 0)
        Q_EMIT dataChanged(index(extraRows(), 0), index(m_exposed - 1 + extraRows(), ColumnCount - 1), {SearchMatchRole});
}

QVector<int> HistoryModel::matchRows() const
{
    QVector<int> rows;
    rows.reserve(m_matches.size());
    for (const Oid &id : m_matches) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_exposed + extraRows();
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == LaneCountRole && section == GraphColumn)
        return m_graph.maxColumns();
    if (role == Qt::ToolTipRole && section == DateColumn)
        return tr("The author's date, in your time zone. A row's tooltip and the commit's details show the author's own time and offset.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GraphColumn: return tr("Graph");
    case SubjectColumn: return tr("Subject");
    case AuthorColumn: return tr("Author");
    case DateColumn: return tr("Date");
    case IdColumn: return tr("Commit");
    default: return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (isWorkingTreeRow(index.row()))
        return workingTreeData(index, role);
    const int row = graphRow(index.row());
    const Oid &id = m_graph.commit(row);
    switch (role) {
    case OidRole: return QVariant::fromValue(id);
    case NodeColumnRole: return m_graph.column(row);
    case NodeColorRole: return m_graph.color(row);
    case LaneCountRole: return m_graph.maxColumns();
    case GraphLinesRole: {
        const auto lines = m_graph.lines(row);
        return QVariant::fromValue(QVector<GraphLine>(lines.begin(), lines.end()));
    }
    case RefsRole:
        return m_refs.contains(id) ? QVariant::fromValue(toBadges(m_refs.at(id))) : QVariant();
    case IsHeadRole: return id == m_head;
    case SearchMatchRole: return m_matches.contains(id);
    case WorkingTreeRole: return false;
    case WorkingTreeLinkRole: return row <= m_linkRows ? m_linkColumn : -1;
    case WorkingTreeLinkColorRole: {
        const int headRow = m_graph.rowOf(m_head);
        return headRow >= 0 ? m_graph.color(headRow) : 0;
    }
    case IsMergeRole: {
        const CommitSummary *summary = summaryAt(index.row());
        return summary && summary->parentCount > 1;
    }
    case Qt::FontRole:
        if (index.column() == IdColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    if (index.column() == IdColumn)
        return role == Qt::DisplayRole ? id.toShortString(8) : id.toString();
    if (index.column() == GraphColumn)
        return {};
    const CommitSummary *summary = summaryAt(index.row());
    if (!summary)
        return role == Qt::DisplayRole ? tr("(unreadable commit)") : m_cache.lastError();
    switch (index.column()) {
    case SubjectColumn: return summary->subject;
    case AuthorColumn:
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 <%2>").arg(summary->authorName, summary->authorEmail);
        return summary->authorName;
    case DateColumn:
        // The list: your local time. The tooltip: the same moment as the author wrote it, with
        // its offset (what the details pane shows), so a difference is never a mystery.
        if (role == Qt::ToolTipRole) {
            const int offset = summary->authorTime.offsetFromUtc() / 60;
            const QString own = QStringLiteral("%1 %2%3%4")
                                    .arg(QLocale().toString(summary->authorTime, QStringLiteral("yyyy-MM-dd HH:mm")))
                                    .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                    .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                                    .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
            return tr("%1 your time\n%2 the author's time")
                .arg(QLocale().toString(summary->authorTime.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), own);
        }
        return QLocale().toString(summary->authorTime.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    default: return {};
    }
}

} // namespace gantry

namespace gantry {

QVariant HistoryModel::workingTreeData(const QModelIndex &index, int role) const
{
    switch (role) {
    case WorkingTreeRole: return true;
    case NodeColumnRole: {
        const int headRow = m_graph.rowOf(m_head);
        return headRow >= 0 ? m_graph.column(headRow) : 0;
    }
    case WorkingTreeLinkRole: return m_linkColumn;
    case LaneCountRole: return m_graph.maxColumns();
    case WorkingTreeLinkColorRole:
    case NodeColorRole: {
        const int headRow = m_graph.rowOf(m_head);
        return headRow >= 0 ? m_graph.color(headRow) : 0;
    }
    case OidRole: return QVariant::fromValue(Oid());
    case IsHeadRole:
    case IsMergeRole:
    case SearchMatchRole: return false;
    case Qt::DisplayRole:
        if (index.column() == SubjectColumn)
            return tr("Uncommitted changes (%n)", nullptr, m_uncommitted);
        return {};
    case Qt::ToolTipRole:
        return tr("%n file(s) changed in the working tree or the index, not committed yet. Double-click to stage and "
                  "commit them.",
                  nullptr, m_uncommitted);
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    default: return {};
    }
}

} // namespace gantry
