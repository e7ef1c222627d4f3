// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateast.h"
#include "templatetokenstream.h"

#include "core/result.h"

namespace Maestro::Core {

// Parses Jinja2 expressions with Jinja2's precedence (lowest first): `a if c else b`,
// `or`, `and`, `not`, comparisons and `in`, `+ -`, `~`, `* / // %`, `**`, unary `- +`,
// then primaries with `.attr`, `[item]`, calls, `| filter` and `is test`.
class TemplateExpressionParser
{
public:
    explicit TemplateExpressionParser(TemplateTokenStream &stream);

    // A full expression, including `a if c else b`.
    Result<TemplateExprPtr> parseExpression();
    // Comma-separated expressions: a tuple when there is a comma, else the single
    // expression. `withConditional` = false leaves a trailing `if` to the caller
    // ({% for x in xs if c %}).
    Result<TemplateExprPtr> parseTuple(bool withConditional = true);

private:
    class DepthGuard;

    Result<TemplateExprPtr> parseConditional();
    // An expression at operator level `level` of the table in the .cpp (0: `or`), or
    // a unary expression past the last level.
    Result<TemplateExprPtr> parseLevel(size_t level);
    Result<TemplateExprPtr> parseNot(size_t level);
    Result<TemplateExprPtr> parseCompare(size_t level);
    Result<TemplateExprPtr> parseUnary(bool withFilter);
    Result<TemplateExprPtr> parsePrimary();
    Result<TemplateExprPtr> parseSequence(TemplateExpr::Kind kind, QLatin1StringView close,
                                          qsizetype offset);
    Result<TemplateExprPtr> parseDict(qsizetype offset);
    Result<TemplateExprPtr> parsePostfix(TemplateExprPtr node);
    Result<TemplateExprPtr> parseSubscript(TemplateExprPtr node);
    // `node(args...)`, the call of a function, method or test argument list.
    Result<TemplateExprPtr> parseCall(TemplateExprPtr node);
    Result<TemplateExprPtr> parseFilterAndTest(TemplateExprPtr node);
    Result<TemplateExprPtr> parseTest(TemplateExprPtr node);
    VoidResult parseArguments(std::vector<TemplateArgument> *arguments);
    Result<QString> parseDottedName();

    // Computes the node's height from its children; too tall a tree is an error.
    Result<TemplateExprPtr> sealed(TemplateExprPtr node) const;
    Error unexpected() const;

    TemplateTokenStream &m_stream;
    int m_depth = 0;
};

} // namespace Maestro::Core
