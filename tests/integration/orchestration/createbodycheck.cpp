// SPDX-License-Identifier: GPL-3.0-or-later
#include "createbodycheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace Maestro::Tests {

namespace {

void compareValue(const QString &key, const QJsonValue &sent, const QJsonValue &got,
                  const QString &name)
{
    const QString where
        = name + QLatin1Char(' ') + key + QStringLiteral(": sent ")
          + QString::fromUtf8(
              QJsonDocument(QJsonObject{{key, sent}}).toJson(QJsonDocument::Compact))
          + QStringLiteral(" got ")
          + QString::fromUtf8(
              QJsonDocument(QJsonObject{{key, got}}).toJson(QJsonDocument::Compact));
    if (sent.isArray() && key == QLatin1String("Env")) {
        const QJsonArray have = got.toArray();
        for (const QJsonValue &v : sent.toArray())
            QVERIFY2(have.contains(v), qPrintable(where));
    } else if (sent.isObject()
               && (key == QLatin1String("Labels") || key == QLatin1String("Volumes")
                   || key == QLatin1String("ExposedPorts"))) {
        const QJsonObject have = got.toObject();
        const QJsonObject want = sent.toObject();
        for (auto it = want.begin(); it != want.end(); ++it)
            QVERIFY2(have.value(it.key()) == it.value(), qPrintable(where));
    } else if (got.isUndefined() && (sent == QJsonValue(false) || sent == QJsonValue(0))) {
        // The daemon leaves out zero values of omitempty members (NetworkDisabled).
    } else {
        QVERIFY2(sent == got, qPrintable(where));
    }
}

} // namespace

// Daemons add to lists and maps (the image's ENV, default labels), so those are compared
// as subsets.
void compareWithCreateBody(const QJsonObject &body, const QJsonObject &inspected,
                           const QString &name)
{
    const QJsonObject config = inspected.value(QStringLiteral("Config")).toObject();
    const QJsonObject host = inspected.value(QStringLiteral("HostConfig")).toObject();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("HostConfig"))
            continue;
        if (it.key() == QLatin1String("Volumes") && it.value().toObject().isEmpty())
            continue; // the daemon reports no volumes as null
        compareValue(it.key(), it.value(), config.value(it.key()), name);
        if (QTest::currentTestFailed())
            return;
    }
    const QJsonObject bodyHost = body.value(QStringLiteral("HostConfig")).toObject();
    for (auto it = bodyHost.begin(); it != bodyHost.end(); ++it) {
        // Links come back as "/name:/container/alias"; an empty LxcConf is not reported.
        if (it.key() == QLatin1String("Links") || it.key() == QLatin1String("LxcConf"))
            continue;
        if (it.value().isArray() && it.value().toArray().isEmpty())
            continue; // empty lists come back as null
        compareValue(QStringLiteral("HostConfig.") + it.key(), it.value(), host.value(it.key()),
                     name);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace Maestro::Tests
