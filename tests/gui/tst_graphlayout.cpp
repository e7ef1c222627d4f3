// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/graph/graphlayout.h"

#include <QTest>

using Maestro::Core::DependencyGraph;
using Maestro::Gui::GraphLayoutInput;
using Maestro::Gui::layoutGraph;
using Edge = DependencyGraph::Edge;
using Kind = DependencyGraph::EdgeKind;

Q_DECLARE_METATYPE(QList<Edge>)

class tst_GraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void rejects_data();
    void rejects();
};

namespace {
GraphLayoutInput input(int nodes, const QList<Edge> &edges)
{
    GraphLayoutInput in;
    for (int i = 0; i < nodes; ++i) {
        in.nodes << QStringLiteral("s%1").arg(i);
        in.nodeSizes << QSizeF(80, 40);
    }
    in.edges = edges;
    return in;
}
} // namespace

void tst_GraphLayout::layout_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QList<Edge>>("edges");
    QTest::newRow("single") << 1 << QList<Edge>{};
    QTest::newRow("chain") << 3
                           << QList<Edge>{{1, 0, Kind::Requires, {}}, {2, 1, Kind::Requires, {}}};
    QTest::newRow("parallel kinds")
        << 2 << QList<Edge>{{1, 0, Kind::Requires, {}}, {1, 0, Kind::VolumesFrom, {}}};
    QTest::newRow("soft edge") << 2 << QList<Edge>{{1, 0, Kind::WantsInfo, {}}};
    QList<Edge> wide;
    for (int i = 1; i < 200; ++i) // past the large-graph threshold
        wide.append({i, i / 2, Kind::Requires, {}});
    QTest::newRow("large tree") << 200 << wide;
}

void tst_GraphLayout::layout()
{
    QFETCH(int, nodes);
    QFETCH(QList<Edge>, edges);
    const auto result = layoutGraph(input(nodes, edges));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->nodeCenters.size(), nodes);
    QCOMPARE(result->edgePaths.size(), edges.size());
    for (const QPointF &centre : result->nodeCenters)
        QVERIFY(result->bounds.contains(centre));
    for (int i = 0; i < edges.size(); ++i) {
        const Edge &e = edges.at(i);
        QVERIFY(!result->edgePaths.at(i).isEmpty());
        // A hard edge points down: the dependent sits above what it depends on.
        if (e.kind != Kind::WantsInfo)
            QVERIFY(result->nodeCenters.at(e.from).y() < result->nodeCenters.at(e.to).y());
        // The path runs from near the dependent to near its dependency.
        const QPainterPath &path = result->edgePaths.at(i);
        QVERIFY(QLineF(path.pointAtPercent(0), result->nodeCenters.at(e.from)).length() < 60);
        QVERIFY(QLineF(path.pointAtPercent(1), result->nodeCenters.at(e.to)).length() < 60);
    }
}

void tst_GraphLayout::rejects_data()
{
    QTest::addColumn<int>("sizes");
    QTest::addColumn<QList<Edge>>("edges");
    QTest::newRow("edge to nowhere") << 2 << QList<Edge>{{0, 5, Kind::Requires, {}}};
    QTest::newRow("negative index") << 2 << QList<Edge>{{-1, 0, Kind::Requires, {}}};
    QTest::newRow("sizes missing") << 1 << QList<Edge>{};
}

void tst_GraphLayout::rejects()
{
    QFETCH(int, sizes);
    QFETCH(QList<Edge>, edges);
    GraphLayoutInput in = input(2, edges);
    in.nodeSizes.resize(sizes);
    const auto result = layoutGraph(in);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_GraphLayout)
#include "tst_graphlayout.moc"
