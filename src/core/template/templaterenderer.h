// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sourcemap.h"

#include <QHash>
#include <QString>

namespace Maestro::Core {

// What a template is rendered from. MaestroNG renders the whole environment file as a
// Jinja2 template whose only variable is `env`, the process environment.
struct TemplateInput
{
    QString fileName;                    // as shown in messages
    QString text;                        // the template source
    QString searchDirectory;             // includes resolve inside it only ("" = CWD)
    QHash<QString, QString> environment; // the `env` variable
    // Work budget (loop iterations, expressions, characters / 64) after which rendering
    // stops with an error; 0 = TemplateLimits::maxSteps. An editor re-rendering on every
    // keystroke can pass a smaller budget.
    qint64 maxSteps = 0;
    // Texts of included files to use instead of reading them (by the name the SourceMap
    // gives them): an editor renders its edited includes before writing them.
    QHash<QString, QString> sourceOverrides = {};
};

struct RenderedTemplate
{
    QString text;
    SourceMap sourceMap; // rendered position -> position in fileName or an included file
};

// Renders the subset of Jinja2 that MaestroNG files use (see docs/templates.md).
// Anything outside the subset is an error naming the construct, line and column; the
// message holds only the detail (the caller adds MaestroNG's "Error reading environment
// description file ..." wrapping). A text without `{{`, `{%` or `{#` is returned as is
// with an identity source map. Renders are independent: any thread may call this.
// `readSources`, when given, receives the files read (the main file and the includes
// reached) also when rendering fails, so that a caller can show the text an error is in.
Result<RenderedTemplate> renderTemplate(const TemplateInput &input,
                                        SourceMap *readSources = nullptr);

} // namespace Maestro::Core
