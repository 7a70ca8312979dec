#pragma once

// Measures what a theme looks like (header-only, like DiffViewFixture): WCAG 2 contrast written
// out here so that the tests do not trust the code they check, and the colours of QScintilla
// editors, labels and ref badges read back from the editors and from their pictures.

#include "widgets/RefBadgePainter.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QSet>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace gantry::themeprobe {

// WCAG 2 relative luminance and contrast ratio.
inline double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrast(const QColor &a, const QColor &b)
{
    double la = luminance(a);
    double lb = luminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

inline constexpr double kText = 4.5;   // WCAG AA, normal text
inline constexpr double kShape = 3.0;  // WCAG AA, user-interface components

inline QColor sciColor(long bgr)
{
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

inline QColor over(const QColor &base, const QColor &top, double alpha)
{
    return QColor::fromRgbF(float(base.redF() + (top.redF() - base.redF()) * alpha),
                            float(base.greenF() + (top.greenF() - base.greenF()) * alpha),
                            float(base.blueF() + (top.blueF() - base.blueF()) * alpha));
}

inline bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

inline QString describe(const QColor &fore, const QColor &back)
{
    return QStringLiteral("%1 on %2 = %3:1").arg(fore.name(), back.name()).arg(contrast(fore, back), 0, 'f', 2);
}

inline long send(QsciScintilla *editor, unsigned int message, unsigned long wParam = 0, long lParam = 0)
{
    return editor->SendScintilla(message, wParam, lParam);
}

inline QColor styleFore(QsciScintilla *editor, int style)
{
    return sciColor(send(editor, QsciScintillaBase::SCI_STYLEGETFORE, static_cast<unsigned long>(style)));
}

inline QColor styleBack(QsciScintilla *editor, int style)
{
    return sciColor(send(editor, QsciScintillaBase::SCI_STYLEGETBACK, static_cast<unsigned long>(style)));
}

inline QString styleName(QsciScintilla *editor, int style)
{
    const QString description = editor->lexer() ? editor->lexer()->description(style) : QString();
    return description.isEmpty() ? QStringLiteral("style %1").arg(style)
                                 : QStringLiteral("style %1 (%2)").arg(style).arg(description);
}

inline QByteArray marginBytes(QsciScintilla *editor, unsigned int message, int line)
{
    const long size = editor->SendScintilla(message, static_cast<unsigned long>(line), static_cast<void *>(nullptr));
    QByteArray buffer(size + 1, '\0');
    editor->SendScintilla(message, static_cast<unsigned long>(line), static_cast<void *>(buffer.data()));
    buffer.truncate(size);
    return buffer;
}

/// Styles all of `editor`'s text and returns the picture of its viewport; a view of its own
/// (`standalone`) is first made tall and wide enough for all of its text.
inline QImage render(QsciScintilla *editor, bool standalone = true)
{
    if (standalone) {
        const int lineHeight = int(send(editor, QsciScintillaBase::SCI_TEXTHEIGHT, 0));
        QWidget *window = editor->window();  // a pane of a side-by-side view shows with its view
        window->resize(window == editor ? 1400 : 2800, std::min(2400, editor->lines() * lineHeight + 60));
        window->show();
        [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(window);
    }
    editor->recolor();
    QCoreApplication::processEvents();
    return editor->viewport()->grab().toImage();
}

/// What is wrong with the colours of `editor` on `palette`: every character of the text against
/// the background it is drawn on (the style's paper, or a line marker's background sampled from
/// the picture, under any box indicator), the paper and the end-of-line background against the
/// palette's base, and every margin's text and background.
inline QStringList editorProblems(QsciScintilla *editor, const QPalette &palette, const QString &view, bool standalone = true)
{
    const QImage picture = render(editor, standalone);
    const QColor base = palette.color(QPalette::Base);
    QSet<QString> problems;

    unsigned backgroundMarkers = 0;
    for (int marker = 0; marker < 32; ++marker) {
        if (send(editor, QsciScintillaBase::SCI_MARKERSYMBOLDEFINED, static_cast<unsigned long>(marker))
            == QsciScintillaBase::SC_MARK_BACKGROUND)
            backgroundMarkers |= 1u << marker;
    }
    const int lineHeight = int(send(editor, QsciScintillaBase::SCI_TEXTHEIGHT, 0));
    auto lineBackground = [&](int line, bool *marked) -> QColor {
        const long start = send(editor, QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line));
        const int y = int(send(editor, QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, start)) + lineHeight / 2;
        *marked = send(editor, QsciScintillaBase::SCI_MARKERGET, static_cast<unsigned long>(line)) & backgroundMarkers;
        if (y < 0 || y >= picture.height())
            return QColor();
        // A line whose text runs to the right edge has no background after it to measure (a
        // marked line's background is still sampled: its text rarely reaches the edge).
        const long end = send(editor, QsciScintillaBase::SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line));
        if (!*marked && send(editor, QsciScintillaBase::SCI_POINTXFROMPOSITION, 0, end) >= picture.width() - 3)
            return base;
        return picture.pixelColor(picture.width() - 3, y);
    };

    const long length = send(editor, QsciScintillaBase::SCI_GETLENGTH);
    QHash<int, QColor> endOfLine;
    QHash<int, bool> markedLines;
    for (long position = 0; position < length; ++position) {
        const char ch = char(send(editor, QsciScintillaBase::SCI_GETCHARAT, static_cast<unsigned long>(position)));
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || (static_cast<unsigned char>(ch) & 0xc0) == 0x80)
            continue;
        const int line = int(send(editor, QsciScintillaBase::SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
        if (!endOfLine.contains(line)) {
            bool marked = false;
            endOfLine.insert(line, lineBackground(line, &marked));
            markedLines.insert(line, marked);
        }
        if (!endOfLine.value(line).isValid())
            continue;  // scrolled out of a view in a window: not measured
        const int style = int(send(editor, QsciScintillaBase::SCI_GETSTYLEAT, static_cast<unsigned long>(position)));
        QColor fore = styleFore(editor, style);
        QColor back = styleBack(editor, style);
        if (markedLines.value(line)) {
            back = endOfLine.value(line);  // a line background replaces the styles' paper
        } else if (!near(back, base, 0)) {
            problems.insert(QStringLiteral("%1: %2 has paper %3, not the palette's base %4")
                                .arg(view, styleName(editor, style), back.name(), base.name()));
        }
        for (int indicator = 0; indicator <= QsciScintillaBase::INDIC_MAX; ++indicator) {
            if (!send(editor, QsciScintillaBase::SCI_INDICATORVALUEAT, static_cast<unsigned long>(indicator), position))
                continue;
            const long kind = send(editor, QsciScintillaBase::SCI_INDICGETSTYLE, static_cast<unsigned long>(indicator));
            const QColor colour = sciColor(send(editor, QsciScintillaBase::SCI_INDICGETFORE, static_cast<unsigned long>(indicator)));
            if (kind == QsciScintillaBase::INDIC_TEXTFORE) {
                fore = colour;
            } else if (kind == QsciScintillaBase::INDIC_FULLBOX || kind == QsciScintillaBase::INDIC_STRAIGHTBOX
                       || kind == QsciScintillaBase::INDIC_ROUNDBOX) {
                const long alpha = send(editor, QsciScintillaBase::SCI_INDICGETALPHA, static_cast<unsigned long>(indicator));
                back = over(back, colour, std::clamp(alpha, 0L, 255L) / 255.0);
            }
        }
        if (contrast(fore, back) < kText) {
            problems.insert(QStringLiteral("%1 line %2: %3 text %4")
                                .arg(view)
                                .arg(line + 1)
                                .arg(styleName(editor, style), describe(fore, back)));
        }
    }
    for (auto it = endOfLine.constBegin(); it != endOfLine.constEnd(); ++it) {
        if (!markedLines.value(it.key()) && it.value().isValid() && !near(it.value(), base))
            problems.insert(QStringLiteral("%1 line %2: the background after the text is %3, not the palette's base %4")
                                .arg(view)
                                .arg(it.key() + 1)
                                .arg(it.value().name(), base.name()));
    }

    // Margins: line numbers and text against their own background; the gutter just off the base.
    const QColor gutterText = styleFore(editor, QsciScintillaBase::STYLE_LINENUMBER);
    const QColor gutter = styleBack(editor, QsciScintillaBase::STYLE_LINENUMBER);
    const int margins = int(send(editor, QsciScintillaBase::SCI_GETMARGINS));
    for (int margin = 0; margin < margins; ++margin) {
        if (send(editor, QsciScintillaBase::SCI_GETMARGINWIDTHN, static_cast<unsigned long>(margin)) <= 0)
            continue;
        const long type = send(editor, QsciScintillaBase::SCI_GETMARGINTYPEN, static_cast<unsigned long>(margin));
        if (contrast(gutter, base) > 1.5)
            problems.insert(QStringLiteral("%1: margin %2's background %3 stands out from the base %4 (%5:1)")
                                .arg(view)
                                .arg(margin)
                                .arg(gutter.name(), base.name())
                                .arg(contrast(gutter, base), 0, 'f', 2));
        if (type == QsciScintillaBase::SC_MARGIN_NUMBER && contrast(gutterText, gutter) < kText)
            problems.insert(QStringLiteral("%1: line numbers %2").arg(view, describe(gutterText, gutter)));
        if (type != QsciScintillaBase::SC_MARGIN_TEXT && type != QsciScintillaBase::SC_MARGIN_RTEXT)
            continue;
        const int offset = int(send(editor, QsciScintillaBase::SCI_MARGINGETSTYLEOFFSET));
        for (int line = 0; line < editor->lines(); ++line) {
            const QByteArray text = marginBytes(editor, QsciScintillaBase::SCI_MARGINGETTEXT, line);
            QByteArray styles = marginBytes(editor, QsciScintillaBase::SCI_MARGINGETSTYLES, line);
            if (styles.size() < text.size())
                styles = QByteArray(text.size(), char(send(editor, QsciScintillaBase::SCI_MARGINGETSTYLE, static_cast<unsigned long>(line))));
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i) == ' ')
                    continue;
                const int style = offset + static_cast<unsigned char>(styles.at(i));
                const QColor fore = styleFore(editor, style);
                const QColor back = styleBack(editor, style);
                if (contrast(fore, back) < kText)
                    problems.insert(QStringLiteral("%1: margin text (style %2) %3").arg(view).arg(style).arg(describe(fore, back)));
            }
        }
    }
    // Notes under rows.
    const int annotationOffset = int(send(editor, QsciScintillaBase::SCI_ANNOTATIONGETSTYLEOFFSET));
    for (int line = 0; line < editor->lines(); ++line) {
        if (marginBytes(editor, QsciScintillaBase::SCI_ANNOTATIONGETTEXT, line).isEmpty())
            continue;
        const int style = annotationOffset + int(send(editor, QsciScintillaBase::SCI_ANNOTATIONGETSTYLE, static_cast<unsigned long>(line)));
        if (contrast(styleFore(editor, style), styleBack(editor, style)) < kText)
            problems.insert(QStringLiteral("%1 line %2: note %3").arg(view).arg(line + 1).arg(describe(styleFore(editor, style), styleBack(editor, style))));
    }
    QStringList sorted(problems.begin(), problems.end());
    sorted.sort();
    return sorted;
}

