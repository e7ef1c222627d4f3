// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecallarguments.h"

#include "templateerror.h"

namespace Maestro::Core {

Result<std::vector<std::optional<TemplateValue>>>
TemplateCallArguments::bind(const QString &callee, const QStringList &parameters,
                            int required) const
{
    if (positional.size() > size_t(parameters.size())) {
        return templateError(TemplateTr::tr("%1() takes at most %2 argument(s) (%3 given)")
                                 .arg(callee)
                                 .arg(parameters.size())
                                 .arg(positional.size()));
    }
    std::vector<std::optional<TemplateValue>> bound(size_t(parameters.size()));
    for (size_t i = 0; i < positional.size(); ++i)
        bound[i] = positional[i];
    for (const auto &[name, value] : keyword) {
        const qsizetype index = parameters.indexOf(name);
        if (index < 0) {
            return templateError(
                TemplateTr::tr("%1() got an unexpected keyword argument '%2'").arg(callee, name));
        }
        if (bound[size_t(index)]) {
            return templateError(
                TemplateTr::tr("%1() got multiple values for argument '%2'").arg(callee, name));
        }
        bound[size_t(index)] = value;
    }
    for (int i = 0; i < required; ++i) {
        if (!bound[size_t(i)]) {
            return templateError(TemplateTr::tr("%1() missing required argument '%2'")
                                     .arg(callee, parameters.at(i)));
        }
    }
    return bound;
}

} // namespace Maestro::Core
