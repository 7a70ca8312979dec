#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/TextPatch.h"

#include <Qsci/qsciscintilla.h>

#include <QPalette>

class QsciLexerYAML;

namespace gantry {

/// The YAML side of the pipeline editor: QScintilla with its YAML lexer, the findings as margin
/// markers and squiggles at their line and column, and byte-exact patches applied in place (so
/// the cursor and scroll position survive a visual edit). Its own undo is off: every change it
/// sees is reported (textChanged*) so one undo stack covers graph and text. Its colours follow the
/// palette (ScintillaTheme), also when the palette changes.
class WorkflowTextEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit WorkflowTextEditor(QWidget *parent = nullptr);

    /// Replaces the whole text (opening a file); reports nothing.
    void setBytes(const QByteArray &text);
    QByteArray bytes() const;
    /// Applies replacements given in byte offsets of the current text; reports nothing.
    void applyPatch(const TextPatch &patch);
    void setDiagnostics(const DiagnosticList &diagnostics);
    /// Selects a byte range and scrolls to it.
    void selectBytes(qsizetype begin, qsizetype end);
    /// The byte offset of the cursor.
    qsizetype cursorByte() const;

Q_SIGNALS:
    /// The user changed the text: at byte `position`, `removed` was replaced by `inserted`.
    void userEdited(qsizetype position, const QByteArray &removed, const QByteArray &inserted);
    void cursorByteChanged(qsizetype position);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onModified(int position, int type, const char *text, int length);
    void applyTheme();

    QsciLexerYAML *m_lexer = nullptr;
    QPalette m_themed;  // the palette the colours were made for
    bool m_applying = false;
    int m_errorMarker = 0;
    int m_warningMarker = 1;
    int m_errorIndicator = 8;
    int m_warningIndicator = 9;
};

} // namespace gantry
