// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreport.h"

#include <algorithm>

namespace Maestro::Orchestration {

int RunReport::count(StepState state) const
{
    return int(std::count_if(steps.begin(), steps.end(),
                             [state](const StepOutcome &o) { return o.state == state; }));
}

const StepOutcome *RunReport::outcome(const QString &id) const
{
    const auto it = std::find_if(steps.begin(), steps.end(),
                                 [&id](const StepOutcome &o) { return o.id == id; });
    return it == steps.end() ? nullptr : &*it;
}

} // namespace Maestro::Orchestration
