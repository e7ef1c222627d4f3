// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"

#include <QCoreApplication>
#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Maestro::Gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Gui::GraphLayout)
};

constexpr double kPointsPerInch = 72.0;
constexpr qsizetype kLargeGraphNodes = 150;

// Graphviz keeps global state (its context, string pool, layout statics).
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
              const_cast<char *>(""));
}

// One context for the process, used under graphvizMutex() and never freed. A context per
// layout read Graphviz's plugin configuration every time, and freeing it loses part of that
// configuration in Debian's Graphviz (LeakSanitizer reports it in every GUI test).
GVC_t *graphvizContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

// Owns one Graphviz graph and its layout, freed in every exit path.
class GraphvizSession
{
public:
    GraphvizSession()
        : m_context(graphvizContext())
    {}
    ~GraphvizSession()
    {
        if (m_graph) {
            if (m_laidOut)
                gvFreeLayout(m_context, m_graph);
            agclose(m_graph);
        }
    }
    Q_DISABLE_COPY_MOVE(GraphvizSession)

    GVC_t *context() const { return m_context; }
    Agraph_t *graph() const { return m_graph; }
    bool open()
    {
        if (!m_context)
            return false;
        m_graph = agopen(const_cast<char *>("services"), Agdirected, nullptr);
        return m_graph != nullptr;
    }
    bool layout()
    {
        m_laidOut = gvLayout(m_context, m_graph, "dot") == 0;
        return m_laidOut;
    }

private:
    GVC_t *m_context = nullptr;
    Agraph_t *m_graph = nullptr;
    bool m_laidOut = false;
};

QPainterPath edgePath(Agedge_t *edge, double top)
{
    QPainterPath path;
    const splines *spl = ED_spl(edge);
    if (!spl || spl->size < 1)
        return path;
    const bezier &bz = spl->list[0];
    auto toScene = [top](pointf p) { return QPointF(p.x, top - p.y); };
    if (bz.size < 1)
        return path;
    path.moveTo(toScene(bz.list[0]));
    for (int i = 1; i + 2 < bz.size; i += 3)
        path.cubicTo(toScene(bz.list[i]), toScene(bz.list[i + 1]), toScene(bz.list[i + 2]));
    // dot stops the spline short of the head and records where the arrow would end.
    if (bz.eflag)
        path.lineTo(toScene(bz.ep));
    return path;
}
} // namespace

Core::Result<GraphLayout> layoutGraph(const GraphLayoutInput &input)
{
    if (input.nodeSizes.size() != input.nodes.size())
        return Core::Error{Tr::tr("Graph layout: %1 node sizes for %2 nodes")
                               .arg(input.nodeSizes.size())
                               .arg(input.nodes.size()),
                           {},
                           {}};
    QMutexLocker lock(&graphvizMutex());
    GraphvizSession session;
    if (!session.open())
        return Core::Error{Tr::tr("Graphviz could not create a graph"), {}, {}};
    Agraph_t *graph = session.graph();
    setAttribute(graph, "rankdir", "TB");
    setAttribute(graph, "nodesep", "0.4");
    setAttribute(graph, "ranksep", "0.6");
    // Large environments: straight edges, bounded crossing minimisation and few network
    // simplex iterations. Deep dependency chains give dot tens of thousands of virtual nodes
    // (one per rank an edge spans), which the positioning simplex otherwise iterates over
    // for seconds; the picture stays readable.
    const bool large = input.nodes.size() > kLargeGraphNodes;
    setAttribute(graph, "splines", large ? "line" : "spline");
    if (large) {
        setAttribute(graph, "mclimit", "0.1");
        setAttribute(graph, "nslimit", "0.05");
        setAttribute(graph, "nslimit1", "0.05");
        setAttribute(graph, "searchsize", "10");
        setAttribute(graph, "remincross", "false");
    }

    QList<Agnode_t *> nodes;
    nodes.reserve(input.nodes.size());
    for (int i = 0; i < input.nodes.size(); ++i) {
        // Node ids are indexes: service names are free text to Graphviz's parser otherwise.
        Agnode_t *node = agnode(graph, QByteArray::number(i).data(), 1);
        if (!node)
            return Core::Error{
                Tr::tr("Graphviz could not create node %1").arg(input.nodes.at(i)), {}, {}};
        const QSizeF size = input.nodeSizes.at(i);
        setAttribute(node, "shape", "box");
        setAttribute(node, "label", ""); // the items draw names: no font work in Graphviz
        setAttribute(node, "fixedsize", "true");
        setAttribute(node, "width", QByteArray::number(size.width() / kPointsPerInch));
        setAttribute(node, "height", QByteArray::number(size.height() / kPointsPerInch));
        nodes.append(node);
    }
    QList<Agedge_t *> edges;
    edges.reserve(input.edges.size());
    for (int i = 0; i < input.edges.size(); ++i) {
        const auto &e = input.edges.at(i);
        if (e.from < 0 || e.from >= nodes.size() || e.to < 0 || e.to >= nodes.size())
            return Core::Error{
                Tr::tr("Graph layout: edge %1 names an unknown node").arg(i), {}, {}};
        // Named edges keep parallel edges (requires + volumes_from) apart.
        Agedge_t *edge = agedge(graph, nodes.at(e.from), nodes.at(e.to),
                                QByteArray("e").append(QByteArray::number(i)).data(), 1);
        if (!edge)
            return Core::Error{Tr::tr("Graphviz could not create edge %1").arg(i), {}, {}};
        if (e.kind == Core::DependencyGraph::EdgeKind::WantsInfo)
            setAttribute(edge, "weight", "0"); // soft: never stretches the ranks
        edges.append(edge);
    }
    if (!session.layout())
        return Core::Error{Tr::tr("Graphviz could not lay out the dependency graph"), {}, {}};

    const boxf bb = GD_bb(graph);
    const double top = bb.UR.y;
    GraphLayout layout;
    layout.bounds = QRectF(QPointF(bb.LL.x, top - bb.UR.y), QPointF(bb.UR.x, top - bb.LL.y));
    layout.nodeCenters.reserve(nodes.size());
    for (Agnode_t *node : std::as_const(nodes))
        layout.nodeCenters.append(QPointF(ND_coord(node).x, top - ND_coord(node).y));
    layout.edgePaths.reserve(edges.size());
    for (Agedge_t *edge : std::as_const(edges))
        layout.edgePaths.append(edgePath(edge, top));
    return layout;
}

} // namespace Maestro::Gui