/// What is wrong with the colour of `label`'s text against what is behind it, measured on its
/// picture in a large bold font (so that the letters' stems are drawn in the full colour).
inline QString labelProblem(QLabel *label, const QString &what)
{
    QFont font = label->font();
    font.setPixelSize(28);
    font.setBold(true);
    label->setFont(font);
    label->setMinimumSize(label->sizeHint());
    QWidget *window = label->window();
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return QStringLiteral("%1: not shown").arg(what);
    QCoreApplication::processEvents();
    if (label->text().isEmpty() || !label->isVisible())
        return QStringLiteral("%1: no text shown").arg(what);
    const QImage image = window->grab(QRect(label->mapTo(window, QPoint(0, 0)), label->size())).toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    const QColor background = QColor::fromRgb(
        std::max_element(counts.constBegin(), counts.constEnd(), [](int a, int b) { return a < b; }).key());
    QColor text = background;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (contrast(image.pixelColor(x, y), background) > contrast(text, background))
                text = image.pixelColor(x, y);
        }
    }
    return contrast(text, background) < kText
        ? QStringLiteral("%1 (\"%2\"): %3").arg(what, label->text(), describe(text, background))
        : QString();
}

/// What is wrong with the ref badges in `image`, a subject cell painted by the history's delegate:
/// badges are runs of columns that differ from the row's background and are filled with a colour
/// of their own (the subject's letters are drawn on the background itself); each one's text
/// against its fill, and on a selected row its fill against the selection.
inline QStringList badgeProblems(const QImage &image, const RefBadgeList &badges, bool selected, const QString &where)
{
    QStringList problems;
    // The row's background, far right where nothing is drawn.
    const QColor background = image.pixelColor(image.width() - 3, image.height() / 2);
    auto ink = [&](int x) {
        for (int y = 0; y < image.height(); ++y) {
            if (!near(image.pixelColor(x, y), background, 6))
                return true;
        }
        return false;
    };
    int found = 0;
    for (int x = 0; x < image.width() * 2 / 3;) {
        if (!ink(x)) {
            ++x;
            continue;
        }
        const int left = x;
        while (x < image.width() && ink(x))
            ++x;
        const int right = x - 1;
        int top = image.height();
        int bottom = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int column = left; column <= right; ++column) {
                if (!near(image.pixelColor(column, y), background, 6)) {
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
        }
        if (right - left < 12 || bottom - top < 8)
            continue;  // a letter of the subject, or a sliver
        QHash<QRgb, int> counts;
        for (int y = top + 3; y <= bottom - 3; ++y) {
            for (int column = left + 3; column <= right - 3; ++column)
                ++counts[image.pixel(column, y)];
        }
        const QRgb fillRgb = std::max_element(counts.constBegin(), counts.constEnd(),
                                              [](int a, int b) { return a < b; }).key();
        const QColor fill = QColor::fromRgb(fillRgb);
        if (near(fill, background, 6)) {
            // Letters on the row's background: the subject, or a badge that is not there.
            if (found < badges.size() && selected)
                problems.append(QStringLiteral("%1: badge %2 (%3) has no fill of its own on %4")
                                    .arg(where)
                                    .arg(found + 1)
                                    .arg(badges.value(found).name, background.name()));
            break;
        }
        QColor text = fill;
        for (int y = top + 2; y <= bottom - 2; ++y) {
            for (int column = left + 2; column <= right - 2; ++column) {
                const QColor pixel = image.pixelColor(column, y);
                if (contrast(pixel, fill) > contrast(text, fill))
                    text = pixel;
            }
        }
        const QString name = badges.value(found).name;
        if (contrast(text, fill) < kText)
            problems.append(QStringLiteral("%1: badge %2 text %3").arg(where, name, describe(text, fill)));
        if (selected && contrast(fill, background) < kShape)
            problems.append(QStringLiteral("%1: badge %2 fill %3 on the selection %4 (%5:1, needs %6:1)")
                                .arg(where, name, fill.name(), background.name())
                                .arg(contrast(fill, background), 0, 'f', 2)
                                .arg(kShape));
        ++found;
    }
    if (found != badges.size())
        problems.append(QStringLiteral("%1: %2 badge(s) seen, %3 expected").arg(where).arg(found).arg(badges.size()));
    return problems;
}

} // namespace gantry::themeprobe
