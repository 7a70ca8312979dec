#include "widgets/RefsPanel.h"

#include "widgets/EmptyStateOverlay.h"
#include "widgets/RefsModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gantry {

namespace {

using Kind = RefsModel::RowKind;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(RefsModel::KindRole).toInt());
}

} // namespace

RefsPanel::RefsPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new RefsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTreeView(this)),
      m_filter(new QLineEdit(this))
{
    m_filter->setPlaceholderText(tr("Filter branches, tags, stashes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("refsFilter"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RefsModel::FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(0);

    m_view->setObjectName(QStringLiteral("refsTree"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->expandAll();
    m_emptyState = new EmptyStateOverlay(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &RefsPanel::setFilterText);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &RefsPanel::showContextMenu);
    connect(m_view, &QTreeView::doubleClicked, this, &RefsPanel::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
}

RefsPanel::~RefsPanel() = default;

void RefsPanel::setData(const BranchList &branches, const TagList &tags, const StashList &stashes)
{
    // Keep what the user had open and selected across the reset.
    QSet<QString> collapsed;
    const bool firstData = !m_populated;
    m_populated = true;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex section = m_model->index(r, 0);
        if (!m_view->isExpanded(m_proxy->mapFromSource(section)))
            collapsed << section.data(RefsModel::KeyRole).toString();
        for (int g = 0; g < m_model->rowCount(section); ++g) {
            const QModelIndex child = m_model->index(g, 0, section);
            if (m_model->rowCount(child) > 0 && !m_view->isExpanded(m_proxy->mapFromSource(child)))
                collapsed << child.data(RefsModel::KeyRole).toString();
        }
    }
    const QString currentKey = m_view->currentIndex().data(RefsModel::KeyRole).toString();

    m_model->setData(branches, tags, stashes);

    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex section = m_model->index(r, 0);
        const QString key = section.data(RefsModel::KeyRole).toString();
        // Tags can be many: closed the first time, like the other clients do.
        const bool open = firstData ? key != QLatin1String("section:tags") || tags.isEmpty() : !collapsed.contains(key);
        m_view->setExpanded(m_proxy->mapFromSource(section), open);
        for (int g = 0; g < m_model->rowCount(section); ++g) {
            const QModelIndex child = m_model->index(g, 0, section);
            if (m_model->rowCount(child) > 0)
                m_view->setExpanded(m_proxy->mapFromSource(child),
                                    !collapsed.contains(child.data(RefsModel::KeyRole).toString()));
        }
    }
    if (!currentKey.isEmpty()) {
        const QModelIndex again = m_proxy->mapFromSource(m_model->indexForKey(currentKey));
        if (again.isValid()) {
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->setCurrentIndex(again);
        }
    }
}

void RefsPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
    // Every section hides when nothing matches: say so rather than leave the panel blank.
    m_emptyState->setText(text.isEmpty() ? QString() : tr("No branch, tag or stash matches “%1”").arg(text));
    if (!text.isEmpty())
        m_view->expandAll(); // show every match
}

QString RefsPanel::filterText() const { return m_filter->text(); }

void RefsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString ref = index.data(RefsModel::RefRole).toString();
    switch (kindOf(index)) {
    case Kind::LocalBranch:
        if (!index.data(RefsModel::IsHeadRole).toBool())
            Q_EMIT checkoutRequested(ref, false);
        break;
    case Kind::RemoteBranch:
        Q_EMIT checkoutRequested(ref, false);
        break;
    default:
        break; // sections expand; tags and stashes are shown on selection
    }
}

void RefsPanel::onCurrentChanged(const QModelIndex &current)
{
    const QVariant commit = current.data(RefsModel::CommitRole);
    if (commit.isValid() && !commit.value<Oid>().isNull())
        Q_EMIT commitSelected(commit.value<Oid>());
}

