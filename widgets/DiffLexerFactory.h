#pragma once

#include <QString>

class QColor;
class QFont;
class QObject;
class QsciLexer;

namespace gantry {

/// Picks the syntax highlighter for a file shown in a diff (by name and extension) and
/// recolours it for the current palette. KSyntaxHighlighting when built with it, else QScintilla's lexers.
class DiffLexerFactory
{
public:
    /// A new lexer owned by `parent` for `path`, or nullptr when the file type is not known.
    static QsciLexer *create(const QString &path, bool darkPalette, QObject *parent);
    /// Sets every style of `lexer` to `font` (keeping its weight and slant) on `paper`; on a dark
    /// palette, dark text colours are mirrored to light ones so they stay readable.
    static void applyPalette(QsciLexer *lexer, const QFont &font, const QColor &paper, const QColor &text,
                             bool darkPalette);
};

} // namespace gantry
