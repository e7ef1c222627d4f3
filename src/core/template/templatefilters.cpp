// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatefilters.h"

#include "templatedict.h"
#include "templateerror.h"
#include "templateoperations.h"
#include "templatestringformat.h"
#include "templatetext.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Maestro::Core::TemplateFilters {

namespace {

using Arguments = std::vector<std::optional<TemplateValue>>;
using Filter = Result<TemplateValue> (*)(const TemplateValue &, const Arguments &);

struct FilterInfo
{
    Filter function;
    QStringList parameters;
    int required;
};

const TemplateValue *argument(const Arguments &args, size_t index)
{
    return args[index] ? &*args[index] : nullptr;
}

bool flag(const Arguments &args, size_t index)
{
    return args[index] && args[index]->isTruthy();
}

// The value of a dict item named by a filter's `attribute=` parameter.
TemplateValue attributeOf(const TemplateValue &item, const TemplateValue *attribute)
{
    if (!attribute || attribute->isNone())
        return item;
    if (item.isDict()) {
        if (const TemplateValue *value = item.entries()->find(attribute->str()))
            return *value;
    }
    return TemplateValue::undefined(
        TemplateTr::tr("'%1' object has no attribute '%2'").arg(item.typeName(), attribute->str()));
}

Result<TemplateValue> doDefault(const TemplateValue &value, const Arguments &args)
{
    if (value.isUndefined() || (flag(args, 1) && !value.isTruthy()))
        return args[0] ? *args[0] : TemplateValue::string(QString());
    return value;
}

Result<TemplateValue> doJoin(const TemplateValue &value, const Arguments &args)
{
    auto items = TemplateOperations::iterate(value);
    if (!items)
        return items.error();
    const QString separator = args[0] ? args[0]->str() : QString();
    QString out;
    bool first = true;
    for (const TemplateValue &item : items.value()) {
        if (!first)
            out += separator;
        first = false;
        out += attributeOf(item, argument(args, 1)).str();
        if (const auto size = TemplateOperations::checkSize(out.size()); !size)
            return size.error();
    }
    return TemplateValue::string(out);
}

Result<TemplateValue> doLength(const TemplateValue &value, const Arguments &)
{
    auto size = TemplateOperations::length(value);
    if (!size)
        return size.error();
    return TemplateValue::integer(size.value());
}

Result<TemplateValue> doList(const TemplateValue &value, const Arguments &)
{
    auto items = TemplateOperations::iterate(value);
    if (!items)
        return items.error();
    return TemplateValue::list(std::move(items.value()));
}

Result<TemplateValue> doLower(const TemplateValue &value, const Arguments &)
{
    return TemplateValue::string(value.str().toLower());
}

Result<TemplateValue> doUpper(const TemplateValue &value, const Arguments &)
{
    return TemplateValue::string(value.str().toUpper());
}

Result<TemplateValue> doCapitalize(const TemplateValue &value, const Arguments &)
{
    return TemplateValue::string(TemplateText::capitalize(value.str()));
}

Result<TemplateValue> doTitle(const TemplateValue &value, const Arguments &)
{
    return TemplateValue::string(TemplateText::title(value.str()));
}

Result<TemplateValue> doString(const TemplateValue &value, const Arguments &)
{
    return TemplateValue::string(value.str());
}

Result<TemplateValue> doReplace(const TemplateValue &value, const Arguments &args)
{
    qint64 count = -1;
    if (args[2] && !args[2]->isNone()) {
        if (!args[2]->isInt() && !args[2]->isBool())
            return templateError(TemplateTr::tr("replace() count must be an integer, not '%1'")
                                     .arg(args[2]->typeName()));
        count = args[2]->toInt();
    }
    auto text = TemplateText::replace(value.str(), args[0]->str(), args[1]->str(), count);
    if (!text)
        return text.error();
    return TemplateValue::string(text.value());
}

Result<TemplateValue> doTrim(const TemplateValue &value, const Arguments &args)
{
    return TemplateValue::string(TemplateText::strip(value.str(), argument(args, 0)));
}

Result<TemplateValue> doInt(const TemplateValue &value, const Arguments &args)
{
    TemplateValue fallback = args[0] ? *args[0] : TemplateValue::integer(0);
    const int base = args[1] && args[1]->isInt() ? int(args[1]->toInt()) : 10;
    if (base < 2 || base > 36)
        return templateError(TemplateTr::tr("int() base must be >= 2 and <= 36"));
    if (value.isUndefined())
        return TemplateOperations::undefinedError(value);
    if (value.isInt() || value.isBool())
        return TemplateValue::integer(value.toInt());
    double number = 0;
    if (value.isFloat()) {
        number = value.toDouble();
    } else if (value.isString()) {
        qint64 parsed = 0;
        if (TemplateText::parseInt(value.text(), base, &parsed))
            return TemplateValue::integer(parsed);
        if (!TemplateText::parseFloat(value.text(), &number))
            return fallback;
    } else {
        return fallback;
    }
    if (!std::isfinite(number))
        return templateError(
            TemplateTr::tr("cannot convert float %1 to integer")
                .arg(std::isnan(number) ? QStringLiteral("NaN") : QStringLiteral("infinity")));
    if (std::abs(number) >= 9.2e18)
        return templateError(TemplateTr::tr("integer result does not fit in 64 bits"));
    return TemplateValue::integer(qint64(number));
}

Result<TemplateValue> doFloat(const TemplateValue &value, const Arguments &args)
{
    TemplateValue fallback = args[0] ? *args[0] : TemplateValue::floating(0);
    if (value.isUndefined())
        return TemplateOperations::undefinedError(value);
    if (value.isNumber())
        return TemplateValue::floating(value.toDouble());
    double number = 0;
    if (value.isString() && TemplateText::parseFloat(value.text(), &number))
        return TemplateValue::floating(number);
    return fallback;
}

Result<TemplateValue> doAbs(const TemplateValue &value, const Arguments &)
{
    if (value.isNumber() && value.toDouble() < 0)
        return TemplateOperations::unary(QStringLiteral("-"), value);
    if (value.isNumber())
        return TemplateOperations::unary(QStringLiteral("+"), value);
    if (value.isUndefined())
        return TemplateOperations::undefinedError(value);
    return templateError(TemplateTr::tr("bad operand type for abs(): '%1'").arg(value.typeName()));
}

Result<TemplateValue> doFirst(const TemplateValue &value, const Arguments &)
{
    auto items = TemplateOperations::iterate(value);
    if (!items)
        return items.error();
    if (items.value().empty())
        return TemplateValue::undefined(TemplateTr::tr("no first item, the sequence was empty"));
    return items.value().front();
}

Result<TemplateValue> doLast(const TemplateValue &value, const Arguments &)
{
    auto items = TemplateOperations::iterate(value);
    if (!items)
        return items.error();
    if (items.value().empty())
        return TemplateValue::undefined(TemplateTr::tr("no last item, the sequence was empty"));
    return items.value().back();
}

Result<TemplateValue> doReverse(const TemplateValue &value, const Arguments &)
{
    if (value.isString()) {
        QString text;
        const QList<uint> codes = value.text().toUcs4();
        for (auto it = codes.crbegin(); it != codes.crend(); ++it)
            text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&*it), 1);
        return TemplateValue::string(text);
    }
    auto items = TemplateOperations::iterate(value);
    if (!items)
        return items.error();
    std::reverse(items.value().begin(), items.value().end());
    return TemplateValue::list(std::move(items.value()));
}

