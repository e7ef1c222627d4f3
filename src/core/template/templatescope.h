// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatevalue.h"

#include <QString>

#include <utility>
#include <vector>

namespace Maestro::Core {

// Variables visible while rendering, as a stack of frames with Jinja2's scoping:
// each loop iteration, {% with %} block and include gets its own frame, so
// `{% set %}` inside them does not leak out; {% if %} has no frame of its own.
class TemplateScope
{
public:
    TemplateScope() { push(); }

    // Frames are reused rather than freed: a loop pushes one per iteration.
    void push()
    {
        if (m_depth == m_frames.size())
            m_frames.emplace_back();
        ++m_depth;
    }
    void pop() { m_frames[--m_depth].clear(); }

    const TemplateValue *find(const QString &name) const
    {
        for (size_t depth = m_depth; depth-- > 0;) {
            for (const auto &[key, value] : m_frames[depth]) {
                if (key == name)
                    return &value;
            }
        }
        return nullptr;
    }
    // Assigns in the innermost frame.
    void set(const QString &name, TemplateValue value)
    {
        Frame &frame = m_frames[m_depth - 1];
        for (auto &[key, existing] : frame) {
            if (key == name) {
                existing = std::move(value);
                return;
            }
        }
        frame.emplace_back(name, std::move(value));
    }

private:
    // Few names per frame: a vector searched linearly beats hashing here.
    using Frame = std::vector<std::pair<QString, TemplateValue>>;
    std::vector<Frame> m_frames;
    size_t m_depth = 0;
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
