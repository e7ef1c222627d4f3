// SPDX-License-Identifier: GPL-3.0-or-later
// Every class of template error: the message, and the file, line and column it points at.
#include "templatetesthelpers.h"

#include <QtTest>

using namespace Maestro::Core;
using namespace Maestro::Core::TestSupport;

class TestTemplateErrors : public QObject
{
    Q_OBJECT

private slots:
    void reportsErrors_data();
    void reportsErrors();
    void limits_data();
    void limits();
    void workBudget();
};

void TestTemplateErrors::reportsErrors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("file"); // "" = the main file
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const QString &source, int line, int column,
                  const QString &message, const QString &file = QString()) {
        QTest::newRow(name) << source << file << line << column << message;
    };

    // Unsupported and unknown tags.
    row("macro", QStringLiteral("a: 1\n{% macro m() %}{% endmacro %}"), 2, 4,
        QStringLiteral("the '{% macro %}' tag is not supported"));
    row("extends", QStringLiteral("{% extends 'base.yaml' %}"), 1, 4,
        QStringLiteral("'{% extends %}' tag is not supported"));
    row("import", QStringLiteral("x\n  {% import 'm.yaml' as m %}"), 2, 6,
        QStringLiteral("'{% import %}' tag is not supported"));
    row("from import", QStringLiteral("{% from 'm.yaml' import x %}"), 1, 4,
        QStringLiteral("'{% from %}' tag is not supported"));
    row("block", QStringLiteral("{%- block b %}{% endblock %}"), 1, 5,
        QStringLiteral("'{% block %}' tag is not supported"));
    row("call", QStringLiteral("{% call x() %}{% endcall %}"), 1, 4,
        QStringLiteral("'{% call %}' tag is not supported"));
    row("filter block", QStringLiteral("{% filter upper %}x{% endfilter %}"), 1, 4,
        QStringLiteral("'{% filter %}' tag is not supported"));
    row("break", QStringLiteral("{% for i in [1] %}{% break %}{% endfor %}"), 1, 22,
        QStringLiteral("'{% break %}' tag is not supported"));
    row("unknown tag", QStringLiteral("{% frobnicate %}"), 1, 4,
        QStringLiteral("unknown tag 'frobnicate'"));
    row("tag without name", QStringLiteral("{% 'x' %}"), 1, 4,
        QStringLiteral("expected a tag name"));

    // Structure.
    row("stray endif", QStringLiteral("a\n{% endif %}"), 2, 4,
        QStringLiteral("unexpected tag 'endif'"));
    row("wrong end tag", QStringLiteral("{% for x in y %}\n{% endif %}"), 2, 4,
        QStringLiteral("the innermost open block is 'for' (line 1, column 1), which needs 'endfor' "
                       "or 'else'"));
    row("unclosed if", QStringLiteral("{% if x %}\nbody\n"), 2, 5,
        QStringLiteral(
            "the 'if' block opened at line 1, column 1 needs 'elif' or 'else' or 'endif'"));
    row("unclosed for else", QStringLiteral("{% for x in y %}{% else %}"), 1, 27,
        QStringLiteral("the 'for' block opened at line 1, column 1 needs 'endfor'"));
    row("junk after tag", QStringLiteral("{% if x y %}{% endif %}"), 1, 9,
        QStringLiteral("unexpected 'y', expected the end of the tag '%}'"));
    row("for without in", QStringLiteral("{% for x of y %}{% endfor %}"), 1, 10,
        QStringLiteral("unexpected 'of', expected 'in'"));
    row("recursive loop", QStringLiteral("{% for x in y recursive %}{% endfor %}"), 1, 15,
        QStringLiteral("recursive loops are not supported"));
    row("assign to constant", QStringLiteral("{% set true = 1 %}"), 1, 8,
        QStringLiteral("cannot assign to 'true'"));
    row("set without value", QStringLiteral("{% set x y %}"), 1, 10,
        QStringLiteral("expected '='"));

    // Lexical errors.
    row("unclosed output", QStringLiteral("a: 1\nb: {{ x"), 2, 4, QStringLiteral("missing '}}'"));
    row("unclosed tag", QStringLiteral("{% if x"), 1, 1, QStringLiteral("missing '%}'"));
    row("unclosed comment", QStringLiteral("a\n {# note"), 2, 2,
        QStringLiteral("missing end of comment tag"));
    row("unclosed raw", QStringLiteral("{% raw %}{{ x }}"), 1, 1,
        QStringLiteral("missing '{% endraw %}'"));
    row("unterminated string", QStringLiteral("{{ 'abc }}"), 1, 4,
        QStringLiteral("unterminated string"));
    row("bad character", QStringLiteral("{{ a $ b }}"), 1, 6,
        QStringLiteral("unexpected character '$'"));
    row("mismatched bracket", QStringLiteral("{{ (1 }}"), 1, 7,
        QStringLiteral("unexpected '}', expected ')'"));
    row("stray closing bracket", QStringLiteral("{{ 1) }}"), 1, 5,
        QStringLiteral("unexpected ')'"));
    row("bad escape", QStringLiteral("{{ '\\x4' }}"), 1, 5, QStringLiteral("truncated \\x escape"));
    row("huge integer", QStringLiteral("{{ 99999999999999999999 }}"), 1, 4,
        QStringLiteral("out of range"));

    // Expression syntax.
    row("missing operand", QStringLiteral("{{ 1 + }}"), 1, 8, QStringLiteral("unexpected '}}'"));
    row("extra tokens in output", QStringLiteral("{{ a b }}"), 1, 6,
        QStringLiteral("unexpected 'b', expected '}}'"));
    row("star args", QStringLiteral("{{ f(*x) }}"), 1, 6,
        QStringLiteral("'*args' and '**kwargs' arguments are not supported"));
    row("positional after keyword", QStringLiteral("{{ x | default(a=1, 2) }}"), 1, 21,
        QStringLiteral("positional argument follows keyword argument"));
    row("empty subscript", QStringLiteral("{{ x[] }}"), 1, 5, QStringLiteral("empty subscript"));

    // Names, filters, tests, methods.
    row("unknown filter", QStringLiteral("{{ x | nope }}"), 1, 8,
        QStringLiteral("no filter named 'nope'"));
    row("unknown test", QStringLiteral("a\n{{ x is nope }}"), 2, 9,
        QStringLiteral("no test named 'nope'"));
    row("unknown method", QStringLiteral("{{ 'a'.nope() }}"), 1, 8,
        QStringLiteral("'str' object has no supported method 'nope'"));
    row("unknown function", QStringLiteral("{{ nope(1) }}"), 1, 4,
        QStringLiteral("'nope' is undefined"));
    row("unsupported global", QStringLiteral("{{ lipsum() }}"), 1, 4,
        QStringLiteral("'lipsum()' is not supported"));
    row("not callable", QStringLiteral("{% set s = 'x' %}{{ s() }}"), 1, 21,
        QStringLiteral("'str' object is not callable"));
    row("filter argument", QStringLiteral("{{ 'a' | replace('a') }}"), 1, 10,
        QStringLiteral("replace() missing required argument 'new'"));
    row("filter keyword", QStringLiteral("{{ 'a' | default(nope=1) }}"), 1, 10,
        QStringLiteral("default() got an unexpected keyword argument 'nope'"));

    // Undefined values.
    row("attribute of undefined", QStringLiteral("{{ env.NOPE.x }}"), 1, 13,
        QStringLiteral("'env' has no attribute 'NOPE'"));
    row("item of undefined", QStringLiteral("{{ env['NOPE'][0] }}"), 1, 15,
        QStringLiteral("'env' has no item 'NOPE'"));
    row("undefined variable", QStringLiteral("{{ nope.x }}"), 1, 9,
        QStringLiteral("'nope' is undefined"));
    row("method on undefined", QStringLiteral("{{ env.NOPE.split(',') }}"), 1, 13,
        QStringLiteral("'env' has no attribute 'NOPE'"));
    row("arithmetic on undefined", QStringLiteral("{{ env.NOPE + 1 }}"), 1, 4,
        QStringLiteral("'env' has no attribute 'NOPE'"));
    row("int of undefined", QStringLiteral("{{ env.NOPE | int }}"), 1, 15,
        QStringLiteral("'env' has no attribute 'NOPE'"));

    // Python runtime errors.
    row("division by zero", QStringLiteral("x: {{ 1 / 0 }}"), 1, 7,
        QStringLiteral("division by zero"));
    row("type mismatch", QStringLiteral("{{ 'a' + 1 }}"), 1, 4,
        QStringLiteral("unsupported operand type(s) for +: 'str' and 'int'"));
    row("ordering mismatch", QStringLiteral("{{ 'a' < 1 }}"), 1, 4,
        QStringLiteral("'<' not supported between instances of 'str' and 'int'"));
    row("integer overflow", QStringLiteral("{{ 2 ** 64 }}"), 1, 4,
        QStringLiteral("does not fit in 64 bits"));
    row("not iterable", QStringLiteral("{% for x in 5 %}{% endfor %}"), 1, 13,
        QStringLiteral("'int' object is not iterable"));
    row("unpack count", QStringLiteral("{% for a, b in [[1, 2, 3]] %}{% endfor %}"), 1, 1,
        QStringLiteral("too many values to unpack (expected 2)"));
    row("unpack non-iterable", QStringLiteral("{% for a, b in [1] %}{% endfor %}"), 1, 1,
        QStringLiteral("cannot unpack non-iterable int object"));
    row("namespace assignment", QStringLiteral("{% set d = {} %}{% set d.x = 1 %}"), 1, 17,
        QStringLiteral("not a namespace() object"));
    row("format index", QStringLiteral("{{ '{1}'.format('a') }}"), 1, 10,
        QStringLiteral("replacement index 1 out of range"));
    row("format numbering", QStringLiteral("{{ '{}{0}'.format('a') }}"), 1, 12,
        QStringLiteral("cannot switch from automatic field numbering"));
    row("percent arguments", QStringLiteral("{{ '%s %s' % ('a',) }}"), 1, 4,
        QStringLiteral("not enough arguments for format string"));
    row("pop from empty", QStringLiteral("{{ [].pop() }}"), 1, 7,
        QStringLiteral("pop from empty list"));
    row("slice step", QStringLiteral("{{ 'abc'[::0] }}"), 1, 9,
        QStringLiteral("slice step cannot be zero"));
    row("unhashable key", QStringLiteral("{{ {[1]: 2} }}"), 1, 5,
        QStringLiteral("unhashable type: 'list'"));

    // Includes.
    row("missing include", QStringLiteral("a\n{% include 'nope.yaml' %}"), 2, 12,
        QStringLiteral("template 'nope.yaml' not found"));
    row("parent directory", QStringLiteral("{% include '../template/inc.yaml' %}"), 1, 12,
        QStringLiteral("template '../template/inc.yaml' not found"));
    row("parent in the middle", QStringLiteral("{% include 'sub/../inc.yaml' %}"), 1, 12,
        QStringLiteral("not found"));
    row("include of a directory", QStringLiteral("{% include 'sub' %}"), 1, 12,
        QStringLiteral("template 'sub' not found"));
    row("include needs a string", QStringLiteral("{% include 5 %}"), 1, 12,
        QStringLiteral("needs a template name (a string), not 'int'"));
    row("include cycle", QStringLiteral("{% include 'cycle_a.yaml' %}"), 1, 15,
        QStringLiteral(
            "include cycle: maestro.yaml -> %1/cycle_a.yaml -> %1/cycle_b.yaml -> %1/cycle_a.yaml")
            .arg(templateDataDir()),
        templateDataDir() + QStringLiteral("/cycle_b.yaml"));
    row("syntax error in include", QStringLiteral("top\n{% include 'broken.yaml' %}"), 3, 4,
        QStringLiteral("the innermost open block is 'if' (line 2, column 1)"),
        templateDataDir() + QStringLiteral("/broken.yaml"));
    row("render error in include", QStringLiteral("{% include 'renderfail.yaml' %}"), 2, 9,
        QStringLiteral("division by zero"), templateDataDir() + QStringLiteral("/renderfail.yaml"));
}

