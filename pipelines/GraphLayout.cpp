#include "pipelines/GraphLayout.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

#include <gvc.h>
#include <gvplugin.h>

#include <cstdio>

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace gantry {

namespace {

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

/// One context for the process, with the dot engine linked in (no plugin configuration file
/// needed at run time).
GVC_t *context()
{
    static lt_symlist_t preloaded[] = {
        {"gvplugin_dot_layout_LTX_library", reinterpret_cast<void *>(&gvplugin_dot_layout_LTX_library)},
        {nullptr, nullptr},
    };
    static GVC_t *gvc = gvContextPlugins(preloaded, 0);
    return gvc;
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

QByteArray number(double value) { return QByteArray::number(value, 'f', 4); }

// Graphviz reports errors through a callback; collect them for Result::error.
QByteArray g_errors;
int collectError(char *message)
{
    g_errors += message;
    return 0;
}

} // namespace

GraphLayout::Result GraphLayout::layout(const QList<Node> &nodes, const QList<Edge> &edges)
{
    QMutexLocker lock(&graphvizMutex());
    Result result;
    GVC_t *gvc = context();
    if (!gvc) {
        result.error = QStringLiteral("Graphviz could not start");
        return result;
    }
    g_errors.clear();
    agseterr(AGERR);
    agseterrf(collectError);

    Agraph_t *g = agopen(const_cast<char *>("workflow"), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.35");
    set(g, "ranksep", "0.6");
    set(g, "splines", "spline");
    QHash<QString, Agnode_t *> made;
    QHash<int, QList<Agnode_t *>> ranks;
    for (const Node &n : nodes) {
        Agnode_t *node = agnode(g, const_cast<char *>(n.id.toUtf8().constData()), 1);
        agsafeset(node, const_cast<char *>("shape"), const_cast<char *>("box"), const_cast<char *>(""));
        set(node, "fixedsize", "true");
        set(node, "width", number(n.width / 72.0));
        set(node, "height", number(n.height / 72.0));
        set(node, "label", "");
        made.insert(n.id, node);
        if (n.rank >= 0)
            ranks[n.rank].append(node);
    }
    for (auto it = ranks.cbegin(); it != ranks.cend(); ++it) {
        const QByteArray name = "rank" + QByteArray::number(it.key());
        Agraph_t *sub = agsubg(g, const_cast<char *>(name.constData()), 1);
        set(sub, "rank", "same");
        for (Agnode_t *node : it.value())
            agsubnode(sub, node, 1);
    }
    QList<Agedge_t *> madeEdges;
    for (const Edge &e : edges) {
        Agnode_t *from = made.value(e.from);
        Agnode_t *to = made.value(e.to);
        madeEdges.append(from && to ? agedge(g, from, to, nullptr, 1) : nullptr);
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        result.error = QString::fromUtf8(g_errors.trimmed());
        if (result.error.isEmpty())
            result.error = QStringLiteral("Graphviz could not lay out the graph");
        agclose(g);
        return result;
    }
    const boxf bb = GD_bb(g);
    const auto flip = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        Agnode_t *node = it.value();
        const QPointF center = flip(ND_coord(node));
        const double w = ND_width(node) * 72.0;
        const double h = ND_height(node) * 72.0;
        result.nodes.insert(it.key(), QRectF(center.x() - w / 2, center.y() - h / 2, w, h));
    }
    for (Agedge_t *edge : madeEdges) {
        QList<QPointF> points;
        QPointF head;
        if (edge && ED_spl(edge) && ED_spl(edge)->size > 0) {
            const bezier &curve = ED_spl(edge)->list[0];
            for (int i = 0; i < curve.size; ++i)
                points.append(flip(curve.list[i]));
            head = curve.eflag ? flip(curve.ep) : (points.isEmpty() ? QPointF() : points.last());
        }
        result.edges.append(points);
        result.arrowHeads.append(head);
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    result.ok = true;
    return result;
}

} // namespace gantry
