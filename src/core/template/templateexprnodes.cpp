// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateexprnodes.h"

namespace Maestro::Core::TemplateExprNodes {

TemplateExprPtr makeNode(TemplateExpr::Kind kind, qsizetype offset)
{
    auto node = std::make_unique<TemplateExpr>();
    node->kind = kind;
    node->offset = offset;
    node->start = offset;
    return node;
}

TemplateExprPtr makePostfix(TemplateExpr::Kind kind, qsizetype offset, TemplateExprPtr operand)
{
    auto node = makeNode(kind, offset);
    node->start = operand->start;
    node->operands.push_back(std::move(operand));
    return node;
}

TemplateExprPtr makeLiteral(TemplateValue value, qsizetype offset)
{
    auto node = makeNode(TemplateExpr::Kind::Literal, offset);
    node->literal = std::move(value);
    return node;
}

} // namespace Maestro::Core::TemplateExprNodes
