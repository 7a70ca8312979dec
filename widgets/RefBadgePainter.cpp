#include "widgets/RefBadgePainter.h"

#include "widgets/LanePalette.h"
#include "widgets/ThemeColors.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRect>

#include <algorithm>
#include <cmath>

namespace gantry {

namespace {

constexpr int kPaddingX = 5;     // text inset inside a badge
constexpr int kGap = 4;          // space between badges, and after the last one
constexpr int kTagPoint = 5;     // width of a tag badge's pointed left end
constexpr int kMarkerWidth = 10; // the space for the current-branch check mark

int rank(const RefBadge &b)
{
    if (b.kind == RefBadge::Kind::Head)
        return 0;
    if (b.isCurrent)
        return 1;
    switch (b.kind) {
    case RefBadge::Kind::LocalBranch: return 2;
    case RefBadge::Kind::RemoteBranch: return 3;
    case RefBadge::Kind::Tag: return 4;
    default: return 5;
    }
}

/// The extra width a badge needs besides its text.
int chrome(const RefBadge &b)
{
    int extra = 2 * kPaddingX;
    if (b.kind == RefBadge::Kind::Tag)
        extra += kTagPoint;
    if (b.isCurrent)
        extra += kMarkerWidth;
    return extra;
}

int badgeWidth(const RefBadge &b, const QFontMetricsF &fm)
{
    // Rounded up, plus a pixel: fractional advances must never elide a name that fits.
    return qMin(RefBadgePainter::kMaxBadgeWidth, int(std::ceil(fm.horizontalAdvance(b.name))) + 1 + chrome(b));
}

} // namespace

QFont RefBadgePainter::badgeFont(const QFont &rowFont)
{
    QFont f = rowFont;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(qMax(7.0, f.pointSizeF() * 0.88));
    else if (f.pixelSize() > 0)
        f.setPixelSize(qMax(9, int(f.pixelSize() * 0.88)));
    f.setWeight(QFont::DemiBold);
    return f;
}

void RefBadgePainter::sort(RefBadgeList &badges)
{
    std::stable_sort(badges.begin(), badges.end(), [](const RefBadge &a, const RefBadge &b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
}

QColor RefBadgePainter::fillColor(RefBadge::Kind kind, const QPalette &palette)
{
    const bool dark = LanePalette::isDark(palette);
    switch (kind) {
    case RefBadge::Kind::Head: return QColor(0xc2410c);  // deep enough for white text
    case RefBadge::Kind::LocalBranch: return dark ? QColor(0x1c5fb8) : QColor(0x1f6fd1);
    case RefBadge::Kind::RemoteBranch: return dark ? QColor(0x23364f) : QColor(0xdbe8fb);
    case RefBadge::Kind::Tag: return dark ? QColor(0x5c4a0a) : QColor(0xfff0c2);
    case RefBadge::Kind::Other: break;
    }
    return palette.color(QPalette::Button);
}

QColor RefBadgePainter::textColor(RefBadge::Kind kind, const QPalette &palette)
{
    const bool dark = LanePalette::isDark(palette);
    switch (kind) {
    case RefBadge::Kind::Head:
    case RefBadge::Kind::LocalBranch: return QColor(Qt::white);
    case RefBadge::Kind::RemoteBranch: return dark ? QColor(0xa9cbff) : QColor(0x16478a);
    case RefBadge::Kind::Tag: return dark ? QColor(0xffe08a) : QColor(0x6b5200);
    case RefBadge::Kind::Other: break;
    }
    return palette.color(QPalette::ButtonText);
}

RefBadgePainter::Colors RefBadgePainter::colors(RefBadge::Kind kind, const QPalette &palette, bool selected)
{
    Colors c;
    c.fill = fillColor(kind, palette);
    c.text = textColor(kind, palette);
    const bool tinted = kind == RefBadge::Kind::RemoteBranch || kind == RefBadge::Kind::Tag;
    c.border = tinted ? c.text : c.fill.darker(120);
    if (tinted)
        c.border.setAlphaF(0.55f);
    const QColor selection = palette.color(QPalette::Highlight);
    if (selected && ThemeColors::contrast(c.fill, selection) < ThemeColors::kShapeContrast) {
        // Blue on blue: the selection's text colour as the fill, the badge's colour as its text.
        const QColor accent = tinted || kind == RefBadge::Kind::Other ? c.text : c.fill;
        c.fill = palette.color(QPalette::HighlightedText);
        c.text = ThemeColors::readable(accent, c.fill);
        c.border = c.fill;
    }
    return c;
}

int RefBadgePainter::width(const RefBadgeList &badges, const QFont &font)
{
    const QFontMetricsF fm(badgeFont(font));
    int total = 0;
    for (const RefBadge &b : badges)
        total += badgeWidth(b, fm) + kGap;
    return total;
}

int RefBadgePainter::paint(QPainter *painter, const QRect &rect, const RefBadgeList &badges, const QFont &font,
                           const QPalette &palette, bool selected)
{
    if (badges.isEmpty())
        return rect.left();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(badgeFont(font));
    // Measured on the painter's device, so the text fits exactly where it is drawn.
    const QFontMetricsF fm(painter->font(), painter->device());
    const int height = qMin(rect.height() - 4, int(fm.height()) + 4);
    const qreal top = rect.top() + (rect.height() - height) / 2.0;

    int x = rect.left();
    for (const RefBadge &badge : badges) {
        int w = badgeWidth(badge, fm);
        if (x + w > rect.right()) {
            w = rect.right() - x;
            if (w < chrome(badge) + fm.horizontalAdvance(QStringLiteral("…")))
                break;  // no room left for even an elided badge
        }
        const QRectF box(x + 0.5, top + 0.5, w - 1.0, height - 1.0);
        const auto [fill, text, border] = colors(badge.kind, palette, selected);

        QPainterPath path;
        qreal textLeft = box.left() + kPaddingX;
        if (badge.kind == RefBadge::Kind::Tag) {
            // A luggage-label shape: pointed on the left.
            const qreal mid = box.center().y();
            path.moveTo(box.left(), mid);
            path.lineTo(box.left() + kTagPoint, box.top());
            path.lineTo(box.right() - 2, box.top());
            path.quadTo(box.right(), box.top(), box.right(), box.top() + 2);
            path.lineTo(box.right(), box.bottom() - 2);
            path.quadTo(box.right(), box.bottom(), box.right() - 2, box.bottom());
            path.lineTo(box.left() + kTagPoint, box.bottom());
            path.closeSubpath();
            textLeft += kTagPoint;
        } else if (badge.kind == RefBadge::Kind::Head) {
            path.addRoundedRect(box, height / 2.0, height / 2.0);
        } else {
            path.addRoundedRect(box, 3, 3);
        }
        painter->setPen(QPen(border, 1));
        painter->setBrush(fill);
        painter->drawPath(path);

        if (badge.kind == RefBadge::Kind::Tag) {
            painter->setBrush(text);
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(QPointF(box.left() + kTagPoint + 0.5, box.center().y()), 1.5, 1.5);
        }
        if (badge.isCurrent) {
            // A check mark: the branch that is checked out.
            const qreal cy = box.center().y();
            const qreal cx = textLeft + 3;
            QPen pen(text, 1.6);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            QPainterPath check;
            check.moveTo(cx - 3, cy);
            check.lineTo(cx - 0.5, cy + 2.5);
            check.lineTo(cx + 4, cy - 3);
            painter->drawPath(check);
            textLeft += kMarkerWidth;
        }
        painter->setPen(text);
        const QRectF textRect(textLeft, box.top(), box.right() - kPaddingX - textLeft + 1, box.height());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          fm.elidedText(badge.name, Qt::ElideMiddle, textRect.width() + 0.5));
        x += w + kGap;
    }
    painter->restore();
    return x;
}

} // namespace gantry
