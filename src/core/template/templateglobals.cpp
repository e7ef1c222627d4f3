// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateglobals.h"

#include "templatedict.h"
#include "templateerror.h"
#include "templatelimits.h"
#include "templateoperations.h"

#include <cmath>

namespace Maestro::Core::TemplateGlobals {

namespace {

Result<TemplateValue> range(const TemplateCallArguments &arguments)
{
    if (!arguments.keyword.empty())
        return templateError(TemplateTr::tr("range() takes no keyword arguments"));
    const auto &args = arguments.positional;
    if (args.empty() || args.size() > 3)
        return templateError(
            TemplateTr::tr("range expected 1 to 3 arguments, got %1").arg(args.size()));
    for (const TemplateValue &arg : args) {
        if (arg.isUndefined())
            return TemplateOperations::undefinedError(arg);
        if (!arg.isInt() && !arg.isBool())
            return templateError(TemplateTr::tr("'%1' object cannot be interpreted as an integer")
                                     .arg(arg.typeName()));
    }
    const qint64 start = args.size() == 1 ? 0 : args[0].toInt();
    const qint64 stop = args.size() == 1 ? args[0].toInt() : args[1].toInt();
    const qint64 step = args.size() == 3 ? args[2].toInt() : 1;
    if (step == 0)
        return templateError(TemplateTr::tr("range() arg 3 must not be zero"));
    // Computed in floating point first: the exact length could overflow 64 bits.
    const double span = step > 0 ? double(stop) - double(start) : double(start) - double(stop);
    const double absStep = step > 0 ? double(step) : -double(step);
    const double count = span <= 0 ? 0 : std::ceil(span / absStep);
    if (count > double(TemplateLimits::maxRangeLength)) {
        return templateError(
            TemplateTr::tr("range() would have %1 items, more than the limit of %2")
                .arg(count, 0, 'f', 0)
                .arg(TemplateLimits::maxRangeLength));
    }
    TemplateValue::List items;
    items.reserve(size_t(count));
    for (qint64 i = 0; i < qint64(count); ++i)
        items.push_back(TemplateValue::integer(start + i * step));
    return TemplateValue::list(std::move(items));
}

Result<TemplateDict> keywordDict(const QString &name, const TemplateCallArguments &arguments)
{
    TemplateDict dict;
    if (arguments.positional.size() > 1)
        return templateError(TemplateTr::tr("%1() takes at most 1 positional argument").arg(name));
    if (!arguments.positional.empty()) {
        const TemplateValue &source = arguments.positional.front();
        if (!source.isDict() || source.isNamespace())
            return templateError(
                TemplateTr::tr("%1() needs a dict as its positional argument, not '%2'")
                    .arg(name, source.typeName()));
        dict = *source.entries();
    }
    for (const auto &[key, value] : arguments.keyword)
        dict.insert(key, value);
    return dict;
}

} // namespace

bool exists(const QString &name)
{
    return name == QLatin1String("range") || name == QLatin1String("dict")
           || name == QLatin1String("namespace");
}

Result<TemplateValue> call(const QString &name, const TemplateCallArguments &arguments)
{
    if (name == QLatin1String("range"))
        return range(arguments);
    auto dict = keywordDict(name, arguments);
    if (!dict)
        return dict.error();
    if (name == QLatin1String("namespace"))
        return TemplateValue::namespaceObject(std::move(dict.value()));
    return TemplateValue::dict(std::move(dict.value()));
}

} // namespace Maestro::Core::TemplateGlobals
