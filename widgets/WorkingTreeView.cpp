#include "widgets/WorkingTreeView.h"

#include "widgets/EmptyStateOverlay.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace gantry {

namespace {

using Section = WorkingTreeModel::Section;

Section sectionOf(const QModelIndex &index)
{
    return static_cast<Section>(index.data(WorkingTreeModel::SectionRole).toInt());
}

bool isFileRow(const QModelIndex &index)
{
    return index.isValid() && !index.data(WorkingTreeModel::IsSectionRole).toBool();
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

} // namespace

WorkingTreeView::WorkingTreeView(QWidget *parent)
    : QWidget(parent), m_model(new WorkingTreeModel(this)), m_tree(new QTreeView(this))
{
    m_tree->setObjectName(QStringLiteral("workingTreeList"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->expandAll();
    // Under the three empty section headers, once a status has been read.
    m_emptyState = new EmptyStateOverlay(m_tree, tr("Nothing to commit, working tree clean"));
    m_emptyState->setEmptyCheck([this] {
        if (m_model->snapshot().workdir.isEmpty())
            return false;  // no status read yet: nothing to claim
        for (Section s : m_model->sections())
            if (m_model->count(s) > 0)
                return false;
        return true;
    });

    m_stageAll = new QPushButton(tr("Stage All"), this);
    m_stageAll->setObjectName(QStringLiteral("stageAllButton"));
    m_unstageAll = new QPushButton(tr("Unstage All"), this);
    m_unstageAll->setObjectName(QStringLiteral("unstageAllButton"));

    m_stageAction = new QAction(tr("Stage"), this);
    m_unstageAction = new QAction(tr("Unstage"), this);
    m_discardAction = new QAction(tr("Discard Changes…"), this);
    m_openAction = new QAction(tr("Open"), this);
    m_copyPathAction = new QAction(tr("Copy Path"), this);
    m_copyPathAction->setShortcut(QKeySequence::Copy);
    m_copyPathAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyPathAction);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_stageAll);
    buttons->addWidget(m_unstageAll);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeView::doubleClicked, this, &WorkingTreeView::onActivated);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &WorkingTreeView::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_stageAll, &QPushButton::clicked, this, &WorkingTreeView::stageAll);
    connect(m_unstageAll, &QPushButton::clicked, this, &WorkingTreeView::unstageAll);
    connect(m_stageAction, &QAction::triggered, this, &WorkingTreeView::stageSelection);
    connect(m_unstageAction, &QAction::triggered, this, &WorkingTreeView::unstageSelection);
    connect(m_discardAction, &QAction::triggered, this, &WorkingTreeView::discardSelection);
    connect(m_openAction, &QAction::triggered, this, &WorkingTreeView::openSelection);
    connect(m_copyPathAction, &QAction::triggered, this, &WorkingTreeView::copySelectedPaths);
    updateButtons();
}

void WorkingTreeView::setSnapshot(const StatusSnapshot &snapshot)
{
    // Remember what the user had selected and collapsed, by section and path, across the reset.
    QList<QPair<Section, QString>> selected;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        if (isFileRow(index))
            selected.append({sectionOf(index), index.data(WorkingTreeModel::PathRole).toString()});
    const QModelIndex current = m_tree->currentIndex();
    const bool hadCurrent = isFileRow(current);
    const Section currentSection = hadCurrent ? sectionOf(current) : Section::Unstaged;
    const QString currentPath = hadCurrent ? current.data(WorkingTreeModel::PathRole).toString() : QString();
    QSet<int> collapsed;
    for (Section s : m_model->sections())
        if (!m_tree->isExpanded(m_model->sectionIndex(s)))
            collapsed.insert(int(s));

    const QSignalBlocker blocker(m_tree->selectionModel());
    m_model->setSnapshot(snapshot);
    for (Section s : m_model->sections())
        m_tree->setExpanded(m_model->sectionIndex(s), !collapsed.contains(int(s)));
    if (hadCurrent) {
        const QModelIndex again = m_model->fileIndex(currentSection, currentPath);
        if (again.isValid())
            m_tree->selectionModel()->setCurrentIndex(again, QItemSelectionModel::NoUpdate);
    }
    for (const auto &[section, path] : selected) {
        const QModelIndex again = m_model->fileIndex(section, path);
        if (again.isValid())
            m_tree->selectionModel()->select(again, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButtons();
}

QStringList WorkingTreeView::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        if (isFileRow(index))
            appendUnique(paths, index.data(WorkingTreeModel::PathRole).toString());
    return paths;
}

QStringList WorkingTreeView::selectedPaths(WorkingTreeModel::Section section) const
{
    QStringList paths;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
        if (!isFileRow(index) || sectionOf(index) != section)
            continue;
        appendUnique(paths, index.data(WorkingTreeModel::PathRole).toString());
        // Unstaging a rename must put back the old path too, or it stays staged as deleted.
        if (section == Section::Staged)
            appendUnique(paths, index.data(WorkingTreeModel::OrigPathRole).toString());
    }
    return paths;
}

