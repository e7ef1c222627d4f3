// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's service nodes as accessible children of the view (GraphAccessible): names,
// screen rectangles, hit testing and the way back to the view, as AT-SPI asks for them.
#include "gui/graph/graphview.h"
#include "gui/graph/servicenodeitem.h"

#include <QAccessible>
#include <QGraphicsScene>
#include <QTest>

using namespace Maestro::Gui;

class TstGraphAccessible : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nodesAreNamedChildrenOfTheView();
    void nodeRectIsWhereTheViewShowsIt();
    void childAtFindsTheNodeUnderAPoint();
    void aRemovedNodeIsNoLongerAChild();

private:
    QAccessibleInterface *nodeNamed(const QString &name) const;

    GraphView *m_view = nullptr;
    QGraphicsScene *m_scene = nullptr;
    ServiceNodeItem *m_web = nullptr;
    ServiceNodeItem *m_redis = nullptr;
};

void TstGraphAccessible::init()
{
    m_view = new GraphView;
    m_scene = new QGraphicsScene(m_view);
    // Added web first: the children come in name order, not the scene's.
    m_web = new ServiceNodeItem(QStringLiteral("web"), {QStringLiteral("web-1")});
    m_redis = new ServiceNodeItem(QStringLiteral("redis"), {QStringLiteral("redis-1")});
    m_scene->addItem(m_web);
    m_scene->addItem(m_redis);
    m_web->setPos(0, 0);
    m_redis->setPos(0, 120);
    m_scene->setSceneRect(-50, -50, 300, 300);
    m_view->setScene(m_scene);
    m_view->resize(400, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TstGraphAccessible::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

QAccessibleInterface *TstGraphAccessible::nodeNamed(const QString &name) const
{
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
    for (int i = 0; view && i < view->childCount(); ++i) {
        QAccessibleInterface *child = view->child(i);
        if (child && child->role() == QAccessible::Graphic
            && child->text(QAccessible::Name) == name)
            return child;
    }
    return nullptr;
}

void TstGraphAccessible::nodesAreNamedChildrenOfTheView()
{
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
    QVERIFY(view);
    QStringList names;
    for (int i = 0; i < view->childCount(); ++i) {
        QAccessibleInterface *child = view->child(i);
        QVERIFY(child);
        QCOMPARE(view->indexOfChild(child), i);
        if (child->role() == QAccessible::Graphic) {
            names << child->text(QAccessible::Name);
            QCOMPARE(child->parent(), view);
        }
    }
    QCOMPARE(names, (QStringList{QStringLiteral("redis"), QStringLiteral("web")}));
    QCOMPARE(nodeNamed(QStringLiteral("web"))->text(QAccessible::Description), m_web->toolTip());

    QVERIFY(!nodeNamed(QStringLiteral("web"))->state().selected);
    m_web->setSelected(true);
    QVERIFY(nodeNamed(QStringLiteral("web"))->state().selected);
}

void TstGraphAccessible::nodeRectIsWhereTheViewShowsIt()
{
    QAccessibleInterface *web = nodeNamed(QStringLiteral("web"));
    QVERIFY(web);
    const QPoint center = m_view->viewport()->mapToGlobal(
        m_view->mapFromScene(m_web->sceneBoundingRect().center()));
    QVERIFY2(web->rect().contains(center), "the node's centre on the screen");
    QVERIFY(!web->rect().contains(m_view->viewport()->mapToGlobal(
        m_view->mapFromScene(m_redis->sceneBoundingRect().center()))));
    QVERIFY(!web->state().offscreen);

    // Zoom follows: the rectangle is what the view shows now.
    const QSize before = web->rect().size();
    m_view->zoomIn();
    QVERIFY(web->rect().width() > before.width());
}

void TstGraphAccessible::childAtFindsTheNodeUnderAPoint()
{
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
    const QPoint onRedis = nodeNamed(QStringLiteral("redis"))->rect().center();
    QAccessibleInterface *hit = view->childAt(onRedis.x(), onRedis.y());
    QVERIFY(hit);
    QCOMPARE(hit->text(QAccessible::Name), QStringLiteral("redis"));
}

void TstGraphAccessible::aRemovedNodeIsNoLongerAChild()
{
    QVERIFY(nodeNamed(QStringLiteral("redis")));
    delete m_redis;
    m_redis = nullptr;
    QVERIFY(!nodeNamed(QStringLiteral("redis")));
    QVERIFY(nodeNamed(QStringLiteral("web")));
}

QTEST_MAIN(TstGraphAccessible)
#include "tst_graphaccessible.moc"
