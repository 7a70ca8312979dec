#pragma once

#include "gitcore/StatusEntry.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace gantry {

/// Adapts a StatusSnapshot to a two-level tree for WorkingTreeView: sections (Conflicts when
/// present, Staged, Unstaged, Untracked) with their counts in the titles, and one row per file
/// with its status letter, a colour for the letter's icon, and the path ("old → new" for renames).
class WorkingTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Section { Conflicts, Staged, Unstaged, Untracked };
    Q_ENUM(Section)

    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the file's path (new path of a rename)
        OrigPathRole,                // QString: the path before a rename, else empty
        SectionRole,                 // int (Section) of the row or section header
        IsSectionRole,               // bool: true on a section header
        StatusLetterRole,            // QString: "M", "A", "D", "R", "T", "U", "?"...
        StagedRole,                  // bool: the row is in the Staged section
        StatusColorRole,             // QColor for the status letter
        CountRole,                   // int: rows in a section (section headers only)
    };

    explicit WorkingTreeModel(QObject *parent = nullptr);

    /// Replaces the shown status. Rows are rebuilt; selection should be restored by path.
    void setSnapshot(const StatusSnapshot &snapshot);
    const StatusSnapshot &snapshot() const { return m_snapshot; }

    /// The sections shown now, in order (Conflicts only when there are conflicts).
    QList<Section> sections() const;
    int count(Section section) const;
    QStringList paths(Section section) const;
    QModelIndex sectionIndex(Section section) const;
    /// The row for `path` in `section`, or an invalid index.
    QModelIndex fileIndex(Section section, const QString &path) const;
    static QString sectionTitle(Section section);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    /// One file row: which entry, and which of its columns (index or worktree) this row shows.
    struct Row
    {
        int entry = 0;
        char letter = ' ';
    };
    struct SectionRows
    {
        Section section;
        QList<Row> rows;
    };

    const SectionRows *sectionFor(const QModelIndex &index) const;
    QVariant fileData(const SectionRows &section, const Row &row, int role) const;

    StatusSnapshot m_snapshot;
    QList<SectionRows> m_sections;
};

} // namespace gantry
