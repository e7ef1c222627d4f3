// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateunit.h"

#include "core/result.h"
#include "core/sourcemap.h"

#include <QHash>
#include <QString>

#include <map>
#include <memory>

namespace Maestro::Core {

// Loads and parses the main template and the files it includes, each once, registering
// every file with the rendered text's SourceMap. Include names resolve the way Jinja2's
// FileSystemLoader does: inside the search directory only, `/`-separated, empty and `.`
// segments ignored (so a leading `/` is harmless), any `..` segment = not found.
class TemplateLoader
{
public:
    // `overrides` (may be null) holds texts to use instead of reading the files.
    TemplateLoader(QString searchDirectory, SourceMap *sourceMap,
                   const QHash<QString, QString> *overrides = nullptr);

    Result<const TemplateUnit *> loadMain(const QString &fileName, const QString &text);
    // `*notFound` tells a missing template (which `ignore missing` forgives) from a
    // broken one.
    Result<const TemplateUnit *> loadInclude(const QString &name, bool *notFound);

private:
    Result<const TemplateUnit *> parse(const QString &fileName, QString text);

    QString m_searchDirectory;
    SourceMap *m_sourceMap;
    const QHash<QString, QString> *m_overrides;
    std::map<QString, std::unique_ptr<TemplateUnit>> m_units; // by resolved path
};

} // namespace Maestro::Core
