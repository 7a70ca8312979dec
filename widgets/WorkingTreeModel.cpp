#include "widgets/WorkingTreeModel.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace gantry {

namespace {

/// internalId of a section header; file rows carry their section's position + 1.
constexpr quintptr kSectionId = 0;

QColor colorFor(char letter)
{
    switch (letter) {
    case 'M': return QColor(0xd2, 0x99, 0x22); // amber: modified
    case 'A': return QColor(0x2d, 0xa4, 0x4e); // green: added
    case 'D': return QColor(0xcf, 0x22, 0x2e); // red: deleted
    case 'R':
    case 'C': return QColor(0x09, 0x69, 0xda); // blue: renamed / copied
    case 'T': return QColor(0x82, 0x50, 0xdf); // purple: type change
    case 'U': return QColor(0xbc, 0x4c, 0x00); // orange-red: conflict
    case '?': return QColor(0x57, 0x9c, 0x6b); // soft green: untracked (new to git)
    default: return QColor(0x6e, 0x77, 0x81);  // grey
    }
}

QIcon iconFor(char letter)
{
    static QHash<char, QIcon> cache;
    const auto it = cache.constFind(letter);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colorFor(letter));
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), size / 5.0, size / 5.0);
        QFont font;
        font.setBold(true);
        font.setPixelSize(size * 11 / 16);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letter == '?' ? QStringLiteral("+") : QString(QLatin1Char(letter)));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(letter, icon);
    return icon;
}

QString describeLetter(char letter)
{
    switch (letter) {
    case 'M': return WorkingTreeModel::tr("Modified");
    case 'A': return WorkingTreeModel::tr("Added");
    case 'D': return WorkingTreeModel::tr("Deleted");
    case 'R': return WorkingTreeModel::tr("Renamed");
    case 'C': return WorkingTreeModel::tr("Copied");
    case 'T': return WorkingTreeModel::tr("Type changed");
    case '?': return WorkingTreeModel::tr("Untracked");
    default: return {};
    }
}

QString describeConflict(const QByteArray &code)
{
    if (code == "DD") return WorkingTreeModel::tr("Conflict: deleted by both");
    if (code == "AU") return WorkingTreeModel::tr("Conflict: added by us");
    if (code == "UD") return WorkingTreeModel::tr("Conflict: deleted by them");
    if (code == "UA") return WorkingTreeModel::tr("Conflict: added by them");
    if (code == "DU") return WorkingTreeModel::tr("Conflict: deleted by us");
    if (code == "AA") return WorkingTreeModel::tr("Conflict: added by both");
    return WorkingTreeModel::tr("Conflict: modified by both");
}

} // namespace

WorkingTreeModel::WorkingTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    setSnapshot({});
}

void WorkingTreeModel::setSnapshot(const StatusSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_sections.clear();
    SectionRows conflicts{Section::Conflicts, {}}, staged{Section::Staged, {}}, unstaged{Section::Unstaged, {}},
        untracked{Section::Untracked, {}};
    for (int i = 0; i < m_snapshot.entries.size(); ++i) {
        const StatusEntry &e = m_snapshot.entries.at(i);
        if (e.isConflicted())
            conflicts.rows.append({i, 'U'});
        if (e.isStaged())
            staged.rows.append({i, e.index});
        if (e.isUnstaged())
            unstaged.rows.append({i, e.worktree});
        if (e.isUntracked())
            untracked.rows.append({i, '?'});
    }
    if (!conflicts.rows.isEmpty())
        m_sections.append(conflicts);
    m_sections.append(staged);
    m_sections.append(unstaged);
    m_sections.append(untracked);
    endResetModel();
}

QList<WorkingTreeModel::Section> WorkingTreeModel::sections() const
{
    QList<Section> list;
    for (const SectionRows &s : m_sections)
        list.append(s.section);
    return list;
}

int WorkingTreeModel::count(Section section) const
{
    for (const SectionRows &s : m_sections)
        if (s.section == section)
            return int(s.rows.size());
    return 0;
}

