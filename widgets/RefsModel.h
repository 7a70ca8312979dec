#pragma once

#include "gitcore/BranchInfo.h"
#include "gitcore/Stashes.h"
#include "gitcore/Tags.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace gantry {

/// Adapts branches, tags and stashes to a two-column tree for RefsPanel: sections
/// (Branches, Remotes → one group per remote, Tags, Stashes) with the refs under them.
/// Column 0 is the name, column 1 a badge (ahead/behind "↑2 ↓1", "gone", or a section's count).
/// An empty section holds one disabled Placeholder row saying so ("No tags"). A stash row shows
/// its message first and the branch after it ("fix the cap · on feat/42").
class RefsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class RowKind { Section, LocalBranch, RemoteGroup, RemoteBranch, Tag, Stash, Placeholder };
    enum class Section { Branches, Remotes, Tags, Stashes };
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind as int
        RefRole,          // what signals carry: branch short name ("origin/x" for remote), tag name, stash message
        StashIndexRole,   // int, stashes only
        CommitRole,       // gantry::Oid as QVariant: the commit the row points at
        IsHeadRole,       // bool
        AheadRole,        // int
        BehindRole,       // int
        UpstreamRole,     // QString
        UpstreamGoneRole, // bool
        FilterRole,       // the text the filter matches
        KeyRole,          // a stable id of the row ("section:Tags", "remote:origin", "local:main"), for restoring state
    };

    explicit RefsModel(QObject *parent = nullptr);
    ~RefsModel() override;

    /// Replaces everything (a model reset). Symbolic remote refs (origin/HEAD) are not shown.
    void setData(const BranchList &branches, const TagList &tags, const StashList &stashes);

    const BranchList &branches() const { return m_branches; }
    const TagList &tags() const { return m_tags; }
    const StashList &stashes() const { return m_stashes; }

    /// The index of a section row, or of the row whose KeyRole is `key`.
    QModelIndex sectionIndex(Section section) const;
    QModelIndex indexForKey(const QString &key) const;

    /// The badge text for a local branch: "↑2 ↓1", "↑2", "↓1", "gone", or empty.
    static QString badgeFor(const BranchInfo &branch);
    /// A stash row's text: the message first, then where it was made ("fix the cap · on main";
    /// git's own "WIP on main: 1a2b3c4 subject" becomes "WIP: subject · on main").
    static QString stashTitle(const StashInfo &stash);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    void rebuild();

    BranchList m_branches;
    TagList m_tags;
    StashList m_stashes;
    std::unique_ptr<Node> m_root;
};

} // namespace gantry
