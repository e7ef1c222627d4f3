// SPDX-License-Identifier: GPL-3.0-or-later
// Cell texts of the play table (spec 7.1, 11.2).
#include "orchestration/rowtext.h"

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
    void shortIds()
    {
        QCOMPARE(shortId(QStringLiteral("0123456789abcdef")), QStringLiteral("0123456"));
        QCOMPARE(shortId(QString()), QStringLiteral("-"));
    }
};

QTEST_GUILESS_MAIN(tst_RowText)
#include "tst_rowtext.moc"
