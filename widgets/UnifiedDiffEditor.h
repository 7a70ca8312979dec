#pragma once

#include "gitcore/DiffTypes.h"
#include "gitcore/WordDiff.h"

#include <Qsci/qsciscintilla.h>

#include <QColor>
#include <QList>
#include <QPair>
#include <QPalette>
#include <QString>

namespace gantry {

/// A read-only QScintilla editor that shows diff rows: old/new line numbers in a text margin,
/// added/removed/hunk-header backgrounds, word-level highlights and syntax colours. It shows a
/// whole DiffFile unified, or one side of a SideBySideDiffEditor, and maps selected rows to DiffLineRefs.
class UnifiedDiffEditor : public QsciScintilla
{
    Q_OBJECT
public:
    /// One displayed line.
    struct Row
    {
        enum class Kind { HunkHeader, Context, Addition, Deletion, Filler };
        Kind kind = Kind::Context;
        int hunk = -1;       // index into DiffFile::hunks (fillers and headers too)
        int line = -1;       // index into DiffHunk::lines; -1 for headers and fillers
        int oldLineNo = -1;
        int newLineNo = -1;
        QString text;
        QList<TextRange> highlights;  // changed words (UTF-16 ranges of text)
        QString note;                 // shown under the row, e.g. "No newline at end of file"
    };
    /// Which line numbers the margin shows.
    enum class Columns { OldAndNew, OldOnly, NewOnly };

    explicit UnifiedDiffEditor(QWidget *parent = nullptr);

    /// Shows every hunk of `file` in unified layout.
    void setFile(const DiffFile &file);
    /// Shows `rows` as they are; `path` picks the syntax highlighter.
    void setRows(const QList<Row> &rows, Columns columns, const QString &path);
    /// The unified rows of `file`: a header row per hunk, then its lines, with word highlights.
    static QList<Row> unifiedRows(const DiffFile &file);
    /// The text shown under a line that has no newline at the end of the file.
    static QString noNewlineNote();

    const QList<Row> &rows() const { return m_rows; }
    Columns columns() const { return m_columns; }

    /// The first and last row of the selection (the cursor row twice when nothing is selected);
    /// a selection that ends at the start of a row does not include that row.
    QPair<int, int> selectedRowRange() const;
    /// The changed lines (additions, deletions) among the selected rows.
    QList<DiffLineRef> selectedLineRefs() const;
    /// Selects whole rows `first`..`last`.
    void selectRows(int first, int last);
    /// The hunk a row belongs to, or -1.
    int hunkAtRow(int row) const;
    /// The hunk holding the cursor, or -1.
    int currentHunk() const;
    /// What the line-number margin shows on `row` (for tests and accessibility).
    QString marginText(int row) const;
    /// The row shown at the top, and scrolling to it (kept when the same file is shown again).
    int firstVisibleRow() const;
    void setFirstVisibleRow(int row);

Q_SIGNALS:
    /// The selected rows or the cursor row changed.
    void lineSelectionChanged();
    /// A context menu was asked for over `hunk` (-1: outside any hunk).
    void contextMenuRequested(int hunk, const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Colors
    {
        QColor paper, text;
        QColor addedLine, addedWord, addedMargin, addedSign;
        QColor removedLine, removedWord, removedMargin, removedSign;
        QColor headerBack, headerText, fillerBack, marginBack, marginText;
    };
    static Colors colorsFor(const QPalette &palette);

    void configure();
    void render();
    void applyTextStyles();
    void applyMarginStyles();
    void applyMarkerColors();
    QString marginTextFor(const Row &row, QByteArray *styles) const;
    long send(unsigned int message, unsigned long wParam = 0, long lParam = 0) const;

    QList<Row> m_rows;
    Columns m_columns = Columns::OldAndNew;
    QString m_path;
    int m_numberDigits = 1;
    int m_extendedStyles = 0;  // first of the styles this editor allocated for margins and notes
    bool m_dark = false;
    QPalette m_themed;  // the palette the colours were made for
    Colors m_colors;
    QsciLexer *m_lexer = nullptr;
};

} // namespace gantry