QMenu *RefsPanel::contextMenuFor(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    if (!index.isValid())
        return menu;
    const QModelIndex first = index.siblingAtColumn(0);
    if (kindOf(first) == Kind::Placeholder) {
        delete menu;
        return contextMenuFor(first.parent(), parent);  // "No stashes" offers what its section does
    }
    const QString ref = first.data(RefsModel::RefRole).toString();
    const Oid commit = first.data(RefsModel::CommitRole).value<Oid>();
    auto add = [menu](const QString &text, auto &&slot, bool enabled = true) {
        QAction *action = menu->addAction(text);
        action->setEnabled(enabled);
        QObject::connect(action, &QAction::triggered, menu, slot);
        return action;
    };
    // Merge / rebase / reset the current branch with this branch (not offered on HEAD's own).
    auto addRewrites = [this, add, ref](bool enabled) {
        add(tr("Merge into Current Branch"), [this, ref] { Q_EMIT mergeRequested(ref); }, enabled)
            ->setObjectName(QStringLiteral("refsMergeAction"));
        add(tr("Rebase Current Branch onto This…"), [this, ref] { Q_EMIT rebaseRequested(ref); }, enabled)
            ->setObjectName(QStringLiteral("refsRebaseAction"));
        add(tr("Reset Current Branch to Here…"), [this, ref] { Q_EMIT resetRequested(ref); }, enabled)
            ->setObjectName(QStringLiteral("refsResetAction"));
    };

    switch (kindOf(first)) {
    case Kind::LocalBranch: {
        const bool isHead = first.data(RefsModel::IsHeadRole).toBool();
        add(tr("Checkout"), [this, ref] { Q_EMIT checkoutRequested(ref, false); }, !isHead);
        menu->addSeparator();
        add(tr("New Branch from Here…"), [this, ref] { Q_EMIT createBranchRequested(ref); });
        add(tr("Create Tag Here…"), [this, ref] { Q_EMIT createTagRequested(ref); });
        menu->addSeparator();
        addRewrites(!isHead);
        menu->addSeparator();
        add(tr("Rename…"), [this, ref] { Q_EMIT renameBranchRequested(ref); });
        add(tr("Set Upstream…"), [this, ref] { Q_EMIT setUpstreamRequested(ref); });
        if (!first.data(RefsModel::UpstreamRole).toString().isEmpty())
            add(tr("Unset Upstream"), [this, ref] { Q_EMIT unsetUpstreamRequested(ref); });
        menu->addSeparator();
        add(tr("Delete…"), [this, ref] { Q_EMIT deleteBranchRequested(ref, false); }, !isHead);
        break;
    }
    case Kind::RemoteBranch:
        add(tr("Checkout"), [this, ref] { Q_EMIT checkoutRequested(ref, false); });
        menu->addSeparator();
        add(tr("New Branch from Here…"), [this, ref] { Q_EMIT createBranchRequested(ref); });
        add(tr("Create Tag Here…"), [this, ref] { Q_EMIT createTagRequested(ref); });
        menu->addSeparator();
        addRewrites(true);
        menu->addSeparator();
        add(tr("Delete…"), [this, ref] { Q_EMIT deleteBranchRequested(ref, true); });
        break;
    case Kind::Tag:
        add(tr("Checkout (Detached)"), [this, ref] { Q_EMIT checkoutRequested(ref, true); });
        add(tr("New Branch from Here…"), [this, ref] { Q_EMIT createBranchRequested(ref); });
        menu->addSeparator();
        add(tr("Delete Tag"), [this, ref] { Q_EMIT deleteTagRequested(ref); });
        menu->addSeparator();
        add(tr("Create Release…"), [this] { Q_EMIT createReleaseRequested(); });
        break;
    case Kind::Stash: {
        const int stashIndex = first.data(RefsModel::StashIndexRole).toInt();
        add(tr("Apply"), [this, stashIndex] { Q_EMIT stashApplyRequested(stashIndex); });
        add(tr("Pop"), [this, stashIndex] { Q_EMIT stashPopRequested(stashIndex); });
        if (!commit.isNull())
            add(tr("New Branch from Here…"), [this, commit] { Q_EMIT createBranchRequested(commit.toString()); });
        menu->addSeparator();
        add(tr("Drop…"), [this, stashIndex] { Q_EMIT stashDropRequested(stashIndex); });
        break;
    }
    case Kind::Section: {
        const QString key = first.data(RefsModel::KeyRole).toString();
        if (key == QLatin1String("section:branches")) {
            add(tr("New Branch…"), [this] { Q_EMIT createBranchRequested(QStringLiteral("HEAD")); });
        } else if (key == QLatin1String("section:tags")) {
            add(tr("New Tag…"), [this] { Q_EMIT createTagRequested(QStringLiteral("HEAD")); });
            add(tr("Create Release…"), [this] { Q_EMIT createReleaseRequested(); });
        } else if (key == QLatin1String("section:stashes")) {
            add(tr("Stash Changes…"), [this] { Q_EMIT stashSaveRequested(); });
        }
        break;
    }
    case Kind::RemoteGroup:
    case Kind::Placeholder:
        break;
    }
    return menu;
}

void RefsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu *menu = contextMenuFor(index, this);
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace gantry
