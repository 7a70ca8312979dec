#include "widgets/ScintillaTheme.h"

#include "widgets/ThemeColors.h"

#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING
#include "widgets/KSyntaxLexer.h"
#endif

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QEvent>
#include <QFont>
#include <QPalette>

#include <array>

namespace gantry {

namespace {

/// What a lexer style shows, as far as colour goes.
enum class Syntax {
    Plain,
    Comment,
    Keyword,
    String,
    Number,
    Function,
    Preprocessor,
    Tag,
    Attribute,
    Key,
    Variable,
    Error,
    Added,
    Removed,
    Heading,
    Inactive,
    Unknown,  // the lexer's own colour, made readable
};

struct SyntaxColor
{
    QRgb light;
    QRgb dark;
};

// After GitHub's light and dark code colours.
SyntaxColor syntaxSet(Syntax syntax)
{
    switch (syntax) {
    case Syntax::Comment: return {0x6e7781, 0x8b949e};
    case Syntax::Keyword: return {0xcf222e, 0xff7b72};
    case Syntax::String: return {0x0a3069, 0xa5d6ff};
    case Syntax::Number:
    case Syntax::Attribute:
    case Syntax::Heading: return {0x0550ae, 0x79c0ff};
    case Syntax::Function: return {0x8250df, 0xd2a8ff};
    case Syntax::Preprocessor:
    case Syntax::Variable: return {0x953800, 0xffa657};
    case Syntax::Tag:
    case Syntax::Key:
    case Syntax::Added: return {0x116329, 0x7ee787};
    case Syntax::Error:
    case Syntax::Removed: return {0x82071e, 0xffa198};
    case Syntax::Plain:
    case Syntax::Inactive:
    case Syntax::Unknown: break;
    }
    return {0, 0};
}

bool containsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

/// What a style is, from its description ("C++ comment", "Double-quoted string", …).
Syntax syntaxOf(const QsciLexer *lexer, int style)
{
    const QString d = lexer->description(style).toLower();
    if (d.isEmpty() || d == QLatin1String("default") || containsAny(d, {"operator", "whitespace"}))
        return Syntax::Plain;
    if (d.startsWith(QLatin1String("inactive")))
        return Syntax::Inactive;  // code the pre-processor leaves out
    if (containsAny(d, {"error", "unclosed", "bad "}))
        return Syntax::Error;
    if (containsAny(d, {"comment", "javadoc", "doxygen", "task marker", "pod"}))
        return Syntax::Comment;
    if (containsAny(d, {"added", "inserted"}))
        return Syntax::Added;
    if (containsAny(d, {"removed", "deleted"}))
        return Syntax::Removed;
    if (containsAny(d, {"number", "literal", "escape", "constant", "uuid"}))
        return Syntax::Number;
    if (containsAny(d, {"string", "character", "regular expression", "regex", "verbatim", "here document",
                        "backtick", "quoted", "text block", "code"}))
        return Syntax::String;
    if (containsAny(d, {"pre-processor", "preprocessor", "directive", "decorator", "pragma", "macro"}))
        return Syntax::Preprocessor;
    if (containsAny(d, {"keyword", "reserved", "document delimiter", "command"}))
        return Syntax::Keyword;
    if (containsAny(d, {"class", "function", "method", "typedef", "definition"}))
        return Syntax::Function;
    if (containsAny(d, {"tag", "element", "target", "section"}))
        return Syntax::Tag;
    if (containsAny(d, {"attribute", "property"}))
        return Syntax::Attribute;
    if (d.contains(QLatin1String("key")) || (d == QLatin1String("identifier") && qstrcmp(lexer->language(), "YAML") == 0))
        return Syntax::Key;  // a YAML mapping key, a properties key
    if (containsAny(d, {"variable", "reference", "parameter", "substitution", "environment"}))
        return Syntax::Variable;
    if (containsAny(d, {"header", "heading"}))
        return Syntax::Heading;
    if (d.contains(QLatin1String("identifier")))
        return Syntax::Plain;
    return Syntax::Unknown;
}

QList<QColor> textBackgrounds(const QPalette &palette, const ScintillaTheme::Options &options)
{
    QList<QColor> backgrounds{palette.color(QPalette::Base)};
    backgrounds += options.backgrounds;
    return backgrounds;
}

void styleChrome(QsciScintilla *editor, const QPalette &palette, const QFont &font, const ScintillaTheme::Options &options)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const bool dark = ThemeColors::isDark(palette);
    const QColor gutter = ScintillaTheme::marginBackground(palette);

    editor->setMarginsFont(font);
    editor->setMarginsBackgroundColor(gutter);
    editor->setMarginsForegroundColor(ScintillaTheme::marginText(palette));
    editor->setFoldMarginColors(gutter, gutter);
    editor->setCaretForegroundColor(text);
    editor->setCaretLineBackgroundColor(ThemeColors::blend(base, text, dark ? 0.07 : 0.045));
    if (options.tintedSelection) {
        QColor selection = highlight;
        selection.setAlpha(80);
        editor->setSelectionBackgroundColor(selection);
        editor->resetSelectionForegroundColor();
    } else {
        editor->setSelectionBackgroundColor(highlight);
        editor->setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    }
    editor->setIndentationGuidesForegroundColor(ThemeColors::blend(base, text, 0.25));
    editor->setIndentationGuidesBackgroundColor(base);
    editor->setWhitespaceForegroundColor(ThemeColors::blend(base, text, 0.35));
    editor->setEdgeColor(ThemeColors::blend(base, text, 0.15));
    const QColor braceBack = ThemeColors::blend(base, highlight, dark ? 0.3 : 0.18);
    editor->setMatchedBraceForegroundColor(ThemeColors::readable(palette.color(QPalette::Link), braceBack));
    editor->setMatchedBraceBackgroundColor(braceBack);
    editor->setUnmatchedBraceForegroundColor(ThemeColors::statusText(ThemeColors::Status::Error, palette));
    editor->setUnmatchedBraceBackgroundColor(base);
    const QColor tipBack = palette.color(QPalette::ToolTipBase);
    editor->setCallTipsBackgroundColor(tipBack);
    editor->setCallTipsForegroundColor(ThemeColors::readable(palette.color(QPalette::ToolTipText), tipBack));
    editor->setCallTipsHighlightColor(ThemeColors::readable(palette.color(QPalette::Link), tipBack));
}

} // namespace

