// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include "core/result.h"

#include <vector>

namespace Maestro::Core::TemplateOperations {

// Python semantics of the template operators on TemplateValue. Errors carry only a
// message (Python's TypeError/ZeroDivisionError wording); the evaluator adds the location.
// Integers are 64-bit: results that would not fit are errors rather than wrong numbers.

// + - * / // % ** and ~ (string concatenation).
Result<TemplateValue> binary(const QString &op, const TemplateValue &left,
                             const TemplateValue &right);
// Unary - and +.
Result<TemplateValue> unary(const QString &op, const TemplateValue &operand);
// == != < <= > >= in, not in.
Result<bool> compare(const QString &op, const TemplateValue &left, const TemplateValue &right);
Result<bool> contains(const TemplateValue &container, const TemplateValue &item);
// The items a for loop visits: list items, dict keys, string characters; Undefined is empty.
Result<TemplateValue::List> iterate(const TemplateValue &value);
// Python len().
Result<qsizetype> length(const TemplateValue &value);
// The error for using an Undefined where a value is needed.
Error undefinedError(const TemplateValue &value);
// Checks a string size against TemplateLimits::maxValueSize.
VoidResult checkSize(qsizetype size);
// Checks a list or dict size against TemplateLimits::maxContainerSize.
VoidResult checkContainerSize(qsizetype size);

} // namespace Maestro::Core::TemplateOperations