void TestTemplateErrors::reportsErrors()
{
    QFETCH(QString, source);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto result = render(source);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->text : QString()));
    const Error &error = result.error();
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(error.location.file, file.isEmpty() ? QStringLiteral("maestro.yaml") : file);
    QCOMPARE(error.location.line, line);
    QCOMPARE(error.location.column, column);
}

void TestTemplateErrors::limits_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");

    QTest::newRow("huge range") << QStringLiteral("{% for i in range(10**9) %}x{% endfor %}")
                                << QStringLiteral("more than the limit of 100000");
    QTest::newRow("huge string") << QStringLiteral("{{ 'x' * 100000000 }}")
                                 << QStringLiteral("larger than");
    QTest::newRow("doubling string")
        << QStringLiteral("{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = "
                          "ns.s ~ ns.s %}{% endfor %}")
        << QStringLiteral("larger than");
    QTest::newRow("huge list") << QStringLiteral("{{ [0] * 100000000 }}")
                               << QStringLiteral("more than 1000000 items");
    QTest::newRow("growing list") << QStringLiteral(
        "{% set l = [0] %}{% for i in range(30) %}{% set _ = l.extend(l) %}{% endfor %}")
                                  << QStringLiteral("more than 1000000 items");
    QTest::newRow("deep parentheses")
        << QStringLiteral("{{ ") + QString(500, QLatin1Char('(')) + QStringLiteral("1")
               + QString(500, QLatin1Char(')')) + QStringLiteral(" }}")
        << QStringLiteral("nested too deeply");
    QTest::newRow("deep not") << QStringLiteral("{{ ") + QStringLiteral("not ").repeated(500)
                                     + QStringLiteral("1 }}")
                              << QStringLiteral("nested too deeply");
    QTest::newRow("deep minus") << QStringLiteral("{{ ") + QStringLiteral("-").repeated(500)
                                       + QStringLiteral("1 }}")
                                << QStringLiteral("nested too deeply");
    QTest::newRow("deep lists") << QStringLiteral("{{ ") + QString(500, QLatin1Char('['))
                                       + QString(500, QLatin1Char(']')) + QStringLiteral(" }}")
                                << QStringLiteral("nested too deeply");
    QTest::newRow("long operator chain")
        << QStringLiteral("{{ 1") + QStringLiteral(" + 1").repeated(100000) + QStringLiteral(" }}")
        << QStringLiteral("nested too deeply");
    QTest::newRow("long filter chain")
        << QStringLiteral("{{ 'a'") + QStringLiteral(" | upper").repeated(100000)
               + QStringLiteral(" }}")
        << QStringLiteral("nested too deeply");
    QTest::newRow("long attribute chain")
        << QStringLiteral("{{ env") + QStringLiteral(".x").repeated(100000) + QStringLiteral(" }}")
        << QStringLiteral("nested too deeply");
    QTest::newRow("chains inside nesting")
        << QStringLiteral("{{ ") + QStringLiteral("[1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + ").repeated(40)
               + QStringLiteral("1") + QStringLiteral("]").repeated(40) + QStringLiteral(" }}")
        << QStringLiteral("nested too deeply");
    QTest::newRow("deep blocks") << QStringLiteral("{% if 1 %}").repeated(200)
                                        + QStringLiteral("{% endif %}").repeated(200)
                                 << QStringLiteral("blocks nested too deeply");
    QTest::newRow("big format width")
        << QStringLiteral("{{ '{:999999}'.format(1) }}") << QStringLiteral("too large");
}

