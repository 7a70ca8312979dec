#include "widgets/RefsModel.h"

#include <QFont>
#include <QPalette>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>

namespace gantry {

/// One row: a section, a remote group, or a ref (pointing into the model's lists by `item`).
struct RefsModel::Node
{
    RowKind kind = RowKind::Section;
    Section section = Section::Branches;
    QString label;  // sections and remote groups
    int item = -1;  // index into m_branches / m_tags / m_stashes
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    /// Refs under a section (through remote groups), or under a group.
    int leafCount() const
    {
        int n = 0;
        for (const auto &child : children)
            n += child->kind == RowKind::RemoteGroup ? int(child->children.size()) : child->kind == RowKind::Placeholder ? 0 : 1;
        return n;
    }
};

namespace {

QString sectionTitle(RefsModel::Section section)
{
    switch (section) {
    case RefsModel::Section::Branches: return RefsModel::tr("Branches");
    case RefsModel::Section::Remotes: return RefsModel::tr("Remotes");
    case RefsModel::Section::Tags: return RefsModel::tr("Tags");
    case RefsModel::Section::Stashes: return RefsModel::tr("Stashes");
    }
    return {};
}

/// What an empty section says in its one row.
QString emptyText(RefsModel::Section section)
{
    switch (section) {
    case RefsModel::Section::Branches: return RefsModel::tr("No branches yet");
    case RefsModel::Section::Remotes: return RefsModel::tr("No remotes");
    case RefsModel::Section::Tags: return RefsModel::tr("No tags");
    case RefsModel::Section::Stashes: return RefsModel::tr("No stashes");
    }
    return {};
}

QString sectionKey(RefsModel::Section section)
{
    switch (section) {
    case RefsModel::Section::Branches: return QStringLiteral("section:branches");
    case RefsModel::Section::Remotes: return QStringLiteral("section:remotes");
    case RefsModel::Section::Tags: return QStringLiteral("section:tags");
    case RefsModel::Section::Stashes: return QStringLiteral("section:stashes");
    }
    return {};
}

} // namespace


RefsModel::RefsModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    rebuild();
}

RefsModel::~RefsModel() = default;

void RefsModel::setData(const BranchList &branches, const TagList &tags, const StashList &stashes)
{
    beginResetModel();
    m_branches = branches;
    m_tags = tags;
    m_stashes = stashes;
    rebuild();
    endResetModel();
}

void RefsModel::rebuild()
{
    m_root = std::make_unique<Node>();
    auto section = [this](Section s) {
        auto node = std::make_unique<Node>();
        node->kind = RowKind::Section;
        node->section = s;
        node->label = sectionTitle(s);
        return m_root->add(std::move(node));
    };
    Node *branches = section(Section::Branches);
    Node *remotes = section(Section::Remotes);
    Node *tags = section(Section::Tags);
    Node *stashes = section(Section::Stashes);

    QHash<QString, Node *> groups;
    for (int i = 0; i < m_branches.size(); ++i) {
        const BranchInfo &b = m_branches.at(i);
        auto node = std::make_unique<Node>();
        node->item = i;
        if (b.isLocal()) {
            node->kind = RowKind::LocalBranch;
            node->section = Section::Branches;
            branches->add(std::move(node));
            continue;
        }
        if (b.isSymbolic)
            continue; // origin/HEAD only repeats another row
        const QString remote = b.remote.isEmpty() ? b.name.section(QLatin1Char('/'), 0, 0) : b.remote;
        Node *&group = groups[remote];
        if (!group) {
            auto g = std::make_unique<Node>();
            g->kind = RowKind::RemoteGroup;
            g->section = Section::Remotes;
            g->label = remote;
            group = remotes->add(std::move(g));
        }
        node->kind = RowKind::RemoteBranch;
        node->section = Section::Remotes;
        group->add(std::move(node));
    }
    for (int i = 0; i < m_tags.size(); ++i) {
        auto node = std::make_unique<Node>();
        node->kind = RowKind::Tag;
        node->section = Section::Tags;
        node->item = i;
        tags->add(std::move(node));
    }
    for (int i = 0; i < m_stashes.size(); ++i) {
        auto node = std::make_unique<Node>();
        node->kind = RowKind::Stash;
        node->section = Section::Stashes;
        node->item = i;
        stashes->add(std::move(node));
    }
    for (const auto &sectionNode : m_root->children) {
        if (!sectionNode->children.empty())
            continue;
        auto node = std::make_unique<Node>();
        node->kind = RowKind::Placeholder;
        node->section = sectionNode->section;
        node->label = emptyText(sectionNode->section);
        sectionNode->add(std::move(node));
    }
}

QString RefsModel::stashTitle(const StashInfo &stash)
{
    static const QRegularExpression made(QStringLiteral("^(WIP on|On) ([^:]+): (?:([0-9a-f]{7,40}) )?(.*)$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = made.match(stash.message);
    if (!m.hasMatch())
        return stash.message;
    const bool wip = m.captured(1) == QLatin1String("WIP on");
    // A hash only opens git's own WIP message; in a message the user wrote it is part of it.
    const QString message = wip || m.captured(3).isEmpty() ? m.captured(4) : m.captured(3) + QLatin1Char(' ') + m.captured(4);
    return wip ? tr("WIP: %1 · on %2").arg(message, m.captured(2)) : tr("%1 · on %2").arg(message, m.captured(2));
}

QString RefsModel::badgeFor(const BranchInfo &branch)
{
    if (!branch.isLocal() || !branch.hasUpstream())
        return {};
    if (branch.upstreamGone)
        return tr("gone");
    QStringList parts;
    if (branch.ahead > 0)
        parts << QStringLiteral("↑%1").arg(branch.ahead);
    if (branch.behind > 0)
        parts << QStringLiteral("↓%1").arg(branch.behind);
    return parts.join(QLatin1Char(' '));
}

RefsModel::Node *RefsModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex RefsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= 2 || row < 0)
        return {};
    Node *p = nodeFor(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex RefsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeFor(child);
    Node *p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int RefsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node *p = nodeFor(parent);
    return p ? int(p->children.size()) : 0;
}

int RefsModel::columnCount(const QModelIndex &) const { return 2; }

Qt::ItemFlags RefsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || nodeFor(index)->kind == RowKind::Placeholder)
        return Qt::NoItemFlags;  // "No tags": drawn muted, skipped by the keyboard
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex RefsModel::sectionIndex(Section section) const
{
    for (const auto &child : m_root->children)
        if (child->section == section)
            return createIndex(child->row, 0, child.get());
    return {};
}

