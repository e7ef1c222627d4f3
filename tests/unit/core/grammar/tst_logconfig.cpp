// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/logconfig.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {
const QString kDriverError = QStringLiteral(
    "log_driver must be one of (json-file, syslog, journald, gelf, fluentd, none)");
}

class tst_LogConfig : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<Value>("driver");  // null: key absent
        QTest::addColumn<Value>("options"); // null: key absent
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("config"); // "key=value"
        QTest::addColumn<QString>("error");

        // Spec 8.5 and tests 26-31 of section 18.2.
        QTest::newRow("t26-absent")
            << N() << N() << false << QString() << QStringList() << QString();
        QTest::newRow("t27-syslog")
            << S("syslog") << N() << true << "syslog" << QStringList() << QString();
        QTest::newRow("t28-option")
            << S("syslog") << M({{"syslog-address", S("tcp://127.0.0.1:514")}}) << true << "syslog"
            << QStringList{QStringLiteral("syslog-address=tcp://127.0.0.1:514")} << QString();
        QTest::newRow("t31-stringified")
            << S("json-file") << M({{"max-size", S("2M")}, {"max-file", I(2)}}) << true
            << "json-file"
            << QStringList{QStringLiteral("max-size=2M"), QStringLiteral("max-file=2")}
            << QString();
        QTest::newRow("python-style-values")
            << S("gelf") << M({{"a", B(true)}, {"b", F(1.5)}, {"c", N()}}) << true << "gelf"
            << QStringList{QStringLiteral("a=True"), QStringLiteral("b=1.5"),
                           QStringLiteral("c=None")}
            << QString();
        for (const char *d : {"json-file", "syslog", "journald", "gelf", "fluentd", "none"})
            QTest::newRow(d) << S(d) << N() << true << QString::fromLatin1(d) << QStringList()
                             << QString();
        QTest::newRow("options-without-driver-ignored")
            << N() << S("shouldbeadict") << false << QString() << QStringList() << QString();
        QTest::newRow("empty-driver-is-none")
            << S("") << N() << false << QString() << QStringList() << QString();
        QTest::newRow("empty-options")
            << S("syslog") << M({}) << true << "syslog" << QStringList() << QString();

        QTest::newRow("t29-notvalid")
            << S("notvalid") << N() << false << QString() << QStringList() << kDriverError;
        QTest::newRow("awslogs-not-in-1.x-list")
            << S("awslogs") << N() << false << QString() << QStringList() << kDriverError;
        QTest::newRow("number") << I(5) << N() << false << QString() << QStringList()
                                << kDriverError;
        QTest::newRow("t30-options-string")
            << S("syslog") << S("shouldbeadict") << false << QString() << QStringList()
            << "log_opt must be a dictionary";
        QTest::newRow("options-list") << S("syslog") << L({S("a=b")}) << false << QString()
                                      << QStringList() << "log_opt must be a dictionary";
    }
    void parse()
    {
        QFETCH(Value, driver);
        QFETCH(Value, options);
        QFETCH(bool, present);
        QFETCH(QString, type);
        QFETCH(QStringList, config);
        QFETCH(QString, error);
        const auto result = parseLogConfig(driver.isNull() ? nullptr : &driver,
                                           options.isNull() ? nullptr : &options);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->has_value(), present);
        if (!present)
            return;
        QCOMPARE((*result)->type, type);
        QStringList actual;
        for (const auto &[key, value] : (*result)->options)
            actual << key + QLatin1Char('=') + value;
        QCOMPARE(actual, config);
    }

    void nullValuesMeanAbsent()
    {
        const Value driver = N();
        const auto result = parseLogConfig(&driver, nullptr);
        QVERIFY(result.ok());
        QVERIFY(!result->has_value());
    }

    void errorLocations()
    {
        const Value driver = S("syslog", loc(4, 17));
        const Value options = S("x", loc(5, 14));
        QCOMPARE(parseLogConfig(&driver, &options).error().location, loc(5, 14));
        const Value bad = S("bad", loc(4, 17));
        QCOMPARE(parseLogConfig(&bad, nullptr).error().location, loc(4, 17));
    }
};

QTEST_GUILESS_MAIN(tst_LogConfig)
#include "tst_logconfig.moc"
