// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatearena.h"

#include "templatedict.h"

#include <algorithm>

namespace Maestro::Core {

namespace {

thread_local TemplateArena *t_current = nullptr;

// A weak_ptr keeps the memory of a dead container (allocated together with its control
// block) until the weak_ptr goes: drop expired entries whenever the list doubles.
template<typename T>
void trackIn(std::vector<std::weak_ptr<T>> &tracked, size_t &compactAt,
             const std::shared_ptr<T> &container)
{
    tracked.push_back(container);
    if (tracked.size() < compactAt)
        return;
    std::erase_if(tracked, [](const std::weak_ptr<T> &weak) { return weak.expired(); });
    compactAt = std::max<size_t>(1024, tracked.size() * 2);
}

} // namespace

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
        trackIn(t_current->m_lists, t_current->m_compactListsAt, list);
}

void TemplateArena::track(const std::shared_ptr<TemplateDict> &dict)
{
    if (t_current)
        trackIn(t_current->m_dicts, t_current->m_compactDictsAt, dict);
}

} // namespace Maestro::Core
