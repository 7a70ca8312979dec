#include "widgets/UnifiedDiffEditor.h"

#include "widgets/DiffLexerFactory.h"
#include "widgets/ScintillaTheme.h"
#include "widgets/ThemeColors.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QPalette>

#include <Qsci/qscilexer.h>

#include <algorithm>

namespace gantry {

namespace {

// Background markers, one per row kind.
enum Marker { AddedMarker = 0, RemovedMarker = 1, HeaderMarker = 2, FillerMarker = 3 };
// Container indicators (8 and up belong to the application).
enum Indicator { AddedWordIndicator = 8, RemovedWordIndicator = 9, HeaderTextIndicator = 10 };
// Styles for margin text and notes, relative to the extended styles this editor allocates.
enum ExtraStyle {
    NumberContextStyle,
    NumberAddedStyle,
    NumberRemovedStyle,
    SignAddedStyle,
    SignRemovedStyle,
    NumberHeaderStyle,
    NumberFillerStyle,
    NoteStyle,
    ExtraStyleCount
};

QString displayable(QString text)
{
    // A lone CR would end the row inside Scintilla and a NUL would end the text: show symbols instead
    // (one UTF-16 unit each, so highlight ranges stay valid).
    text.replace(QLatin1Char('\r'), QChar(0x240D));
    text.replace(QChar(0), QChar(0x2400));
    return text;
}

int digitsOf(int number)
{
    int digits = 1;
    for (; number >= 10; number /= 10)
        ++digits;
    return digits;
}

} // namespace

UnifiedDiffEditor::UnifiedDiffEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    configure();
}

QString UnifiedDiffEditor::noNewlineNote()
{
    return QCoreApplication::translate("gantry::UnifiedDiffEditor", "No newline at end of file");
}

long UnifiedDiffEditor::send(unsigned int message, unsigned long wParam, long lParam) const
{
    return SendScintilla(message, wParam, lParam);
}

void UnifiedDiffEditor::configure()
{
    setUtf8(true);
    setReadOnly(true);
    setWrapMode(WrapNone);
    setTabWidth(4);
    setIndentationGuides(false);
    setFolding(NoFoldStyle);
    setBraceMatching(NoBraceMatch);
    setCaretLineVisible(false);
    setEolVisibility(false);
    setAutoCompletionSource(AcsNone);
    setFrameShape(QFrame::NoFrame);
    send(SCI_SETUNDOCOLLECTION, 0);
    send(SCI_SETSCROLLWIDTH, 1);
    setScrollWidthTracking(true);
    setExtraAscent(1);
    setExtraDescent(1);

    setMargins(1);
    setMarginType(0, TextMargin);
    setMarginSensitivity(0, false);  // clicking or dragging in the margin selects whole rows
    setMarginMarkerMask(0, 0);

    m_extendedStyles = int(send(SCI_ALLOCATEEXTENDEDSTYLES, ExtraStyleCount));
    send(SCI_MARGINSETSTYLEOFFSET, static_cast<unsigned long>(m_extendedStyles));
    send(SCI_ANNOTATIONSETSTYLEOFFSET, static_cast<unsigned long>(m_extendedStyles));
    send(SCI_ANNOTATIONSETVISIBLE, ANNOTATION_STANDARD);

    for (int marker : {AddedMarker, RemovedMarker, HeaderMarker, FillerMarker})
        markerDefine(Background, marker);
    for (int indicator : {AddedWordIndicator, RemovedWordIndicator}) {
        indicatorDefine(FullBoxIndicator, indicator);
        setIndicatorDrawUnder(true, indicator);
    }
    // Hunk headers are not code: one muted colour, whatever the lexer makes of them.
    indicatorDefine(TextColorIndicator, HeaderTextIndicator);

    connect(this, &QsciScintilla::selectionChanged, this, &UnifiedDiffEditor::lineSelectionChanged);
    connect(this, &QsciScintilla::cursorPositionChanged, this, &UnifiedDiffEditor::lineSelectionChanged);

    m_themed = palette();
    m_colors = colorsFor(m_themed);
    applyTextStyles();
}

