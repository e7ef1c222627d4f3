// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatemethods.h"

#include "templatedict.h"
#include "templateerror.h"
#include "templatefilters.h"
#include "templateoperations.h"
#include "templatestringformat.h"
#include "templatetext.h"

namespace Maestro::Core::TemplateMethods {

namespace {

using Bound = std::vector<std::optional<TemplateValue>>;

Error unknownMethod(const TemplateValue &object, const QString &name)
{
    return templateError(
        TemplateTr::tr("'%1' object has no supported method '%2'").arg(object.typeName(), name));
}

const TemplateValue *optionalArgument(const Bound &bound, size_t index)
{
    return bound[index] && !bound[index]->isNone() ? &*bound[index] : nullptr;
}

Result<qint64> integerArgument(const Bound &bound, size_t index, qint64 fallback)
{
    if (!bound[index])
        return fallback;
    if (!bound[index]->isInt() && !bound[index]->isBool())
        return templateError(TemplateTr::tr("'%1' object cannot be interpreted as an integer")
                                 .arg(bound[index]->typeName()));
    return bound[index]->toInt();
}

Result<TemplateValue> noneOrError(const VoidResult &result)
{
    if (!result)
        return result.error();
    return TemplateValue::none();
}

// Python's startswith/endswith accept a string or a tuple of strings.
Result<TemplateValue> affixTest(const QString &text, const TemplateValue &affix, bool atStart)
{
    TemplateValue::List candidates;
    if (affix.isTuple())
        candidates = *affix.items();
    else
        candidates.push_back(affix);
    for (const TemplateValue &candidate : candidates) {
        if (!candidate.isString()) {
            return templateError(
                TemplateTr::tr("%1 first arg must be str or a tuple of str, not %2")
                    .arg(atStart ? QStringLiteral("startswith") : QStringLiteral("endswith"),
                         candidate.typeName()));
        }
        if (atStart ? text.startsWith(candidate.text()) : text.endsWith(candidate.text()))
            return TemplateValue::boolean(true);
    }
    return TemplateValue::boolean(false);
}

Result<TemplateValue> callString(const TemplateValue &object, const QString &name,
                                 const TemplateCallArguments &args)
{
    const QString &text = object.text();
    if (name == QLatin1String("format")) {
        auto formatted = TemplateStringFormat::format(text, args);
        if (!formatted)
            return formatted.error();
        return TemplateValue::string(formatted.value());
    }
    auto bind = [&](const QStringList &parameters, int required) {
        return args.bind(QStringLiteral("str.") + name, parameters, required);
    };
    if (name == QLatin1String("upper") || name == QLatin1String("lower")
        || name == QLatin1String("capitalize") || name == QLatin1String("title")
        || name == QLatin1String("isdigit") || name == QLatin1String("isalpha")
        || name == QLatin1String("isspace")) {
        if (auto bound = bind({}, 0); !bound)
            return bound.error();
        if (name == QLatin1String("upper"))
            return TemplateValue::string(text.toUpper());
        if (name == QLatin1String("lower"))
            return TemplateValue::string(text.toLower());
        if (name == QLatin1String("capitalize"))
            return TemplateValue::string(TemplateText::capitalize(text));
        if (name == QLatin1String("title"))
            return TemplateValue::string(TemplateText::title(text));
        auto all = [&](bool (QChar::*predicate)() const) {
            return !text.isEmpty() && std::all_of(text.begin(), text.end(), [&](QChar c) {
                return (c.*predicate)();
            });
        };
        if (name == QLatin1String("isdigit"))
            return TemplateValue::boolean(all(&QChar::isDigit));
        if (name == QLatin1String("isalpha"))
            return TemplateValue::boolean(all(&QChar::isLetter));
        return TemplateValue::boolean(all(&QChar::isSpace));
    }
    if (name == QLatin1String("strip") || name == QLatin1String("lstrip")
        || name == QLatin1String("rstrip")) {
        auto bound = bind({QStringLiteral("chars")}, 0);
        if (!bound)
            return bound.error();
        const auto side = name == QLatin1String("strip")    ? TemplateText::Side::Both
                          : name == QLatin1String("lstrip") ? TemplateText::Side::Left
                                                            : TemplateText::Side::Right;
        return TemplateValue::string(
            TemplateText::strip(text, optionalArgument(bound.value(), 0), side));
    }
    if (name == QLatin1String("split") || name == QLatin1String("rsplit")) {
        auto bound = bind({QStringLiteral("sep"), QStringLiteral("maxsplit")}, 0);
        if (!bound)
            return bound.error();
        auto maxSplit = integerArgument(bound.value(), 1, -1);
        if (!maxSplit)
            return maxSplit.error();
        return TemplateText::split(text, optionalArgument(bound.value(), 0), maxSplit.value(),
                                   name == QLatin1String("rsplit"));
    }
    if (name == QLatin1String("startswith") || name == QLatin1String("endswith")) {
        auto bound = bind({QStringLiteral("prefix")}, 1);
        if (!bound)
            return bound.error();
        return affixTest(text, *bound.value()[0], name == QLatin1String("startswith"));
    }
    if (name == QLatin1String("replace")) {
        auto bound
            = bind({QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("count")}, 2);
        if (!bound)
            return bound.error();
        const Bound &b = bound.value();
        if (!b[0]->isString() || !b[1]->isString())
            return templateError(TemplateTr::tr("replace() arguments must be str"));
        auto count = integerArgument(b, 2, -1);
        if (!count)
            return count.error();
        auto replaced = TemplateText::replace(text, b[0]->text(), b[1]->text(), count.value());
        if (!replaced)
            return replaced.error();
        return TemplateValue::string(replaced.value());
    }
    if (name == QLatin1String("join")) {
        auto bound = bind({QStringLiteral("iterable")}, 1);
        if (!bound)
            return bound.error();
        auto items = TemplateOperations::iterate(*bound.value()[0]);
        if (!items)
            return items.error();
        for (const TemplateValue &item : items.value()) {
            if (!item.isString())
                return templateError(
                    TemplateTr::tr("sequence item: expected str instance, %1 found")
                        .arg(item.typeName()));
        }
        TemplateCallArguments joinArguments;
        joinArguments.positional.push_back(object);
        return TemplateFilters::apply(QStringLiteral("join"),
                                      TemplateValue::list(std::move(items.value())), joinArguments);
    }
    if (name == QLatin1String("find") || name == QLatin1String("count")) {
        auto bound = bind({QStringLiteral("sub")}, 1);
        if (!bound)
            return bound.error();
        if (!bound.value()[0]->isString())
            return templateError(
                TemplateTr::tr("must be str, not %1").arg(bound.value()[0]->typeName()));
        const QString &sub = bound.value()[0]->text();
        if (name == QLatin1String("find"))
            return TemplateValue::integer(text.indexOf(sub));
        return TemplateValue::integer(sub.isEmpty() ? text.size() + 1 : text.count(sub));
    }
    return unknownMethod(object, name);
}

Result<TemplateValue> callList(const TemplateValue &object, const QString &name,
                               const TemplateCallArguments &args)
{
    TemplateValue::List &items = *object.items();
    auto bind = [&](const QStringList &parameters, int required) {
        return args.bind(object.typeName() + QLatin1Char('.') + name, parameters, required);
    };
    if (name == QLatin1String("index") || name == QLatin1String("count")) {
        auto bound = bind({QStringLiteral("value")}, 1);
        if (!bound)
            return bound.error();
        const TemplateValue &needle = *bound.value()[0];
        qint64 count = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            if (!items[i].equals(needle))
                continue;
            if (name == QLatin1String("index"))
                return TemplateValue::integer(qint64(i));
            ++count;
        }
        if (name == QLatin1String("index"))
            return templateError(TemplateTr::tr("%1 is not in list").arg(needle.repr()));
        return TemplateValue::integer(count);
    }
    // The remaining methods change the list; tuples have none of them.
    if (object.isTuple())
        return unknownMethod(object, name);
    if (name == QLatin1String("append")) {
        auto bound = bind({QStringLiteral("object")}, 1);
        if (!bound)
            return bound.error();
        if (const auto size = TemplateOperations::checkContainerSize(qsizetype(items.size()) + 1);
            !size)
            return size.error();
        items.push_back(*bound.value()[0]);
        return TemplateValue::none();
    }
    if (name == QLatin1String("extend")) {
        auto bound = bind({QStringLiteral("iterable")}, 1);
        if (!bound)
            return bound.error();
        auto added = TemplateOperations::iterate(*bound.value()[0]);
        if (!added)
            return added.error();
        const auto size = TemplateOperations::checkContainerSize(qsizetype(items.size())
                                                                 + qsizetype(added.value().size()));
        if (size)
            items.insert(items.end(), added.value().begin(), added.value().end());
        return noneOrError(size);
    }
    if (name == QLatin1String("insert")) {
        auto bound = bind({QStringLiteral("index"), QStringLiteral("object")}, 2);
        if (!bound)
            return bound.error();
        auto index = integerArgument(bound.value(), 0, 0);
        if (!index)
            return index.error();
        const qint64 size = qint64(items.size());
        qint64 at = index.value() < 0 ? std::max<qint64>(0, size + index.value())
                                      : std::min(size, index.value());
        const auto check = TemplateOperations::checkContainerSize(qsizetype(size + 1));
        if (check)
            items.insert(items.begin() + at, *bound.value()[1]);
        return noneOrError(check);
    }
    if (name == QLatin1String("pop")) {
        auto bound = bind({QStringLiteral("index")}, 0);
        if (!bound)
            return bound.error();
        auto index = integerArgument(bound.value(), 0, -1);
        if (!index)
            return index.error();
        const qint64 size = qint64(items.size());
        const qint64 at = index.value() < 0 ? size + index.value() : index.value();
        if (at < 0 || at >= size)
            return templateError(items.empty() ? TemplateTr::tr("pop from empty list")
                                               : TemplateTr::tr("pop index out of range"));
        TemplateValue removed = items[size_t(at)];
        items.erase(items.begin() + at);
        return removed;
    }
    return unknownMethod(object, name);
}

Result<TemplateValue> callDict(const TemplateValue &object, const QString &name,
                               const TemplateCallArguments &args)
{
    if (object.isNamespace())
        return unknownMethod(object, name);
    TemplateDict &dict = *object.entries();
    auto bind = [&](const QStringList &parameters, int required) {
        return args.bind(QStringLiteral("dict.") + name, parameters, required);
    };
    if (name == QLatin1String("items") || name == QLatin1String("keys")
        || name == QLatin1String("values")) {
        if (auto bound = bind({}, 0); !bound)
            return bound.error();
        TemplateValue::List result;
        result.reserve(size_t(dict.size()));
        for (const auto &[key, value] : dict.entries()) {
            if (name == QLatin1String("items"))
                result.push_back(TemplateValue::tuple({key, value}));
            else
                result.push_back(name == QLatin1String("keys") ? key : value);
        }
        return TemplateValue::list(std::move(result));
    }
    if (name == QLatin1String("get") || name == QLatin1String("setdefault")
        || name == QLatin1String("pop")) {
        auto bound = bind({QStringLiteral("key"), QStringLiteral("default")}, 1);
        if (!bound)
            return bound.error();
        const TemplateValue &key = *bound.value()[0];
        if (key.keyText().isEmpty())
            return templateError(TemplateTr::tr("unhashable type: '%1'").arg(key.typeName()));
        TemplateValue fallback = bound.value()[1] ? *bound.value()[1] : TemplateValue::none();
        if (const TemplateValue *found = dict.find(key)) {
            TemplateValue value = *found;
            if (name == QLatin1String("pop")) {
                TemplateDict rest;
                for (const auto &[k, v] : dict.entries()) {
                    if (!k.equals(key))
                        rest.insert(k, v);
                }
                dict = std::move(rest);
            }
            return value;
        }
        if (name == QLatin1String("pop") && !bound.value()[1])
            return templateError(TemplateTr::tr("key %1 not found").arg(key.repr()));
        if (name == QLatin1String("setdefault")) {
            if (const auto size = TemplateOperations::checkContainerSize(dict.size() + 1); !size)
                return size.error();
            dict.insert(key, fallback);
        }
        return fallback;
    }
    if (name == QLatin1String("update")) {
        std::vector<std::pair<TemplateValue, TemplateValue>> added;
        if (args.positional.size() > 1)
            return templateError(TemplateTr::tr("update expected at most 1 argument, got %1")
                                     .arg(args.positional.size()));
        if (!args.positional.empty()) {
            const TemplateValue &other = args.positional.front();
            if (!other.isDict() || other.isNamespace())
                return templateError(
                    TemplateTr::tr("dict.update() needs a dict, not '%1'").arg(other.typeName()));
            added = other.entries()->entries();
        }
        for (const auto &[key, value] : args.keyword)
            added.emplace_back(TemplateValue::string(key), value);
        for (const auto &[key, value] : added) {
            if (const auto size = TemplateOperations::checkContainerSize(dict.size() + 1); !size)
                return size.error();
            dict.insert(key, value);
        }
        return TemplateValue::none();
    }
    return unknownMethod(object, name);
}

} // namespace

Result<TemplateValue> call(const TemplateValue &object, const QString &name,
                           const TemplateCallArguments &arguments)
{
    switch (object.kind()) {
    case TemplateValue::Kind::String:
        return callString(object, name, arguments);
    case TemplateValue::Kind::List:
        return callList(object, name, arguments);
    case TemplateValue::Kind::Dict:
        return callDict(object, name, arguments);
    case TemplateValue::Kind::Undefined:
        return TemplateOperations::undefinedError(object);
    default:
        return unknownMethod(object, name);
    }
}

} // namespace Maestro::Core::TemplateMethods
