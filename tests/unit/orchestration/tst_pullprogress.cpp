// SPDX-License-Identifier: GPL-3.0-or-later
// Pull progress over layers (spec 12.4 step 3).
#include "orchestration/tasks/pullprogress.h"

#include <QTest>

using namespace Maestro;
using namespace Maestro::Orchestration;

namespace {

Docker::PullProgress progress(const QString &layer, const QString &status, qint64 current,
                              qint64 total)
{
    Docker::PullProgress p;
    p.layerId = layer;
    p.status = status;
    p.current = current;
    p.total = total;
    return p;
}

} // namespace

class tst_PullProgress : public QObject
{
    Q_OBJECT
private slots:
    void meanOverLayers()
    {
        PullProgressTally tally;
        QCOMPARE(tally.totals().layers, 0);
        tally.add(progress(QStringLiteral("a"), QStringLiteral("Downloading"), 25, 100));
        tally.add(progress(QStringLiteral("b"), QStringLiteral("Downloading"), 0, 300));
        tally.add(progress(QString(), QStringLiteral("Pulling from x"), 0, 0)); // no layer: ignored
        tally.add(
            progress(QStringLiteral("c"), QStringLiteral("Pulling fs layer"), 0, 0)); // no total
        PullProgressTally::Totals t = tally.totals();
        QCOMPARE(t.layers, 2);
        QCOMPARE(t.done, qint64(25));
        QCOMPARE(t.total, qint64(400));
        QCOMPARE(t.percent, 12.5);
        tally.add(progress(QStringLiteral("b"), QStringLiteral("Download complete"), 0, 0));
        t = tally.totals();
        QCOMPARE(t.done, qint64(325));
        QCOMPARE(t.percent, 62.5);
    }
};

QTEST_GUILESS_MAIN(tst_PullProgress)
#include "tst_pullprogress.moc"
