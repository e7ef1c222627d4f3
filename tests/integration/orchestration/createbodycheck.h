// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cross-checks a create-container body against the daemon's inspection of the container it
// created: each member must come back as sent. Reports mismatches with QVERIFY2, so call
// it from a test function and return when QTest::currentTestFailed().

#include <QJsonObject>
#include <QString>

namespace Maestro::Tests {

void compareWithCreateBody(const QJsonObject &body, const QJsonObject &inspected,
                           const QString &name);

} // namespace Maestro::Tests
