// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/lifecyclecheck.h"

#include "core/pythonformat.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {

using Type = LifecycleCheck::Type;

// Section 18.5 helper container foo1: ports {server: "4242/tcp", data: "4243/udp"}, plus a
// range and a mapping-form port for the KW-27 cases.
QList<NamedPort> ports()
{
    QList<NamedPort> result;
    const PortContext context{QString(), QStringLiteral("foo1"), QStringLiteral("test-ship")};
    const std::pair<const char *, Value> specs[] = {
        {"server", S("4242/tcp")},
        {"data", S("4243/udp")},
        {"range", S("5000-5002")},
        {"dns", M({{"exposed", S("53/udp")}, {"external", I(5353)}})},
    };
    for (const auto &[name, spec] : specs) {
        const auto parsed = parsePortSpec(spec, context);
        if (parsed.ok())
            result.append(NamedPort{QString::fromLatin1(name), *parsed, {}});
    }
    return result;
}

Result<LifecycleCheck> parse(const Value &config)
{
    return parseLifecycleCheck(config, ports(), QStringLiteral("foo1"));
}

} // namespace

class tst_LifecycleCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCOMPARE(ports().size(), 4); }

    void tcp_data()
    {
        QTest::addColumn<Value>("config");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("attempts");
        QTest::newRow("t82-default")
            << M({{"type", S("tcp")}, {"port", S("server")}}) << 4242 << 180;
        QTest::newRow("t83-max-wait")
            << M({{"type", S("tcp")}, {"port", S("server")}, {"max_wait", I(2)}}) << 4242 << 2;
        QTest::newRow("zero-is-default")
            << M({{"type", S("tcp")}, {"port", S("server")}, {"max_wait", I(0)}}) << 4242 << 180;
        QTest::newRow("null-is-default")
            << M({{"type", S("tcp")}, {"port", S("server")}, {"max_wait", N()}}) << 4242 << 180;
        QTest::newRow("string-number")
            << M({{"type", S("tcp")}, {"port", S("server")}, {"max_wait", S("5")}}) << 4242 << 5;
        QTest::newRow("float-truncated")
            << M({{"type", S("tcp")}, {"port", S("server")}, {"max_wait", F(2.5)}}) << 4242 << 2;
        // The external side decides: a UDP container port published as TCP is connectable.
        QTest::newRow("external-protocol")
            << M({{"type", S("tcp")}, {"port", S("dns")}}) << 5353 << 180;
        QTest::newRow("unknown-keys-ignored")
            << M({{"type", S("tcp")}, {"port", S("server")}, {"x", I(1)}}) << 4242 << 180;
    }
    void tcp()
    {
        QFETCH(Value, config);
        QFETCH(int, port);
        QFETCH(int, attempts);
        const auto check = parse(config);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
        QCOMPARE(check->type, Type::Tcp);
        QCOMPARE(check->port, port);
        QCOMPARE(check->attempts, attempts);
        QVERIFY(check->host.isEmpty()); // the ship's ip
        QCOMPARE(check->describe(), QStringLiteral("tcp:") + check->portName);
    }

    void httpDefaults()
    {
        // Test 87.
        const auto check = parse(M({{"type", S("http")}, {"port", S("server")}}));
        QVERIFY(check.ok());
        QCOMPARE(check->type, Type::Http);
        QVERIFY(check->host.isEmpty());
        QCOMPARE(check->port, 4242);
        QCOMPARE(check->maxWait, 300);
        QVERIFY(check->matchRegex.isEmpty());
        QCOMPARE(check->path, QStringLiteral("/"));
        QCOMPARE(check->scheme, QStringLiteral("http"));
        QCOMPARE(check->method, QStringLiteral("get"));
        QVERIFY(check->requestsOptions.isMap());
        QVERIFY(check->requestsOptions.entries().empty());
        QCOMPARE(check->describe(), QStringLiteral("http:server"));
    }

    void httpOptions()
    {
        // Test 88.
        const auto check = parse(M({{"type", S("http")},
                                    {"port", S("server")},
                                    {"match_regex", S("abc[^d]")},
                                    {"path", S("/blah")},
                                    {"scheme", S("https")},
                                    {"method", S("PUT")},
                                    {"max_wait", I(2)},
                                    {"requests_options", M({{"verify", B(false)}})},
                                    {"host", S("10.1.2.3")}}));
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
        QCOMPARE(check->matchRegex, QStringLiteral("abc[^d]"));
        QVERIFY(check->regex().match(QStringLiteral("blah abce blah")).hasMatch());
        QVERIFY(!check->regex().match(QStringLiteral("blah abcd blah")).hasMatch());
        QCOMPARE(check->path, QStringLiteral("/blah"));
        QCOMPARE(check->scheme, QStringLiteral("https"));
        QCOMPARE(check->method, QStringLiteral("put"));
        QCOMPARE(check->maxWait, 2);
        QCOMPARE(pythonStr(check->requestsOptions), QStringLiteral("{'verify': False}"));
        QCOMPARE(check->host, QStringLiteral("10.1.2.3"));

        // A check built by hand compiles its pattern on demand, with Python's \Z.
        LifecycleCheck manual;
        manual.type = Type::Http;
        manual.matchRegex = QStringLiteral("ok\\Z");
        QVERIFY(manual.regex().match(QStringLiteral("all ok")).hasMatch());
        QVERIFY(!manual.regex().match(QStringLiteral("all ok\n")).hasMatch());
    }

    void httpPorts_data()
    {
        QTest::addColumn<Value>("config");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("maxWait");
        QTest::newRow("literal-number")
            << M({{"type", S("http")}, {"port", I(8080)}}) << 8080 << "/" << 300;
        QTest::newRow("literal-string")
            << M({{"type", S("http")}, {"port", S("8080")}}) << 8080 << "/" << 300;
        QTest::newRow("slash-added")
            << M({{"type", S("http")}, {"port", S("server")}, {"path", S("health")}}) << 4242
            << "/health" << 300;
        QTest::newRow("empty-path")
            << M({{"type", S("http")}, {"port", S("server")}, {"path", S("")}}) << 4242 << "/"
            << 300;
        QTest::newRow("max-wait-zero-literal")
            << M({{"type", S("http")}, {"port", S("server")}, {"max_wait", I(0)}}) << 4242 << "/"
            << 0;
        QTest::newRow("empty-regex-is-none")
            << M({{"type", S("http")}, {"port", S("server")}, {"match_regex", S("")}}) << 4242
            << "/" << 300;
        QTest::newRow("false-host-is-ship")
            << M({{"type", S("http")}, {"port", S("server")}, {"host", S("")}}) << 4242 << "/"
            << 300;
    }
    void httpPorts()
    {
        QFETCH(Value, config);
        QFETCH(int, port);
        QFETCH(QString, path);
        QFETCH(int, maxWait);
        const auto check = parse(config);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
        QCOMPARE(check->port, port);
        QCOMPARE(check->path, path);
        QCOMPARE(check->maxWait, maxWait);
        QVERIFY(check->matchRegex.isEmpty());
        QVERIFY(check->host.isEmpty());
    }

    void commands_data()
    {
        QTest::addColumn<Value>("config");
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("stdinEnv");
        QTest::newRow("t81-exec") << M({{"type", S("exec")}, {"command", S("python foo.py -arg")}})
                                  << int(Type::Exec)
                                  << QStringList{QStringLiteral("python"), QStringLiteral("foo.py"),
                                                 QStringLiteral("-arg")}
                                  << 180 << false;
        QTest::newRow("exec-envfrom-env")
            << M({{"type", S("exec")}, {"command", S("true")}, {"envfrom", S("env")}})
            << int(Type::Exec) << QStringList{QStringLiteral("true")} << 180 << false;
        QTest::newRow("exec-envfrom-stdin")
            << M({{"type", S("exec")},
                  {"command", S("./check")},
                  {"envfrom", S("stdin")},
                  {"attempts", I(3)}})
            << int(Type::Exec) << QStringList{QStringLiteral("./check")} << 3 << true;
        QTest::newRow("exec-list")
            << M({{"type", S("exec")}, {"command", L({S("sh"), S("-c"), S("a b")})}})
            << int(Type::Exec)
            << QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("a b")} << 180
            << false;
        QTest::newRow("exec-attempts-zero-default")
            << M({{"type", S("exec")}, {"command", S("x")}, {"attempts", I(0)}}) << int(Type::Exec)
            << QStringList{QStringLiteral("x")} << 180 << false;
        QTest::newRow("rexec") << M(
            {{"type", S("rexec")}, {"command", S("cat '/tmp/a b'")}, {"attempts", I(5)}})
                               << int(Type::Rexec)
                               << QStringList{QStringLiteral("cat"), QStringLiteral("/tmp/a b")}
                               << 5 << false;
        QTest::newRow("command-wins-over-cmd")
            << M({{"type", S("exec")}, {"cmd", S("old")}, {"command", S("new")}}) << int(Type::Exec)
            << QStringList{QStringLiteral("new")} << 180 << false;
    }
    void commands()
    {
        QFETCH(Value, config);
        QFETCH(int, type);
        QFETCH(QStringList, argv);
        QFETCH(int, attempts);
        QFETCH(bool, stdinEnv);
        const auto check = parse(config);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
        QCOMPARE(int(check->type), type);
        QCOMPARE(check->command, argv);
        QCOMPARE(check->attempts, attempts);
        QCOMPARE(check->envFrom == LifecycleCheck::EnvFrom::Stdin, stdinEnv);
    }

    void sleep_data()
    {
        QTest::addColumn<Value>("wait");
        QTest::addColumn<int>("seconds");
        QTest::newRow("int") << I(5) << 5;
        QTest::newRow("fraction-rounds-up") << F(2.5) << 3;
        QTest::newRow("zero") << I(0) << 0;
        QTest::newRow("negative") << I(-1) << 0;
    }
    void sleep()
    {
        QFETCH(Value, wait);
        QFETCH(int, seconds);
        const auto check = parse(M({{"type", S("sleep")}, {"wait", wait}}));
        QVERIFY(check.ok());
        QCOMPARE(check->type, Type::Sleep);
        QCOMPARE(check->wait, seconds);
        QCOMPARE(check->describe(), QStringLiteral("sleep:%1").arg(seconds));
    }

    void errors_data()
    {
        QTest::addColumn<Value>("config");
        QTest::addColumn<QString>("message");
        const auto tcp = [](std::initializer_list<std::pair<const char *, Value>> rest) {
            Value::Map map{Value::Entry{S("type"), S("tcp"), {}}};
            for (const auto &[k, v] : rest)
                map.push_back(Value::Entry{S(k), v, {}});
            return Value::map(map);
        };
        const auto http = [](std::initializer_list<std::pair<const char *, Value>> rest) {
            Value::Map map{Value::Entry{S("type"), S("http"), {}},
                           Value::Entry{S("port"), S("server"), {}}};
            for (const auto &[k, v] : rest)
                map.push_back(Value::Entry{S(k), v, {}});
            return Value::map(map);
        };
        const QString types = QStringLiteral("expected one of tcp, http, exec, rexec, sleep!");

        // Section 18.5.
        QTest::newRow("t84-unknown-port") << tcp({{"port", S("test-does-not-exist")}})
                                          << "Port test-does-not-exist is not defined by foo1!";
        QTest::newRow("t85-udp") << tcp({{"port", S("data")}}) << "Port data is not TCP!";
        QTest::newRow("t86-unknown-type")
            << M({{"type", S("test-does-not-exist")}})
            << QStringLiteral("Unknown lifecycle check type test-does-not-exist for foo1; ")
                   + types;
        QTest::newRow("missing-type")
            << M({{"port", S("server")}})
            << QStringLiteral("Missing type in lifecycle check of foo1; ") + types;
        QTest::newRow("type-not-string")
            << M({{"type", I(1)}})
            << QStringLiteral("Unknown lifecycle check type 1 for foo1; ") + types;
        QTest::newRow("not-a-mapping")
            << S("tcp") << "Invalid lifecycle check tcp for foo1; expected a mapping with a type!";
        // tcp
        QTest::newRow("tcp-no-port")
            << tcp({}) << "Missing required option port in tcp lifecycle check of foo1!";
        QTest::newRow("tcp-number-is-not-a-name")
            << tcp({{"port", I(4242)}}) << "Port 4242 is not defined by foo1!";
        QTest::newRow("tcp-range") << tcp({{"port", S("range")}})
                                   << "Port range of foo1 is the range 5000-5002; a tcp lifecycle "
                                      "check needs a single port!";
        QTest::newRow("tcp-bad-max-wait")
            << tcp({{"port", S("server")}, {"max_wait", S("x")}})
            << "Invalid max_wait x in tcp lifecycle check of foo1; expected an integer!";
        // http
        QTest::newRow("http-udp") << M({{"type", S("http")}, {"port", S("data")}})
                                  << "Port data is not TCP!";
        QTest::newRow("http-unknown-port")
            << M({{"type", S("http")}, {"port", S("nope")}}) << "Port nope is not defined by foo1!";
        QTest::newRow("http-no-port")
            << M({{"type", S("http")}})
            << "Missing required option port in http lifecycle check of foo1!";
        QTest::newRow("http-port-out-of-range")
            << M({{"type", S("http")}, {"port", I(70000)}})
            << "Invalid port 70000 in http lifecycle check of foo1; expected a "
               "port name or 1 to 65535!";
        QTest::newRow("http-range") << M({{"type", S("http")}, {"port", S("range")}})
                                    << "Port range of foo1 is the range 5000-5002; a http "
                                       "lifecycle check needs a single port!";
        QTest::newRow("bad-regex")
            << http({{"match_regex", S("(")}}) << "Bad regex for HttpRequestLifecycle: (";
        QTest::newRow("pcre-only-regex")
            << http({{"match_regex", S("\\p{L}")}}) << "Bad regex for HttpRequestLifecycle: \\p{L}";
        QTest::newRow("regex-not-text")
            << http({{"match_regex", I(5)}}) << "Bad regex for HttpRequestLifecycle: 5";
        QTest::newRow("unknown-option")
            << http({{"timeout", I(5)}})
            << "Unknown option timeout in http lifecycle check of foo1; expected one of "
               "port, host, match_regex, path, scheme, method, max_wait, requests_options!";
        QTest::newRow("max-wait-null")
            << http({{"max_wait", N()}})
            << "Invalid max_wait None in http lifecycle check of foo1; expected an integer!";
        QTest::newRow("requests-options-list")
            << http({{"requests_options", L({})}})
            << "Invalid requests_options [] in http lifecycle check of foo1; "
               "expected a mapping!";
        QTest::newRow("scheme")
            << http({{"scheme", S("ftp")}})
            << "Invalid scheme ftp in http lifecycle check of foo1; expected http or https!";
        QTest::newRow("path-number")
            << http({{"path", I(5)}})
            << "Invalid path 5 in http lifecycle check of foo1; expected a string!";
        QTest::newRow("method-list")
            << http({{"method", L({})}})
            << "Invalid method [] in http lifecycle check of foo1; expected a string!";
        // exec, rexec: KW-34 and KW-15
        QTest::newRow("kw34-exec-cmd")
            << M({{"type", S("exec")}, {"cmd", S("./check.sh")}})
            << "Missing required option command in exec lifecycle check of foo1; "
               "found cmd, did you mean command?";
        QTest::newRow("kw34-rexec-cmd")
            << M({{"type", S("rexec")}, {"cmd", S("true")}})
            << "Missing required option command in rexec lifecycle check of foo1; "
               "found cmd, did you mean command?";
        QTest::newRow("exec-no-command")
            << M({{"type", S("exec")}})
            << "Missing required option command in exec lifecycle check of foo1!";
        QTest::newRow("kw15-envfrom")
            << M({{"type", S("exec")}, {"command", S("true")}, {"envfrom", S("bogus")}})
            << "Invalid envfrom bogus in exec lifecycle check of foo1; expected env or stdin!";
        QTest::newRow("kw15-envfrom-null")
            << M({{"type", S("exec")}, {"command", S("true")}, {"envfrom", N()}})
            << "Invalid envfrom None in exec lifecycle check of foo1; expected env or stdin!";
        QTest::newRow("exec-unbalanced")
            << M({{"type", S("exec")}, {"command", S("echo 'x")}})
            << "Invalid command echo 'x in exec lifecycle check of foo1: No closing quotation";
        QTest::newRow("exec-empty")
            << M({{"type", S("exec")}, {"command", S("  ")}})
            << "Invalid command    in exec lifecycle check of foo1; expected a command to run!";
        QTest::newRow("exec-number")
            << M({{"type", S("exec")}, {"command", I(5)}})
            << "Invalid command 5 in exec lifecycle check of foo1; expected a string!";
        QTest::newRow("rexec-attempts")
            << M({{"type", S("rexec")}, {"command", S("true")}, {"attempts", S("x")}})
            << "Invalid attempts x in rexec lifecycle check of foo1; expected an integer!";
        // sleep
        QTest::newRow("sleep-no-wait")
            << M({{"type", S("sleep")}})
            << "Missing required option wait in sleep lifecycle check of foo1!";
        QTest::newRow("sleep-string")
            << M({{"type", S("sleep")}, {"wait", S("5")}})
            << "Invalid wait 5 in sleep lifecycle check of foo1; expected a number of seconds!";
        QTest::newRow("sleep-bool")
            << M({{"type", S("sleep")}, {"wait", B(true)}})
            << "Invalid wait True in sleep lifecycle check of foo1; expected a number of seconds!";
    }
    void errors()
    {
        QFETCH(Value, config);
        QFETCH(QString, message);
        const auto check = parse(config);
        QVERIFY(!check.ok());
        QCOMPARE(check.error().message, message);
    }

    void locations()
    {
        const Value config = M({{"type", S("tcp")}, {"port", S("data", loc(7, 15))}}, loc(7, 7));
        QCOMPARE(parse(config).error().location, loc(7, 15));
        const Value missing = M({{"type", S("tcp")}}, loc(8, 7));
        QCOMPARE(parse(missing).error().location, loc(8, 7));
        const Value ok = M({{"type", S("tcp")}, {"port", S("server")}}, loc(9, 7));
        QCOMPARE(parse(ok)->location, loc(9, 7));
    }

    void states_data()
    {
        QTest::addColumn<Value>("lifecycle");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("error");
        const Value check = M({{"type", S("tcp")}, {"port", S("server")}});
        QTest::newRow("null") << N() << QStringList() << QString();
        QTest::newRow("order-kept")
            << M({{"running", L({check})}, {"pre-start", L({})}, {"custom", L({check, check})}})
            << QStringList{QStringLiteral("running:1"), QStringLiteral("pre-start:0"),
                           QStringLiteral("custom:2")}
            << QString();
        QTest::newRow("mapping-state")
            << M({{"running", check}}) << QStringList()
            << "Invalid running lifecycle checks configuration; expected list of checks, "
               "got <class 'dict'>!";
        QTest::newRow("null-state")
            << M({{"stopped", N()}}) << QStringList()
            << "Invalid stopped lifecycle checks configuration; expected list of checks, "
               "got <class 'NoneType'>!";
        QTest::newRow("string-state")
            << M({{"pre-stop", S("tcp")}}) << QStringList()
            << "Invalid pre-stop lifecycle checks configuration; expected list of checks, "
               "got <class 'str'>!";
        QTest::newRow("not-a-mapping")
            << L({check}) << QStringList()
            << "Invalid lifecycle configuration; expected a mapping of states to lists "
               "of checks, got <class 'list'>!";
    }
    void states()
    {
        QFETCH(Value, lifecycle);
        QFETCH(QStringList, states);
        QFETCH(QString, error);
        const auto result = parseLifecycleStates(lifecycle);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY(result.ok());
        QStringList actual;
        for (const auto &[state, list] : *result)
            actual << state + QLatin1Char(':') + QString::number(list.items().size());
        QCOMPARE(actual, states);
    }

    void describe_data()
    {
        QTest::addColumn<Value>("config");
        QTest::addColumn<QString>("text");
        QTest::newRow("tcp") << M({{"type", S("tcp")}, {"port", S("server")}}) << "tcp:server";
        QTest::newRow("http-number") << M({{"type", S("http")}, {"port", I(8080)}}) << "http:8080";
        QTest::newRow("exec") << M({{"type", S("exec")}, {"command", S("./check.sh --fast")}})
                              << "exec:./check.sh --fast";
        QTest::newRow("rexec") << M({{"type", S("rexec")}, {"command", L({S("a"), S("b")})}})
                               << "rexec:a b";
        QTest::newRow("sleep") << M({{"type", S("sleep")}, {"wait", I(3)}}) << "sleep:3";
    }
    void describe()
    {
        QFETCH(Value, config);
        QFETCH(QString, text);
        const auto check = parse(config);
        QVERIFY(check.ok());
        QCOMPARE(check->describe(), text);
    }
};

QTEST_GUILESS_MAIN(tst_LifecycleCheck)
#include "tst_lifecyclecheck.moc"
