#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING

#include "widgets/KSyntaxLexer.h"

#include "widgets/ThemeColors.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <Qsci/qsciscintilla.h>

#include <QFont>

#include <algorithm>
#include <utility>

namespace gantry {

namespace {

constexpr int kDefaultStyle = 0;
constexpr int kMaxStyles = 128;  // the range QScintilla's own lexers use

KSyntaxHighlighting::Repository &repository()
{
    // Loading the definitions is costly: one repository for the whole application.
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

} // namespace

KSyntaxLexer *KSyntaxLexer::create(const QString &fileName, bool darkPalette, QObject *parent)
{
    const KSyntaxHighlighting::Definition definition = repository().definitionForFileName(fileName);
    if (!definition.isValid())
        return nullptr;
    const auto theme = repository().defaultTheme(darkPalette ? KSyntaxHighlighting::Repository::DarkTheme
                                                             : KSyntaxHighlighting::Repository::LightTheme);
    return new KSyntaxLexer(definition, theme, parent);
}

KSyntaxLexer::KSyntaxLexer(const KSyntaxHighlighting::Definition &definition,
                           const KSyntaxHighlighting::Theme &theme, QObject *parent)
    : QsciLexerCustom(parent)
    , m_language(definition.name().toUtf8())
{
    setDefinition(definition);
    setTheme(theme);
    m_descriptions.insert(kDefaultStyle, QStringLiteral("Default"));
    setColor(QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)), kDefaultStyle);
}

void KSyntaxLexer::setReadableOn(const QColor &paper, const QList<QColor> &backgrounds)
{
    m_paper = paper;
    m_backgrounds = backgrounds;
}

const char *KSyntaxLexer::language() const
{
    return m_language.constData();
}

QString KSyntaxLexer::description(int style) const
{
    return m_descriptions.value(style);
}

int KSyntaxLexer::styleFor(const KSyntaxHighlighting::Format &format)
{
    if (format.isDefaultTextStyle(theme()))
        return kDefaultStyle;
    if (auto it = m_styleOfFormat.constFind(format.id()); it != m_styleOfFormat.constEnd())
        return *it;
    int style = int(m_styleOfFormat.size()) + 1;
    if (style >= 32)
        style += 8;  // 32–39 are Scintilla's predefined styles
    if (style >= kMaxStyles)
        return kDefaultStyle;
    m_styleOfFormat.insert(format.id(), style);
    m_descriptions.insert(style, format.name());
    const QColor color = format.hasTextColor(theme()) ? format.textColor(theme()) : defaultColor(kDefaultStyle);
    setColor(m_backgrounds.isEmpty() ? color : ThemeColors::readable(color, m_backgrounds), style);
    QFont font = defaultFont(kDefaultStyle);
    font.setBold(format.isBold(theme()));
    font.setItalic(format.isItalic(theme()));
    setFont(font, style);
    setPaper(m_paper.isValid() ? m_paper : defaultPaper(kDefaultStyle), style);
    return style;
}

void KSyntaxLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    m_spans.append({offset, length, styleFor(format)});
}

void KSyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *sci = editor();
    if (!sci)
        return;
    // Restart at the beginning of the first line: the state of the line before is known.
    const int firstLine = int(sci->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(start)));
    const int lastLine = int(sci->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(end)));
    m_stateAfterLine.resize(std::max<qsizetype>(m_stateAfterLine.size(), lastLine + 1));
    KSyntaxHighlighting::State state = firstLine > 0 ? m_stateAfterLine.at(firstLine - 1) : KSyntaxHighlighting::State();
    startStyling(int(sci->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(firstLine))));
    for (int line = firstLine; line <= lastLine; ++line) {
        const QString text = sci->text(line);  // with its line ending
        m_spans.clear();
        state = highlightLine(QStringView(text), state);
        m_stateAfterLine[line] = state;
        int done = 0;  // UTF-16 units of `text` already styled
        for (const Span &span : std::as_const(m_spans)) {
            if (span.offset > done)
                setStyling(int(QStringView(text).mid(done, span.offset - done).toUtf8().size()), kDefaultStyle);
            setStyling(int(QStringView(text).mid(span.offset, span.length).toUtf8().size()), span.style);
            done = span.offset + span.length;
        }
        if (done < text.size())
            setStyling(int(QStringView(text).mid(done).toUtf8().size()), kDefaultStyle);
    }
}

} // namespace gantry

#endif // GANTRY_HAVE_KSYNTAXHIGHLIGHTING