QStringList WorkingTreeModel::paths(Section section) const
{
    QStringList list;
    for (const SectionRows &s : m_sections) {
        if (s.section != section)
            continue;
        for (const Row &row : s.rows)
            list.append(m_snapshot.entries.at(row.entry).pathString());
    }
    return list;
}

QModelIndex WorkingTreeModel::sectionIndex(Section section) const
{
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections.at(i).section == section)
            return createIndex(i, 0, kSectionId);
    return {};
}

QModelIndex WorkingTreeModel::fileIndex(Section section, const QString &path) const
{
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).section != section)
            continue;
        const QList<Row> &rows = m_sections.at(i).rows;
        for (int r = 0; r < rows.size(); ++r)
            if (m_snapshot.entries.at(rows.at(r).entry).pathString() == path)
                return createIndex(r, 0, quintptr(i + 1));
    }
    return {};
}

QString WorkingTreeModel::sectionTitle(Section section)
{
    switch (section) {
    case Section::Conflicts: return tr("Conflicts");
    case Section::Staged: return tr("Staged");
    case Section::Unstaged: return tr("Unstaged");
    case Section::Untracked: return tr("Untracked");
    }
    return {};
}

QModelIndex WorkingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).rows.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex WorkingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int WorkingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != kSectionId || parent.row() >= m_sections.size())
        return 0;
    return int(m_sections.at(parent.row()).rows.size());
}

int WorkingTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const WorkingTreeModel::SectionRows *WorkingTreeModel::sectionFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int pos = index.internalId() == kSectionId ? index.row() : int(index.internalId() - 1);
    return pos >= 0 && pos < m_sections.size() ? &m_sections.at(pos) : nullptr;
}

QVariant WorkingTreeModel::data(const QModelIndex &index, int role) const
{
    const SectionRows *section = sectionFor(index);
    if (!section)
        return {};
    if (index.internalId() != kSectionId) {
        if (index.row() >= section->rows.size())
            return {};
        return fileData(*section, section->rows.at(index.row()), role);
    }
    const int n = int(section->rows.size());
    switch (role) {
    case Qt::DisplayRole: return tr("%1 (%2)").arg(sectionTitle(section->section)).arg(n);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case SectionRole: return int(section->section);
    case IsSectionRole: return true;
    case CountRole: return n;
    case StagedRole: return section->section == Section::Staged;
    default: return {};
    }
}

QVariant WorkingTreeModel::fileData(const SectionRows &section, const Row &row, int role) const
{
    const StatusEntry &e = m_snapshot.entries.at(row.entry);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = e.pathString();
        if (e.isRenamed() && (section.section == Section::Staged ? e.index == 'R' : e.worktree == 'R'))
            text = e.origPathString() + QStringLiteral(" \u2192 ") + text;
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = section.section == Section::Conflicts ? describeConflict(e.code()) : describeLetter(row.letter);
        if (e.isSubmodule && e.submoduleChanges) {
            QStringList parts;
            if (e.submoduleChanges & SubmoduleNewCommits)
                parts << tr("new commits");
            if (e.submoduleChanges & SubmoduleModifiedContent)
                parts << tr("modified content");
            if (e.submoduleChanges & SubmoduleUntrackedContent)
                parts << tr("untracked content");
            tip += tr(" (submodule: %1)").arg(parts.join(QStringLiteral(", ")));
        }
        return tip + QLatin1Char('\n') + (e.isRenamed() ? e.origPathString() + QStringLiteral(" \u2192 ") : QString())
               + e.pathString();
    }
    case Qt::DecorationRole: return iconFor(row.letter);
    case PathRole: return e.pathString();
    case OrigPathRole: return e.origPathString();
    case SectionRole: return int(section.section);
    case IsSectionRole: return false;
    case StatusLetterRole: return section.section == Section::Conflicts ? QString::fromLatin1(e.code()) : QString(QLatin1Char(row.letter));
    case StagedRole: return section.section == Section::Staged;
    case StatusColorRole: return colorFor(row.letter);
    default: return {};
    }
}

Qt::ItemFlags WorkingTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kSectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace gantry
