// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pythonformat.h"
#include "core/sourcemap.h"
#include "core/value.h"
#include "core/yaml/yamlparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Maestro::Core;

Q_DECLARE_METATYPE(Maestro::Core::Value::Kind)

namespace {

const QString kFile = QStringLiteral("t.yaml");

Result<Value> parse(const QString &text)
{
    return parseYaml(text, SourceMap::identity(kFile, text));
}

QString readData(const QString &name)
{
    QFile file(QStringLiteral(MAESTRO_TEST_DATA_DIR "/yaml/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Follows a dotted path of mapping keys and list indices ("services.web.ports.0").
// Returns nullptr when a step is missing.
const Value *lookup(const Value &root, const QString &path)
{
    const Value *node = &root;
    if (path.isEmpty())
        return node;
    for (const QString &step : path.split(QLatin1Char('.'))) {
        if (node->isList()) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            if (!isIndex || index < 0 || size_t(index) >= node->items().size())
                return nullptr;
            node = &node->items()[size_t(index)];
        } else {
            node = node->find(step);
            if (!node)
                return nullptr;
        }
    }
    return node;
}

QString describe(const Result<Value> &result)
{
    return result.ok() ? QStringLiteral("ok: ") + pythonRepr(*result) : result.error().toString();
}

} // namespace

class tst_YamlParser : public QObject
{
    Q_OBJECT
private slots:
    // Section 2.3's typing table and the corners of PyYAML's implicit resolver. The
    // expected values were produced by PyYAML 6.0 (yaml.safe_load, repr of the value).
    void plainScalarTyping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Value::Kind>("kind");
        QTest::addColumn<QString>("repr");
        const auto row = [](const char *text, Value::Kind kind, const char *repr) {
            QTest::newRow(*text ? text : "<empty>")
                << QString::fromUtf8(text) << kind << QString::fromUtf8(repr);
        };
        row("yes", Value::Kind::Bool, "True");
        row("Yes", Value::Kind::Bool, "True");
        row("YES", Value::Kind::Bool, "True");
        row("no", Value::Kind::Bool, "False");
        row("No", Value::Kind::Bool, "False");
        row("NO", Value::Kind::Bool, "False");
        row("true", Value::Kind::Bool, "True");
        row("True", Value::Kind::Bool, "True");
        row("TRUE", Value::Kind::Bool, "True");
        row("false", Value::Kind::Bool, "False");
        row("False", Value::Kind::Bool, "False");
        row("FALSE", Value::Kind::Bool, "False");
        row("on", Value::Kind::Bool, "True");
        row("On", Value::Kind::Bool, "True");
        row("ON", Value::Kind::Bool, "True");
        row("off", Value::Kind::Bool, "False");
        row("Off", Value::Kind::Bool, "False");
        row("OFF", Value::Kind::Bool, "False");
        row("yEs", Value::Kind::String, "'yEs'");
        row("y", Value::Kind::String, "'y'");
        row("n", Value::Kind::String, "'n'");
        row("Y", Value::Kind::String, "'Y'");
        row("N", Value::Kind::String, "'N'");
        row("tRUE", Value::Kind::String, "'tRUE'");
        row("oN", Value::Kind::String, "'oN'");
        row("nO", Value::Kind::String, "'nO'");
        row("", Value::Kind::Null, "None");
        row("~", Value::Kind::Null, "None");
        row("null", Value::Kind::Null, "None");
        row("Null", Value::Kind::Null, "None");
        row("NULL", Value::Kind::Null, "None");
        row("nULL", Value::Kind::String, "'nULL'");
        row("none", Value::Kind::String, "'none'");
        row("None", Value::Kind::String, "'None'");
        row("0", Value::Kind::Int, "0");
        row("010", Value::Kind::Int, "8");
        row("0x1F", Value::Kind::Int, "31");
        row("0x_1", Value::Kind::Int, "1");
        row("1_000", Value::Kind::Int, "1000");
        row("0b101", Value::Kind::Int, "5");
        row("-0b101", Value::Kind::Int, "-5");
        row("+12", Value::Kind::Int, "12");
        row("-0", Value::Kind::Int, "0");
        row("00", Value::Kind::Int, "0");
        row("0_", Value::Kind::Int, "0");
        row("0o7", Value::Kind::String, "'0o7'");
        row("08", Value::Kind::String, "'08'");
        row("09", Value::Kind::String, "'09'");
        row("0x", Value::Kind::String, "'0x'");
        row("1__0", Value::Kind::Int, "10");
        row("017_7", Value::Kind::Int, "127");
        row("22:22", Value::Kind::Int, "1342");
        row("53:53", Value::Kind::Int, "3233");
        row("10:05", Value::Kind::Int, "605");
        row("190:20:30", Value::Kind::Int, "685230");
        row("1_0:30", Value::Kind::Int, "630");
        row("+1:20", Value::Kind::Int, "80");
        row("-1:20", Value::Kind::Int, "-80");
        row("1:5", Value::Kind::Int, "65");
        row("0:30", Value::Kind::String, "'0:30'");
        row("1:60", Value::Kind::String, "'1:60'");
        row("8080:80", Value::Kind::String, "'8080:80'");
        row("80:8080", Value::Kind::String, "'80:8080'");
        row("2181:2181", Value::Kind::String, "'2181:2181'");
        row("25:2525", Value::Kind::String, "'25:2525'");
        row("1:2:60", Value::Kind::String, "'1:2:60'");
        row("9223372036854775807", Value::Kind::Int, "9223372036854775807");
        row("-9223372036854775808", Value::Kind::Int, "-9223372036854775808");
        row("1.20", Value::Kind::Float, "1.2");
        row("1.0e+3", Value::Kind::Float, "1000.0");
        row("1.0e-3", Value::Kind::Float, "0.001");
        row("1.", Value::Kind::Float, "1.0");
        row("0.", Value::Kind::Float, "0.0");
        row(".5", Value::Kind::Float, "0.5");
        row("1_.5", Value::Kind::Float, "1.5");
        row("1:20.5", Value::Kind::Float, "80.5");
        row("0:30.5", Value::Kind::Float, "30.5");
        row("-1:20.5", Value::Kind::Float, "-80.5");
        row("6.8523015e+5", Value::Kind::Float, "685230.15");
        row("1.5E+2", Value::Kind::Float, "150.0");
        row("12.", Value::Kind::Float, "12.0");
        row("1.0.0", Value::Kind::String, "'1.0.0'");
        row("1e3", Value::Kind::String, "'1e3'");
        row("1.0e3", Value::Kind::String, "'1.0e3'");
        row("-.5", Value::Kind::String, "'-.5'");
        row("+.5", Value::Kind::String, "'+.5'");
        row(".", Value::Kind::String, "'.'");
        row("._", Value::Kind::String, "'._'");
        row("1.5e+", Value::Kind::String, "'1.5e+'");
        row(".inf", Value::Kind::Float, "inf");
        row(".Inf", Value::Kind::Float, "inf");
        row(".INF", Value::Kind::Float, "inf");
        row("-.inf", Value::Kind::Float, "-inf");
        row("+.inf", Value::Kind::Float, "inf");
        row(".nan", Value::Kind::Float, "nan");
        row(".NaN", Value::Kind::Float, "nan");
        row(".NAN", Value::Kind::Float, "nan");
        row("+.nan", Value::Kind::String, "'+.nan'");
        row(".Nan", Value::Kind::String, "'.Nan'");
        row("inf", Value::Kind::String, "'inf'");
        row("nan", Value::Kind::String, "'nan'");
        row("-.NaN", Value::Kind::String, "'-.NaN'");
        // Timestamps are dates in Python; they stay strings holding what was written.
        row("2013-01-01", Value::Kind::String, "'2013-01-01'");
        row("2001-12-14t21:59:43.10-05:00", Value::Kind::String, "'2001-12-14t21:59:43.10-05:00'");
        row("25/tcp", Value::Kind::String, "'25/tcp'");
        row("8080:80/udp", Value::Kind::String, "'8080:80/udp'");
        row("1,000", Value::Kind::String, "'1,000'");
        row("0b2", Value::Kind::String, "'0b2'");
        row("0xG", Value::Kind::String, "'0xG'");
        row("12abc", Value::Kind::String, "'12abc'");
        row("hello world", Value::Kind::String, "'hello world'");
    }

    void plainScalarTyping()
    {
        QFETCH(QString, text);
        QFETCH(Value::Kind, kind);
        QFETCH(QString, repr);
        const Result<Value> result = parse(QStringLiteral("v: ") + text + QLatin1Char('\n'));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *value = result->find(u"v");
        QVERIFY(value);
        QCOMPARE(value->kind(), kind);
        QCOMPARE(pythonRepr(*value), repr);
        // The model warns about `53:53` and `1.20` from the text as written.
        if (kind != Value::Kind::Null)
            QCOMPARE(value->plainText(), text);
    }

    void quotedScalarsAreStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("single-quoted yes") << QStringLiteral("'yes'") << QStringLiteral("yes");
        QTest::newRow("double-quoted octal") << QStringLiteral("\"010\"") << QStringLiteral("010");
        QTest::newRow("quoted null") << QStringLiteral("'~'") << QStringLiteral("~");
        QTest::newRow("quoted float") << QStringLiteral("\"1.20\"") << QStringLiteral("1.20");
        QTest::newRow("quoted base 60") << QStringLiteral("'53:53'") << QStringLiteral("53:53");
        QTest::newRow("empty quotes") << QStringLiteral("''") << QString();
        QTest::newRow("escaped single quote")
            << QStringLiteral("'it''s'") << QStringLiteral("it's");
        QTest::newRow("double-quoted escapes")
            << QStringLiteral("\"a\\tb\\u00e9\"") << QStringLiteral("a\tb\u00e9");
        QTest::newRow("literal block") << QStringLiteral("|\n  yes\n") << QStringLiteral("yes\n");
        QTest::newRow("folded block, stripped")
            << QStringLiteral(">-\n  no\n  way\n") << QStringLiteral("no way");
    }