UnifiedDiffEditor::Colors UnifiedDiffEditor::colorsFor(const QPalette &palette)
{
    Colors c;
    const bool dark = ThemeColors::isDark(palette);
    c.paper = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    // Accents after GitHub's diff colours, blended into the palette's own base colour.
    const QColor green = dark ? QColor(0x2e, 0xa0, 0x43) : QColor(0x2d, 0xa4, 0x4e);
    const QColor red = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    const QColor blue = dark ? QColor(0x38, 0x8b, 0xfd) : QColor(0x54, 0xae, 0xff);
    c.addedLine = ThemeColors::blend(c.paper, green, dark ? 0.16 : 0.12);
    c.addedWord = ThemeColors::blend(c.paper, green, dark ? 0.38 : 0.30);
    c.addedMargin = ThemeColors::blend(c.paper, green, dark ? 0.26 : 0.22);
    c.removedLine = ThemeColors::blend(c.paper, red, dark ? 0.13 : 0.09);
    c.removedWord = ThemeColors::blend(c.paper, red, dark ? 0.36 : 0.22);
    c.removedMargin = ThemeColors::blend(c.paper, red, dark ? 0.22 : 0.17);
    c.headerBack = ThemeColors::blend(c.paper, blue, 0.16);
    c.fillerBack = ThemeColors::blend(c.paper, c.text, dark ? 0.05 : 0.035);
    c.marginBack = ScintillaTheme::marginBackground(palette);
    // Each text colour readable (WCAG AA) on every background it is drawn on.
    c.addedSign = ThemeColors::readable(dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37), c.addedMargin);
    c.removedSign = ThemeColors::readable(dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e), c.removedMargin);
    c.headerText = ThemeColors::readable(ThemeColors::blend(c.paper, c.text, 0.62), {c.headerBack, c.paper});
    c.marginText = ThemeColors::readable(ScintillaTheme::marginText(palette),
                                         {c.marginBack, c.addedMargin, c.removedMargin, c.fillerBack, c.headerBack});
    return c;
}

void UnifiedDiffEditor::applyTextStyles()
{
    ScintillaTheme::Options options;
    // Code is drawn on the added and removed lines' tints and their changed words' too.
    options.backgrounds = {m_colors.addedLine, m_colors.addedWord, m_colors.removedLine, m_colors.removedWord,
                           m_colors.fillerBack};
    options.tintedSelection = true;  // picking lines to stage keeps their colours visible
    ScintillaTheme::apply(this, m_lexer, palette(), QFontDatabase::systemFont(QFontDatabase::FixedFont), options);
    applyMarginStyles();
    applyMarkerColors();
}

void UnifiedDiffEditor::applyMarginStyles()
{
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QByteArray family = font.family().toUtf8();
    auto define = [&](int style, const QColor &fore, const QColor &back, bool bold, bool italic) {
        const unsigned long number = static_cast<unsigned long>(m_extendedStyles + style);
        SendScintilla(SCI_STYLESETFONT, static_cast<uintptr_t>(number), family.constData());
        send(SCI_STYLESETSIZEFRACTIONAL, number, long(font.pointSizeF() * (style == NoteStyle ? 90 : 100)));
        SendScintilla(SCI_STYLESETFORE, number, fore);
        SendScintilla(SCI_STYLESETBACK, number, back);
        send(SCI_STYLESETBOLD, number, bold ? 1 : 0);
        send(SCI_STYLESETITALIC, number, italic ? 1 : 0);
    };
    const Colors &c = m_colors;
    define(NumberContextStyle, c.marginText, c.marginBack, false, false);
    define(NumberAddedStyle, c.marginText, c.addedMargin, false, false);
    define(NumberRemovedStyle, c.marginText, c.removedMargin, false, false);
    define(SignAddedStyle, c.addedSign, c.addedMargin, true, false);
    define(SignRemovedStyle, c.removedSign, c.removedMargin, true, false);
    define(NumberHeaderStyle, c.headerText, c.headerBack, false, false);
    define(NumberFillerStyle, c.marginText, c.fillerBack, false, false);
    define(NoteStyle, c.headerText, c.paper, false, true);
}

