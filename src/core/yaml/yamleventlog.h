// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <string>
#include <vector>

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/mark.h>

namespace YAML {
class EventHandler;
}

namespace Maestro::Core {

// yaml-cpp's parse events for one document, recorded so that they can be handed to a
// handler later, all at once or not at all (SimpleYamlReader decides only at the end of the
// text whether it could read it). A scalar's value is a range of the source text unless it
// needed decoding (escapes, doubled quotes). Not thread-safe; cheap to move.
class YamlEventLog
{
public:
    enum class Type : unsigned char {
        DocumentStart,
        DocumentEnd,
        Null,
        Alias,
        Scalar,
        SequenceStart,
        SequenceEnd,
        MapStart,
        MapEnd,
        Anchor,
    };

    // Room for `events` events: the log is filled once and never shrinks, so growing it by
    // doubling would touch and copy about twice the memory it ends with.
    void reserve(int events) { m_events.reserve(size_t(events)); }

    void add(Type type, const YAML::Mark &mark = {}, YAML::anchor_t anchor = 0);
    // A scalar (or an anchor's name) taken verbatim from bytes [offset, offset + length).
    void addText(Type type, const YAML::Mark &mark, YAML::anchor_t anchor, bool quoted, int offset,
                 int length);
    // A scalar whose value differs from its source bytes.
    void addDecoded(const YAML::Mark &mark, YAML::anchor_t anchor, std::string value);
    void addCollection(Type type, const YAML::Mark &mark, YAML::anchor_t anchor, bool flow);

    // Delivers every event in order; `source` is the text the offsets point into.
    void replay(const QByteArray &source, YAML::EventHandler &handler) const;

    int size() const { return int(m_events.size()); }

private:
    struct Event
    {
        Type type = Type::Null;
        bool quoted = false; // a scalar written in quotes: yaml-cpp tags it "!", not "?"
        bool flow = false;
        bool decoded = false; // the value is m_decoded[offset]
        YAML::Mark mark;
        YAML::anchor_t anchor = 0;
        int offset = 0;
        int length = 0;
    };

    // A new event at the end, with the fields every event has.
    Event &append(Type type, const YAML::Mark &mark, YAML::anchor_t anchor);

    std::vector<Event> m_events;
    std::vector<std::string> m_decoded;
};

} // namespace Maestro::Core
