// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include <QHash>
#include <QString>

#include <vector>

namespace Maestro::Core {

// Variables visible while rendering, as a stack of frames with Jinja2's scoping:
// each loop iteration, {% with %} block and include gets its own frame, so
// `{% set %}` inside them does not leak out; {% if %} has no frame of its own.
class TemplateScope
{
public:
    TemplateScope() { push(); }

    void push() { m_frames.emplace_back(); }
    void pop() { m_frames.pop_back(); }

    const TemplateValue *find(const QString &name) const
    {
        for (auto frame = m_frames.crbegin(); frame != m_frames.crend(); ++frame) {
            const auto it = frame->constFind(name);
            if (it != frame->cend())
                return &it.value();
        }
        return nullptr;
    }
    // Assigns in the innermost frame.
    void set(const QString &name, TemplateValue value) { m_frames.back().insert(name, std::move(value)); }

private:
    std::vector<QHash<QString, TemplateValue>> m_frames;
};

// Pushes a frame for the lifetime of the guard.
class TemplateScopeFrame
{
public:
    explicit TemplateScopeFrame(TemplateScope &scope)
        : m_scope(scope)
    {
        m_scope.push();
    }
    ~TemplateScopeFrame() { m_scope.pop(); }
    TemplateScopeFrame(const TemplateScopeFrame &) = delete;
    TemplateScopeFrame &operator=(const TemplateScopeFrame &) = delete;

private:
    TemplateScope &m_scope;
};

} // namespace Maestro::Core