void UnifiedDiffEditor::applyMarkerColors()
{
    setMarkerBackgroundColor(m_colors.addedLine, AddedMarker);
    setMarkerBackgroundColor(m_colors.removedLine, RemovedMarker);
    setMarkerBackgroundColor(m_colors.headerBack, HeaderMarker);
    setMarkerBackgroundColor(m_colors.fillerBack, FillerMarker);
    QColor added = m_colors.addedWord;
    QColor removed = m_colors.removedWord;
    added.setAlpha(255);
    removed.setAlpha(255);
    setIndicatorForegroundColor(added, AddedWordIndicator);
    setIndicatorForegroundColor(removed, RemovedWordIndicator);
    send(SCI_INDICSETOUTLINEALPHA, AddedWordIndicator, 255);
    send(SCI_INDICSETOUTLINEALPHA, RemovedWordIndicator, 255);
    setIndicatorForegroundColor(m_colors.headerText, HeaderTextIndicator);
}

QList<UnifiedDiffEditor::Row> UnifiedDiffEditor::unifiedRows(const DiffFile &file)
{
    QList<Row> rows;
    for (int h = 0; h < file.hunks.size(); ++h) {
        const DiffHunk &hunk = file.hunks.at(h);
        Row header;
        header.kind = Row::Kind::HunkHeader;
        header.hunk = h;
        header.text = hunk.header;
        rows.append(header);
        const QHash<int, QList<TextRange>> highlights = WordDiff::hunkHighlights(hunk);
        for (int l = 0; l < hunk.lines.size(); ++l) {
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
                row.note = noNewlineNote();
            rows.append(row);
        }
    }
    return rows;
}

void UnifiedDiffEditor::setFile(const DiffFile &file)
{
    setRows(unifiedRows(file), Columns::OldAndNew, file.path());
}

void UnifiedDiffEditor::setRows(const QList<Row> &rows, Columns columns, const QString &path)
{
    m_rows = rows;
    m_columns = columns;
    m_path = path;
    render();
}

