#include "app/ThemePalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace gantry {

bool ThemePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

ThemePalette::Theme ThemePalette::detect()
{
    const QString forced = qEnvironmentVariable("GANTRY_THEME").trimmed().toLower();
    if (forced == QLatin1String("dark"))
        return Theme::Dark;
    if (forced == QLatin1String("light"))
        return Theme::Light;
    // The palette the platform theme gave the application before Gantry replaced it.
    return isDark(QGuiApplication::palette()) ? Theme::Dark : Theme::Light;
}

QPalette ThemePalette::palette(Theme theme)
{
    QPalette p;
    if (theme == Theme::Dark) {
        const QColor window(0x1f, 0x23, 0x28);
        const QColor base(0x16, 0x1a, 0x1f);
        const QColor alternate(0x1c, 0x21, 0x27);
        const QColor text(0xe6, 0xed, 0xf3);
        const QColor button(0x2a, 0x2f, 0x36);
        const QColor highlight(0x1f, 0x6f, 0xeb);    // white text on it at 4.6:1
        const QColor placeholder(0x8d, 0x96, 0xa0);  // muted text: 4.5:1 on the window and the base
        const QColor disabledText(0x7d, 0x85, 0x90);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, alternate);
        p.setColor(QPalette::ToolTipBase, button);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, placeholder);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, button);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
        p.setColor(QPalette::Light, button.lighter(140));
        p.setColor(QPalette::Midlight, button.lighter(120));
        p.setColor(QPalette::Mid, button.darker(120));
        p.setColor(QPalette::Dark, button.darker(160));
        p.setColor(QPalette::Shadow, Qt::black);
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
        p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, disabledText);
        p.setColor(QPalette::Disabled, QPalette::Highlight, button.lighter(130));
        p.setColor(QPalette::Inactive, QPalette::Highlight, highlight.darker(130));
        return p;
    }
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor base(Qt::white);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor button(0xf6, 0xf8, 0xfa);
    const QColor highlight(0x09, 0x69, 0xda);
    const QColor placeholder(0x65, 0x6d, 0x76);  // muted text: 4.5:1 on the window and the base
    const QColor disabledText(0x8c, 0x95, 0x9f);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xcf, 0x22, 0x2e));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xea, 0xee, 0xf2));
    p.setColor(QPalette::Mid, QColor(0xd0, 0xd7, 0xde));
    p.setColor(QPalette::Dark, QColor(0xaf, 0xb8, 0xc1));
    p.setColor(QPalette::Shadow, QColor(0x6e, 0x77, 0x81));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(0x82, 0x50, 0xdf));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    // An unfocused selection: a pale tint under the normal text (white on light blue is unreadable).
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xd0, 0xe3, 0xfa));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, text);
    return p;
}

void ThemePalette::apply(Theme theme)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(palette(theme));
}

void ThemePalette::applySystem()
{
    apply(detect());
}

} // namespace gantry
