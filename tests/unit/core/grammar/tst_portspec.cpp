// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/portspec.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {

const PortContext kContext{QStringLiteral("http"), QStringLiteral("foo1"), QStringLiteral("ship")};

QString tokenError(const QString &token)
{
    return QStringLiteral("Invalid port specification %1! Expected format is <port>, <p1>-<p2> or "
                          "<port>/{tcp,udp}.")
        .arg(token);
}

QString specError(const QString &spec)
{
    return QStringLiteral("Invalid port spec %1 for port http of foo1 (on ship)!").arg(spec);
}

} // namespace

class tst_PortSpec : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<Value>("spec");
        QTest::addColumn<QString>("exposed");
        QTest::addColumn<QString>("hostIp");
        QTest::addColumn<QString>("external");

        // Spec 8.1, one row per form of the table.
        QTest::newRow("integer") << I(25) << "25/tcp"
                                 << "0.0.0.0"
                                 << "25/tcp";
        QTest::newRow("udp-token") << S("53/udp") << "53/udp"
                                   << "0.0.0.0"
                                   << "53/udp";
        QTest::newRow("exposed-first") << S("25:2525") << "25/tcp"
                                       << "0.0.0.0"
                                       << "2525/tcp";
        QTest::newRow("both-udp") << S("53/udp:5353/udp") << "53/udp"
                                  << "0.0.0.0"
                                  << "5353/udp";
        QTest::newRow("direct-range") << S("1234-1236") << "1234-1236/tcp"
                                      << "0.0.0.0"
                                      << "1234-1236/tcp";
        QTest::newRow("host-range") << S("1234:1234-1236") << "1234/tcp"
                                    << "0.0.0.0"
                                    << "1234-1236/tcp";
        QTest::newRow("mapping") << M({{"exposed", I(80)}, {"external", I(8080)}}) << "80/tcp"
                                 << "0.0.0.0"
                                 << "8080/tcp";
        QTest::newRow("mapping-ip")
            << M({{"exposed", I(80)}, {"external", L({S("127.0.0.1"), I(8080)})}}) << "80/tcp"
            << "127.0.0.1"
            << "8080/tcp";
        QTest::newRow("mapping-ip-extra-items")
            << M({{"exposed", S("80")}, {"external", L({S("10.0.0.2"), S("81"), S("x")})}})
            << "80/tcp"
            << "10.0.0.2"
            << "81/tcp";
        QTest::newRow("mapping-protocols-not-compared")
            << M({{"exposed", S("53/udp")}, {"external", I(5353)}}) << "53/udp"
            << "0.0.0.0"
            << "5353/tcp";
        QTest::newRow("mapping-extra-keys-ignored")
            << M({{"exposed", I(80)}, {"external", I(81)}, {"comment", S("x")}}) << "80/tcp"
            << "0.0.0.0"
            << "81/tcp";
        // Section 18.2.
        QTest::newRow("t10-service-port") << I(4848) << "4848/tcp"
                                          << "0.0.0.0"
                                          << "4848/tcp";
        QTest::newRow("t49") << S("80") << "80/tcp"
                             << "0.0.0.0"
                             << "80/tcp";
        QTest::newRow("t50") << S("80/udp") << "80/udp"
                             << "0.0.0.0"
                             << "80/udp";
        QTest::newRow("t51") << S("80:8080") << "80/tcp"
                             << "0.0.0.0"
                             << "8080/tcp";
        QTest::newRow("t53") << M({{"exposed", S("1234-1236")}, {"external", S("1234-1236")}})
                             << "1234-1236/tcp"
                             << "0.0.0.0"
                             << "1234-1236/tcp";
        QTest::newRow("t54") << M({{"exposed", S("1234")}, {"external", S("1234-1236")}})
                             << "1234/tcp"
                             << "0.0.0.0"
                             << "1234-1236/tcp";
        // Details of the reference's token handling.
        QTest::newRow("explicit-tcp") << S("80/tcp") << "80/tcp"
                                      << "0.0.0.0"
                                      << "80/tcp";
        QTest::newRow("leading-zeros-kept") << S("0080") << "0080/tcp"
                                            << "0.0.0.0"
                                            << "0080/tcp";
        QTest::newRow("python-dollar-newline") << S("80\n") << "80/tcp"
                                               << "0.0.0.0"
                                               << "80/tcp";
        QTest::newRow("bounds") << S("1:65535") << "1/tcp"
                                << "0.0.0.0"
                                << "65535/tcp";
        QTest::newRow("one-port-range") << S("80-80:8080") << "80-80/tcp"
                                        << "0.0.0.0"
                                        << "8080/tcp";
    }
    void parse()
    {
        QFETCH(Value, spec);
        QFETCH(QString, exposed);
        QFETCH(QString, hostIp);
        QFETCH(QString, external);
        const Result<PortSpec> result = parsePortSpec(spec, kContext);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->exposed, exposed);
        QCOMPARE(result->externalHostIp, hostIp);
        QCOMPARE(result->external, external);
    }

    void errors_data()
    {
        QTest::addColumn<Value>("spec");
        QTest::addColumn<QString>("message");

        // The reference's own messages.
        QTest::newRow("t52-mismatch")
            << S("80/tcp:8080/udp") << "Mismatched protocols between 80/tcp and 8080/udp!";
        QTest::newRow("mismatch-default-tcp")
            << S("80:8080/udp") << "Mismatched protocols between 80/tcp and 8080/udp!";
        QTest::newRow("three-parts") << S("1:2:3")
                                     << "Invalid port spec 1:2:3 for port http of foo1 (on ship)! "
                                        "Format should be \"name: external:exposed\".";
        QTest::newRow("bad-token-before-shape") << S("1:2:x") << tokenError(QStringLiteral("x"));
        QTest::newRow("word") << S("abc") << tokenError(QStringLiteral("abc"));
        QTest::newRow("sctp") << S("80/sctp") << tokenError(QStringLiteral("80/sctp"));
        QTest::newRow("upper-protocol") << S("80/TCP") << tokenError(QStringLiteral("80/TCP"));
        QTest::newRow("space") << S(" 80") << tokenError(QStringLiteral(" 80"));
        QTest::newRow("empty") << S("") << tokenError(QString());
        QTest::newRow("open-range") << S("80-") << tokenError(QStringLiteral("80-"));
        QTest::newRow("negative-int") << I(-5) << tokenError(QStringLiteral("-5"));
        QTest::newRow("base60-leftover") << S("80:") << tokenError(QString());
        QTest::newRow("boolean") << B(true) << specError(QStringLiteral("True"));
        QTest::newRow("float") << F(80.5) << specError(QStringLiteral("80.5"));
        QTest::newRow("null") << N() << specError(QStringLiteral("None"));
        QTest::newRow("list") << L({I(80)}) << specError(QStringLiteral("[80]"));
        QTest::newRow("mapping-no-external")
            << M({{"exposed", I(80)}}) << specError(QStringLiteral("{'exposed': 80}"));
        QTest::newRow("mapping-short-list")
            << M({{"exposed", I(80)}, {"external", L({S("127.0.0.1")})}})
            << specError(QStringLiteral("{'exposed': 80, 'external': ['127.0.0.1']}"));
        QTest::newRow("mapping-boolean-exposed")
            << M({{"exposed", B(true)}, {"external", I(80)}}) << tokenError(QStringLiteral("True"));
        QTest::newRow("mapping-bad-external")
            << M({{"exposed", I(80)}, {"external", L({S("ip"), S("x")})}})
            << tokenError(QStringLiteral("x"));
        QTest::newRow("mapping-pair-token") << M({{"exposed", S("80:81")}, {"external", I(80)}})
                                            << tokenError(QStringLiteral("80:81"));
        // KW-27: what the reference accepts and Docker cannot use.
        QTest::newRow("zero") << I(0) << "Invalid port number 0 in 0; ports are 1 to 65535.";
        QTest::newRow("too-big") << S("99999")
                                 << "Invalid port number 99999 in 99999; ports are 1 to 65535.";
        QTest::newRow("too-big-external")
            << S("80:70000") << "Invalid port number 70000 in 80:70000; ports are 1 to 65535.";
        QTest::newRow("overflow")
            << S("99999999999999999999")
            << "Invalid port number 99999999999999999999 in 99999999999999999999; "
               "ports are 1 to 65535.";
        QTest::newRow("range-end-too-big")
            << S("65535-65536")
            << "Invalid port number 65536 in 65535-65536; ports are 1 to 65535.";
        QTest::newRow("reversed") << S("9-3")
                                  << "Invalid port range in 9-3: range 9-3 is reversed.";
        QTest::newRow("reversed-external")
            << S("3:9-3") << "Invalid port range in 3:9-3: range 9-3 is reversed.";
        QTest::newRow("mapping-zero") << M({{"exposed", I(0)}, {"external", I(80)}})
                                      << "Invalid port number 0 in {'exposed': 0, 'external': 80}; "
                                         "ports are 1 to 65535.";
        QTest::newRow("range-lengths")
            << S("1234-1236:2234-2235")
            << "Invalid port spec 1234-1236:2234-2235: the exposed range "
               "1234-1236 and the external range 2234-2235 differ in length.";
        QTest::newRow("range-to-single")
            << S("1234-1236:8080")
            << "Invalid port spec 1234-1236:8080: the exposed range "
               "1234-1236 and the external range 8080 differ in length.";
    }
    void errors()
    {
        QFETCH(Value, spec);
        QFETCH(QString, message);
        const Result<PortSpec> result = parsePortSpec(spec, kContext);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
    }

    void errorLocations()
    {
        // The error points at the value that is wrong, not at the whole instance.
        const Value spec = S("80/tcp:8080/udp", loc(3, 11));
        QCOMPARE(parsePortSpec(spec, kContext).error().location, loc(3, 11));

        const Value mapping
            = M({{"exposed", I(80, loc(5, 16))},
                 {"external", L({S("127.0.0.1", loc(6, 19)), I(0, loc(6, 30))}, loc(6, 17))}},
                loc(5, 7));
        QCOMPARE(parsePortSpec(mapping, kContext).error().location, loc(6, 30));

        const Value badExposed
            = M({{"exposed", S("x", loc(8, 16))}, {"external", I(1)}}, loc(8, 7));
        QCOMPARE(parsePortSpec(badExposed, kContext).error().location, loc(8, 16));

        const Value shape = L({I(1)}, loc(9, 12));
        QCOMPARE(parsePortSpec(shape, kContext).error().location, loc(9, 12));
    }

    void sameSpecParsesTheSameTwice()
    {
        // KW-6: a service-level mapping spec is shared by all instances of the service.
        const Value spec = M({{"exposed", I(80)}, {"external", L({S("127.0.0.1"), I(8080)})}});
        const Result<PortSpec> first = parsePortSpec(spec, kContext);
        const Result<PortSpec> second
            = parsePortSpec(spec, PortContext{QStringLiteral("http"), QStringLiteral("foo2"),
                                              QStringLiteral("ship")});
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(*first, *second);
        QCOMPARE(first->external, QStringLiteral("8080/tcp"));
    }

    void accessors_data()
    {
        QTest::addColumn<Value>("spec");
        QTest::addColumn<QString>("exposedNumber");
        QTest::addColumn<QString>("externalNumber");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("isRange");
        QTest::newRow("single") << S("2888:12888") << "2888"
                                << "12888"
                                << "tcp" << false;
        QTest::newRow("udp") << S("53/udp") << "53"
                             << "53"
                             << "udp" << false;
        QTest::newRow("direct-range") << S("1234-1236") << "1234-1236"
                                      << "1234-1236"
                                      << "tcp" << true;
        QTest::newRow("external-range") << S("1234:2234-2236") << "1234"
                                        << "2234-2236"
                                        << "tcp" << true;
        QTest::newRow("mapping-udp") << M({{"exposed", S("53/udp")}, {"external", I(5353)}}) << "53"
                                     << "5353"
                                     << "udp" << false;
    }
    void accessors()
    {
        QFETCH(Value, spec);
        QFETCH(QString, exposedNumber);
        QFETCH(QString, externalNumber);
        QFETCH(QString, protocol);
        QFETCH(bool, isRange);
        const Result<PortSpec> result = parsePortSpec(spec, kContext);
        QVERIFY(result.ok());
        QCOMPARE(result->exposedNumber(), exposedNumber);
        QCOMPARE(result->externalNumber(), externalNumber);
        QCOMPARE(result->protocol(), protocol);
        QCOMPARE(result->isRange(), isRange);
    }

    void bindings_data()
    {
        QTest::addColumn<Value>("spec");
        QTest::addColumn<QStringList>("expected"); // "key hostIp hostPort"
        QTest::newRow("single") << S("80:8080")
                                << QStringList{QStringLiteral("80/tcp 0.0.0.0 8080")};
        QTest::newRow("host-ip") << M(
            {{"exposed", I(80)}, {"external", L({S("127.0.0.1"), I(8080)})}})
                                 << QStringList{QStringLiteral("80/tcp 127.0.0.1 8080")};
        QTest::newRow("paired-ranges")
            << M({{"exposed", S("1234-1236")}, {"external", S("2234-2236")}})
            << QStringList{QStringLiteral("1234/tcp 0.0.0.0 2234"),
                           QStringLiteral("1235/tcp 0.0.0.0 2235"),
                           QStringLiteral("1236/tcp 0.0.0.0 2236")};
        QTest::newRow("direct-range") << S("1234-1235/udp")
                                      << QStringList{QStringLiteral("1234/udp 0.0.0.0 1234"),
                                                     QStringLiteral("1235/udp 0.0.0.0 1235")};
        QTest::newRow("single-to-range")
            << M({{"exposed", S("1234")}, {"external", S("2234-2236")}})
            << QStringList{QStringLiteral("1234/tcp 0.0.0.0 2234-2236")};
        QTest::newRow("udp-mapping") << M({{"exposed", S("53/udp")}, {"external", I(5353)}})
                                     << QStringList{QStringLiteral("53/udp 0.0.0.0 5353")};
    }
    void bindings()
    {
        QFETCH(Value, spec);
        QFETCH(QStringList, expected);
        const Result<PortSpec> result = parsePortSpec(spec, kContext);
        QVERIFY(result.ok());
        QStringList actual;
        for (const PortBindingEntry &e : dockerPortBindings(*result))
            actual << e.exposedKey + QLatin1Char(' ') + e.hostIp + QLatin1Char(' ') + e.hostPort;
        QCOMPARE(actual, expected);
    }

    void bindingsOfInvalidSpecAreEmpty()
    {
        PortSpec broken;
        broken.exposed = QStringLiteral("x");
        broken.external = QStringLiteral("80/tcp");
        QVERIFY(dockerPortBindings(broken).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PortSpec)
#include "tst_portspec.moc"
