// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatecallarguments.h"
#include "templatevalue.h"

#include "core/result.h"

namespace Maestro::Core::TemplateMethods {

// Python methods called on values in templates: str.format/split/strip/startswith/...,
// list.append/extend/..., dict.items/keys/values/get/update. list.append and friends
// change the list in place (shared by every variable that refers to it) and return None.
// An unknown method is an error naming the method and the value's type.
Result<TemplateValue> call(const TemplateValue &object, const QString &name,
                           const TemplateCallArguments &arguments);

} // namespace Maestro::Core::TemplateMethods
