// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Maestro::Core {

// The syntax tree of a parsed template. Plain data: the parser builds it, the renderer
// walks it. Offsets are character offsets into the template's TemplateSource and are
// used both for error locations and for the rendered text's SourceMap.

struct TemplateExpr;
using TemplateExprPtr = std::unique_ptr<TemplateExpr>;

// One argument of a call, filter or test: positional when `keyword` is empty.
struct TemplateArgument
{
    QString keyword;
    TemplateExprPtr value;
};

struct TemplateExpr
{
    enum class Kind {
        Literal,     // literal
        Name,        // name
        Attribute,   // operands[0].name
        Item,        // operands[0][operands[1]]
        Slice,       // operands[0][operands[1]:operands[2]:operands[3]], bounds may be null
        List,        // [operands...]
        Tuple,       // (operands...)
        Dict,        // {operands[0]: operands[1], ...}
        Unary,       // name ("not", "-", "+") applied to operands[0]
        Binary,      // operands[0] name operands[1]; name is an arithmetic operator, "and", "or"
        Compare,     // operands[0] comparators[0] operands[1] comparators[1] operands[2] ...
        Conditional, // operands[0] if operands[1] else operands[2] (null: undefined)
        Filter,      // operands[0] | name(arguments)
        Test,        // operands[0] is [not] name(arguments)
        Call,        // operands[0](arguments)
    };

    Kind kind = Kind::Literal;
    qsizetype offset = 0; // where errors point: the operator, attribute, filter or test name
    qsizetype start = 0;  // where the whole expression starts
    int height = 1;       // levels of the tree below and including this node
    TemplateValue literal;
    QString name;
    bool negated = false; // `is not`
    std::vector<TemplateExprPtr> operands;
    QStringList comparators;
    std::vector<TemplateArgument> arguments;
};

struct TemplateNode;
using TemplateNodeList = std::vector<std::unique_ptr<TemplateNode>>;

struct TemplateIfBranch
{
    TemplateExprPtr condition;
    TemplateNodeList body;
};

struct TemplateAssignment
{
    QString name;
    qsizetype offset = 0;
    TemplateExprPtr value;
};

struct TemplateNode
{
    enum class Kind {
        Text,     // literal text: source range [offset, offset + length)
        Output,   // {{ expression }}
        If,       // branches, elseBody
        For,      // for targets in expression [if condition]: body, else elseBody
        Set,      // set targets = expression, or set targets[0].attribute = expression
        SetBlock, // set targets[0] %}body{% endset
        With,     // with assignments: body
        Include,  // include expression [ignore missing]
    };

    Kind kind = Kind::Text;
    qsizetype offset = 0;
    qsizetype length = 0;
    TemplateExprPtr expression;
    TemplateExprPtr condition;
    QStringList targets;
    QString attribute;
    bool ignoreMissing = false;  // include ... ignore missing
    bool withoutContext = false; // include ... without context
    std::vector<TemplateIfBranch> branches;
    std::vector<TemplateAssignment> assignments;
    TemplateNodeList body;
    TemplateNodeList elseBody;
};

} // namespace Maestro::Core