void UnifiedDiffEditor::render()
{
    m_themed = palette();
    m_colors = colorsFor(m_themed);
    m_dark = ThemeColors::isDark(m_themed);
    // A fresh lexer for the file type (and for the palette: KSyntaxHighlighting picks a theme by it).
    QsciLexer *previous = m_lexer;
    m_lexer = DiffLexerFactory::create(m_path, m_dark, this);
    applyTextStyles();
    delete previous;

    int largest = 0;
    QStringList texts;
    texts.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows)) {
        texts.append(displayable(row.text));
        largest = std::max({largest, row.oldLineNo, row.newLineNo});
    }
    m_numberDigits = std::max(2, digitsOf(largest));

    setReadOnly(false);
    setText(texts.join(QLatin1Char('\n')));
    setReadOnly(true);

    markerDeleteAll();
    send(SCI_MARGINTEXTCLEARALL);
    send(SCI_ANNOTATIONCLEARALL);
    const long length = send(SCI_GETLENGTH);
    for (int indicator : {AddedWordIndicator, RemovedWordIndicator, HeaderTextIndicator}) {
        send(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator));
        send(SCI_INDICATORCLEARRANGE, 0, length);
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const unsigned long line = static_cast<unsigned long>(i);
        switch (row.kind) {
        case Row::Kind::Addition: markerAdd(i, AddedMarker); break;
        case Row::Kind::Deletion: markerAdd(i, RemovedMarker); break;
        case Row::Kind::HunkHeader: markerAdd(i, HeaderMarker); break;
        case Row::Kind::Filler: markerAdd(i, FillerMarker); break;
        case Row::Kind::Context: break;
        }
        QByteArray styles;
        const QByteArray margin = marginTextFor(row, &styles).toUtf8();
        SendScintilla(SCI_MARGINSETTEXT, static_cast<uintptr_t>(line), margin.constData());
        SendScintilla(SCI_MARGINSETSTYLES, static_cast<uintptr_t>(line), styles.constData());
        if (row.kind == Row::Kind::HunkHeader && !row.text.isEmpty()) {
            send(SCI_SETINDICATORCURRENT, HeaderTextIndicator);
            send(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(send(SCI_POSITIONFROMLINE, line)),
                 send(SCI_GETLINEENDPOSITION, line) - send(SCI_POSITIONFROMLINE, line));
        }
        if (!row.note.isEmpty()) {
            SendScintilla(SCI_ANNOTATIONSETTEXT, static_cast<uintptr_t>(line), row.note.toUtf8().constData());
            send(SCI_ANNOTATIONSETSTYLE, line, NoteStyle);
        }
        if (!row.highlights.isEmpty()) {
            const int indicator = row.kind == Row::Kind::Deletion ? RemovedWordIndicator : AddedWordIndicator;
            send(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(indicator));
            const long lineStart = send(SCI_POSITIONFROMLINE, line);
            const QStringView text(row.text);
            for (const TextRange &range : row.highlights) {
                if (range.start < 0 || range.end() > text.size())
                    continue;
                const long start = lineStart + long(text.left(range.start).toUtf8().size());
                const long bytes = long(text.mid(range.start, range.length).toUtf8().size());
                send(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), bytes);
            }
        }
    }

    Row sample;
    sample.oldLineNo = sample.newLineNo = 1;
    QString widest = marginTextFor(sample, nullptr);
    widest.replace(QLatin1Char('1'), QLatin1Char('9'));
    const QByteArray widestBytes = widest.toUtf8();
    const long width = SendScintilla(SCI_TEXTWIDTH, static_cast<uintptr_t>(m_extendedStyles + NumberContextStyle),
                                     widestBytes.constData());
    setMarginWidth(0, int(width) + 6);
    setCursorPosition(0, 0);
}

QString UnifiedDiffEditor::marginTextFor(const Row &row, QByteArray *styles) const
{
    auto number = [this](int n) {
        return n > 0 ? QString::number(n).rightJustified(m_numberDigits) : QString(m_numberDigits, QLatin1Char(' '));
    };
    QString text = QStringLiteral(" ");
    switch (m_columns) {
    case Columns::OldAndNew: text += number(row.oldLineNo) + QStringLiteral("  ") + number(row.newLineNo); break;
    case Columns::OldOnly: text += number(row.oldLineNo); break;
    case Columns::NewOnly: text += number(row.newLineNo); break;
    }
    const QChar sign = row.kind == Row::Kind::Addition ? QLatin1Char('+')
                       : row.kind == Row::Kind::Deletion ? QLatin1Char('-')
                                                         : QLatin1Char(' ');
    text += QLatin1Char(' ');
    const int signAt = int(text.size());
    text += sign;
    text += QLatin1Char(' ');
    if (styles) {
        char numberStyle = NumberContextStyle;
        char signStyle = NumberContextStyle;
        switch (row.kind) {
        case Row::Kind::Addition: numberStyle = NumberAddedStyle; signStyle = SignAddedStyle; break;
        case Row::Kind::Deletion: numberStyle = NumberRemovedStyle; signStyle = SignRemovedStyle; break;
        case Row::Kind::HunkHeader: numberStyle = signStyle = NumberHeaderStyle; break;
        case Row::Kind::Filler: numberStyle = signStyle = NumberFillerStyle; break;
        case Row::Kind::Context: break;
        }
        *styles = QByteArray(text.size(), numberStyle);  // the text is ASCII: one byte per character
        (*styles)[signAt] = signStyle;
    }
    return text;
}

