// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentloader.h"

#include "environmentbuilder.h"
#include "modeltr.h"

#include "core/edit/yamlspans.h"
#include "core/template/templaterenderer.h"
#include "core/yaml/yamlparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

namespace Maestro::Core {

namespace {

Diagnostic errorAt(const QString &message, const SourceLocation &location)
{
    return Diagnostic{Diagnostic::Severity::Error, message, location, QString()};
}

// base_dir of spec 2.1: the directory part as given, "" for a bare name.
QString baseDirOf(const QString &file)
{
    const qsizetype slash = file.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : file.left(slash == 0 ? 1 : slash);
}

} // namespace

QHash<QString, QString> currentProcessEnvironment()
{
    QHash<QString, QString> env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        env.insert(key, system.value(key));
    return env;
}

LoadResult loadEnvironmentText(const QString &text, const QString &fileName, const QString &baseDir,
                               const QHash<QString, QString> &processEnvironment,
                               const QHash<QString, QString> &sourceOverrides, bool recordSpans,
                               bool buildModel)
{
    LoadResult result;
    result.fileName = fileName;
    result.sourceRead = true;
    result.sourceText = text;
    TemplateInput input;
    input.fileName = fileName;
    input.text = text;
    input.searchDirectory = baseDir;
    input.environment = processEnvironment;
    input.sourceOverrides = sourceOverrides;
    const auto rendered = renderTemplate(input, &result.sourceMap);
    if (!rendered) {
        SourceLocation where = rendered.error().location;
        if (where.file.isEmpty())
            where.file = fileName;
        result.diagnostics.append(
            errorAt(ModelTr::tr("Error reading environment description file %1: %2!")
                        .arg(fileName, rendered.error().message),
                    where));
        return result;
    }
    result.renderedText = rendered->text;
    std::optional<YamlSpansRecorder> spans;
    if (recordSpans)
        spans.emplace(rendered->text);
    const auto document
        = parseYaml(rendered->text, rendered->sourceMap, spans ? &spans->events() : nullptr);
    if (!document) {
        SourceLocation where = document.error().location;
        if (where.file.isEmpty())
            where.file = fileName;
        result.diagnostics.append(errorAt(document.error().message, where));
        return result;
    }
    result.document = document.value();
    if (spans)
        result.spans = std::make_shared<const YamlSpans>(spans->take());
    if (!buildModel)
        return result;
    result.modelBuilt = true;
    EnvironmentBuilder builder(fileName, baseDir);
    result.environment = builder.build(document.value());
    result.diagnostics = builder.diagnostics();
    // One message per problem (service-level mistakes are seen once per instance while
    // building), in file order.
    Diagnostics unique;
    QSet<QString> seen;
    for (const Diagnostic &d : std::as_const(result.diagnostics)) {
        const QString key = d.location.toString() + QLatin1Char('\n') + d.message;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(d);
        }
    }
    std::stable_sort(unique.begin(), unique.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.location.file, a.location.line, a.location.column)
               < std::tie(b.location.file, b.location.line, b.location.column);
    });
    result.diagnostics = unique;
    return result;
}

LoadResult loadEnvironment(const LoadRequest &request)
{
    QByteArray bytes;
    QString baseDir;
    QString displayName = request.file;
    if (request.file == QLatin1String("-")) {
        bytes = request.standardInput;
        baseDir = QDir::currentPath();
        displayName = QStringLiteral("<stdin>");
    } else if (request.sourceOverrides.contains(request.file)) {
        bytes = request.sourceOverrides.value(request.file).toUtf8();
        baseDir = baseDirOf(request.file);
    } else {
        QFile file(request.file);
        if (!file.open(QIODevice::ReadOnly)) {
            LoadResult result;
            result.fileName = request.file;
            const QString message
                = QFileInfo::exists(request.file)
                      ? ModelTr::tr("Error reading environment description file %1: %2!")
                            .arg(request.file, file.errorString())
                      : ModelTr::tr("Environment description file %1 not found!").arg(request.file);
            // No line to point at, but the file: every error names where it is.
            result.diagnostics.append(errorAt(message, SourceLocation{request.file, 0, 0}));
            return result;
        }
        bytes = file.readAll();
        baseDir = baseDirOf(request.file);
    }
    return loadEnvironmentText(QString::fromUtf8(bytes), displayName, baseDir,
                               request.processEnvironment, request.sourceOverrides,
                               request.recordSpans, request.buildModel);
}

} // namespace Maestro::Core
