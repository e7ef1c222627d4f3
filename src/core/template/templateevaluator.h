// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateast.h"
#include "templatebudget.h"
#include "templatecallarguments.h"
#include "templatescope.h"
#include "templatesource.h"

#include "core/result.h"

namespace Maestro::Core {

// Evaluates expressions of one template against the current variables. Errors carry the
// location of the sub-expression that failed, in the template's own file.
class TemplateEvaluator
{
public:
    TemplateEvaluator(const TemplateSource &source, const TemplateScope &scope,
                      TemplateBudget &budget);

    Result<TemplateValue> evaluate(const TemplateExpr &expr);

private:
    Result<TemplateValue> evaluateNode(const TemplateExpr &expr);
    Result<TemplateValue> evaluateName(const TemplateExpr &expr);
    Result<TemplateValue> evaluateAttribute(const TemplateExpr &expr);
    Result<TemplateValue> evaluateItem(const TemplateExpr &expr);
    Result<TemplateValue> evaluateSlice(const TemplateExpr &expr);
    Result<TemplateValue> evaluateSequence(const TemplateExpr &expr);
    Result<TemplateValue> evaluateDict(const TemplateExpr &expr);
    Result<TemplateValue> evaluateBinary(const TemplateExpr &expr);
    Result<TemplateValue> evaluateCompare(const TemplateExpr &expr);
    Result<TemplateValue> evaluateConditional(const TemplateExpr &expr);
    Result<TemplateValue> evaluateFilter(const TemplateExpr &expr);
    Result<TemplateValue> evaluateTest(const TemplateExpr &expr);
    Result<TemplateValue> evaluateCall(const TemplateExpr &expr);
    Result<TemplateCallArguments> evaluateArguments(const std::vector<TemplateArgument> &arguments);

    // The expression as a user would name it in a message: `env`, `env.HOME`, `x[0]`.
    static QString describe(const TemplateExpr &expr, const TemplateValue &value);
    Error locate(Error error, const TemplateExpr &expr) const;

    const TemplateSource &m_source;
    const TemplateScope &m_scope;
    TemplateBudget &m_budget;
};

} // namespace Maestro::Core
