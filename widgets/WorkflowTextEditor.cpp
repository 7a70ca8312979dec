#include "widgets/WorkflowTextEditor.h"

#include "widgets/ScintillaTheme.h"
#include "widgets/ThemeColors.h"

#include <Qsci/qscilexeryaml.h>

#include <QEvent>
#include <QFontDatabase>

#include <algorithm>

namespace gantry {

WorkflowTextEditor::WorkflowTextEditor(QWidget *parent) : QsciScintilla(parent)
{
    setObjectName(QStringLiteral("workflowText"));
    setUtf8(true);
    m_lexer = new QsciLexerYAML(this);
    setMarginType(0, NumberMargin);
    setMarginType(1, SymbolMargin);
    setMarginSensitivity(1, false);
    markerDefine(Circle, m_errorMarker);
    markerDefine(Circle, m_warningMarker);
    indicatorDefine(SquiggleIndicator, m_errorIndicator);
    indicatorDefine(SquiggleIndicator, m_warningIndicator);
    applyTheme();
    setMarginWidth(0, QStringLiteral("00000"));  // measured in the margin's font, set by the theme
    setMarginWidth(1, 14);
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setAutoIndent(true);
    setEolMode(EolUnix);
    SendScintilla(SCI_SETUNDOCOLLECTION, 0L);
    SendScintilla(SCI_SETMODEVENTMASK, long(SC_MOD_INSERTTEXT | SC_MOD_BEFOREDELETE));
    connect(this, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *text, int length, int, int, int, int, int, int) {
                onModified(position, type, text, length);
            });
    connect(this, &QsciScintilla::cursorPositionChanged, this, [this] { Q_EMIT cursorByteChanged(cursorByte()); });
}

void WorkflowTextEditor::applyTheme()
{
    const QPalette colours = palette();
    m_themed = colours;
    ScintillaTheme::apply(this, m_lexer, colours, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QColor error = ThemeColors::statusText(ThemeColors::Status::Error, colours);
    const QColor warning = ThemeColors::statusText(ThemeColors::Status::Warning, colours);
    setMarkerBackgroundColor(error, m_errorMarker);
    setMarkerForegroundColor(error, m_errorMarker);
    setMarkerBackgroundColor(warning, m_warningMarker);
    setMarkerForegroundColor(warning, m_warningMarker);
    setIndicatorForegroundColor(error, m_errorIndicator);
    setIndicatorForegroundColor(warning, m_warningIndicator);
}

void WorkflowTextEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    // Only a real change of colours re-themes: restyling the text is not free.
    if (ScintillaTheme::isPaletteChange(event) && palette() != m_themed)
        applyTheme();
}

void WorkflowTextEditor::setBytes(const QByteArray &text)
{
    m_applying = true;
    SendScintilla(SCI_SETTEXT, text.constData());
    m_applying = false;
}

QByteArray WorkflowTextEditor::bytes() const
{
    const long length = const_cast<WorkflowTextEditor *>(this)->SendScintilla(SCI_GETLENGTH);
    QByteArray out(length + 1, '\0');
    const_cast<WorkflowTextEditor *>(this)->SendScintilla(SCI_GETTEXT, length + 1, out.data());
    out.chop(1);
    return out;
}

void WorkflowTextEditor::applyPatch(const TextPatch &patch)
{
    QList<TextPatch::Replacement> parts = patch.parts();
    std::stable_sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.begin > b.begin; });
    m_applying = true;
    SendScintilla(SCI_BEGINUNDOACTION);
    for (const TextPatch::Replacement &r : parts) {
        SendScintilla(SCI_SETTARGETRANGE, r.begin, r.end);
        SendScintilla(SCI_REPLACETARGET, r.text.size(), r.text.constData());
    }
    SendScintilla(SCI_ENDUNDOACTION);
    m_applying = false;
}

void WorkflowTextEditor::onModified(int position, int type, const char *text, int length)
{
    if (m_applying)
        return;
    if (type & SC_MOD_INSERTTEXT) {
        Q_EMIT userEdited(position, QByteArray(), QByteArray(text, length));
    } else if (type & SC_MOD_BEFOREDELETE) {
        // Before a deletion the bytes are still there: report what goes.
        const auto *bytes = reinterpret_cast<const char *>(SendScintilla(SCI_GETRANGEPOINTER, long(position), long(length)));
        const QByteArray removed = bytes ? QByteArray(bytes, length) : QByteArray();
        Q_EMIT userEdited(position, removed, QByteArray());
    }
}

void WorkflowTextEditor::setDiagnostics(const DiagnosticList &diagnostics)
{
    markerDeleteAll(m_errorMarker);
    markerDeleteAll(m_warningMarker);
    const long length = SendScintilla(SCI_GETLENGTH);
    for (int indicator : {m_errorIndicator, m_warningIndicator}) {
        SendScintilla(SCI_SETINDICATORCURRENT, indicator);
        SendScintilla(SCI_INDICATORCLEARRANGE, 0L, length);
    }
    for (const Diagnostic &d : diagnostics) {
        const int line = std::max(0, d.line - 1);
        markerAdd(line, d.isError() ? m_errorMarker : m_warningMarker);
        const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, line);
        const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, line);
        long start = SendScintilla(SCI_POSITIONRELATIVE, lineStart, long(std::max(0, d.column - 1)));
        if (start <= 0 && d.column > 1)
            start = lineEnd;
        // Underline the word at the place (at least one character).
        long end = SendScintilla(SCI_WORDENDPOSITION, start, 1L);
        if (end <= start)
            end = std::min(lineEnd > start ? lineEnd : start + 1, length);
        SendScintilla(SCI_SETINDICATORCURRENT, d.isError() ? m_errorIndicator : m_warningIndicator);
        SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
    }
}

void WorkflowTextEditor::selectBytes(qsizetype begin, qsizetype end)
{
    SendScintilla(SCI_SETSEL, long(end), long(begin));
    SendScintilla(SCI_SCROLLCARET);
}

qsizetype WorkflowTextEditor::cursorByte() const
{
    return const_cast<WorkflowTextEditor *>(this)->SendScintilla(SCI_GETCURRENTPOS);
}

} // namespace gantry
