// SPDX-License-Identifier: GPL-3.0-or-later
// Cell texts of the play table (spec 7.1, 11.2).
#include "orchestration/tasks/rowtext.h"

#include <QTest>

using namespace Maestro::Orchestration;

class tst_RowText : public QObject
{
    Q_OBJECT
private slots:
    void tags_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("shortName");
        QTest::newRow("plain") << "nginx"
                               << "latest"
                               << "nginx";
        QTest::newRow("tagged") << "quay.io/foo/bar:1.0"
                                << "1.0"
                                << "foo/bar:1.0";
        QTest::newRow("registry port, no tag") << "localhost:5000/app"
                                               << "latest"
                                               << "app";
        QTest::newRow("registry port and tag") << "localhost:5000/app:2"
                                               << "2"
                                               << "app:2";
        QTest::newRow("user image") << "myuser/app"
                                    << "latest"
                                    << "app";
    }
    void tags()
    {
        QFETCH(QString, image);
        QFETCH(QString, tag);
        QFETCH(QString, shortName);
        QCOMPARE(imageTag(image), tag);
        QCOMPARE(shortImage(image), shortName);
    }

    void timeAgo_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(5) << " for 5s";
        QTest::newRow("minutes") << qint64(75) << " for 1m15s";
        QTest::newRow("hours") << qint64(3 * 3600 + 4 * 60 + 5) << " for 3h4m";
        QTest::newRow("days") << qint64(2 * 86400 + 3600 + 120) << " for 2d1h2m";
        QTest::newRow("future") << qint64(-10) << "";
    }
    void timeAgo()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QCOMPARE(Maestro::Orchestration::timeAgo(now.addSecs(-seconds), now), text);
    }
    void neverStarted()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(Maestro::Orchestration::timeAgo(QDateTime(), now), QString());
        QCOMPARE(
            Maestro::Orchestration::timeAgo(QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC), now),
            QString());
    }
    // The container list's Status texts (go-units HumanDuration) as seconds.
    void listedAges_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("seconds"); // -1: none
        QTest::newRow("seconds") << "Up 5 seconds" << qint64(5);
        QTest::newRow("one second") << "Up 1 second" << qint64(1);
        QTest::newRow("less than a second") << "Up Less than a second" << qint64(0);
        QTest::newRow("about a minute") << "Up About a minute" << qint64(60);
        QTest::newRow("minutes, healthy") << "Up 12 minutes (healthy)" << qint64(720);
        QTest::newRow("about an hour") << "Up About an hour" << qint64(3600);
        QTest::newRow("hours") << "Up 30 hours" << qint64(30 * 3600);
        QTest::newRow("days, paused") << "Up 3 days (Paused)" << qint64(3 * 86400);
        QTest::newRow("weeks") << "Up 2 weeks" << qint64(14 * 86400);
        QTest::newRow("exited") << "Exited (0) 5 minutes ago" << qint64(300);
        QTest::newRow("exited negative") << "Exited (-1) About an hour ago" << qint64(3600);
        QTest::newRow("restarting") << "Restarting (1) 3 seconds ago" << qint64(3);
        QTest::newRow("created") << "Created" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }
    void listedAges()
    {
        QFETCH(QString, status);
        QFETCH(qint64, seconds);
        QCOMPARE(listedAge(status), seconds < 0 ? std::nullopt : std::optional<qint64>(seconds));
    }

    void shortIds()
    {
        QCOMPARE(shortId(QStringLiteral("0123456789abcdef")), QStringLiteral("0123456"));
        QCOMPARE(shortId(QString()), QStringLiteral("-"));
    }
};

QTEST_GUILESS_MAIN(tst_RowText)
#include "tst_rowtext.moc"
