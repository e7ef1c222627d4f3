// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatecallarguments.h"
#include "templatevalue.h"

#include "core/result.h"

#include <QStringList>

namespace Maestro::Core::TemplateTests {

// The Jinja2 tests the engine supports (`value is name(arguments)`). An unknown name is
// an error.
Result<bool> apply(const QString &name, const TemplateValue &value,
                   const TemplateCallArguments &arguments);
QStringList names();

} // namespace Maestro::Core::TemplateTests