void TestTemplateErrors::limits()
{
    QFETCH(QString, source);
    QFETCH(QString, message);
    const auto result = render(source);
    QVERIFY2(!result.ok(), "rendering should have stopped at a limit");
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().toString()));
    QVERIFY(result.error().location.isValid());
}

void TestTemplateErrors::workBudget()
{
    // Nested loops of 10^10 iterations stop at the budget (a small one here, so that the
    // test is quick; the default is TemplateLimits::maxSteps).
    TemplateInput input{
        QStringLiteral("maestro.yaml"),
        QStringLiteral(
            "{% for i in range(100000) %}\n{% for j in range(100000) %}{% endfor %}{% endfor %}"),
        QString(), testEnvironment(), 300000};
    const auto stopped = renderTemplate(input);
    QVERIFY(!stopped.ok());
    QVERIFY2(stopped.error().message.contains(QLatin1String("needs too much work")),
             qPrintable(stopped.error().toString()));
    QCOMPARE(stopped.error().location.line, 2);

    // The same budget is plenty for a 2,000-instance loop.
    input.text = QStringLiteral(
        "{% for i in range(2000) %}  web-{{ i }}: {ship: s{{ i % 7 }}}\n{% endfor %}");
    const auto rendered = renderTemplate(input);
    QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().toString()));
    QCOMPARE(rendered->text.count(QLatin1String("web-")), 2000);
}

QTEST_GUILESS_MAIN(TestTemplateErrors)
#include "tst_templateerrors.moc"
