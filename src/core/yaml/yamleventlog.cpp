// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamleventlog.h"

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>

namespace Maestro::Core {

YamlEventLog::Event &YamlEventLog::append(Type type, const YAML::Mark &mark, YAML::anchor_t anchor)
{
    Event &event = m_events.emplace_back();
    event.type = type;
    event.mark = mark;
    event.anchor = anchor;
    return event;
}

void YamlEventLog::add(Type type, const YAML::Mark &mark, YAML::anchor_t anchor)
{
    append(type, mark, anchor);
}

void YamlEventLog::addText(Type type, const YAML::Mark &mark, YAML::anchor_t anchor, bool quoted,
                           int offset, int length)
{
    Event &event = append(type, mark, anchor);
    event.quoted = quoted;
    event.offset = offset;
    event.length = length;
}

void YamlEventLog::addDecoded(const YAML::Mark &mark, YAML::anchor_t anchor, std::string value)
{
    Event &event = append(Type::Scalar, mark, anchor);
    event.quoted = true; // only quoted scalars have anything to decode
    event.decoded = true;
    event.offset = int(m_decoded.size());
    m_decoded.push_back(std::move(value));
}

void YamlEventLog::addCollection(Type type, const YAML::Mark &mark, YAML::anchor_t anchor,
                                 bool flow)
{
    append(type, mark, anchor).flow = flow;
}

void YamlEventLog::replay(const QByteArray &source, YAML::EventHandler &handler) const
{
    // yaml-cpp's non-specific tags: "?" for plain scalars and collections, "!" for quoted.
    static const std::string plainTag("?");
    static const std::string quotedTag("!");
    const auto text = [&](const Event &event) {
        return event.decoded ? m_decoded[size_t(event.offset)]
                             : std::string(source.constData() + event.offset, size_t(event.length));
    };
    const auto style = [](const Event &event) {
        return event.flow ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block;
    };
    for (const Event &event : m_events) {
        switch (event.type) {
        case Type::DocumentStart:
            handler.OnDocumentStart(event.mark);
            break;
        case Type::DocumentEnd:
            handler.OnDocumentEnd();
            break;
        case Type::Null:
            handler.OnNull(event.mark, event.anchor);
            break;
        case Type::Alias:
            handler.OnAlias(event.mark, event.anchor);
            break;
        case Type::Scalar:
            handler.OnScalar(event.mark, event.quoted ? quotedTag : plainTag, event.anchor,
                             text(event));
            break;
        case Type::SequenceStart:
            handler.OnSequenceStart(event.mark, plainTag, event.anchor, style(event));
            break;
        case Type::SequenceEnd:
            handler.OnSequenceEnd();
            break;
        case Type::MapStart:
            handler.OnMapStart(event.mark, plainTag, event.anchor, style(event));
            break;
        case Type::MapEnd:
            handler.OnMapEnd();
            break;
        case Type::Anchor:
            handler.OnAnchor(event.mark, text(event));
            break;
        }
    }
}

} // namespace Maestro::Core
