// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatearena.h"

#include "templatedict.h"

namespace Maestro::Core {

namespace {
thread_local TemplateArena *t_current = nullptr;
}

TemplateArena::TemplateArena()
    : m_previous(t_current)
{
    t_current = this;
}

TemplateArena::~TemplateArena()
{
    t_current = m_previous;
    for (const auto &weak : m_lists) {
        if (const auto list = weak.lock())
            TemplateValue::List().swap(*list);
    }
    for (const auto &weak : m_dicts) {
        if (const auto dict = weak.lock())
            *dict = TemplateDict();
    }
}

void TemplateArena::track(const std::shared_ptr<TemplateValue::List> &list)
{
    if (t_current)
        t_current->m_lists.push_back(list);
}

void TemplateArena::track(const std::shared_ptr<TemplateDict> &dict)
{
    if (t_current)
        t_current->m_dicts.push_back(dict);
}

} // namespace Maestro::Core
