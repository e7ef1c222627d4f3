// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateoperations.h"

#include "templatedict.h"
#include "templateerror.h"
#include "templatelimits.h"
#include "templatestringformat.h"

#include <cmath>

namespace Maestro::Core::TemplateOperations {

namespace {

Error unsupportedOperands(const QString &op, const TemplateValue &left, const TemplateValue &right)
{
    return templateError(TemplateTr::tr("unsupported operand type(s) for %1: '%2' and '%3'")
                             .arg(op, left.typeName(), right.typeName()));
}

Error overflow()
{
    return templateError(TemplateTr::tr("integer result does not fit in 64 bits"));
}

Error divisionByZero()
{
    return templateError(TemplateTr::tr("division by zero"));
}

bool isIntegral(const TemplateValue &v)
{
    return v.isInt() || v.isBool();
}

Result<TemplateValue> repeat(const TemplateValue &sequence, qint64 count)
{
    const qsizetype itemCount
        = sequence.isString() ? sequence.text().size() : qsizetype(sequence.items()->size());
    if (count < 0 || itemCount == 0)
        count = 0;
    if (sequence.isString()) {
        const qsizetype size = sequence.text().size();
        if (size != 0 && count > TemplateLimits::maxValueSize / size)
            return checkSize(TemplateLimits::maxValueSize + 1).error();
        return TemplateValue::string(sequence.text().repeated(qsizetype(count)));
    }
    const TemplateValue::List &items = *sequence.items();
    const qsizetype size = qsizetype(items.size());
    if (size != 0 && count > TemplateLimits::maxContainerSize / size)
        return checkContainerSize(TemplateLimits::maxContainerSize + 1).error();
    TemplateValue::List result;
    result.reserve(size_t(size * count));
    for (qint64 i = 0; i < count; ++i)
        result.insert(result.end(), items.begin(), items.end());
    return sequence.isTuple() ? TemplateValue::tuple(std::move(result))
                              : TemplateValue::list(std::move(result));
}

Result<TemplateValue> power(const TemplateValue &left, const TemplateValue &right)
{
    if (isIntegral(left) && isIntegral(right) && right.toInt() >= 0) {
        qint64 base = left.toInt();
        qint64 exponent = right.toInt();
        qint64 result = 1;
        while (exponent > 0) {
            if ((exponent & 1) && __builtin_mul_overflow(result, base, &result))
                return overflow();
            exponent >>= 1;
            if (exponent > 0 && __builtin_mul_overflow(base, base, &base))
                return overflow();
        }
        return TemplateValue::integer(result);
    }
    if (left.toDouble() == 0 && right.toDouble() < 0)
        return templateError(TemplateTr::tr("0.0 cannot be raised to a negative power"));
    const double result = std::pow(left.toDouble(), right.toDouble());
    if (std::isnan(result) && !std::isnan(left.toDouble()) && !std::isnan(right.toDouble()))
        return templateError(
            TemplateTr::tr("negative number cannot be raised to a fractional power"));
    return TemplateValue::floating(result);
}

Result<TemplateValue> arithmetic(const QString &op, const TemplateValue &left,
                                 const TemplateValue &right)
{
    const bool integral = isIntegral(left) && isIntegral(right);
    const qint64 a = left.toInt();
    const qint64 b = right.toInt();
    const double x = left.toDouble();
    const double y = right.toDouble();
    qint64 result = 0;
    switch (op.at(0).unicode()) {
    case '+':
        if (!integral)
            return TemplateValue::floating(x + y);
        if (__builtin_add_overflow(a, b, &result))
            return overflow();
        return TemplateValue::integer(result);
    case '-':
        if (!integral)
            return TemplateValue::floating(x - y);
        if (__builtin_sub_overflow(a, b, &result))
            return overflow();
        return TemplateValue::integer(result);
    case '*':
        if (op == QLatin1String("**"))
            return power(left, right);
        if (!integral)
            return TemplateValue::floating(x * y);
        if (__builtin_mul_overflow(a, b, &result))
            return overflow();
        return TemplateValue::integer(result);
    case '/':
        if (y == 0)
            return divisionByZero();
        if (op == QLatin1String("/"))
            return TemplateValue::floating(x / y);
        if (!integral)
            return TemplateValue::floating(std::floor(x / y));
        if (a == std::numeric_limits<qint64>::min() && b == -1)
            return overflow();
        result = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            --result; // Python floors toward negative infinity
        return TemplateValue::integer(result);
    case '%': {
        if (y == 0)
            return divisionByZero();
        if (!integral) {
            double m = std::fmod(x, y);
            if (m != 0 && ((m < 0) != (y < 0)))
                m += y;
            return TemplateValue::floating(m);
        }
        if (b == -1)
            return TemplateValue::integer(0);
        qint64 m = a % b;
        if (m != 0 && ((m < 0) != (b < 0)))
            m += b;
        return TemplateValue::integer(m);
    }
    default:
        return unsupportedOperands(op, left, right);
    }
}

bool sameSequenceKind(const TemplateValue &left, const TemplateValue &right)
{
    return left.isList() && right.isList() && left.isTuple() == right.isTuple();
}

// Python's ordering; -1, 0, 1, or an error for types that have none.
Result<int> order(const TemplateValue &left, const TemplateValue &right, const QString &op,
                  int depth)
{
    if (left.isNumber() && right.isNumber()) {
        if (isIntegral(left) && isIntegral(right))
            return left.toInt() < right.toInt() ? -1 : left.toInt() > right.toInt() ? 1 : 0;
        const double x = left.toDouble();
        const double y = right.toDouble();
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (left.isString() && right.isString()) {
        const int c = left.text().compare(right.text());
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    if (sameSequenceKind(left, right) && depth < 100) {
        const TemplateValue::List &a = *left.items();
        const TemplateValue::List &b = *right.items();
        for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
            if (a[i].equals(b[i]))
                continue;
            return order(a[i], b[i], op, depth + 1);
        }
        return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    }
    if (left.isUndefined())
        return undefinedError(left);
    if (right.isUndefined())
        return undefinedError(right);
    return templateError(TemplateTr::tr("'%1' not supported between instances of '%2' and '%3'")
                             .arg(op, left.typeName(), right.typeName()));
}

} // namespace

Error undefinedError(const TemplateValue &value)
{
    return templateError(value.text().isEmpty() ? TemplateTr::tr("a value is undefined")
                                                : value.text());
}

VoidResult checkSize(qsizetype size)
{
    if (size <= TemplateLimits::maxValueSize)
        return Success{};
    return templateError(TemplateTr::tr("the result would be larger than %1 characters or items")
                             .arg(TemplateLimits::maxValueSize));
}

VoidResult checkContainerSize(qsizetype size)
{
    if (size <= TemplateLimits::maxContainerSize)
        return Success{};
    return templateError(TemplateTr::tr("a list or dict would have more than %1 items")
                             .arg(TemplateLimits::maxContainerSize));
}

Result<TemplateValue> binary(const QString &op, const TemplateValue &left,
                             const TemplateValue &right)
{
    if (op == QLatin1String("~")) {
        QString text = left.str();
        const QString other = right.str();
        if (const auto size = checkSize(text.size() + other.size()); !size)
            return size.error();
        return TemplateValue::string(text + other);
    }
    if (left.isUndefined())
        return undefinedError(left);
    if (right.isUndefined())
        return undefinedError(right);
    if (left.isNumber() && right.isNumber())
        return arithmetic(op, left, right);
    if (op == QLatin1String("+")) {
        if (left.isString() && right.isString()) {
            if (const auto size = checkSize(left.text().size() + right.text().size()); !size)
                return size.error();
            return TemplateValue::string(left.text() + right.text());
        }
        if (sameSequenceKind(left, right)) {
            const TemplateValue::List &a = *left.items();
            const TemplateValue::List &b = *right.items();
            if (const auto size = checkContainerSize(qsizetype(a.size()) + qsizetype(b.size()));
                !size)
                return size.error();
            TemplateValue::List items = a;
            items.insert(items.end(), b.begin(), b.end());
            return left.isTuple() ? TemplateValue::tuple(std::move(items))
                                  : TemplateValue::list(std::move(items));
        }
    }
    if (op == QLatin1String("*")) {
        if ((left.isString() || left.isList()) && isIntegral(right))
            return repeat(left, right.toInt());
        if (isIntegral(left) && (right.isString() || right.isList()))
            return repeat(right, left.toInt());
    }
    if (op == QLatin1String("%") && left.isString()) {
        auto text = TemplateStringFormat::percent(left.text(), right);
        if (!text)
            return text.error();
        return TemplateValue::string(text.value());
    }
    return unsupportedOperands(op, left, right);
}

Result<TemplateValue> unary(const QString &op, const TemplateValue &operand)
{
    if (operand.isUndefined())
        return undefinedError(operand);
    if (!operand.isNumber()) {
        return templateError(
            TemplateTr::tr("bad operand type for unary %1: '%2'").arg(op, operand.typeName()));
    }
    if (op == QLatin1String("+"))
        return operand.isBool() ? TemplateValue::integer(operand.toInt()) : operand;
    if (operand.isFloat())
        return TemplateValue::floating(-operand.toDouble());
    if (operand.toInt() == std::numeric_limits<qint64>::min())
        return overflow();
    return TemplateValue::integer(-operand.toInt());
}

Result<bool> compare(const QString &op, const TemplateValue &left, const TemplateValue &right)
{
    if (op == QLatin1String("=="))
        return left.equals(right);
    if (op == QLatin1String("!="))
        return !left.equals(right);
    if (op == QLatin1String("in"))
        return contains(right, left);
    if (op == QLatin1String("not in")) {
        auto found = contains(right, left);
        if (!found)
            return found;
        return !found.value();
    }
    const auto c = order(left, right, op, 0);
    if (!c)
        return c.error();
    if (op == QLatin1String("<"))
        return c.value() < 0;
    if (op == QLatin1String("<="))
        return c.value() <= 0;
    if (op == QLatin1String(">"))
        return c.value() > 0;
    return c.value() >= 0;
}

Result<bool> contains(const TemplateValue &container, const TemplateValue &item)
{
    switch (container.kind()) {
    case TemplateValue::Kind::Undefined:
        return false;
    case TemplateValue::Kind::String:
        if (!item.isString()) {
            return templateError(
                TemplateTr::tr("'in <string>' requires string as left operand, not %1")
                    .arg(item.typeName()));
        }
        return container.text().contains(item.text());
    case TemplateValue::Kind::List:
        for (const TemplateValue &element : *container.items()) {
            if (element.equals(item))
                return true;
        }
        return false;
    case TemplateValue::Kind::Dict:
        if (item.keyText().isEmpty())
            return templateError(TemplateTr::tr("unhashable type: '%1'").arg(item.typeName()));
        return container.entries()->find(item) != nullptr;
    default:
        return templateError(
            TemplateTr::tr("argument of type '%1' is not iterable").arg(container.typeName()));
    }
}

Result<TemplateValue::List> iterate(const TemplateValue &value)
{
    switch (value.kind()) {
    case TemplateValue::Kind::Undefined:
        return TemplateValue::List();
    case TemplateValue::Kind::List:
        return *value.items();
    case TemplateValue::Kind::Dict: {
        TemplateValue::List keys;
        keys.reserve(size_t(value.entries()->size()));
        for (const auto &entry : value.entries()->entries())
            keys.push_back(entry.first);
        return keys;
    }
    case TemplateValue::Kind::String: {
        TemplateValue::List characters;
        const QString &text = value.text();
        characters.reserve(size_t(text.size()));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
                              && text.at(i + 1).isLowSurrogate();
            characters.push_back(TemplateValue::string(text.mid(i, pair ? 2 : 1)));
            if (pair)
                ++i;
        }
        return characters;
    }
    default:
        return templateError(TemplateTr::tr("'%1' object is not iterable").arg(value.typeName()));
    }
}

Result<qsizetype> length(const TemplateValue &value)
{
    switch (value.kind()) {
    case TemplateValue::Kind::Undefined:
        return qsizetype(0);
    case TemplateValue::Kind::String:
        return value.text().toUcs4().size();
    case TemplateValue::Kind::List:
        return qsizetype(value.items()->size());
    case TemplateValue::Kind::Dict:
        return value.entries()->size();
    default:
        return templateError(
            TemplateTr::tr("object of type '%1' has no len()").arg(value.typeName()));
    }
}

} // namespace Maestro::Core::TemplateOperations