QModelIndex RefsModel::indexForKey(const QString &key) const
{
    std::vector<Node *> pending{m_root.get()};
    while (!pending.empty()) {
        Node *n = pending.back();
        pending.pop_back();
        for (const auto &child : n->children) {
            const QModelIndex idx = createIndex(child->row, 0, child.get());
            if (data(idx, KeyRole).toString() == key)
                return idx;
            pending.push_back(child.get());
        }
    }
    return {};
}

QVariant RefsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const int column = index.column();
    if (role == KindRole)
        return int(node->kind);

    switch (node->kind) {
    case RowKind::Section:
    case RowKind::RemoteGroup: {
        const int count = node->leafCount();
        if (role == Qt::DisplayRole)
            return column == 0 ? node->label : QLocale().toString(count);
        if (role == Qt::FontRole && node->kind == RowKind::Section && column == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == KeyRole)
            return node->kind == RowKind::Section ? sectionKey(node->section) : QStringLiteral("remote:") + node->label;
        if (role == RefRole && node->kind == RowKind::RemoteGroup)
            return node->label;
        if (role == Qt::TextAlignmentRole && column == 1)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && column == 1)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case RowKind::LocalBranch:
    case RowKind::RemoteBranch: {
        const BranchInfo &b = m_branches.at(node->item);
        switch (role) {
        case Qt::DisplayRole:
            if (column == 1)
                return badgeFor(b);
            return node->kind == RowKind::RemoteBranch ? b.nameWithoutRemote() : b.name;
        case Qt::FontRole:
            if (b.isHead) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            if (column == 1 && b.upstreamGone)
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        case Qt::TextAlignmentRole:
            return column == 1 ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::ToolTipRole: {
            QStringList lines{b.name + QStringLiteral(" — ") + b.target.toShortString() + QLatin1Char(' ') + b.subject};
            if (b.hasUpstream()) {
                if (b.upstreamGone)
                    lines << tr("Upstream %1 is gone").arg(b.upstream);
                else
                    lines << tr("Tracks %1: %n commit(s) ahead", nullptr, b.ahead).arg(b.upstream)
                                 + QStringLiteral(", ") + tr("%n behind", nullptr, b.behind);
            }
            if (b.isHead)
                lines << tr("Checked out");
            return lines.join(QLatin1Char('\n'));
        }
        case RefRole: return b.name;
        case CommitRole: return QVariant::fromValue(b.target);
        case IsHeadRole: return b.isHead;
        case AheadRole: return b.ahead;
        case BehindRole: return b.behind;
        case UpstreamRole: return b.upstream;
        case UpstreamGoneRole: return b.upstreamGone;
        case FilterRole: return b.name;
        case KeyRole: return (node->kind == RowKind::LocalBranch ? QStringLiteral("local:") : QStringLiteral("remote-branch:")) + b.name;
        default: return {};
        }
    }
    case RowKind::Tag: {
        const TagInfo &t = m_tags.at(node->item);
        switch (role) {
        case Qt::DisplayRole: return column == 0 ? t.name : QString();
        case Qt::ToolTipRole: {
            QString tip = t.name + QStringLiteral(" — ") + t.target.toShortString();
            if (t.annotated)
                tip += QLatin1Char('\n') + tr("Tagged by %1 on %2").arg(t.taggerName, QLocale().toString(t.taggerTime, QLocale::ShortFormat))
                       + QStringLiteral("\n\n") + t.message.trimmed();
            else if (!t.subject.isEmpty())
                tip += QLatin1Char(' ') + t.subject;
            return tip;
        }
        case RefRole: case FilterRole: return t.name;
        case CommitRole: return QVariant::fromValue(t.target);
        case KeyRole: return QStringLiteral("tag:") + t.name;
        default: return {};
        }
    }
    case RowKind::Placeholder:
        if (role == Qt::DisplayRole && column == 0)
            return node->label;
        if (role == Qt::FontRole && column == 0) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == KeyRole)
            return QStringLiteral("empty:") + sectionKey(node->section);
        return {};
    case RowKind::Stash: {
        const StashInfo &s = m_stashes.at(node->item);
        switch (role) {
        case Qt::DisplayRole:
            if (column == 1)
                return QStringLiteral("stash@{%1}").arg(s.index);
            return stashTitle(s);
        case Qt::ForegroundRole:
            return column == 1 ? QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text) : QVariant();
        case Qt::TextAlignmentRole:
            return column == 1 ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::ToolTipRole:
            return QStringLiteral("stash@{%1}: %2\n%3").arg(s.index).arg(s.message, QLocale().toString(s.time, QLocale::ShortFormat));
        case RefRole: case FilterRole: return s.message;
        case StashIndexRole: return s.index;
        case CommitRole: return QVariant::fromValue(s.commit);
        case KeyRole: return QStringLiteral("stash:") + s.commit.toString();
        default: return {};
        }
    }
    }
    return {};
}

} // namespace gantry
