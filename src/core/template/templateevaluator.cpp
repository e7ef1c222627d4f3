// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateevaluator.h"

#include "templatedict.h"
#include "templateerror.h"
#include "templatefilters.h"
#include "templateglobals.h"
#include "templatemethods.h"
#include "templateoperations.h"
#include "templatetests.h"

#include <functional>

namespace Maestro::Core {

namespace {

using Kind = TemplateExpr::Kind;

// Python's index normalisation: negative indexes count from the end.
std::optional<qsizetype> normalizedIndex(qint64 index, qsizetype size)
{
    if (index < 0)
        index += size;
    if (index < 0 || index >= size)
        return std::nullopt;
    return qsizetype(index);
}

Result<std::optional<qint64>> sliceBound(const TemplateValue &value)
{
    if (value.isNone() || value.isUndefined())
        return std::optional<qint64>();
    if (!value.isInt() && !value.isBool()) {
        return templateError(TemplateTr::tr("slice indices must be integers or None, not '%1'")
                                 .arg(value.typeName()));
    }
    return std::optional<qint64>(value.toInt());
}

// Python's slice.indices(): the positions a slice visits.
std::vector<qsizetype> slicePositions(qsizetype size, std::optional<qint64> start,
                                      std::optional<qint64> stop, qint64 step)
{
    auto clamp = [&](std::optional<qint64> bound, qint64 fallback) {
        if (!bound)
            return fallback;
        qint64 v = *bound;
        if (v < 0)
            v += size;
        if (step > 0)
            return std::clamp<qint64>(v, 0, size);
        return std::clamp<qint64>(v, -1, size - 1);
    };
    const qint64 first = clamp(start, step > 0 ? 0 : size - 1);
    const qint64 last = clamp(stop, step > 0 ? size : -1);
    std::vector<qsizetype> positions;
    for (qint64 i = first; step > 0 ? i < last : i > last;) {
        positions.push_back(qsizetype(i));
        if (__builtin_add_overflow(i, step, &i))
            break; // a huge step leaves the sequence after one item
    }
    return positions;
}

} // namespace

TemplateEvaluator::TemplateEvaluator(const TemplateSource &source, const TemplateScope &scope,
                                     TemplateBudget &budget)
    : m_source(source)
    , m_scope(scope)
    , m_budget(budget)
{}

Error TemplateEvaluator::locate(Error error, const TemplateExpr &expr) const
{
    if (!error.location.isValid())
        error.location = m_source.locationAt(expr.offset);
    return error;
}

Result<TemplateValue> TemplateEvaluator::evaluate(const TemplateExpr &expr)
{
    if (const auto charged = m_budget.charge(); !charged)
        return locate(charged.error(), expr);
    auto value = evaluateNode(expr);
    if (!value)
        return locate(value.error(), expr);
    // Building big strings and lists costs in proportion to their size.
    const TemplateValue &result = value.value();
    const qsizetype size = result.isString() ? result.text().size()
                           : result.isList() ? qsizetype(result.items()->size())
                                             : 0;
    if (size > 64) {
        if (const auto charged = m_budget.chargeSize(size); !charged)
            return locate(charged.error(), expr);
    }
    return value;
}

Result<TemplateValue> TemplateEvaluator::evaluateNode(const TemplateExpr &expr)
{
    switch (expr.kind) {
    case Kind::Literal:
        return expr.literal;
    case Kind::Name:
        return evaluateName(expr);
    case Kind::Attribute:
        return evaluateAttribute(expr);
    case Kind::Item:
        return evaluateItem(expr);
    case Kind::Slice:
        return evaluateSlice(expr);
    case Kind::List:
    case Kind::Tuple:
        return evaluateSequence(expr);
    case Kind::Dict:
        return evaluateDict(expr);
    case Kind::Unary: {
        auto operand = evaluate(*expr.operands[0]);
        if (!operand)
            return operand;
        if (expr.name == QLatin1String("not"))
            return TemplateValue::boolean(!operand.value().isTruthy());
        return TemplateOperations::unary(expr.name, operand.value());
    }
    case Kind::Binary:
        return evaluateBinary(expr);
    case Kind::Compare:
        return evaluateCompare(expr);
    case Kind::Conditional:
        return evaluateConditional(expr);
    case Kind::Filter:
        return evaluateFilter(expr);
    case Kind::Test:
        return evaluateTest(expr);
    case Kind::Call:
        return evaluateCall(expr);
    }
    return TemplateValue();
}

Result<TemplateValue> TemplateEvaluator::evaluateName(const TemplateExpr &expr)
{
    if (const TemplateValue *value = m_scope.find(expr.name))
        return *value;
    return TemplateValue::undefined(TemplateTr::tr("'%1' is undefined").arg(expr.name));
}

QString TemplateEvaluator::describe(const TemplateExpr &expr, const TemplateValue &value)
{
    // A variable path as written (`env`, `env.HOME`, `x[0]`), else the type like Jinja2.
    std::function<QString(const TemplateExpr &)> path = [&](const TemplateExpr &e) -> QString {
        if (e.kind == Kind::Name)
            return e.name;
        if (e.kind == Kind::Attribute) {
            const QString inner = path(*e.operands[0]);
            return inner.isEmpty() ? QString() : inner + QLatin1Char('.') + e.name;
        }
        if (e.kind == Kind::Item && e.operands[1]->kind == Kind::Literal) {
            const QString inner = path(*e.operands[0]);
            return inner.isEmpty() ? QString()
                                   : inner + QLatin1Char('[') + e.operands[1]->literal.repr()
                                         + QLatin1Char(']');
        }
        return QString();
    };
    const QString written = path(expr);
    return written.isEmpty() ? value.typeName() + QStringLiteral(" object") : written;
}

Result<TemplateValue> TemplateEvaluator::evaluateAttribute(const TemplateExpr &expr)
{
    auto object = evaluate(*expr.operands[0]);
    if (!object)
        return object;
    const TemplateValue &value = object.value();
    if (value.isUndefined())
        return TemplateOperations::undefinedError(value);
    // Jinja2 looks up `a.b` as an attribute, then as an item: for dicts that is the key.
    if (value.isDict()) {
        if (const TemplateValue *found = value.entries()->find(expr.name))
            return *found;
    }
    return TemplateValue::undefined(TemplateTr::tr("'%1' has no attribute '%2'")
                                        .arg(describe(*expr.operands[0], value), expr.name));
}

Result<TemplateValue> TemplateEvaluator::evaluateItem(const TemplateExpr &expr)
{
    auto object = evaluate(*expr.operands[0]);
    if (!object)
        return object;
    auto key = evaluate(*expr.operands[1]);
    if (!key)
        return key;
    const TemplateValue &value = object.value();
    const TemplateValue &k = key.value();
    if (value.isUndefined())
        return TemplateOperations::undefinedError(value);
    if (value.isDict()) {
        if (const TemplateValue *found = value.entries()->find(k))
            return *found;
    } else if ((value.isList() || value.isString()) && (k.isInt() || k.isBool())) {
        if (value.isList()) {
            if (const auto index = normalizedIndex(k.toInt(), qsizetype(value.items()->size())))
                return (*value.items())[size_t(*index)];
        } else {
            const QList<uint> codes = value.text().toUcs4();
            if (const auto index = normalizedIndex(k.toInt(), codes.size())) {
                const char32_t code = char32_t(codes[*index]);
                return TemplateValue::string(QString::fromUcs4(&code, 1));
            }
        }
    }
    return TemplateValue::undefined(
        TemplateTr::tr("'%1' has no item %2").arg(describe(*expr.operands[0], value), k.repr()));
}

Result<TemplateValue> TemplateEvaluator::evaluateSlice(const TemplateExpr &expr)
{
    auto object = evaluate(*expr.operands[0]);
    if (!object)
        return object;
    std::optional<qint64> bounds[3];
    for (int i = 0; i < 3; ++i) {
        const TemplateExprPtr &boundExpr = expr.operands[size_t(i) + 1];
        if (!boundExpr)
            continue;
        auto bound = evaluate(*boundExpr);
        if (!bound)
            return bound;
        auto number = sliceBound(bound.value());
        if (!number)
            return locate(number.error(), *boundExpr);
        bounds[i] = number.value();
    }
    const qint64 step = bounds[2].value_or(1);
    if (step == 0)
        return templateError(TemplateTr::tr("slice step cannot be zero"));
    const TemplateValue &value = object.value();
    if (value.isString()) {
        const QList<uint> codes = value.text().toUcs4();
        QString text;
        for (const qsizetype i : slicePositions(codes.size(), bounds[0], bounds[1], step)) {
            const char32_t code = char32_t(codes[i]);
            text += QString::fromUcs4(&code, 1);
        }
        return TemplateValue::string(text);
    }
    if (value.isList()) {
        const TemplateValue::List &items = *value.items();
        TemplateValue::List result;
        for (const qsizetype i :
             slicePositions(qsizetype(items.size()), bounds[0], bounds[1], step))
            result.push_back(items[size_t(i)]);
        return value.isTuple() ? TemplateValue::tuple(std::move(result))
                               : TemplateValue::list(std::move(result));
    }
    if (value.isUndefined())
        return TemplateOperations::undefinedError(value);
    return templateError(TemplateTr::tr("'%1' object is not subscriptable").arg(value.typeName()));
}

Result<TemplateValue> TemplateEvaluator::evaluateSequence(const TemplateExpr &expr)
{
    TemplateValue::List items;
    items.reserve(expr.operands.size());
    for (const TemplateExprPtr &operand : expr.operands) {
        auto item = evaluate(*operand);
        if (!item)
            return item;
        items.push_back(std::move(item.value()));
    }
    return expr.kind == Kind::Tuple ? TemplateValue::tuple(std::move(items))
                                    : TemplateValue::list(std::move(items));
}

Result<TemplateValue> TemplateEvaluator::evaluateDict(const TemplateExpr &expr)
{
    TemplateDict dict;
    for (size_t i = 0; i + 1 < expr.operands.size(); i += 2) {
        auto key = evaluate(*expr.operands[i]);
        if (!key)
            return key;
        auto value = evaluate(*expr.operands[i + 1]);
        if (!value)
            return value;
        if (!dict.insert(key.value(), std::move(value.value()))) {
            return locate(
                templateError(TemplateTr::tr("unhashable type: '%1'").arg(key.value().typeName())),
                *expr.operands[i]);
        }
    }
    return TemplateValue::dict(std::move(dict));
}

Result<TemplateValue> TemplateEvaluator::evaluateBinary(const TemplateExpr &expr)
{
    auto left = evaluate(*expr.operands[0]);
    if (!left)
        return left;
    // `and`/`or` return one of their operands, like Python, and short-circuit.
    if (expr.name == QLatin1String("and")) {
        if (!left.value().isTruthy())
            return left;
        return evaluate(*expr.operands[1]);
    }
    if (expr.name == QLatin1String("or")) {
        if (left.value().isTruthy())
            return left;
        return evaluate(*expr.operands[1]);
    }
    auto right = evaluate(*expr.operands[1]);
    if (!right)
        return right;
    return TemplateOperations::binary(expr.name, left.value(), right.value());
}

Result<TemplateValue> TemplateEvaluator::evaluateCompare(const TemplateExpr &expr)
{
    auto left = evaluate(*expr.operands[0]);
    if (!left)
        return left;
    for (qsizetype i = 0; i < expr.comparators.size(); ++i) {
        auto right = evaluate(*expr.operands[size_t(i) + 1]);
        if (!right)
            return right;
        const auto holds
            = TemplateOperations::compare(expr.comparators[i], left.value(), right.value());
        if (!holds)
            return holds.error();
        if (!holds.value())
            return TemplateValue::boolean(false);
        left = std::move(right);
    }
    return TemplateValue::boolean(true);
}

Result<TemplateValue> TemplateEvaluator::evaluateConditional(const TemplateExpr &expr)
{
    auto condition = evaluate(*expr.operands[1]);
    if (!condition)
        return condition;
    if (condition.value().isTruthy())
        return evaluate(*expr.operands[0]);
    if (expr.operands[2])
        return evaluate(*expr.operands[2]);
    return TemplateValue::undefined(
        TemplateTr::tr("the inline if expression evaluated to false and has no else part"));
}

Result<TemplateCallArguments>
TemplateEvaluator::evaluateArguments(const std::vector<TemplateArgument> &arguments)
{
    TemplateCallArguments evaluated;
    for (const TemplateArgument &argument : arguments) {
        auto value = evaluate(*argument.value);
        if (!value)
            return value.error();
        if (argument.keyword.isEmpty())
            evaluated.positional.push_back(std::move(value.value()));
        else
            evaluated.keyword.emplace_back(argument.keyword, std::move(value.value()));
    }
    return evaluated;
}

Result<TemplateValue> TemplateEvaluator::evaluateFilter(const TemplateExpr &expr)
{
    auto input = evaluate(*expr.operands[0]);
    if (!input)
        return input;
    auto arguments = evaluateArguments(expr.arguments);
    if (!arguments)
        return arguments.error();
    return TemplateFilters::apply(expr.name, input.value(), arguments.value());
}

Result<TemplateValue> TemplateEvaluator::evaluateTest(const TemplateExpr &expr)
{
    auto input = evaluate(*expr.operands[0]);
    if (!input)
        return input;
    auto arguments = evaluateArguments(expr.arguments);
    if (!arguments)
        return arguments.error();
    const auto passed = TemplateTests::apply(expr.name, input.value(), arguments.value());
    if (!passed)
        return passed.error();
    return TemplateValue::boolean(passed.value() != expr.negated);
}

Result<TemplateValue> TemplateEvaluator::evaluateCall(const TemplateExpr &expr)
{
    const TemplateExpr &callee = *expr.operands[0];
    if (callee.kind == Kind::Attribute) {
        // A method call: `'{}'.format(x)`, `items.append(x)`, `env.get('X')`.
        auto object = evaluate(*callee.operands[0]);
        if (!object)
            return object;
        auto arguments = evaluateArguments(expr.arguments);
        if (!arguments)
            return arguments.error();
        auto result = TemplateMethods::call(object.value(), callee.name, arguments.value());
        if (!result)
            return locate(result.error(), callee);
        return result;
    }
    if (callee.kind == Kind::Name && !m_scope.find(callee.name)) {
        if (!TemplateGlobals::exists(callee.name)) {
            static const QStringList unsupported
                = {QStringLiteral("lipsum"), QStringLiteral("cycler"), QStringLiteral("joiner")};
            if (unsupported.contains(callee.name))
                return templateError(
                    TemplateTr::tr("the function '%1()' is not supported").arg(callee.name));
            return templateError(TemplateTr::tr("'%1' is undefined").arg(callee.name));
        }
        auto arguments = evaluateArguments(expr.arguments);
        if (!arguments)
            return arguments.error();
        return TemplateGlobals::call(callee.name, arguments.value());
    }
    auto value = evaluate(callee);
    if (!value)
        return value;
    if (value.value().isUndefined())
        return TemplateOperations::undefinedError(value.value());
    return templateError(
        TemplateTr::tr("'%1' object is not callable").arg(value.value().typeName()));
}

} // namespace Maestro::Core
