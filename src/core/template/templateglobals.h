// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatecallarguments.h"
#include "templatevalue.h"

#include "core/result.h"

namespace Maestro::Core::TemplateGlobals {

// The global functions templates may call: range(), dict() and namespace().
bool exists(const QString &name);
Result<TemplateValue> call(const QString &name, const TemplateCallArguments &arguments);

} // namespace Maestro::Core::TemplateGlobals
