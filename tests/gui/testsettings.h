// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

namespace Maestro::Tests {

// The window's QSettings (layout, review before save, recent files) go to a test location of
// their own, per test, never to the user's.
inline void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MaestroDesktopTests"));
    QCoreApplication::setApplicationName(testName);
}

} // namespace Maestro::Tests
