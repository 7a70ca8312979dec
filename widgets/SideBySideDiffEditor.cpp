#include "widgets/SideBySideDiffEditor.h"

#include <QHBoxLayout>
#include <QSplitter>

#include <algorithm>

namespace gantry {

namespace {

using Row = UnifiedDiffEditor::Row;

Row rowFor(const DiffHunk &hunk, int h, int l, const QHash<int, QList<TextRange>> &highlights)
{
    const DiffLine &line = hunk.lines.at(l);
    Row row;
    row.kind = line.origin == DiffLine::Origin::Addition   ? Row::Kind::Addition
               : line.origin == DiffLine::Origin::Deletion ? Row::Kind::Deletion
                                                           : Row::Kind::Context;
    row.hunk = h;
    row.line = l;
    row.oldLineNo = line.oldLineNo;
    row.newLineNo = line.newLineNo;
    row.text = line.text;
    row.highlights = highlights.value(l);
    if (line.noNewlineAtEnd)
        row.note = UnifiedDiffEditor::noNewlineNote();
    return row;
}

Row filler(int h)
{
    Row row;
    row.kind = Row::Kind::Filler;
    row.hunk = h;
    return row;
}

} // namespace

SideBySideDiffEditor::SideBySideDiffEditor(QWidget *parent)
    : QWidget(parent)
    , m_old(new UnifiedDiffEditor(this))
    , m_new(new UnifiedDiffEditor(this))
{
    m_active = m_new;
    // One scroll bar for both panes: the right one.
    m_old->SendScintilla(QsciScintillaBase::SCI_SETVSCROLLBAR, 0UL);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_old);
    splitter->addWidget(m_new);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (UnifiedDiffEditor *pane : {m_old, m_new}) {
        connect(pane, &UnifiedDiffEditor::lineSelectionChanged, this, [this, pane] { onPaneSelectionChanged(pane); });
        connect(pane, &UnifiedDiffEditor::contextMenuRequested, this, &SideBySideDiffEditor::contextMenuRequested);
        connect(pane, &QsciScintillaBase::SCN_UPDATEUI, this, [this, pane](int updated) { syncScroll(pane, updated); });
    }
}

void SideBySideDiffEditor::buildRows(const DiffFile &file, QList<Row> *oldRows, QList<Row> *newRows)
{
    oldRows->clear();
    newRows->clear();
    for (int h = 0; h < file.hunks.size(); ++h) {
        const DiffHunk &hunk = file.hunks.at(h);
        Row header;
        header.kind = Row::Kind::HunkHeader;
        header.hunk = h;
        header.text = hunk.header;
        oldRows->append(header);
        newRows->append(header);
        const QHash<int, QList<TextRange>> highlights = WordDiff::hunkHighlights(hunk);
        const QList<WordDiff::LinePair> pairs = WordDiff::pairLines(hunk);
        const int count = int(hunk.lines.size());
        int l = 0;
        while (l < count) {
            if (hunk.lines.at(l).origin == DiffLine::Origin::Context) {
                oldRows->append(rowFor(hunk, h, l, highlights));
                newRows->append(rowFor(hunk, h, l, highlights));
                ++l;
                continue;
            }
            // A block of deletions and the additions right after it.
            QList<int> deletions;
            QList<int> additions;
            while (l < count && hunk.lines.at(l).origin == DiffLine::Origin::Deletion)
                deletions.append(l++);
            while (l < count && hunk.lines.at(l).origin == DiffLine::Origin::Addition)
                additions.append(l++);
            // Paired lines face each other; the unpaired ones between pairs fill up side by side.
            qsizetype d = 0;
            qsizetype a = 0;
            auto emitUntil = [&](qsizetype dEnd, qsizetype aEnd) {
                while (d < dEnd || a < aEnd) {
                    oldRows->append(d < dEnd ? rowFor(hunk, h, deletions[d++], highlights) : filler(h));
                    newRows->append(a < aEnd ? rowFor(hunk, h, additions[a++], highlights) : filler(h));
                }
            };
            for (const WordDiff::LinePair &pair : pairs) {
                const qsizetype dAt = deletions.indexOf(pair.deletion);
                const qsizetype aAt = additions.indexOf(pair.addition);
                if (dAt < d || aAt < a)
                    continue;  // another block's pair
                emitUntil(dAt, aAt);
                emitUntil(dAt + 1, aAt + 1);
            }
            emitUntil(deletions.size(), additions.size());
        }
    }
    // A note under a row takes vertical space: reserve the same space on the other side.
    for (qsizetype i = 0; i < oldRows->size(); ++i) {
        Row &left = (*oldRows)[i];
        Row &right = (*newRows)[i];
        if (left.note.isEmpty() != right.note.isEmpty())
            (left.note.isEmpty() ? left.note : right.note) = QStringLiteral(" ");
    }
}

void SideBySideDiffEditor::setFile(const DiffFile &file)
{
    QList<Row> oldRows;
    QList<Row> newRows;
    buildRows(file, &oldRows, &newRows);
    m_syncing = true;
    m_old->setRows(oldRows, UnifiedDiffEditor::Columns::OldOnly, file.oldPath.isEmpty() ? file.path() : file.oldPath);
    m_new->setRows(newRows, UnifiedDiffEditor::Columns::NewOnly, file.path());
    m_syncing = false;
    m_active = m_new;
}

QList<DiffLineRef> SideBySideDiffEditor::selectedLineRefs() const
{
    return m_active->selectedLineRefs();
}

int SideBySideDiffEditor::currentHunk() const
{
    return m_active->currentHunk();
}

int SideBySideDiffEditor::firstVisibleRow() const
{
    return m_new->firstVisibleRow();
}

void SideBySideDiffEditor::setFirstVisibleRow(int row)
{
    m_new->setFirstVisibleRow(row);
    m_old->setFirstVisibleRow(row);
}

void SideBySideDiffEditor::onPaneSelectionChanged(UnifiedDiffEditor *pane)
{
    if (m_syncing)
        return;
    m_active = pane;
    // Lines are picked in one pane at a time: a new selection here drops the other pane's.
    UnifiedDiffEditor *other = pane == m_old ? m_new : m_old;
    if (pane->hasSelectedText() && other->hasSelectedText()) {
        m_syncing = true;
        const long position = other->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS);
        other->SendScintilla(QsciScintillaBase::SCI_SETEMPTYSELECTION, static_cast<unsigned long>(position));
        m_syncing = false;
    }
    emit lineSelectionChanged();
}

void SideBySideDiffEditor::syncScroll(UnifiedDiffEditor *from, int updated)
{
    if (m_syncing || !(updated & (QsciScintillaBase::SC_UPDATE_V_SCROLL | QsciScintillaBase::SC_UPDATE_H_SCROLL)))
        return;
    UnifiedDiffEditor *to = from == m_old ? m_new : m_old;
    m_syncing = true;
    const long top = from->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE);
    const long x = from->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET);
    if (to->SendScintilla(QsciScintillaBase::SCI_GETFIRSTVISIBLELINE) != top)
        to->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE, static_cast<unsigned long>(top));
    if (to->SendScintilla(QsciScintillaBase::SCI_GETXOFFSET) != x)
        to->SendScintilla(QsciScintillaBase::SCI_SETXOFFSET, static_cast<unsigned long>(x));
    m_syncing = false;
}

} // namespace gantry
