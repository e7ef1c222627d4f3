// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/restartpolicy.h"

#include "valuebuilders.h"

#include <QTest>

using namespace Maestro::Core;
using namespace GrammarTest;

namespace {
const QString kChoices = QStringLiteral("choose one of no, always, on-failure, unless-stopped.");
}

class tst_RestartPolicy : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<Value>("spec");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("retries");
        QTest::addColumn<QString>("error"); // empty: success

        // Spec 8.3 and tests 32-39 of section 18.2.
        QTest::newRow("t32-absent") << Value() << "no" << 0 << QString();
        QTest::newRow("t33-no-string") << S("no") << "no" << 0 << QString();
        QTest::newRow("yaml-no-is-false") << B(false) << "no" << 0 << QString();
        QTest::newRow("true") << B(true) << "no" << 0 << QString();
        QTest::newRow("t37-list") << L({}) << "no" << 0 << QString();
        QTest::newRow("number") << I(3) << "no" << 0 << QString();
        QTest::newRow("t34-always") << S("always") << "always" << 0 << QString();
        QTest::newRow("unless-stopped")
            << S("unless-stopped") << "unless-stopped" << 0 << QString();
        QTest::newRow("t35-on-failure") << S("on-failure") << "on-failure" << 0 << QString();
        QTest::newRow("on-failure-3") << S("on-failure:3") << "on-failure" << 3 << QString();
        QTest::newRow("python-int-spaces") << S("on-failure: 3 ") << "on-failure" << 3 << QString();
        QTest::newRow("python-int-underscore")
            << S("on-failure:1_0") << "on-failure" << 10 << QString();
        QTest::newRow("always-0") << S("always:0") << "always" << 0 << QString();
        QTest::newRow("t36-mapping") << M({{"name", S("on-failure")}, {"retries", I(42)}})
                                     << "on-failure" << 42 << QString();
        QTest::newRow("t38-mapping-no-retries")
            << M({{"name", S("on-failure")}}) << "on-failure" << 0 << QString();
        QTest::newRow("mapping-string-retries")
            << M({{"name", S("on-failure")}, {"retries", S("5")}}) << "on-failure" << 5
            << QString();
        QTest::newRow("mapping-float-retries")
            << M({{"name", S("on-failure")}, {"retries", F(2.7)}}) << "on-failure" << 2
            << QString();
        QTest::newRow("empty-mapping") << M({}) << "no" << 0 << QString();

        QTest::newRow("t39-noclue")
            << S("noclue") << QString() << 0
            << QStringLiteral("Invalid restart policy noclue for container foo1; ") + kChoices;
        QTest::newRow("mapping-unknown-name")
            << M({{"name", S("x")}}) << QString() << 0
            << QStringLiteral("Invalid restart policy x for container foo1; ") + kChoices;
        QTest::newRow("mapping-name-false")
            << M({{"name", B(false)}}) << QString() << 0
            << QStringLiteral("Invalid restart policy False for container foo1; ") + kChoices;
        QTest::newRow("empty-string")
            << S("") << QString() << 0
            << QStringLiteral("Invalid restart policy  for container foo1; ") + kChoices;
        QTest::newRow("name-checked-before-retries")
            << S("bogus:x") << QString() << 0
            << QStringLiteral("Invalid restart policy bogus for container foo1; ") + kChoices;
        QTest::newRow("bad-retries")
            << S("on-failure:x") << QString() << 0
            << "Invalid restart policy format for container foo1: \"on-failure:x\"";
        QTest::newRow("empty-retries")
            << S("on-failure:") << QString() << 0
            << "Invalid restart policy format for container foo1: \"on-failure:\"";
        QTest::newRow("documented-key")
            << M({{"name", S("on-failure")}, {"maximum_retry_count", I(3)}}) << QString() << 0
            << "Invalid restart policy format for container foo1: "
               "\"{'name': 'on-failure', 'maximum_retry_count': 3}\"";
        QTest::newRow("null-retries")
            << M({{"name", S("on-failure")}, {"retries", N()}}) << QString() << 0
            << "Invalid restart policy format for container foo1: "
               "\"{'name': 'on-failure', 'retries': None}\"";
        // KW-35: Docker refuses retries for anything but on-failure.
        QTest::newRow("kw35-always-3")
            << S("always:3") << QString() << 0
            << "Invalid restart policy format for container foo1: \"always:3\"; "
               "only on-failure takes a retry count (Docker refuses retries for always).";
        QTest::newRow("kw35-retries-only")
            << M({{"retries", I(2)}}) << QString() << 0
            << "Invalid restart policy format for container foo1: "
               "\"{'retries': 2}\"; only on-failure takes a retry count "
               "(Docker refuses retries for no).";
        QTest::newRow("negative")
            << S("on-failure:-1") << QString() << 0
            << "Invalid restart policy format for container foo1: \"on-failure:-1\"; "
               "the retry count cannot be negative.";
        QTest::newRow("too-big")
            << S("on-failure:99999999999") << QString() << 0
            << "Invalid restart policy format for container foo1: \"on-failure:99999999999\"";
    }
    void parse()
    {
        QFETCH(Value, spec);
        QFETCH(QString, name);
        QFETCH(int, retries);
        QFETCH(QString, error);
        const Result<RestartPolicy> result = parseRestartPolicy(spec, QStringLiteral("foo1"));
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->name, name);
        QCOMPARE(result->maximumRetryCount, retries);
    }

    void errorLocation()
    {
        const Value spec = S("noclue", loc(12, 16));
        QCOMPARE(parseRestartPolicy(spec, QStringLiteral("foo1")).error().location, loc(12, 16));
    }
};

QTEST_GUILESS_MAIN(tst_RestartPolicy)
#include "tst_restartpolicy.moc"
