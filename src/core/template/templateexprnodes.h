// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateast.h"

namespace Maestro::Core::TemplateExprNodes {

// The nodes the expression parser makes: errors point at `offset`.
TemplateExprPtr makeNode(TemplateExpr::Kind kind, qsizetype offset);
// A node that applies to `operand` (attribute, item, call, filter, test): errors point
// at `offset`, the expression starts where the operand does.
TemplateExprPtr makePostfix(TemplateExpr::Kind kind, qsizetype offset, TemplateExprPtr operand);
TemplateExprPtr makeLiteral(TemplateValue value, qsizetype offset);

} // namespace Maestro::Core::TemplateExprNodes
