// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include "core/result.h"

#include <QString>

namespace Maestro::Core::TemplateText {

// Python string operations shared by filters and methods.

// str.strip/lstrip/rstrip: whitespace when `chars` is null, else any of `chars`.
enum class Side { Both, Left, Right };
QString strip(const QString &text, const TemplateValue *chars, Side side = Side::Both);
// str.split/rsplit; `separator` null = runs of whitespace. maxSplit < 0 = no limit.
Result<TemplateValue> split(const QString &text, const TemplateValue *separator, qint64 maxSplit,
                            bool fromRight);
// str.replace with Python's count (< 0 = all).
Result<QString> replace(const QString &text, const QString &before, const QString &after,
                        qint64 count);
QString capitalize(const QString &text);
QString title(const QString &text);
// int(text, base) as Python parses it (whitespace, sign, underscores, 0x/0o/0b prefixes).
bool parseInt(const QString &text, int base, qint64 *value);
// float(text) as Python parses it (including inf and nan).
bool parseFloat(const QString &text, double *value);

} // namespace Maestro::Core::TemplateText
