// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering cost of environment-sized templates. Run with `-tickcounter` or plain for
// wall-clock figures; nothing here asserts a time, only that the output is right.
#include "templatetesthelpers.h"

#include <QtTest>

using namespace Maestro::Core;
using namespace Maestro::Core::TestSupport;

class TestTemplateBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void plainFile();
    void loopGeneratedFile();
    void includeInLoop();
};

namespace {

constexpr int instanceCount = 2000;

// An environment file of 2,000 instances without template syntax (about 200 KB).
QString plainEnvironment()
{
    QString text = QStringLiteral(
        "ships:\n  s1: {ip: 10.0.0.1}\nservices:\n  web:\n    image: nginx:1.25\n    instances:\n");
    for (int i = 0; i < instanceCount; ++i) {
        text += QStringLiteral(
                    "      web-%1:\n        ship: s1\n        ports: {http: '%2:80/tcp'}\n"
                    "        env: {ROLE: web, INDEX: '%1'}\n")
                    .arg(i)
                    .arg(10000 + i);
    }
    return text;
}

} // namespace

void TestTemplateBenchmark::plainFile()
{
    const QString text = plainEnvironment();
    QVERIFY(text.size() > 150000);
    QString rendered;
    QBENCHMARK
    {
        const auto result = render(text);
        QVERIFY(result.ok());
        rendered = result->text;
    }
    QCOMPARE(rendered, text.chopped(1));
}

void TestTemplateBenchmark::loopGeneratedFile()
{
    const QString text
        = QStringLiteral("ships:\n  s1: {ip: 10.0.0.1}\nservices:\n  web:\n    image: {{ env.IMAGE "
                         "| default('nginx:1.25') }}\n"
                         "    instances:\n"
                         "{%- for i in range(2000) %}\n"
                         "      web-{{ i }}:\n"
                         "        ship: s1\n"
                         "        ports: {http: '{{ 10000 + i }}:80/tcp'}\n"
                         "        env: {ROLE: web, INDEX: '{{ i }}', FIRST: {{ loop.first }}}\n"
                         "{%- endfor %}\n");
    QString rendered;
    QBENCHMARK
    {
        const auto result = render(text);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        rendered = result->text;
    }
    QCOMPARE(rendered.count(QLatin1String("        ship: s1\n")), instanceCount);
    QVERIFY(rendered.contains(
        QLatin1String("      web-1999:\n        ship: s1\n        ports: {http: '11999:80/tcp'}")));
}

void TestTemplateBenchmark::includeInLoop()
{
    const QString text = QStringLiteral(
        "items:\n{% for item in range(2000) %}{% include 'loopitem.yaml' %}\n{% endfor %}");
    QString rendered;
    QBENCHMARK
    {
        const auto result = render(text);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        rendered = result->text;
    }
    QCOMPARE(rendered.count(QLatin1String("  - item")), instanceCount);
}

QTEST_GUILESS_MAIN(TestTemplateBenchmark)
#include "tst_templatebenchmark.moc"