Result<TemplateValue> doSort(const TemplateValue &value, const Arguments &args)
{
    auto items = TemplateOperations::iterate(value);
    if (!items)
        return items.error();
    const bool caseSensitive = flag(args, 1);
    const TemplateValue *attribute = argument(args, 2);
    auto key = [&](const TemplateValue &item) {
        TemplateValue k = attributeOf(item, attribute);
        if (!caseSensitive && k.isString())
            return TemplateValue::string(k.text().toLower());
        return k;
    };
    std::optional<Error> error;
    std::stable_sort(items.value().begin(), items.value().end(),
                     [&](const TemplateValue &a, const TemplateValue &b) {
                         if (error)
                             return false;
                         const auto less
                             = TemplateOperations::compare(QStringLiteral("<"), key(a), key(b));
                         if (!less) {
                             error = less.error();
                             return false;
                         }
                         return less.value();
                     });
    if (error)
        return *error;
    if (flag(args, 0))
        std::reverse(items.value().begin(), items.value().end());
    return TemplateValue::list(std::move(items.value()));
}

Result<TemplateValue> doItems(const TemplateValue &value, const Arguments &)
{
    if (value.isUndefined())
        return TemplateValue::list({});
    if (!value.isDict())
        return templateError(TemplateTr::tr("can only get item pairs from a mapping, not '%1'")
                                 .arg(value.typeName()));
    TemplateValue::List pairs;
    for (const auto &[key, item] : value.entries()->entries())
        pairs.push_back(TemplateValue::tuple({key, item}));
    return TemplateValue::list(std::move(pairs));
}