QString UnifiedDiffEditor::marginText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const long size = SendScintilla(SCI_MARGINGETTEXT, static_cast<unsigned long>(row), static_cast<void *>(nullptr));
    QByteArray buffer(size + 1, '\0');
    SendScintilla(SCI_MARGINGETTEXT, static_cast<unsigned long>(row), static_cast<void *>(buffer.data()));
    buffer.truncate(size);
    return QString::fromUtf8(buffer);
}

QPair<int, int> UnifiedDiffEditor::selectedRowRange() const
{
    const long start = send(SCI_GETSELECTIONSTART);
    const long end = send(SCI_GETSELECTIONEND);
    const int first = int(send(SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    int last = int(send(SCI_LINEFROMPOSITION, static_cast<unsigned long>(end)));
    if (last > first && send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(last)) == end)
        --last;
    return {first, last};
}

QList<DiffLineRef> UnifiedDiffEditor::selectedLineRefs() const
{
    QList<DiffLineRef> refs;
    if (m_rows.isEmpty())
        return refs;
    const auto [first, last] = selectedRowRange();
    for (int i = std::max(0, first); i <= last && i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.kind == Row::Kind::Addition || row.kind == Row::Kind::Deletion)
            refs.append({row.hunk, row.line});
    }
    return refs;
}

void UnifiedDiffEditor::selectRows(int first, int last)
{
    const int count = int(send(SCI_GETLINECOUNT));
    first = std::clamp(first, 0, count - 1);
    last = std::clamp(last, first, count - 1);
    const long anchor = send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(first));
    const long caret = last + 1 < count ? send(SCI_POSITIONFROMLINE, static_cast<unsigned long>(last + 1))
                                        : send(SCI_GETLINEENDPOSITION, static_cast<unsigned long>(last));
    send(SCI_SETSEL, static_cast<unsigned long>(anchor), caret);
}

int UnifiedDiffEditor::hunkAtRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hunk : -1;
}

int UnifiedDiffEditor::currentHunk() const
{
    return hunkAtRow(int(send(SCI_LINEFROMPOSITION, static_cast<unsigned long>(send(SCI_GETCURRENTPOS)))));
}

int UnifiedDiffEditor::firstVisibleRow() const
{
    return int(send(SCI_DOCLINEFROMVISIBLE, static_cast<unsigned long>(send(SCI_GETFIRSTVISIBLELINE))));
}

void UnifiedDiffEditor::setFirstVisibleRow(int row)
{
    send(SCI_SETFIRSTVISIBLELINE, static_cast<unsigned long>(send(SCI_VISIBLEFROMDOCLINE, static_cast<unsigned long>(row))));
}

void UnifiedDiffEditor::contextMenuEvent(QContextMenuEvent *event)
{
    int row = -1;
    if (event->reason() == QContextMenuEvent::Mouse && !m_rows.isEmpty()) {
        const QPoint at = viewport()->mapFrom(this, event->pos());
        const long position = send(SCI_POSITIONFROMPOINT, static_cast<unsigned long>(std::max(0, at.x())), at.y());
        row = int(send(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
        // A click outside the selection acts on the clicked row, as in any editor.
        const auto [first, last] = selectedRowRange();
        if (row < first || row > last)
            send(SCI_GOTOPOS, static_cast<unsigned long>(position));
    } else {
        row = int(send(SCI_LINEFROMPOSITION, static_cast<unsigned long>(send(SCI_GETCURRENTPOS))));
    }
    emit contextMenuRequested(hunkAtRow(row), event->globalPos());
    event->accept();
}

void UnifiedDiffEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    // Only a real change of colours re-renders (restyling the whole text is not free).
    if (ScintillaTheme::isPaletteChange(event) && palette() != m_themed) {
        const int top = firstVisibleRow();
        const auto [anchor, caret] = std::pair(send(SCI_GETANCHOR), send(SCI_GETCURRENTPOS));
        render();
        send(SCI_SETSEL, static_cast<unsigned long>(anchor), caret);
        setFirstVisibleRow(top);
    }
}

} // namespace gantry
