#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace gantry {

/// Lays out a directed graph with Graphviz's dot engine (through libgvc): nodes in layers from
/// left to right along the edges, edges as Bézier splines. Sizes and positions are in points
/// (1/72 inch), with y growing downwards as on screen. Thread-safe (Graphviz is not, so calls
/// are serialised).
class GraphLayout
{
public:
    struct Node
    {
        QString id;
        double width = 0;   ///< points
        double height = 0;
        int rank = -1;      ///< nodes sharing a rank ≥ 0 are put in one column (triggers)
    };
    struct Edge
    {
        QString from;
        QString to;
    };
    struct Result
    {
        bool ok = false;
        QString error;                      ///< Graphviz's own words when it failed
        QRectF bounds;
        QHash<QString, QRectF> nodes;       ///< each node's rectangle
        QList<QList<QPointF>> edges;        ///< per input edge: the spline's control points (1 + 3n), empty if not drawn
        QList<QPointF> arrowHeads;          ///< per input edge: where its arrow ends (the target's side)
    };

    static Result layout(const QList<Node> &nodes, const QList<Edge> &edges);
};

} // namespace gantry
