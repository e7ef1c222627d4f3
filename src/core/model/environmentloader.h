// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include "core/diagnostic.h"
#include "core/value.h"

#include <QHash>
#include <QString>

namespace Maestro::Core {

// Where an environment comes from (spec 2.1).
struct LoadRequest
{
    QString file = QStringLiteral("maestro.yaml"); // "-" reads `standardInput`
    QByteArray standardInput;
    QHash<QString, QString> processEnvironment; // the template's `env`
};

struct LoadResult
{
    EnvironmentPtr environment; // null when any error was found
    Diagnostics diagnostics;    // errors and warnings, in file order
    Value document;             // the parsed document (null when it did not parse)
};

// Reads, renders (Jinja2 subset), parses (YAML 1.1) and validates an environment file.
// Never contacts a daemon. Safe to call from any thread.
LoadResult loadEnvironment(const LoadRequest &request);

// Same, for text already in memory; `fileName` is what messages show, `baseDir` the
// include and envfile directory.
LoadResult loadEnvironmentText(const QString &text, const QString &fileName, const QString &baseDir,
                               const QHash<QString, QString> &processEnvironment);

// The template `env` of this process.
QHash<QString, QString> currentProcessEnvironment();

} // namespace Maestro::Core
