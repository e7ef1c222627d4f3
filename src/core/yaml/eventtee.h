// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <yaml-cpp/eventhandler.h>

namespace Maestro::Core {

// Hands every parser event to two handlers, first to `first`: one pass of yaml-cpp's
// scanner (most of a load's time) serves two readers of the same text. Single-threaded.
class EventTee final : public YAML::EventHandler
{
public:
    EventTee(YAML::EventHandler &first, YAML::EventHandler &second)
        : m_first(first)
        , m_second(second)
    {}

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_first.OnDocumentStart(mark);
        m_second.OnDocumentStart(mark);
    }
    void OnDocumentEnd() override
    {
        m_first.OnDocumentEnd();
        m_second.OnDocumentEnd();
    }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        m_first.OnNull(mark, anchor);
        m_second.OnNull(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        m_first.OnAlias(mark, anchor);
        m_second.OnAlias(mark, anchor);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        m_first.OnScalar(mark, tag, anchor, value);
        m_second.OnScalar(mark, tag, anchor, value);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        m_first.OnSequenceStart(mark, tag, anchor, style);
        m_second.OnSequenceStart(mark, tag, anchor, style);
    }
    void OnSequenceEnd() override
    {
        m_first.OnSequenceEnd();
        m_second.OnSequenceEnd();
    }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        m_first.OnMapStart(mark, tag, anchor, style);
        m_second.OnMapStart(mark, tag, anchor, style);
    }
    void OnMapEnd() override
    {
        m_first.OnMapEnd();
        m_second.OnMapEnd();
    }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override
    {
        m_first.OnAnchor(mark, name);
        m_second.OnAnchor(mark, name);
    }

private:
    YAML::EventHandler &m_first;
    YAML::EventHandler &m_second;
};

} // namespace Maestro::Core
