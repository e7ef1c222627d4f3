// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatecallarguments.h"
#include "templatevalue.h"

#include "core/result.h"

namespace Maestro::Core::TemplateStringFormat {

// Python's str.format(): `{}`, `{0}`, `{name}`, `{{`/`}}`, conversions `!s`/`!r` and the
// format spec mini-language `[[fill]align][sign][#][0][width][.precision][type]` with the
// types s d f F e E g G x X o b % (no nested fields, no `.attr`/`[key]` in field names).
Result<QString> format(const QString &pattern, const TemplateCallArguments &arguments);
// Python's `pattern % values` (printf style): %s %r %d %i %f %F %e %E %g %G %x %X %o %c %%,
// with flags, width, precision and `%(name)s` for a dict.
Result<QString> percent(const QString &pattern, const TemplateValue &values);

} // namespace Maestro::Core::TemplateStringFormat
