// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/environmentloader.h"

#include <QStringList>
#include <QTest>

// Loads an environment from text as the CLI would, with a fixed template environment.
inline Maestro::Core::LoadResult loadText(const QString &yaml, const QString &baseDir = {})
{
    return Maestro::Core::loadEnvironmentText(yaml, QStringLiteral("test.yaml"), baseDir,
                                              {{QStringLiteral("USER"), QStringLiteral("tester")}});
}

// "LINE:COL: severity: message" of every diagnostic, to compare in one QCOMPARE.
inline QStringList describe(const Maestro::Core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const auto &d : diagnostics) {
        lines << QStringLiteral("%1:%2: %3: %4")
                     .arg(d.location.line)
                     .arg(d.location.column)
                     .arg(d.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                          d.message);
    }
    return lines;
}

inline QStringList errorMessages(const Maestro::Core::Diagnostics &diagnostics)
{
    QStringList messages;
    for (const auto &d : diagnostics) {
        if (d.isError())
            messages << d.message;
    }
    return messages;
}
