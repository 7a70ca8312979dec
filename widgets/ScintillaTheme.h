#pragma once

#include <QColor>
#include <QList>

class QEvent;
class QFont;
class QPalette;
class QsciLexer;
class QsciScintilla;

namespace gantry {

/// What a view adds to the palette when ScintillaTheme colours it.
struct ScintillaThemeOptions
{
    /// Backgrounds besides the palette's base that the text is drawn on (a diff's line tints).
    QList<QColor> backgrounds;
    /// A translucent selection that keeps the syntax colours (a diff picks lines by it);
    /// otherwise the palette's highlight with highlighted text.
    bool tintedSelection = false;
};

/// The one place that colours a QScintilla editor and its lexer from a QPalette, so every editor
/// (the workflow YAML, diffs, side by side, logs) follows the light or dark theme: paper and text
/// from Base and Text for every lexer style, a gutter just off Base with readable line numbers,
/// caret, caret line, selection, fold margin, indentation guides and braces from the palette, and
/// each style's foreground taken from a light or dark syntax set by what the style is (comment,
/// keyword, string …) and made readable (WCAG AA) on every background the view draws text on.
/// Views call apply() when they set a lexer and again on a palette change.
class ScintillaTheme
{
public:
    using Options = ScintillaThemeOptions;

    /// Colours every style `lexer` describes for `palette` in `font` (keeping each style's weight
    /// and slant), sets it on `editor` (nullptr: plain text), then colours the editor's chrome.
    static void apply(QsciScintilla *editor, QsciLexer *lexer, const QPalette &palette, const QFont &font,
                      const Options &options = {});
    /// Only the lexer's styles (for a lexer not shown yet).
    static void styleLexer(QsciLexer *lexer, const QPalette &palette, const QFont &font, const Options &options = {});

    /// The gutter's background, just off the base, and its line numbers' colour.
    static QColor marginBackground(const QPalette &palette);
    static QColor marginText(const QPalette &palette);
    /// The colour of `style` of `lexer` on `palette` before the readability pass: from the syntax
    /// set by what the style's description names, else the lexer's own colour.
    static QColor syntaxColor(const QsciLexer *lexer, int style, const QPalette &palette);

    /// Whether `event` changes the colours a themed editor must follow.
    static bool isPaletteChange(const QEvent *event);
};

} // namespace gantry
