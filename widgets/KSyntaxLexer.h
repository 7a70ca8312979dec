#pragma once

#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <Qsci/qscilexercustom.h>

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

namespace gantry {

/// A QScintilla lexer driven by KSyntaxHighlighting: hundreds of languages, styled line by line
/// with the highlighter's state carried from one line to the next. Used only when built with KF6.
class KSyntaxLexer : public QsciLexerCustom, public KSyntaxHighlighting::AbstractHighlighter
{
public:
    /// A lexer for `fileName`, or nullptr when KSyntaxHighlighting has no definition for it.
    static KSyntaxLexer *create(const QString &fileName, bool darkPalette, QObject *parent);

    KSyntaxLexer(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme,
                 QObject *parent);

    /// Styles made from now on get `paper` and a colour readable on every one of `backgrounds`
    /// (set by ScintillaTheme, which themes the styles made so far).
    void setReadableOn(const QColor &paper, const QList<QColor> &backgrounds);

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    int styleFor(const KSyntaxHighlighting::Format &format);

    struct Span
    {
        int offset;
        int length;
        int style;
    };
    QByteArray m_language;
    QColor m_paper;
    QList<QColor> m_backgrounds;
    QHash<quint16, int> m_styleOfFormat;   // format id → QScintilla style number
    QHash<int, QString> m_descriptions;    // style number → format name
    QList<KSyntaxHighlighting::State> m_stateAfterLine;
    QList<Span> m_spans;                   // formats of the line being highlighted
};

} // namespace gantry

#endif // GANTRY_HAVE_KSYNTAXHIGHLIGHTING
