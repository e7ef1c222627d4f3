// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include "core/result.h"

#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Maestro::Core {

// The evaluated arguments of a call, filter or test, and their binding to a Python-style
// parameter list (`replace(old, new, count=None)`).
struct TemplateCallArguments
{
    std::vector<TemplateValue> positional;
    std::vector<std::pair<QString, TemplateValue>> keyword;

    // Binds the arguments to `parameters`; the first `required` of them must be given.
    // Unknown keywords, duplicates and surplus positionals are errors naming `callee`.
    Result<std::vector<std::optional<TemplateValue>>>
    bind(const QString &callee, const QStringList &parameters, int required) const;
};

} // namespace Maestro::Core
