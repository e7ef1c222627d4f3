// SPDX-License-Identifier: GPL-3.0-or-later
// Every grammar on arbitrary input: deterministic pseudo-random value trees, strings made
// of the characters the grammars treat specially, and deep nesting. Each call must return
// (a value or an Error with a message); a crash, hang or sanitizer report fails the test.

#include "core/grammar/bytesize.h"
#include "core/grammar/containerfields.h"
#include "core/grammar/extrahosts.h"
#include "core/grammar/imagereference.h"
#include "core/grammar/lifecyclecheck.h"
#include "core/grammar/logconfig.h"
#include "core/grammar/portspec.h"
#include "core/grammar/pythonregex.h"
#include "core/grammar/registry.h"
#include "core/grammar/restartpolicy.h"
#include "core/grammar/shellwords.h"
#include "core/grammar/ulimits.h"
#include "core/grammar/volumespec.h"

#include "valuebuilders.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {

// Keys and characters the grammars look for, so random input reaches deep branches.
const char *const kKeys[]
    = {"exposed", "external", "target",      "mode",  "name",    "retries", "soft",
       "hard",    "ship",     "type",        "port",  "command", "cmd",     "envfrom",
       "wait",    "max_wait", "match_regex", "path",  "scheme",  "method",  "requests_options",
       "host",    "attempts", "registry",    "retry", "when",    "server",  "x"};
const QString kAlphabet
    = QStringLiteral("0123456789:-/tcpudp.@sha'\"\\ #=kmgKMG[](){}?*+|^$xZvLéa\n\t");

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    QString text()
    {
        const int length = int(m_random.bounded(12));
        QString s;
        for (int i = 0; i < length; ++i)
            s += kAlphabet[int(m_random.bounded(quint32(kAlphabet.size())))];
        return s;
    }

    Value value(int depth)
    {
        const int kind = int(m_random.bounded(depth > 0 ? 9u : 6u));
        switch (kind) {
        case 0:
            return N();
        case 1:
            return B(m_random.bounded(2u) == 1);
        case 2:
            return I(qint64(m_random.generate64()) % 70000 - 100);
        case 3:
            return F(m_random.generateDouble() * 100000 - 50);
        case 4:
        case 5:
            return Value::string(text());
        case 6: {
            Value::List items;
            for (quint32 i = m_random.bounded(4u); i > 0; --i)
                items.push_back(value(depth - 1));
            return Value::list(std::move(items));
        }
        default: {
            Value::Map map;
            for (quint32 i = m_random.bounded(5u); i > 0; --i) {
                const char *key = kKeys[m_random.bounded(quint32(std::size(kKeys)))];
                map.push_back(Value::Entry{S(key), value(depth - 1), {}});
            }
            return Value::map(std::move(map));
        }
        }
    }

private:
    QRandomGenerator m_random;
};

// Result<T> either way; what matters is that an error always says something.
template<typename T>
bool wellFormed(const Result<T> &result)
{
    return result.ok() || !result.error().message.isEmpty();
}

} // namespace

