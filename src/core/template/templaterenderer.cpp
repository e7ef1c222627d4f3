// SPDX-License-Identifier: GPL-3.0-or-later
#include "templaterenderer.h"

#include "templatearena.h"
#include "templatebudget.h"
#include "templatedict.h"
#include "templateinterpreter.h"
#include "templateloader.h"
#include "templateoutput.h"
#include "templatescope.h"

#include <QStringList>

#include <algorithm>

namespace Maestro::Core {

namespace {

bool hasTemplateSyntax(const QString &text)
{
    // indexOf() scans with SIMD; YAML flow mappings make '{' common but a tag rare.
    for (qsizetype i = text.indexOf(QLatin1Char('{')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('{'), i + 1)) {
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('{') || next == QLatin1Char('%') || next == QLatin1Char('#'))
            return true;
    }
    return false;
}

// Jinja2 drops one trailing line break of every template.
QString withoutTrailingNewline(const QString &text)
{
    if (text.endsWith(QLatin1String("\r\n")))
        return text.chopped(2);
    if (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        return text.chopped(1);
    return text;
}

TemplateValue environmentValue(const QHash<QString, QString> &environment)
{
    // Sorted, so that iterating `env` gives the same order on every run.
    QStringList names = environment.keys();
    std::sort(names.begin(), names.end());
    TemplateDict dict;
    for (const QString &name : names)
        dict.insert(name, TemplateValue::string(environment.value(name)));
    return TemplateValue::dict(std::move(dict));
}

} // namespace

namespace {

VoidResult renderInto(const TemplateInput &input, RenderedTemplate &rendered)
{
    if (!hasTemplateSyntax(input.text)) {
        // Plain YAML: nothing to evaluate, and every position maps to itself.
        rendered.text = withoutTrailingNewline(input.text);
        const int file = rendered.sourceMap.addFile(input.fileName, input.text);
        rendered.sourceMap.addSegment(0, file, 0, true);
        rendered.sourceMap.setRenderedText(rendered.text);
        return Success{};
    }

    const TemplateArena arena; // breaks reference cycles between template values at the end
    TemplateLoader loader(input.searchDirectory, &rendered.sourceMap, &input.sourceOverrides);
    auto unit = loader.loadMain(input.fileName, input.text);
    if (!unit)
        return unit.error();

    TemplateScope scope;
    scope.set(QStringLiteral("env"), environmentValue(input.environment));
    TemplateOutput output(&rendered.sourceMap);
    TemplateBudget budget(input.maxSteps);
    TemplateInterpreter interpreter(loader, output, budget);
    if (const auto result = interpreter.render(*unit.value(), scope); !result)
        return result.error();
    rendered.text = output.takeText();
    return Success{};
}

} // namespace

Result<RenderedTemplate> renderTemplate(const TemplateInput &input, SourceMap *readSources)
{
    RenderedTemplate rendered;
    const VoidResult done = renderInto(input, rendered);
    if (readSources)
        *readSources = rendered.sourceMap;
    if (!done)
        return done.error();
    return rendered;
}

} // namespace Maestro::Core
