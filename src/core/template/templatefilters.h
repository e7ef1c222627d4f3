// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatecallarguments.h"
#include "templatevalue.h"

#include "core/result.h"

#include <QStringList>

namespace Maestro::Core::TemplateFilters {

// The Jinja2 filters the engine supports (`value | name(arguments)`), with Jinja2's
// parameters and behaviour on Undefined values. An unknown name is an error.
Result<TemplateValue> apply(const QString &name, const TemplateValue &input,
                            const TemplateCallArguments &arguments);
QStringList names();

} // namespace Maestro::Core::TemplateFilters