class tst_GrammarRobustness : public QObject
{
    Q_OBJECT
private slots:
    void randomValues()
    {
        Generator gen(20261124);
        const PortContext context{QStringLiteral("p"), QStringLiteral("c"), QStringLiteral("s")};
        const auto shipIp = [](const QString &ship) -> std::optional<QString> {
            if (ship.size() % 2)
                return QStringLiteral("10.0.0.1");
            return std::nullopt;
        };
        QList<NamedPort> ports;
        for (const char *spec : {"80", "53/udp", "1000-1002"}) {
            const auto parsed = parsePortSpec(S(spec), context);
            QVERIFY(parsed.ok());
            ports.append(NamedPort{QString::fromLatin1(spec), *parsed, {}});
        }
        ports.append(NamedPort{QStringLiteral("server"), ports.first().spec, {}});

        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            const Value v = gen.value(3);
            const Value w = gen.value(2);
            const auto port = parsePortSpec(v, context);
            QVERIFY(wellFormed(port));
            if (port.ok()) {
                ++accepted;
                QVERIFY(dockerPortBindings(*port).size() >= 1);
            }
            QVERIFY(wellFormed(parseVolumes(v, 1, QStringLiteral("c"))));
            QVERIFY(wellFormed(parseVolumes(v, 2, QStringLiteral("c"))));
            QVERIFY(wellFormed(parseContainerVolumes(v)));
            QVERIFY(wellFormed(parseRestartPolicy(v, QStringLiteral("c"))));
            QVERIFY(wellFormed(parseByteSize(v, QStringLiteral("c"))));
            QVERIFY(wellFormed(parseLogConfig(&v, &w)));
            QVERIFY(wellFormed(parseUlimits(&v)));
            QVERIFY(wellFormed(parseExtraHosts(v, shipIp, QStringLiteral("c"))));
            QVERIFY(wellFormed(parseLabels(v, QStringLiteral("c"))));
            QVERIFY(wellFormed(parseDns(v)));
            QVERIFY(wellFormed(parseLinks(v, QStringLiteral("c"))));
            QVERIFY(wellFormed(parseCommand(v)));
            QVERIFY(wellFormed(parseStringList(v, QStringLiteral("security_opt"))));
            QVERIFY(wellFormed(parseRegistries(&v)));
            QVERIFY(wellFormed(parseLifecycleStates(v)));
            QVERIFY(wellFormed(parseLifecycleCheck(v, ports, QStringLiteral("c"))));
            if (v.isString()) {
                const QString &s = v.toString();
                ImageReference::parse(s).shortImage();
                ShellWords::split(s);
                compilePythonRegex(s);
                QList<Registry> none;
                QCOMPARE(registryForImage(none, s), nullptr);
            }
        }
        // The generator must reach the accepting paths too, or the loop proves little.
        QVERIFY(accepted > 20);
    }

    void lifecycleChecksReachValidPaths()
    {
        // Mutations of a valid check of every type: each either parses or errors.
        Generator gen(7);
        const QList<NamedPort> ports{
            NamedPort{QStringLiteral("server"), *parsePortSpec(I(4242), PortContext{}), {}}};
        int parsed = 0;
        for (int round = 0; round < 2000; ++round) {
            for (const char *type : {"tcp", "http", "exec", "rexec", "sleep"}) {
                const Value config = M({{"type", S(type)},
                                        {"port", round % 3 ? S("server") : gen.value(0)},
                                        {"command", round % 2 ? S("true") : gen.value(1)},
                                        {"wait", round % 4 ? I(1) : gen.value(0)},
                                        {kKeys[round % std::size(kKeys)], gen.value(1)}});
                const auto check = parseLifecycleCheck(config, ports, QStringLiteral("c"));
                QVERIFY(wellFormed(check));
                if (check.ok()) {
                    ++parsed;
                    QVERIFY(!check->describe().isEmpty());
                }
            }
        }
        QVERIFY(parsed > 100);
    }

    void deepAndLargeValues()
    {
        // Nesting is walked at most one level by any grammar; pythonStr in messages
        // recurses, which a real document bounds (the YAML loader limits depth).
        Value deep = I(1);
        for (int i = 0; i < 200; ++i)
            deep = L({deep});
        QVERIFY(wellFormed(parsePortSpec(deep, PortContext{})));
        QVERIFY(wellFormed(parseCommand(deep)));

        // A whole-range port: 65535 bindings, linear.
        const auto all = parsePortSpec(S("1-65535"), PortContext{});
        QVERIFY(all.ok());
        QCOMPARE(dockerPortBindings(*all).size(), 65535);

        const QString longText(100000, QLatin1Char('a'));
        QVERIFY(!parsePortSpec(Value::string(longText), PortContext{}).ok());
        QCOMPARE(ShellWords::split(longText).words.size(), 1);
        QVERIFY(compilePythonRegex(longText.left(10000)).has_value());
        // Beyond PCRE2's compiled-size limit: refused, not a crash.
        QVERIFY(!compilePythonRegex(longText).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_GrammarRobustness)
#include "tst_grammarrobustness.moc"