void WorkingTreeView::onActivated(const QModelIndex &index)
{
    if (!isFileRow(index)) {
        if (index.isValid())
            m_tree->setExpanded(index, !m_tree->isExpanded(index));
        return;
    }
    const QString path = index.data(WorkingTreeModel::PathRole).toString();
    if (sectionOf(index) == Section::Staged) {
        QStringList paths{path};
        appendUnique(paths, index.data(WorkingTreeModel::OrigPathRole).toString());
        Q_EMIT unstageRequested(paths);
    } else {
        // Unstaged, untracked, or a conflict the user has resolved: stage it.
        Q_EMIT stageRequested({path});
    }
}

void WorkingTreeView::onCurrentChanged(const QModelIndex &current)
{
    if (isFileRow(current))
        Q_EMIT fileSelected(current.data(WorkingTreeModel::PathRole).toString(), sectionOf(current) == Section::Staged);
}

void WorkingTreeView::showContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_tree->indexAt(pos);
    if (!isFileRow(at))
        return;
    if (!m_tree->selectionModel()->isSelected(at))
        m_tree->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const bool stageable = !selectedPaths(Section::Unstaged).isEmpty() || !selectedPaths(Section::Untracked).isEmpty()
                           || !selectedPaths(Section::Conflicts).isEmpty();
    const bool unstageable = !selectedPaths(Section::Staged).isEmpty();
    const bool discardable = !selectedPaths(Section::Unstaged).isEmpty() || !selectedPaths(Section::Untracked).isEmpty();
    m_stageAction->setEnabled(stageable);
    m_unstageAction->setEnabled(unstageable);
    m_discardAction->setEnabled(discardable);
    m_openAction->setEnabled(selectedPaths().size() == 1);
    QMenu menu(this);
    menu.addAction(m_stageAction);
    menu.addAction(m_unstageAction);
    menu.addSeparator();
    menu.addAction(m_discardAction);
    menu.addSeparator();
    menu.addAction(m_openAction);
    menu.addAction(m_copyPathAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void WorkingTreeView::stageSelection()
{
    QStringList paths = selectedPaths(Section::Unstaged);
    for (const QString &p : selectedPaths(Section::Untracked) + selectedPaths(Section::Conflicts))
        appendUnique(paths, p);
    if (!paths.isEmpty())
        Q_EMIT stageRequested(paths);
}

void WorkingTreeView::unstageSelection()
{
    const QStringList paths = selectedPaths(Section::Staged);
    if (!paths.isEmpty())
        Q_EMIT unstageRequested(paths);
}

void WorkingTreeView::discardSelection()
{
    QStringList paths = selectedPaths(Section::Unstaged);
    for (const QString &p : selectedPaths(Section::Untracked))
        appendUnique(paths, p);
    if (!paths.isEmpty())
        Q_EMIT discardRequested(paths);
}

void WorkingTreeView::openSelection()
{
    const QStringList paths = selectedPaths();
    if (paths.size() == 1)
        Q_EMIT openRequested(paths.first());
}

void WorkingTreeView::copySelectedPaths()
{
    const QStringList paths = selectedPaths();
    if (!paths.isEmpty())
        QApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
}

void WorkingTreeView::stageAll()
{
    // Conflicts are left out: staging them marks them resolved, which needs a deliberate choice.
    QStringList paths = m_model->paths(Section::Unstaged);
    for (const QString &p : m_model->paths(Section::Untracked))
        appendUnique(paths, p);
    if (!paths.isEmpty())
        Q_EMIT stageRequested(paths);
}

void WorkingTreeView::unstageAll()
{
    QStringList paths;
    for (const StatusEntry &e : m_model->snapshot().entries) {
        if (!e.isStaged())
            continue;
        appendUnique(paths, e.pathString());
        if (e.index == 'R')
            appendUnique(paths, e.origPathString());
    }
    if (!paths.isEmpty())
        Q_EMIT unstageRequested(paths);
}

void WorkingTreeView::updateButtons()
{
    m_stageAll->setEnabled(m_model->count(Section::Unstaged) + m_model->count(Section::Untracked) > 0);
    m_unstageAll->setEnabled(m_model->count(Section::Staged) > 0);
}

} // namespace gantry