Result<TemplateValue> doIndent(const TemplateValue &value, const Arguments &args)
{
    QString indentation;
    if (args[0] && args[0]->isString()) {
        indentation = args[0]->text();
    } else {
        const qint64 width = args[0] ? args[0]->toInt() : 4;
        if (const auto size = TemplateOperations::checkSize(width); !size)
            return size.error();
        indentation = QString(std::max<qint64>(0, width), QLatin1Char(' '));
    }
    const bool indentFirst = flag(args, 1);
    const bool indentBlank = flag(args, 2);
    QStringList lines = value.str().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if ((i > 0 || indentFirst) && (indentBlank || !lines[i].trimmed().isEmpty()))
            lines[i].prepend(indentation);
    }
    const QString out = lines.join(QLatin1Char('\n'));
    if (const auto size = TemplateOperations::checkSize(out.size()); !size)
        return size.error();
    return TemplateValue::string(out);
}

const QHash<QString, FilterInfo> &filters()
{
    static const QHash<QString, FilterInfo> table = [] {
        const QStringList defaultParameters
            = {QStringLiteral("default_value"), QStringLiteral("boolean")};
        QHash<QString, FilterInfo> t;
        t.insert(QStringLiteral("default"), {doDefault, defaultParameters, 0});
        t.insert(QStringLiteral("d"), {doDefault, defaultParameters, 0});
        t.insert(QStringLiteral("join"),
                 {doJoin, {QStringLiteral("d"), QStringLiteral("attribute")}, 0});
        t.insert(QStringLiteral("length"), {doLength, {}, 0});
        t.insert(QStringLiteral("count"), {doLength, {}, 0});
        t.insert(QStringLiteral("list"), {doList, {}, 0});
        t.insert(QStringLiteral("lower"), {doLower, {}, 0});
        t.insert(QStringLiteral("upper"), {doUpper, {}, 0});
        t.insert(QStringLiteral("capitalize"), {doCapitalize, {}, 0});
        t.insert(QStringLiteral("title"), {doTitle, {}, 0});
        t.insert(QStringLiteral("replace"),
                 {doReplace,
                  {QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("count")},
                  2});
        t.insert(QStringLiteral("trim"), {doTrim, {QStringLiteral("chars")}, 0});
        t.insert(QStringLiteral("int"),
                 {doInt, {QStringLiteral("default"), QStringLiteral("base")}, 0});
        t.insert(QStringLiteral("float"), {doFloat, {QStringLiteral("default")}, 0});
        t.insert(QStringLiteral("string"), {doString, {}, 0});
        t.insert(QStringLiteral("abs"), {doAbs, {}, 0});
        t.insert(QStringLiteral("first"), {doFirst, {}, 0});
        t.insert(QStringLiteral("last"), {doLast, {}, 0});
        t.insert(QStringLiteral("reverse"), {doReverse, {}, 0});
        t.insert(QStringLiteral("sort"),
                 {doSort,
                  {QStringLiteral("reverse"), QStringLiteral("case_sensitive"),
                   QStringLiteral("attribute")},
                  0});
        t.insert(QStringLiteral("items"), {doItems, {}, 0});
        t.insert(QStringLiteral("indent"),
                 {doIndent,
                  {QStringLiteral("width"), QStringLiteral("first"), QStringLiteral("blank")},
                  0});
        return t;
    }();
    return table;
}

} // namespace

QStringList names()
{
    QStringList list = filters().keys();
    list << QStringLiteral("format");
    list.sort();
    return list;
}

Result<TemplateValue> apply(const QString &name, const TemplateValue &input,
                            const TemplateCallArguments &arguments)
{
    if (name == QLatin1String("format")) {
        // `"%s:%s" | format(a, b)` is Python's % with the arguments as a tuple.
        if (!arguments.keyword.empty())
            return templateError(
                TemplateTr::tr("format() with keyword arguments is not supported"));
        auto text = TemplateStringFormat::percent(input.str(),
                                                  TemplateValue::tuple(arguments.positional));
        if (!text)
            return text.error();
        return TemplateValue::string(text.value());
    }
    const auto it = filters().constFind(name);
    if (it == filters().cend())
        return templateError(TemplateTr::tr("no filter named '%1'").arg(name));
    auto bound = arguments.bind(name, it->parameters, it->required);
    if (!bound)
        return bound.error();
    return it->function(input, bound.value());
}

} // namespace Maestro::Core::TemplateFilters
