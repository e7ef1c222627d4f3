// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatetests.h"

#include "templateerror.h"
#include "templateoperations.h"

#include <QHash>

namespace Maestro::Core::TemplateTests {

namespace {

using Test = Result<bool> (*)(const TemplateValue &, const TemplateValue *);

struct TestInfo
{
    Test function;
    bool takesArgument;
    const char *comparison = nullptr; // the operator of `x is eq(y)` and friends
};

Result<bool> integerTest(const TemplateValue &value, qint64 divisor, bool wantZero)
{
    if (value.isUndefined())
        return TemplateOperations::undefinedError(value);
    auto remainder
        = TemplateOperations::binary(QStringLiteral("%"), value, TemplateValue::integer(divisor));
    if (!remainder)
        return remainder.error();
    return remainder.value().isTruthy() != wantZero;
}

const QHash<QString, TestInfo> &tests()
{
    static const QHash<QString, TestInfo> table = [] {
        QHash<QString, TestInfo> t;
        t.insert(QStringLiteral("defined"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return !v.isUndefined();
                  },
                  false});
        t.insert(QStringLiteral("undefined"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isUndefined();
                  },
                  false});
        t.insert(QStringLiteral("none"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isNone();
                  },
                  false});
        t.insert(QStringLiteral("string"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isString();
                  },
                  false});
        t.insert(QStringLiteral("number"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isNumber();
                  },
                  false});
        t.insert(QStringLiteral("integer"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isInt();
                  },
                  false});
        t.insert(QStringLiteral("float"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isFloat();
                  },
                  false});
        t.insert(QStringLiteral("boolean"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isBool();
                  },
                  false});
        t.insert(QStringLiteral("true"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isBool() && v.toBool();
                  },
                  false});
        t.insert(QStringLiteral("false"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isBool() && !v.toBool();
                  },
                  false});
        t.insert(QStringLiteral("mapping"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isDict() && !v.isNamespace();
                  },
                  false});
        t.insert(QStringLiteral("sequence"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isString() || v.isList() || (v.isDict() && !v.isNamespace())
                             || v.isUndefined();
                  },
                  false});
        t.insert(QStringLiteral("iterable"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      return v.isString() || v.isList() || (v.isDict() && !v.isNamespace())
                             || v.isUndefined();
                  },
                  false});
        t.insert(QStringLiteral("lower"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      const QString s = v.str();
                      return s == s.toLower();
                  },
                  false});
        t.insert(QStringLiteral("upper"),
                 {[](const TemplateValue &v, const TemplateValue *) -> Result<bool> {
                      const QString s = v.str();
                      return s == s.toUpper();
                  },
                  false});
        t.insert(QStringLiteral("even"), {[](const TemplateValue &v, const TemplateValue *) {
                                              return integerTest(v, 2, true);
                                          },
                                          false});
        t.insert(QStringLiteral("odd"), {[](const TemplateValue &v, const TemplateValue *) {
                                             return integerTest(v, 2, false);
                                         },
                                         false});
        t.insert(QStringLiteral("divisibleby"),
                 {[](const TemplateValue &v, const TemplateValue *a) -> Result<bool> {
                      if (!a->isInt() && !a->isBool())
                          return templateError(
                              TemplateTr::tr("divisibleby needs an integer, not '%1'")
                                  .arg(a->typeName()));
                      return integerTest(v, a->toInt(), true);
                  },
                  true});
        const std::pair<const char *, const char *> comparisons[]
            = {{"eq", "=="}, {"equalto", "=="},    {"==", "=="}, {"ne", "!="}, {"!=", "!="},
               {"lt", "<"},  {"lessthan", "<"},    {"<", "<"},   {"le", "<="}, {"<=", "<="},
               {"gt", ">"},  {"greaterthan", ">"}, {">", ">"},   {"ge", ">="}, {">=", ">="}};
        for (const auto &[name, op] : comparisons)
            t.insert(QLatin1String(name), {nullptr, true, op});
        t.insert(QStringLiteral("in"), {[](const TemplateValue &v, const TemplateValue *a) {
                                            return TemplateOperations::contains(*a, v);
                                        },
                                        true});
        return t;
    }();
    return table;
}

} // namespace

QStringList names()
{
    QStringList list = tests().keys();
    list.sort();
    return list;
}

Result<bool> apply(const QString &name, const TemplateValue &value,
                   const TemplateCallArguments &arguments)
{
    const auto it = tests().constFind(name);
    if (it == tests().cend())
        return templateError(TemplateTr::tr("no test named '%1'").arg(name));
    const QStringList parameters
        = it->takesArgument ? QStringList{QStringLiteral("value")} : QStringList{};
    auto bound = arguments.bind(name, parameters, it->takesArgument ? 1 : 0);
    if (!bound)
        return bound.error();
    const TemplateValue *argument = it->takesArgument ? &*bound.value()[0] : nullptr;
    if (it->comparison)
        return TemplateOperations::compare(QLatin1String(it->comparison), value, *argument);
    return it->function(value, argument);
}

} // namespace Maestro::Core::TemplateTests
