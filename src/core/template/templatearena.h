// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include <memory>
#include <vector>

namespace Maestro::Core {

// Owns the bookkeeping of the lists and dicts created while one template renders on the
// current thread. Templates can build reference cycles (`{% set _ = l.append(l) %}`),
// which shared ownership alone would leak; when the arena goes away it empties every
// container that is still alive, which breaks all cycles. Create one per render, on the
// stack; containers created while no arena exists are simply not tracked.
class TemplateArena
{
public:
    TemplateArena();
    ~TemplateArena();
    TemplateArena(const TemplateArena &) = delete;
    TemplateArena &operator=(const TemplateArena &) = delete;

    static void track(const std::shared_ptr<TemplateValue::List> &list);
    static void track(const std::shared_ptr<TemplateDict> &dict);

private:
    TemplateArena *m_previous;
    std::vector<std::weak_ptr<TemplateValue::List>> m_lists;
    std::vector<std::weak_ptr<TemplateDict>> m_dicts;
    size_t m_compactListsAt = 1024;
    size_t m_compactDictsAt = 1024;
};

} // namespace Maestro::Core
