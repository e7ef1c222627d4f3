// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateast.h"
#include "templatesource.h"

#include <memory>

namespace Maestro::Core {

// A parsed template file: its source and syntax tree. The tree refers to offsets in the
// source, so both live together. Owned by the TemplateLoader, which parses each file once.
struct TemplateUnit
{
    std::unique_ptr<TemplateSource> source;
    TemplateNodeList nodes;
};

} // namespace Maestro::Core