QColor ScintillaTheme::marginBackground(const QPalette &palette)
{
    return ThemeColors::blend(palette.color(QPalette::Base), palette.color(QPalette::Text),
                              ThemeColors::isDark(palette) ? 0.035 : 0.025);
}

QColor ScintillaTheme::marginText(const QPalette &palette)
{
    return ThemeColors::readable(palette.color(QPalette::PlaceholderText), marginBackground(palette));
}

QColor ScintillaTheme::syntaxColor(const QsciLexer *lexer, int style, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = ThemeColors::isDark(palette);
    const Syntax syntax = syntaxOf(lexer, style);
    switch (syntax) {
    case Syntax::Plain: return text;
    case Syntax::Inactive: return ThemeColors::blend(base, text, 0.6);
    case Syntax::Unknown: {
        const QColor own = lexer->defaultColor(style);
        // Black (the lexers' plain text) is the palette's text; other colours keep their hue.
        return own.lightness() < 20 || own.lightness() > 235 ? text : own;
    }
    default: break;
    }
    const SyntaxColor set = syntaxSet(syntax);
    return QColor::fromRgb(dark ? set.dark : set.light);
}

void ScintillaTheme::styleLexer(QsciLexer *lexer, const QPalette &palette, const QFont &font, const Options &options)
{
    if (!lexer)
        return;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QList<QColor> backgrounds = textBackgrounds(palette, options);
    lexer->setDefaultFont(font);
    lexer->setDefaultPaper(base);
    lexer->setDefaultColor(ThemeColors::readable(text, backgrounds));
    lexer->setFont(font, QsciScintillaBase::STYLE_DEFAULT);
    lexer->setPaper(base, QsciScintillaBase::STYLE_DEFAULT);
    lexer->setColor(ThemeColors::readable(text, backgrounds), QsciScintillaBase::STYLE_DEFAULT);
#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING
    // KSyntaxHighlighting brings a light or dark theme of its own: its colours stay, made readable.
    auto *ksyntax = dynamic_cast<KSyntaxLexer *>(lexer);
#else
    const void *ksyntax = nullptr;
#endif
    constexpr int kLexerStyles = 128;  // QScintilla's lexers use style numbers below this
    for (int style = 0; style < kLexerStyles; ++style) {
        if (style == QsciScintillaBase::STYLE_DEFAULT || lexer->description(style).isEmpty())
            continue;
        QFont styleFont = font;
        const QFont own = lexer->defaultFont(style);
        styleFont.setBold(own.bold());
        styleFont.setItalic(own.italic());
        lexer->setFont(styleFont, style);
        lexer->setPaper(base, style);
        const QColor wanted = ksyntax && style != 0 ? lexer->color(style) : syntaxColor(lexer, style, palette);
        lexer->setColor(ThemeColors::readable(wanted, backgrounds), style);
    }
#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING
    // Its styles are made as the text is highlighted: they take the same paper and readability.
    if (ksyntax)
        ksyntax->setReadableOn(base, backgrounds);
#endif
}

void ScintillaTheme::apply(QsciScintilla *editor, QsciLexer *lexer, const QPalette &palette, const QFont &font,
                           const Options &options)
{
    if (!editor)
        return;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = ThemeColors::readable(palette.color(QPalette::Text), textBackgrounds(palette, options));
    if (lexer) {
        styleLexer(lexer, palette, font, options);
        // (Re)attaching applies every style, the default one too, and restyles the text.
        editor->setLexer(lexer);
    } else {
        editor->setLexer(nullptr);
        const QByteArray family = font.family().toUtf8();
        const auto defaultStyle = static_cast<uintptr_t>(QsciScintillaBase::STYLE_DEFAULT);
        editor->SendScintilla(QsciScintillaBase::SCI_STYLESETFONT, defaultStyle, family.constData());
        editor->SendScintilla(QsciScintillaBase::SCI_STYLESETSIZEFRACTIONAL, static_cast<unsigned long>(defaultStyle),
                              long(font.pointSizeF() * double(QsciScintillaBase::SC_FONT_SIZE_MULTIPLIER)));
        editor->SendScintilla(QsciScintillaBase::SCI_STYLESETFORE, static_cast<unsigned long>(defaultStyle), text);
        editor->SendScintilla(QsciScintillaBase::SCI_STYLESETBACK, static_cast<unsigned long>(defaultStyle), base);
        editor->SendScintilla(QsciScintillaBase::SCI_STYLECLEARALL);
        editor->setColor(text);  // what QScintilla restores when a lexer is taken away
        editor->setPaper(base);
    }
    // After the styles: attaching a lexer resets the margins' style.
    styleChrome(editor, palette, font, options);
}

bool ScintillaTheme::isPaletteChange(const QEvent *event)
{
    return event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
}

} // namespace gantry
