#pragma once

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QRect;

namespace gantry {

/// One reference to show next to a commit: a local or remote branch, a tag, or HEAD.
struct RefBadge
{
    enum class Kind { Head, LocalBranch, RemoteBranch, Tag, Other };
    Kind kind = Kind::Other;
    QString name;          // as shown: "main", "origin/main", "v1.0", "HEAD"
    bool isCurrent = false; // the branch HEAD points at (drawn emphasised)

    friend bool operator==(const RefBadge &a, const RefBadge &b)
    {
        return a.kind == b.kind && a.name == b.name && a.isCurrent == b.isCurrent;
    }
};

using RefBadgeList = QList<RefBadge>;

/// Paints ref badges (rounded labels, styled per kind) before a commit subject, and measures them.
/// Colours adapt to light and dark palettes (text readable on its fill at WCAG AA); on a selected
/// row a badge whose fill would melt into the selection is drawn inverted, in the selection's
/// text colour. Long names are elided.
class RefBadgePainter
{
public:
    /// The widest a single badge may be before its text is elided, in pixels.
    static constexpr int kMaxBadgeWidth = 160;

    struct Colors
    {
        QColor fill;
        QColor text;
        QColor border;
    };

    /// Paints `badges` left to right inside `rect` (vertically centred), at most up to
    /// `rect.right()`; returns the x just after the last badge and its gap (rect.left() if none).
    /// `selected`: the row is drawn in `palette`'s highlight (of its current colour group).
    static int paint(QPainter *painter, const QRect &rect, const RefBadgeList &badges,
                     const QFont &font, const QPalette &palette, bool selected = false);
    /// The width paint() would use for `badges` (including the trailing gap).
    static int width(const RefBadgeList &badges, const QFont &font);

    /// The fill and text colours of a badge of `kind` on `palette`.
    static QColor fillColor(RefBadge::Kind kind, const QPalette &palette);
    static QColor textColor(RefBadge::Kind kind, const QPalette &palette);
    /// The colours paint() uses for a badge of `kind`, on a selected row or not.
    static Colors colors(RefBadge::Kind kind, const QPalette &palette, bool selected);
    /// The font for badges: the row font, slightly smaller.
    static QFont badgeFont(const QFont &rowFont);
    /// Sorts badges as they should be shown: HEAD, current branch, local, remote, tags.
    static void sort(RefBadgeList &badges);
};

} // namespace gantry

Q_DECLARE_METATYPE(gantry::RefBadge)
Q_DECLARE_METATYPE(gantry::RefBadgeList)
