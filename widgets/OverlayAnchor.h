#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace gantry {

/// Keeps a floating widget — a message, a "changed on disk" bar — over an edge of its host,
/// outside every layout, so that showing or hiding it never moves the widgets under the pointer.
/// It follows the host's size and the widget's own size hint (word-wrapped text is given its
/// height for the width it gets) and stays on top of its siblings.
class OverlayAnchor : public QObject
{
    Q_OBJECT
public:
    enum class Edge {
        BottomRight, ///< a card at the bottom right, at most `maxWidth` wide
        Top,         ///< a strip across the top, the host's whole width less the margins
    };

    /// `overlay` must be a child of `host` or of one of its ancestors; it is placed whenever it shows.
    OverlayAnchor(QWidget *overlay, QWidget *host, Edge edge, int maxWidth = 620, int margin = 12);

    /// Sizes and moves the overlay now.
    void place();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_overlay;
    QPointer<QWidget> m_host;
    Edge m_edge;
    int m_maxWidth;
    int m_margin;
    bool m_placing = false;
};

} // namespace gantry
