#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/TextPatch.h"

#include <Qsci/qsciscintilla.h>

namespace gantry {

/// The YAML side of the pipeline editor: QScintilla with its YAML lexer, the findings as margin
/// markers and squiggles at their line and column, and byte-exact patches applied in place (so
/// the cursor and scroll position survive a visual edit). Its own undo is off: every change it
/// sees is reported (textChanged*) so one undo stack covers graph and text.
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

private:
    void onModified(int position, int type, const char *text, int length);

    bool m_applying = false;
    int m_errorMarker = 0;
    int m_warningMarker = 1;
    int m_errorIndicator = 8;
    int m_warningIndicator = 9;
};

} // namespace gantry