    void quotedScalarsAreStrings()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Result<Value> result = parse(QStringLiteral("v: ") + text + QLatin1Char('\n'));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *value = result->find(u"v");
        QVERIFY(value);
        QCOMPARE(value->kind(), Value::Kind::String);
        QCOMPARE(value->toString(), expected);
        QVERIFY(value->plainText().isEmpty());
    }

    // Expected values from PyYAML 6.0.
    void explicitTags_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Value::Kind>("kind");
        QTest::addColumn<QString>("repr");
        QTest::newRow("!!str int")
            << QStringLiteral("!!str 10") << Value::Kind::String << QStringLiteral("'10'");
        QTest::newRow("!!str bool")
            << QStringLiteral("!!str yes") << Value::Kind::String << QStringLiteral("'yes'");
        QTest::newRow("!!str null")
            << QStringLiteral("!!str null") << Value::Kind::String << QStringLiteral("'null'");
        QTest::newRow("!!str empty")
            << QStringLiteral("!!str") << Value::Kind::String << QStringLiteral("''");
        QTest::newRow("!!int quoted hex")
            << QStringLiteral("!!int \"0x10\"") << Value::Kind::Int << QStringLiteral("16");
        QTest::newRow("!!int quoted octal")
            << QStringLiteral("!!int '010'") << Value::Kind::Int << QStringLiteral("8");
        QTest::newRow("!!int blanks")
            << QStringLiteral("!!int ' 12'") << Value::Kind::Int << QStringLiteral("12");
        QTest::newRow("!!float int")
            << QStringLiteral("!!float 1") << Value::Kind::Float << QStringLiteral("1.0");
        QTest::newRow("!!float exponent")
            << QStringLiteral("!!float 1e3") << Value::Kind::Float << QStringLiteral("1000.0");
        QTest::newRow("!!float quoted")
            << QStringLiteral("!!float \"1.20\"") << Value::Kind::Float << QStringLiteral("1.2");
        QTest::newRow("!!float base 60")
            << QStringLiteral("!!float '-1:30'") << Value::Kind::Float << QStringLiteral("-90.0");
        QTest::newRow("!!bool any case")
            << QStringLiteral("!!bool \"yEs\"") << Value::Kind::Bool << QStringLiteral("True");
        QTest::newRow("!!bool OFF")
            << QStringLiteral("!!bool OFF") << Value::Kind::Bool << QStringLiteral("False");
        QTest::newRow("!!null text")
            << QStringLiteral("!!null x") << Value::Kind::Null << QStringLiteral("None");
        QTest::newRow("!!null empty")
            << QStringLiteral("!!null ''") << Value::Kind::Null << QStringLiteral("None");
        QTest::newRow("bare ! resolves")
            << QStringLiteral("! 10") << Value::Kind::Int << QStringLiteral("10");
        QTest::newRow("bare ! on quotes")
            << QStringLiteral("! \"10\"") << Value::Kind::Int << QStringLiteral("10");
        QTest::newRow("bare ! bool")
            << QStringLiteral("! yes") << Value::Kind::Bool << QStringLiteral("True");
        QTest::newRow("bare ! empty")
            << QStringLiteral("!") << Value::Kind::Null << QStringLiteral("None");
        QTest::newRow("anchor and tag")
            << QStringLiteral("&x !!str 12") << Value::Kind::String << QStringLiteral("'12'");
        QTest::newRow("!!seq") << QStringLiteral("!!seq [1]") << Value::Kind::List
                               << QStringLiteral("[1]");
        QTest::newRow("!!map") << QStringLiteral("!!map {b: 1}") << Value::Kind::Map
                               << QStringLiteral("{'b': 1}");
        QTest::newRow("verbatim") << QStringLiteral("!<tag:yaml.org,2002:str> 10")
                                  << Value::Kind::String << QStringLiteral("'10'");
    }

    void explicitTags()
    {
        QFETCH(QString, text);
        QFETCH(Value::Kind, kind);
        QFETCH(QString, repr);
        const Result<Value> result = parse(QStringLiteral("v: ") + text + QLatin1Char('\n'));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *value = result->find(u"v");
        QVERIFY(value);
        QCOMPARE(value->kind(), kind);
        QCOMPARE(pythonRepr(*value), repr);
    }

    // Construction errors: the message and the 1-based position of the offending node.
    void constructionErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const auto row
            = [](const char *name, const char *text, int line, int column, const char *message) {
                  QTest::newRow(name)
                      << QString::fromUtf8(text) << line << column << QString::fromUtf8(message);
              };
        row("!!int word", "a: !!int abc\n", 1, 4, "'abc' is not a valid integer");
        row("!!int fraction", "a: !!int 1.5\n", 1, 4, "'1.5' is not a valid integer");
        row("!!bool y", "a: !!bool y\n", 1, 4, "'y' is not a valid boolean");
        row("!!float word", "a: !!float x\n", 1, 4, "'x' is not a valid float");
        row("local tag", "a: !foo bar\n", 1, 4,
            "could not determine a constructor for the tag '!foo'");
        row("local tag on a list", "a: !foo [1]\n", 1, 4,
            "could not determine a constructor for the tag '!foo'");
        row("!!binary", "a: !!binary aGk=\n", 1, 4,
            "could not determine a constructor for the tag 'tag:yaml.org,2002:binary'");
        row("!!timestamp", "a: !!timestamp 2001-01-01\n", 1, 4,
            "could not determine a constructor for the tag 'tag:yaml.org,2002:timestamp'");
        row("!!str on a list", "a: !!str [1]\n", 1, 4,
            "expected a scalar node, but found sequence");
        row("!!int on a mapping", "a: !!int {b: 1}\n", 1, 4,
            "expected a scalar node, but found mapping");
        row("!!map on a list", "a: !!map [1]\n", 1, 4,
            "expected a mapping node, but found sequence");
        row("!!seq on a mapping", "a: !!seq {b: 1}\n", 1, 4,
            "expected a sequence node, but found mapping");
        row("!!seq on a scalar", "a: !!seq x\n", 1, 4,
            "expected a sequence node, but found scalar");
        row("merge as a value", "a: <<\n", 1, 4,
            "could not determine a constructor for the tag 'tag:yaml.org,2002:merge'");
        row("= as a value", "a: =\n", 1, 4,
            "could not determine a constructor for the tag 'tag:yaml.org,2002:value'");
        row("binary without digits", "a: 0b_\n", 1, 4, "'0b_' is not a valid integer");
        row("hex without digits", "a: 0x_\n", 1, 4, "'0x_' is not a valid integer");
        row("int beyond 64 bits", "a: 99999999999999999999\n", 1, 4, "does not fit in 64 bits");
        row("int below 64 bits", "a: -9223372036854775809\n", 1, 4, "does not fit in 64 bits");
        row("base 60 beyond 64 bits", "a: 999999999999999999:59\n", 1, 4,
            "does not fit in 64 bits");
        row("nested", "a:\n  - 1\n  - !!int x\n", 3, 5, "'x' is not a valid integer");
        row("unhashable list key", "? [1, 2]\n: x\n", 1, 3, "found unhashable key");
        row("unhashable mapping key", "{a: 1}: x\n", 1, 1, "found unhashable key");
        row("unhashable flow key", "m: {[1]: x}\n", 1, 5, "found unhashable key");
        row("alias of a mapping as key", "k: &m {a: 1}\nn:\n  *m : x\n", 1, 4,
            "found unhashable key");
        row("duplicate anchor", "a: &x 1\nb: &x 2\n", 2, 4,
            "found duplicate anchor 'x'; first occurrence at t.yaml:1:4");
        row("recursive alias", "a: &x [1, *x]\n", 1, 11, "found recursive alias *x");
        row("recursive alias in a mapping", "a: &m {b: *m}\n", 1, 11, "found recursive alias *m");
        row("missing colon", "a:\n  b: 1\n  c\n", 3, 3, "could not find expected ':'");
        row("missing colon after a block scalar", "a: |\n  x\nb\n", 3, 1,
            "could not find expected ':'");
        row("empty flow entry", "a: [1, , 2]\n", 1, 8, "expected the node content, but found ','");
        row("empty flow mapping entry", "a: {, b: 1}\n", 1, 5,
            "expected the node content, but found ','");
        row("missing key", "a: 1\n: x\n", 2, 1, "expected the node content, but found ':'");
        row("missing flow key", "a: {: x}\n", 1, 5, "expected the node content, but found ':'");
        row("outdented alias value", "x: &d 1\na:\n  hosts:\n  *d\n", 4, 3,
            "could not find expected ':'");
        row("outdented quoted value", "a:\n  h:\n  \"foo\"\n  z: 1\n", 3, 3,
            "could not find expected ':'");
        row("outdented flow value", "h:\n[1]\n", 2, 1, "could not find expected ':'");
        row("outdented value in a list item", "- a:\n  b\n", 2, 3, "could not find expected ':'");
        row("unterminated double quote", "a: \"abc\nb: 1\n", 1, 4,
            "found unexpected end of stream while scanning a quoted scalar");
        row("unterminated single quote", "a: 'it''s\n", 1, 4,
            "found unexpected end of stream while scanning a quoted scalar");
        row("unterminated after a tag", "a: !!str \"x\n", 1, 4,
            "found unexpected end of stream while scanning a quoted scalar");
    }

    void constructionErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(result.error().location, (SourceLocation{kFile, line, column}));
    }

    void duplicateKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("first");
        const auto row = [](const char *name, const QString &text, const char *key, int line,
                            int column, const char *first) {
            QTest::newRow(name) << text << QString::fromUtf8(key) << line << column
                                << QString::fromUtf8(first);
        };
        row("top level", QStringLiteral("name: a\nname: b\n"), "name", 2, 1, "t.yaml:1:1");
        row("ships", QStringLiteral("ships:\n  s1: {ip: 1.2.3.4}\n  s1: {ip: 5.6.7.8}\n"), "s1", 3,
            3, "t.yaml:2:3");
        row("services",
            QStringLiteral("services:\n  web:\n    image: nginx\n  db:\n    image: pg\n  web:\n    "
                           "image: x\n"),
            "web", 6, 3, "t.yaml:2:3");
        row("instances",
            QStringLiteral(
                "services:\n  web:\n    image: nginx\n    instances:\n      w1:\n        ship: s1\n"
                "      w1:\n        ship: s2\n"),
            "w1", 7, 7, "t.yaml:5:7");
        row("env",
            QStringLiteral(
                "services:\n  web:\n    env:\n      FOO: 1\n      BAR: 2\n      FOO: 3\n"),
            "FOO", 6, 7, "t.yaml:4:7");
        row("1 and 0x1", QStringLiteral("1: a\n0x1: b\n"), "1", 2, 1, "t.yaml:1:1");
        row("1 and 1.0", QStringLiteral("1: a\n1.0: b\n"), "1.0", 2, 1, "t.yaml:1:1");
        row("1 and true", QStringLiteral("1: a\ntrue: b\n"), "True", 2, 1, "t.yaml:1:1");
        row("yes and True", QStringLiteral("yes: a\nTrue: b\n"), "True", 2, 1, "t.yaml:1:1");
        row("~ and null", QStringLiteral("~: a\nnull: b\n"), "None", 2, 1, "t.yaml:1:1");
        row("quoted and plain", QStringLiteral("'a': 1\na: 2\n"), "a", 2, 1, "t.yaml:1:1");
        row("flow mapping", QStringLiteral("{a: 1, b: 2, a: 3}\n"), "a", 1, 14, "t.yaml:1:2");
        row("inside a list", QStringLiteral("- {a: 1}\n- a: 1\n  a: 2\n"), "a", 3, 3, "t.yaml:2:3");
        row("after a merge", QStringLiteral("b: &b {x: 1}\nm:\n  <<: *b\n  y: 1\n  y: 2\n"), "y", 5,
            3, "t.yaml:4:3");
        row("two merge keys", QStringLiteral("b: &b {x: 1}\nm:\n  <<: *b\n  <<: *b\n"), "<<", 4, 3,
            "t.yaml:3:3");

        // Past a handful of keys the mapping is hashed: the same rules must hold there.
        QString large;
        for (int i = 0; i < 50; ++i)
            large += QStringLiteral("k%1: %1\n").arg(i);
        row("large mapping", large + QStringLiteral("k17: again\n"), "k17", 51, 1, "t.yaml:18:1");
        QString largeNumbers;
        for (int i = 0; i < 50; ++i)
            largeNumbers += QStringLiteral("%1: x\n").arg(i);
        row("large mapping, 0x11 is 17", largeNumbers + QStringLiteral("0x11: y\n"), "17", 51, 1,
            "t.yaml:18:1");
        row("large mapping, -0.0 is 0", largeNumbers + QStringLiteral("-0.0: y\n"), "-0.0", 51, 1,
            "t.yaml:1:1");
    }

    void duplicateKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, first);
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.error().message,
                 QStringLiteral("found duplicate key (%1); first defined at %2").arg(key, first));
        QCOMPARE(result.error().location, (SourceLocation{kFile, line, column}));
    }

    void distinctKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("int and string") << QStringLiteral("1: a\n'1': b\n") << 2;
        QTest::newRow("bool and string") << QStringLiteral("yes: a\n'yes': b\n") << 2;
        QTest::newRow("case matters") << QStringLiteral("Ab: 1\nab: 2\n") << 2;
        QTest::newRow("nan is never equal") << QStringLiteral(".nan: a\n.nan: b\n") << 2;
        QTest::newRow("null and string") << QStringLiteral("~: a\n'~': b\n") << 2;
        QString large;
        for (int i = 0; i < 50; ++i)
            large += QStringLiteral("%1: x\n").arg(i);
        QTest::newRow("large mapping, int and string") << large + QStringLiteral("'17': y\n") << 51;
    }

    void distinctKeys()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(int(result->entries().size()), count);
    }

    // Expected values from PyYAML 6.0, which supports merge keys (MaestroNG rejects
    // them only because its duplicate-key check constructs `<<` as a key).
    void mergeKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("single")
            << QStringLiteral("base: &b {image: nginx, ports: [80]}\nweb:\n  <<: *b\n  ship: s1\n")
            << QStringLiteral("{'base': {'image': 'nginx', 'ports': [80]}, 'web': {'image': "
                              "'nginx', 'ports': [80], 'ship': 's1'}}");
        QTest::newRow("explicit keys win")
            << QStringLiteral("b: &b {x: 1, y: 2}\nm:\n  y: 3\n  <<: *b\n")
            << QStringLiteral("{'b': {'x': 1, 'y': 2}, 'm': {'x': 1, 'y': 3}}");
        QTest::newRow("earlier source wins")
            << QStringLiteral("a: &a {x: 1}\nb: &b {x: 2, y: 2}\nm:\n  <<: [*a, *b]\n")
            << QStringLiteral("{'a': {'x': 1}, 'b': {'x': 2, 'y': 2}, 'm': {'x': 1, 'y': 2}}");
        QTest::newRow("list and explicit")
            << QStringLiteral(
                   "a: &a {x: 1, z: 1}\nb: &b {x: 2, y: 2}\nm:\n  z: 0\n  <<: [*a, *b]\n  w: 9\n")
            << QStringLiteral("{'a': {'x': 1, 'z': 1}, 'b': {'x': 2, 'y': 2}, 'm': {'x': 1, 'y': "
                              "2, 'z': 0, 'w': 9}}");
        QTest::newRow("inline mapping") << QStringLiteral("m:\n  <<: {x: 1}\n  y: 2\n")
                                        << QStringLiteral("{'m': {'x': 1, 'y': 2}}");
        QTest::newRow("nested merge")
            << QStringLiteral("a: &a {x: 1}\nb: &b\n  <<: *a\n  y: 2\nm:\n  <<: *b\n  z: 3\n")
            << QStringLiteral(
                   "{'a': {'x': 1}, 'b': {'x': 1, 'y': 2}, 'm': {'x': 1, 'y': 2, 'z': 3}}");
        QTest::newRow("empty mapping") << QStringLiteral("a: &a {}\nm:\n  <<: *a\n  x: 1\n")
                                       << QStringLiteral("{'a': {}, 'm': {'x': 1}}");
        QTest::newRow("flow mapping") << QStringLiteral("a: &a {x: 1}\nm: {<<: *a, y: 2}\n")
                                      << QStringLiteral("{'a': {'x': 1}, 'm': {'x': 1, 'y': 2}}");
        QTest::newRow("quoted is a key")
            << QStringLiteral("m:\n  '<<': 1\n") << QStringLiteral("{'m': {'<<': 1}}");
        QTest::newRow("merge in list item")
            << QStringLiteral(
                   "d: &d {image: x}\nl:\n  - <<: *d\n    name: a\n  - <<: *d\n    name: b\n")
            << QStringLiteral("{'d': {'image': 'x'}, 'l': [{'image': 'x', 'name': 'a'}, {'image': "
                              "'x', 'name': 'b'}]}");
        QTest::newRow("= is a string key")
            << QStringLiteral("=: 1\n") << QStringLiteral("{'=': 1}");
    }

    void mergeKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(pythonStr(*result), expected);
    }

    // Valid YAML that must come out as PyYAML 6.0 reads it (expected values from it).
    void acceptedStructures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sequence at the key's column")
            << QStringLiteral("key:\n- a\n- b\nz: 1\n")
            << QStringLiteral("{'key': ['a', 'b'], 'z': 1}");
        QTest::newRow("explicit key, value below")
            << QStringLiteral("? a\n:\n  b\n") << QStringLiteral("{'a': 'b'}");
        QTest::newRow("compact sequence in a list item")
            << QStringLiteral("- a:\n  - x\n") << QStringLiteral("[{'a': ['x']}]");
        QTest::newRow("explicit keys")
            << QStringLiteral("? a\n: 1\n? b\n") << QStringLiteral("{'a': 1, 'b': None}");
        QTest::newRow("multi-line flow") << QStringLiteral("k: [a,\n  b, {c: 1,\n  d: 2}]\n")
                                         << QStringLiteral("{'k': ['a', 'b', {'c': 1, 'd': 2}]}");
        QTest::newRow("multi-line plain scalar") << QStringLiteral("k: first\n  second\n  third\n")
                                                 << QStringLiteral("{'k': 'first second third'}");
        QTest::newRow("folded and literal")
            << QStringLiteral("a: >\n  one\n  two\nb: |-\n  x\n   y\n")
            << QStringLiteral("{'a': 'one two\\n', 'b': 'x\\n y'}");
        QTest::newRow("comments everywhere")
            << QStringLiteral("# c\na: 1 # c\n# c\nb: # c\n  - x # c\n")
            << QStringLiteral("{'a': 1, 'b': ['x']}");
        QTest::newRow("empty flow values")
            << QStringLiteral("m: {a: , b: 1}\n") << QStringLiteral("{'m': {'a': None, 'b': 1}}");
        QTest::newRow("flow pair in sequence")
            << QStringLiteral("l: [a: 1, b]\n") << QStringLiteral("{'l': [{'a': 1}, 'b']}");
        QTest::newRow("nested compact sequences")
            << QStringLiteral("- - a\n  - b\n- c\n") << QStringLiteral("[['a', 'b'], 'c']");
        QTest::newRow("document markers")
            << QStringLiteral("--- \na: 1\n...\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("indented values on the next line")
            << QStringLiteral("a:\n  \"quoted\"\nb:\n    plain\n")
            << QStringLiteral("{'a': 'quoted', 'b': 'plain'}");
        QTest::newRow("crlf") << QStringLiteral("a: 1\r\nb: [x, y]\r\n")
                              << QStringLiteral("{'a': 1, 'b': ['x', 'y']}");
    }

    void acceptedStructures()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(pythonStr(*result), expected);
    }

    void mergedEntriesKeepTheirLocation()
    {
        const Result<Value> result = parse(QStringLiteral("b: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *x = lookup(*result, QStringLiteral("m.x"));
        QVERIFY(x);
        QCOMPARE(x->location(), (SourceLocation{kFile, 1, 11}));
        QCOMPARE(x->plainText(), QStringLiteral("1"));
    }

    void invalidMerges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("scalar")
            << QStringLiteral("m:\n  <<: 1\n") << 2 << 7
            << QStringLiteral(
                   "expected a mapping or list of mappings for merging, but found scalar");
        QTest::newRow("null")
            << QStringLiteral("m:\n  <<:\n  x: 1\n") << 2 << 3
            << QStringLiteral(
                   "expected a mapping or list of mappings for merging, but found scalar");
        QTest::newRow("scalar in the list")
            << QStringLiteral("a: &a {x: 1}\nm:\n  <<: [*a, 2]\n") << 3 << 12
            << QStringLiteral("expected a mapping for merging, but found scalar");
        QTest::newRow("list in the list")
            << QStringLiteral("m:\n  <<: [[1]]\n") << 2 << 8
            << QStringLiteral("expected a mapping for merging, but found sequence");
    }

    void invalidMerges()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().location, (SourceLocation{kFile, line, column}));
    }

    // Expected values from PyYAML 6.0.
    void aliases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scalar") << QStringLiteral("ip: &ip 10.0.0.1\nports: [ *ip, 25/tcp ]\n")
                                << QStringLiteral("ports")
                                << QStringLiteral("['10.0.0.1', '25/tcp']");
        QTest::newRow("sequence") << QStringLiteral("a: &l [1, 2]\nb: *l\n") << QStringLiteral("b")
                                  << QStringLiteral("[1, 2]");
        QTest::newRow("mapping") << QStringLiteral("a: &m {x: 1, y: [yes]}\nb: *m\n")
                                 << QStringLiteral("b") << QStringLiteral("{'x': 1, 'y': [True]}");
        QTest::newRow("typed scalar") << QStringLiteral("a: &p 53:53\nb: *p\n")
                                      << QStringLiteral("b") << QStringLiteral("3233");
        QTest::newRow("alias as key") << QStringLiteral("k: &k name\nm: {*k : v}\n")
                                      << QStringLiteral("m") << QStringLiteral("{'name': 'v'}");
        QTest::newRow("anchored collection inside list")
            << QStringLiteral("l: [&i {a: 1}, *i]\n") << QStringLiteral("l")
            << QStringLiteral("[{'a': 1}, {'a': 1}]");
        QTest::newRow("anchor on a key") << QStringLiteral("m: {&k a: 1}\nn: [*k]\n")
                                         << QStringLiteral("n") << QStringLiteral("['a']");
    }

    void aliases()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *value = result->find(key);
        QVERIFY(value);
        QCOMPARE(pythonStr(*value), expected);
    }

    void aliasIsTheAnchoredNode()
    {
        const Result<Value> result = parse(QStringLiteral("a: &p 53:53\nb: *p\n"));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *b = result->find(u"b");
        QVERIFY(b);
        QCOMPARE(b->location(), (SourceLocation{kFile, 1, 4}));
        QCOMPARE(b->plainText(), QStringLiteral("53:53"));
        QCOMPARE(b->toInt(), 3233);
    }

    void holdsAnchor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("holds");
        QTest::newRow("anchored scalar")
            << QStringLiteral("a: &x 1\n") << QStringLiteral("a") << true;
        QTest::newRow("anchored mapping")
            << QStringLiteral("a: &m {b: 1}\n") << QStringLiteral("a") << true;
        QTest::newRow("anchor deep inside")
            << QStringLiteral("a: {b: [1, {c: &x 2}]}\n") << QStringLiteral("a") << true;
        QTest::newRow("anchor on a key inside")
            << QStringLiteral("a: {&k b: 1}\n") << QStringLiteral("a") << true;
        QTest::newRow("no anchor")
            << QStringLiteral("a: {b: [1, 2]}\n") << QStringLiteral("a") << false;
        QTest::newRow("alias of an anchored node")
            << QStringLiteral("a: &m {b: 1}\nc: *m\n") << QStringLiteral("c") << false;
        QTest::newRow("alias of a node with an anchor inside")
            << QStringLiteral("a: {b: &x 1}\nc: [*x]\n") << QStringLiteral("c") << false;
        QTest::newRow("merged anchored mapping")
            << QStringLiteral("a: &m {b: 1}\nc: {<<: *m, d: 2}\n") << QStringLiteral("c") << false;
    }

    void holdsAnchor()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(bool, holds);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *value = result->find(key);
        QVERIFY(value);
        QCOMPARE(value->holdsAnchor(), holds);
    }

    void unknownAliasIsAnError()
    {
        const Result<Value> result = parse(QStringLiteral("a: 1\nb: *nope\n"));
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.error().location, (SourceLocation{kFile, 2, 4}));
        QVERIFY2(result.error().message.contains(QLatin1String("anchor")),
                 qPrintable(result.error().message));
    }

    void onlyTheFirstDocumentIsRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two documents")
            << QStringLiteral("a: 1\n---\nb: 2\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("leading marker")
            << QStringLiteral("---\na: 1\n---\nb: 2\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("end marker") << QStringLiteral("a: 1\n...\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("end and start markers")
            << QStringLiteral("a: 1\n...\n---\nb: 2\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("syntax error in the second")
            << QStringLiteral("a: 1\n--- \nb: [1\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("bad token in the second")
            << QStringLiteral("a: 1\n---\n@bad\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("duplicate key in the second")
            << QStringLiteral("a: 1\n---\nb: 1\nb: 2\n") << QStringLiteral("{'a': 1}");
        QTest::newRow("scalar document")
            << QStringLiteral("--- hello\n--- world\n") << QStringLiteral("hello");
    }

    void onlyTheFirstDocumentIsRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(pythonStr(*result), expected);
    }

    void emptyInputIsNull_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nothing") << QString();
        QTest::newRow("newline") << QStringLiteral("\n");
        QTest::newRow("blank lines") << QStringLiteral("   \n\n");
        QTest::newRow("comment") << QStringLiteral("# nothing here\n");
        QTest::newRow("empty document") << QStringLiteral("---\n");
        QTest::newRow("empty document with end") << QStringLiteral("--- \n...\n");
    }

    void emptyInputIsNull()
    {
        QFETCH(QString, text);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result->isNull());
        QCOMPARE(result->location().file, kFile);
        QVERIFY(result->location().isValid());
    }

    // yaml-cpp's messages, at 1-based positions of the text as written.
    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const auto row
            = [](const char *name, const char *text, int line, int column, const char *message) {
                  QTest::newRow(name)
                      << QString::fromUtf8(text) << line << column << QString::fromUtf8(message);
              };
        row("unclosed flow sequence", "a: [1, 2\nb: 3\n", 2, 2, "end of sequence flow not found");
        row("unclosed flow mapping", "x: 1\ny: [a, b]\nz: {c: 1\n", 4, 1,
            "end of map flow not found");
        row("wrong flow end", "a: {b: 1]\n", 1, 9, "illegal flow end");
        row("tab indentation", "a: 1\n\tb: 2\n", 2, 1, "illegal tab when looking for indentation");
        row("value on a value", "a: b: c\n", 1, 5, "illegal map value");
        // The mistake's own line: where the indentation breaks (see indentationMistakes).
        row("over-indented key", "key: value\n  bad: x\n", 2, 1, "illegal map value");
        row("list item in a mapping", "a:\n  - 1\n  b: 2\n", 3, 3, "end of map not found");
        row("error after an emoji", "a: \U0001F600: c\n", 1, 6, "illegal map value");
        row("bad escape", "a: \"\\q\"\n", 1, 7, "unknown escape character: q");
        row("unknown token", "a: @x\n", 1, 4, "unknown token");
        row("repeated directive", "%YAML 1.1\n%YAML 1.1\n--- a\n", 2, 1, "repeated YAML directive");
        // yaml-cpp would silently start a second document at these lines.
        row("list after the top mapping", "a: 1\n- b\n", 2, 1, "end of map not found");
        row("mapping after the top list", "- a\nb: 1\n", 2, 1, "expected the end of the document");
        row("document after an end marker", "a: 1\n...\nb: 2\n", 3, 1,
            "expected the end of the document");
        row("syntax error beats a duplicate key", "a: 1\na: 2\nb: [\n", 4, 1,
            "end of sequence flow not found");
    }

    void syntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
        QCOMPARE(result.error().location, (SourceLocation{kFile, line, column}));
    }

    // yaml-cpp's `illegal map value` names the colon of the line after the mistake; the
    // message says in words what breaks, and the location is the mistake's.
    void indentationMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("over-indented key")
            << "services:\n  web:\n    image: x\n      ports: [1]\n    user: a\n"
            << 4 << 1
            << "illegal map value: the indentation breaks at line 4: `ports` starts in column "
               "7, right of line 3 (`image: x`, column 5), which already has a value, so "
               "`ports` is read as more of that value; indent `ports` like the keys it belongs "
               "with";
        QTest::newRow("over-indented after a blank line")
            << "a:\n  b: 1\n\n    c: 2\n"
            << 4 << 1
            << "illegal map value: the indentation breaks at line 4: `c` starts in column 5, "
               "right of line 2 (`b: 1`, column 3), which already has a value, so `c` is read "
               "as more of that value; indent `c` like the keys it belongs with";
        QTest::newRow("over-indented after a list item")
            << "a:\n  - 1\n   d: 2\n"
            << 3 << 1
            << "illegal map value: the indentation breaks at line 3: `d` starts in column 4, "
               "right of line 2 (`1`, column 3), which already has a value, so `d` is read as "
               "more of that value; indent `d` like the keys it belongs with";
        QTest::newRow("missing colon")
            << "a:\n  image: x\n  env\n  d: 2\n"
            << 3 << 3
            << "illegal map value: line 3 (`env`) is neither `key: value` nor a list item, so "
               "line 4 is read as more of its text; is a colon missing after `env`?";
        QTest::newRow("key on a value's line")
            << "a: b: c\n"
            << 1 << 5
            << "illegal map value: a value cannot start another `key:` on the same line (line "
               "1); put the key on a line of its own, or quote the value";
    }

    void indentationMistakes()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().location, (SourceLocation{kFile, line, column}));
    }

    void nodeLocations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("root") << QString() << 2 << 1;
        QTest::newRow("scalar") << QStringLiteral("name") << 2 << 7;
        QTest::newRow("block mapping") << QStringLiteral("ships") << 4 << 3;
        QTest::newRow("flow mapping") << QStringLiteral("ships.s1") << 4 << 7;
        QTest::newRow("flow value") << QStringLiteral("ships.s1.ip") << 4 << 12;
        QTest::newRow("quoted") << QStringLiteral("services.web.image") << 7 << 12;
        QTest::newRow("block sequence") << QStringLiteral("services.web.ports") << 9 << 7;
        QTest::newRow("first item") << QStringLiteral("services.web.ports.0") << 9 << 9;
        QTest::newRow("second item") << QStringLiteral("services.web.ports.1") << 10 << 9;
        QTest::newRow("empty value") << QStringLiteral("services.web.env.EMPTY") << 12 << 7;
        QTest::newRow("block scalar") << QStringLiteral("services.web.command") << 13 << 14;
        QTest::newRow("after a block scalar") << QStringLiteral("services.web.tail") << 15 << 11;
    }

    void nodeLocations()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const QString text = QStringLiteral("# comment\n"              // 1
                                            "name: demo\n"             // 2
                                            "ships:\n"                 // 3
                                            "  s1: {ip: 10.0.0.1}\n"   // 4
                                            "services:\n"              // 5
                                            "  web:\n"                 // 6
                                            "    image: \"nginx:1\"\n" // 7
                                            "    ports:\n"             // 8
                                            "      - 80\n"             // 9
                                            "      - 8080:80\n"        // 10
                                            "    env:\n"               // 11
                                            "      EMPTY:\n"           // 12
                                            "    command: |\n"         // 13
                                            "      run it\n"           // 14
                                            "    tail: x\n");          // 15
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *value = lookup(*result, path);
        QVERIFY(value);
        QCOMPARE(value->location(), (SourceLocation{kFile, line, column}));
    }

    void keyLocations()
    {
        const Result<Value> good = parse(QStringLiteral("a: 1\nsub:\n  'b': 2\n  3: c\n"));
        QVERIFY2(good.ok(), qPrintable(describe(good)));
        const Value::Map &top = good->entries();
        QCOMPARE(top.at(0).key.location(), (SourceLocation{kFile, 1, 1}));
        QCOMPARE(top.at(1).key.location(), (SourceLocation{kFile, 2, 1}));
        const Value::Map &sub = top.at(1).value.entries();
        QCOMPARE(sub.at(0).key.location(), (SourceLocation{kFile, 3, 3}));
        QCOMPARE(sub.at(1).key.location(), (SourceLocation{kFile, 4, 3}));
        QCOMPARE(sub.at(1).keyText, QStringLiteral("3"));
        QVERIFY(sub.at(1).key.isInt());
    }

    // Columns count UTF-16 units, as SourceMap does (yaml-cpp counts UTF-8 bytes).
    void columnsCountCharactersNotBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("latin-1") << QStringLiteral("\u00e9t\u00e9: \u00fc\n")
                                 << QStringLiteral("\u00e9t\u00e9") << 1 << 6;
        QTest::newRow("second line") << QStringLiteral("\u00e9: x\nk: [\u00fc\u00fc, y]\n")
                                     << QStringLiteral("k.1") << 2 << 9;
        QTest::newRow("CJK") << QStringLiteral("\u540d\u524d: \u5024\n")
                             << QStringLiteral("\u540d\u524d") << 1 << 5;
        QTest::newRow("surrogate pair") << QStringLiteral("k: \U0001F600 x\nm: [\U0001F600, 2]\n")
                                        << QStringLiteral("m.1") << 2 << 9;
        QTest::newRow("after an emoji")
            << QStringLiteral("\U0001F600: a\n") << QStringLiteral("\U0001F600") << 1 << 5;
    }

    void columnsCountCharactersNotBytes()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *value = lookup(*result, path);
        QVERIFY(value);
        QCOMPARE(value->location(), (SourceLocation{kFile, line, column}));
    }

    void byteOrderMarkIsCounted()
    {
        // The BOM is part of the rendered text, so it takes a column on line 1.
        const QString text = QStringLiteral("\uFEFFa: 1\nb: [2\n");
        const Result<Value> good = parse(QStringLiteral("\uFEFFa: 1\nb: 2\n"));
        QVERIFY2(good.ok(), qPrintable(describe(good)));
        QCOMPARE(good->find(u"a")->location(), (SourceLocation{kFile, 1, 5}));
        QCOMPARE(good->find(u"b")->location(), (SourceLocation{kFile, 2, 4}));
        const Result<Value> bad = parse(text);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().location.line, 3);
    }

    // Positions go through the template's source map to what the user wrote.
    void locationsFollowTheSourceMap()
    {
        const QString source
            = QStringLiteral("name: {{ env.NAME }}\nships:\n  s1: {ip: {{ env.IP }}}\n");
        const QString rendered
            = QStringLiteral("name: demo-environment\nships:\n  s1: {ip: 10.1.2.3}\n");
        SourceMap map;
        const int file = map.addFile(QStringLiteral("maestro.yaml"), source);
        const qsizetype firstExpr = source.indexOf(QLatin1String("{{"));
        const qsizetype afterFirst = source.indexOf(QLatin1String("}}")) + 2;
        const qsizetype secondExpr = source.indexOf(QLatin1String("{{"), afterFirst);
        const qsizetype afterSecond = source.indexOf(QLatin1String("}}"), secondExpr) + 2;
        const qsizetype renderedFirst = rendered.indexOf(QLatin1String("demo"));
        const qsizetype renderedAfterFirst
            = renderedFirst + QStringLiteral("demo-environment").size();
        const qsizetype renderedSecond = rendered.indexOf(QLatin1String("10.1"));
        const qsizetype renderedAfterSecond = renderedSecond + QStringLiteral("10.1.2.3").size();
        map.addSegment(0, file, 0, true);
        map.addSegment(renderedFirst, file, firstExpr, false);
        map.addSegment(renderedAfterFirst, file, afterFirst, true);
        map.addSegment(renderedSecond, file, secondExpr, false);
        map.addSegment(renderedAfterSecond, file, afterSecond, true);
        map.setRenderedText(rendered);

        const Result<Value> result = parseYaml(rendered, map);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const QString main = QStringLiteral("maestro.yaml");
        QCOMPARE(lookup(*result, QStringLiteral("name"))->location(), (SourceLocation{main, 1, 7}));
        QCOMPARE(lookup(*result, QStringLiteral("ships.s1.ip"))->location(),
                 (SourceLocation{main, 3, 12}));
        // Text after an expression keeps its own columns in the source.
        QCOMPARE(result->entries().at(1).key.location(), (SourceLocation{main, 2, 1}));
        QCOMPARE(lookup(*result, QStringLiteral("ships.s1"))->location(),
                 (SourceLocation{main, 3, 7}));
    }

    void errorsInAnIncludedFileNameThatFile()
    {
        // main.yaml: "a: 1\n{% include 'inc.yaml' %}\n", inc.yaml: "b: 2\nc: *x\n".
        SourceMap map;
        const int main = map.addFile(QStringLiteral("main.yaml"),
                                     QStringLiteral("a: 1\n{% include 'inc.yaml' %}\n"));
        const int inc = map.addFile(QStringLiteral("inc.yaml"), QStringLiteral("b: 2\nc: *x\n"));
        map.addSegment(0, main, 0, true);
        map.addSegment(5, inc, 0, true);
        const QString rendered = QStringLiteral("a: 1\nb: 2\nc: *x\n");
        map.setRenderedText(rendered);
        const Result<Value> result = parseYaml(rendered, map);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.error().location, (SourceLocation{QStringLiteral("inc.yaml"), 2, 4}));

        const QString duplicate = QStringLiteral("a: 1\nb: 2\na: 3\n");
        SourceMap duplicateMap;
        const int m = duplicateMap.addFile(QStringLiteral("main.yaml"),
                                           QStringLiteral("a: 1\n{% include 'i' %}\n"));
        const int i
            = duplicateMap.addFile(QStringLiteral("i.yaml"), QStringLiteral("b: 2\na: 3\n"));
        duplicateMap.addSegment(0, m, 0, true);
        duplicateMap.addSegment(5, i, 0, true);
        duplicateMap.setRenderedText(duplicate);
        const Result<Value> dup = parseYaml(duplicate, duplicateMap);
        QVERIFY2(!dup.ok(), qPrintable(describe(dup)));
        QCOMPARE(dup.error().location, (SourceLocation{QStringLiteral("i.yaml"), 2, 1}));
        QCOMPARE(dup.error().message,
                 QStringLiteral("found duplicate key (a); first defined at main.yaml:1:1"));
    }

    void deepNestingIsAnError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("flow sequences") << QStringLiteral("[").repeated(100000);
        QTest::newRow("flow mappings") << QStringLiteral("{a: ").repeated(20000);
        QTest::newRow("block sequences")
            << QStringLiteral("- ").repeated(5000) + QStringLiteral("x\n");
        QString block;
        for (int i = 0; i < 1000; ++i)
            block += QString(i, QLatin1Char(' ')) + QStringLiteral("a:\n");
        QTest::newRow("block mappings") << block;
    }

    void deepNestingIsAnError()
    {
        QFETCH(QString, text);
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error().message.contains(QLatin1String("nested too deeply")),
                 qPrintable(result.error().message));
        QVERIFY(result.error().location.isValid());
    }

    void moderateNestingIsFine()
    {
        const Result<Value> result
            = parse(QStringLiteral("[").repeated(100) + QStringLiteral("]").repeated(100));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value *node = &*result;
        int depth = 0;
        while (node->isList() && !node->items().empty()) {
            node = &node->items().front();
            ++depth;
        }
        QCOMPARE(depth, 99);
    }

    void aliasBombIsAnError()
    {
        const QString text = readData(QStringLiteral("billion-laughs.yaml"));
        QVERIFY(!text.isEmpty());
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QVERIFY2(result.error().message.contains(QLatin1String("more than 5000000 nodes")),
                 qPrintable(result.error().message));
        // The alias that crosses the limit is on the `g:` line (the fourth `*f` there).
        QCOMPARE(result.error().location, (SourceLocation{kFile, 9, 20}));
    }

    void mergeChainBombIsAnError()
    {
        // Each level merges the previous one: a quadratic amount of copying if unchecked.
        QString text = QStringLiteral("l0: &l0 {");
        for (int i = 0; i < 1000; ++i)
            text += QStringLiteral("k%1: %1, ").arg(i);
        text += QStringLiteral("end: 1}\n");
        // ~2,500 levels of ~2,000 nodes each reach the limit.
        for (int level = 1; level < 4000; ++level)
            text += QStringLiteral("l%1: &l%1 {<<: *l%2, x%1: 1}\n").arg(level).arg(level - 1);
        const Result<Value> result = parse(text);
        QVERIFY2(!result.ok(), qPrintable(describe(result).left(200)));
        QVERIFY2(result.error().message.contains(QLatin1String("nodes")),
                 qPrintable(result.error().message));
    }

    void manyHarmlessAliasesAreFine()
    {
        QString text = QStringLiteral("d: &d {image: nginx, env: {A: 1, B: 2}}\nl:\n");
        for (int i = 0; i < 2000; ++i)
            text += QStringLiteral("  - *d\n");
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(int(result->find(u"l")->items().size()), 2000);
    }

    void environmentFixture()
    {
        const QString text = readData(QStringLiteral("environment.yaml"));
        QVERIFY(!text.isEmpty());
        const Result<Value> result = parse(text);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const Value &root = *result;
        // Expected strings from PyYAML 6.0 (str() of the loaded values).
        QCOMPARE(
            pythonStr(*lookup(root, QStringLiteral("services.dns.instances.dns-1"))),
            QStringLiteral(
                "{'restart': False, 'env': {'LOG_LEVEL': 'info', 'DEBUG': False, 'RETRIES': 8}, "
                "'ship': 'alpha', 'ports': {'dns': 3233, 'quoted': '53:53/udp', 'admin': "
                "'8080:80'}, "
                "'extra_hosts': ['10.0.0.53']}"));
        QCOMPARE(pythonStr(*lookup(root, QStringLiteral("services.web.env"))),
                 QStringLiteral(
                     "{'LOG_LEVEL': 'debug', 'DEBUG': False, 'RETRIES': 8, 'WORKERS': 1000}"));
        QCOMPARE(pythonStr(*lookup(root, QStringLiteral("ship_defaults"))),
                 QStringLiteral("{'api_version': 1.2, 'timeout': 30}"));
        const Value *apiVersion = lookup(root, QStringLiteral("ship_defaults.api_version"));
        QCOMPARE(apiVersion->plainText(), QStringLiteral("1.20"));
        const Value *dnsPort
            = lookup(root, QStringLiteral("services.dns.instances.dns-1.ports.dns"));
        QCOMPARE(dnsPort->plainText(), QStringLiteral("53:53"));
        QCOMPARE(dnsPort->location(), (SourceLocation{kFile, 34, 16}));
        // A merged value points at its definition in `_globals`.
        QCOMPARE(lookup(root, QStringLiteral("services.dns.instances.dns-1.restart"))->location(),
                 (SourceLocation{kFile, 9, 14}));
        QVERIFY(lookup(root, QStringLiteral("services.web.instances.web-1.volumes"))->isMap());
    }

    // Whatever the input, the parser returns: a value or an error with a position.
    void mutatedInputNeverCrashes()
    {
        const QString base = readData(QStringLiteral("environment.yaml"));
        QVERIFY(!base.isEmpty());
        const QString alphabet
            = QStringLiteral(" \n\t:-[]{},&*!|>'\"#%@`?<=~.0123456789abyz\u00e9");
        QRandomGenerator random(20261124);
        int errors = 0;
        for (int round = 0; round < 400; ++round) {
            QString text = base;
            const int edits = 1 + int(random.bounded(8));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(text.size()));
                switch (random.bounded(3)) {
                case 0:
                    text.remove(at, 1 + random.bounded(5));
                    break;
                case 1:
                    text.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                    break;
                default:
                    text[at] = alphabet.at(random.bounded(int(alphabet.size())));
                    break;
                }
            }
            const Result<Value> result = parse(text);
            if (!result.ok()) {
                ++errors;
                QVERIFY2(result.error().location.isValid(), qPrintable(result.error().toString()));
                QCOMPARE(result.error().location.file, kFile);
                QVERIFY(!result.error().message.isEmpty());
            }
        }
        // Most random edits of a YAML file break it; a parser that accepted everything
        // (or nothing) would be suspicious.
        QVERIFY2(errors > 40 && errors < 400, qPrintable(QString::number(errors)));
    }
};

QTEST_GUILESS_MAIN(tst_YamlParser)
#include "tst_yamlparser.moc"
