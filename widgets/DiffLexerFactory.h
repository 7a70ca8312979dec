#pragma once

#include <QString>

class QObject;
class QsciLexer;

namespace gantry {

/// Picks the syntax highlighter for a file shown in a diff (by name and extension):
/// KSyntaxHighlighting when built with it, else QScintilla's lexers. ScintillaTheme colours it.
class DiffLexerFactory
{
public:
    /// A new lexer owned by `parent` for `path`, or nullptr when the file type is not known.
    static QsciLexer *create(const QString &path, bool darkPalette, QObject *parent);
};

} // namespace gantry
