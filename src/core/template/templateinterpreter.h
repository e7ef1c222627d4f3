// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatebudget.h"
#include "templateloader.h"
#include "templateoutput.h"
#include "templatescope.h"
#include "templateunit.h"

#include "core/result.h"

#include <vector>

namespace Maestro::Core {

// Executes the statements of a parsed template (text, {{ }}, if, for, set, with,
// include) and writes the result to a TemplateOutput. One instance renders one
// environment file, including everything it includes.
class TemplateInterpreter
{
public:
    TemplateInterpreter(TemplateLoader &loader, TemplateOutput &output, TemplateBudget &budget);

    VoidResult render(const TemplateUnit &unit, TemplateScope &scope);

private:
    VoidResult renderNodes(const TemplateNodeList &nodes, const TemplateSource &source,
                           TemplateScope &scope);
    VoidResult renderNode(const TemplateNode &node, const TemplateSource &source,
                          TemplateScope &scope);
    VoidResult renderFor(const TemplateNode &node, const TemplateSource &source,
                         TemplateScope &scope);
    VoidResult renderSet(const TemplateNode &node, const TemplateSource &source,
                         TemplateScope &scope);
    VoidResult renderWith(const TemplateNode &node, const TemplateSource &source,
                          TemplateScope &scope);
    VoidResult renderInclude(const TemplateNode &node, const TemplateSource &source,
                             TemplateScope &scope);
    // Assigns `value` to one name, or unpacks it over several (`for k, v in ...`).
    VoidResult assign(const QStringList &targets, const TemplateValue &value, TemplateScope &scope);

    TemplateLoader &m_loader;
    TemplateOutput &m_output;
    TemplateBudget &m_budget;
    std::vector<const TemplateUnit *> m_includeStack;
};

} // namespace Maestro::Core
