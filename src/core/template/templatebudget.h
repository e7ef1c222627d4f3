// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templateerror.h"
#include "templatelimits.h"

#include "core/result.h"

namespace Maestro::Core {

// Counts the work one render does (nodes visited, loop iterations, characters built) so
// that a template such as nested range(100000) loops stops with an error instead of
// running for hours.
class TemplateBudget
{
public:
    explicit TemplateBudget(qint64 maxSteps = 0)
        : m_maxSteps(maxSteps > 0 ? maxSteps : TemplateLimits::maxSteps)
    {}

    VoidResult charge(qint64 steps = 1)
    {
        m_steps += steps;
        if (m_steps <= m_maxSteps)
            return Success{};
        return templateError(TemplateTr::tr("the template needs too much work to render (more than "
                                            "%1 steps); is a loop too large?")
                                 .arg(m_maxSteps));
    }
    // Charges for producing `size` characters or items.
    VoidResult chargeSize(qsizetype size) { return charge(1 + size / 64); }

private:
    qint64 m_maxSteps;
    qint64 m_steps = 0;
};

} // namespace Maestro::Core
