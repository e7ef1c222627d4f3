// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include "core/diagnostic.h"
#include "core/sourcemap.h"
#include "core/value.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Maestro::Core {

class YamlSpans;

// Where an environment comes from (spec 2.1).
struct LoadRequest
{
    QString file = QStringLiteral("maestro.yaml"); // "-" reads `standardInput`
    QByteArray standardInput;
    QHash<QString, QString> processEnvironment; // the template's `env`
    // Texts to read instead of files (the main file and includes, named as the source map
    // names them): an editor loads its edited texts before writing them.
    QHash<QString, QString> sourceOverrides;
    // Also record the exact span of every YAML node (LoadResult::spans) from the same parse,
    // for an editor that will plan edits on this result (a few per cent more time).
    bool recordSpans = false;
    // false: render and parse only, no model and no validation (`environment` stays null,
    // `diagnostics` holds only rendering and parsing errors). For a result an edit is
    // planned on: the edit validates what it produces anyway.
    bool buildModel = true;
};

// Everything one load found, for the command line and for an editor: what the user wrote
// (`sourceMap` holds the text of the main file and of every include read), what the
// template made of it, and what that means.
struct LoadResult
{
    EnvironmentPtr environment; // null when any error was found
    Diagnostics diagnostics;    // errors and warnings, in file order
    Value document;             // the parsed document (null when it did not parse)
    QString fileName;           // the environment file as messages name it
    bool sourceRead = false;    // whether the environment file could be read
    QString sourceText;         // its text as read
    QString renderedText;       // what the template rendered (empty when rendering failed)
    // Rendered position -> source position, with every source file's text; after a failed
    // render it still holds the files read up to the error.
    SourceMap sourceMap;
    // The rendered text's YAML spans when the request asked for them and it parsed.
    std::shared_ptr<const YamlSpans> spans;
    bool modelBuilt = false; // the model was built and validated (LoadRequest::buildModel)
};

// Reads, renders (Jinja2 subset), parses (YAML 1.1) and validates an environment file.
// Never contacts a daemon. Safe to call from any thread.
LoadResult loadEnvironment(const LoadRequest &request);

// Same, for text already in memory; `fileName` is what messages show, `baseDir` the
// include and envfile directory.
LoadResult loadEnvironmentText(const QString &text, const QString &fileName, const QString &baseDir,
                               const QHash<QString, QString> &processEnvironment,
                               const QHash<QString, QString> &sourceOverrides = {},
                               bool recordSpans = false, bool buildModel = true);

// The template `env` of this process.
QHash<QString, QString> currentProcessEnvironment();

} // namespace Maestro::Core
