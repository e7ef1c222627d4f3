// SPDX-License-Identifier: GPL-3.0-or-later
#include "simpleyamlreader.h"

#include "simpleyamlsyntax.h"

#include <QHash>

#include <optional>
#include <string>

namespace Maestro::Core {

namespace {

using Type = YamlEventLog::Type;
using namespace SimpleYamlSyntax;

// Thrown anywhere inside the reader when the text leaves the subset; caught at the top.
struct Declined
{};

[[noreturn]] void decline()
{
    throw Declined{};
}

// yaml-cpp nests up to 500 levels and then fails; far below that, leave it to yaml-cpp.
constexpr int kMaxDepth = 100;
// yaml-cpp does not take a simple key longer than 1024 characters.
constexpr int kMaxKeyLength = 1000;

// An anchor's properties waiting for the node they belong to.
struct Properties
{
    bool present = false;
    YAML::Mark mark;
    YAML::anchor_t anchor = 0;
};

class Reader
{
public:
    explicit Reader(const QByteArray &utf8)
        : m_s(utf8.constData())
        , m_n(int(utf8.size()))
    {
        // An event per 6 bytes is more than environment files have (the generated
        // 2,000-instance file has one per 8); only the pages used are ever touched.
        m_log.reserve(m_n / 6 + 16);
    }

    YamlEventLog read()
    {
        const Position root = firstContent();
        if (atEnd(root))
            decline(); // an empty document: rare, and yaml-cpp's events for it are its own
        m_log.add(Type::DocumentStart, mark(root));
        const Position after = blockCollection(root, Properties{});
        if (!atEnd(after))
            decline();
        m_log.add(Type::DocumentEnd);
        return std::move(m_log);
    }

private:
    // Where the cursor is: a byte offset, its line and the offset that line starts at.
    struct Position
    {
        int pos = 0;
        int line = 0;
        int lineStart = 0;
    };

    // --- the cursor

    char at(int pos) const { return pos < m_n ? m_s[pos] : '\0'; }
    char here() const { return at(m_at.pos); }
    bool atEnd(const Position &p) const { return p.pos >= m_n; }
    static int column(const Position &p) { return p.pos - p.lineStart; }
    static YAML::Mark mark(const Position &p)
    {
        YAML::Mark mark;
        mark.pos = p.pos;
        mark.line = p.line;
        mark.column = column(p);
        return mark;
    }
    void skipSpaces()
    {
        while (here() == ' ')
            ++m_at.pos;
    }
    bool atBreakOrEnd(int pos) const { return pos >= m_n || m_s[pos] == '\n'; }
    bool atBlankOrEnd(int pos) const { return atBreakOrEnd(pos) || m_s[pos] == ' '; }

    // Skips trailing blanks and a comment; the line must end there.
    void endLine()
    {
        skipSpaces();
        if (here() == '#') {
            if (m_at.pos == 0 || m_s[m_at.pos - 1] != ' ')
                decline(); // `#` right after a value is not a comment to yaml-cpp's rules
            while (!atBreakOrEnd(m_at.pos))
                ++m_at.pos;
        }
        if (!atBreakOrEnd(m_at.pos))
            decline();
    }
    // Whether the rest of the line is blank or a comment (the cursor stays).
    bool restOfLineEmpty() const
    {
        int pos = m_at.pos;
        while (at(pos) == ' ')
            ++pos;
        return atBreakOrEnd(pos) || (m_s[pos] == '#' && pos > 0 && m_s[pos - 1] == ' ');
    }

    // The first character of the next line with content, from the end of the current line;
    // the end of the text if none is left (yaml-cpp's mark for what ends there).
    Position nextContent(Position p) const
    {
        while (p.pos < m_n) {
            ++p.pos; // the line feed
            ++p.line;
            p.lineStart = p.pos;
            while (at(p.pos) == ' ')
                ++p.pos;
            if (p.pos >= m_n)
                break;
            if (m_s[p.pos] == '#') {
                while (!atBreakOrEnd(p.pos))
                    ++p.pos;
                continue;
            }
            if (m_s[p.pos] != '\n')
                return p;
        }
        return endOfText(p);
    }
    // yaml-cpp's mark at the end of the text has column 0, on whichever line it is.
    static Position endOfText(Position p)
    {
        p.lineStart = p.pos;
        return p;
    }
    Position firstContent() const
    {
        Position p;
        while (at(p.pos) == ' ')
            ++p.pos;
        if (at(p.pos) == '#') {
            while (!atBreakOrEnd(p.pos))
                ++p.pos;
        }
        if (atBreakOrEnd(p.pos))
            return p.pos >= m_n ? endOfText(p) : nextContent(p);
        return p;
    }
    Position lineEndThenNext()
    {
        endLine();
        return nextContent(m_at);
    }

    bool isSequenceEntry(const Position &p) const
    {
        return at(p.pos) == '-' && atBlankOrEnd(p.pos + 1);
    }

    // --- events

    // An empty value: yaml-cpp marks it where the next token starts.
    void emptyValue(const Position &next)
    {
        // At the end of a text that does not end with a line break, yaml-cpp's column
        // depends on how it read ahead (found by fuzzing); never guess it.
        if (atEnd(next) && (m_n == 0 || m_s[m_n - 1] != '\n'))
            decline();
        m_log.add(Type::Null, mark(next));
    }

    void enter()
    {
        if (++m_depth > kMaxDepth)
            decline();
    }
    void leave() { --m_depth; }

    void beginCollection(Type type, const Position &p, const Properties &properties, bool flow)
    {
        enter();
        m_log.addCollection(type, properties.present ? properties.mark : mark(p), properties.anchor,
                            flow);
    }
    void endCollection(Type type)
    {
        m_log.add(type);
        leave();
    }
    // The plain scalar from `start` up to `end`, its trailing blanks cut; returns its length.
    int trimmedPlainScalar(const Position &start, int end, const Properties &properties)
    {
        int length = end - start.pos;
        while (length > 0 && m_s[start.pos + length - 1] == ' ')
            --length;
        plainScalar(mark(start), properties, start.pos, length);
        return length;
    }
    void plainScalar(const YAML::Mark &at, const Properties &properties, int offset, int length)
    {
        const YAML::Mark &where = properties.present ? properties.mark : at;
        if (isNullWord(m_s + offset, length))
            m_log.add(Type::Null, where, properties.anchor);
        else
            m_log.addText(Type::Scalar, where, properties.anchor, false, offset, length);
    }

    // `&name`: registers the anchor as yaml-cpp does (the newest definition of a name wins)
    // and reports it. The cursor stays after the name.
    Properties anchor(bool inFlow)
    {
        const Position start = m_at;
        const QByteArrayView name = propertyName(inFlow);
        if (inFlow && here() != ' ')
            decline();
        Properties properties;
        properties.present = true;
        properties.mark = mark(start);
        properties.anchor = ++m_lastAnchor;
        m_anchors.insert(name, properties.anchor);
        m_log.addText(Type::Anchor, properties.mark, 0, false, int(name.data() - m_s),
                      int(name.size()));
        return properties;
    }
    void alias(bool inFlow)
    {
        const Position start = m_at;
        const auto found = m_anchors.constFind(propertyName(inFlow));
        if (found == m_anchors.cend())
            decline(); // yaml-cpp's error message is the one to show
        m_log.add(Type::Alias, mark(start), found.value());
    }
    // The name after `&` or `*` at the cursor, which it passes; in block context a flow
    // indicator right after it is declined.
    QByteArrayView propertyName(bool inFlow)
    {
        ++m_at.pos;
        const int nameStart = m_at.pos;
        while (!atBlankOrEnd(m_at.pos) && !isFlowIndicator(here()))
            ++m_at.pos;
        if (m_at.pos == nameStart || (!inFlow && isFlowIndicator(here())))
            decline();
        return QByteArrayView(m_s + nameStart, m_at.pos - nameStart);
    }
    static bool isFlowIndicator(char c)
    {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    // --- quoted scalars (one line)

    void quotedScalar(const Properties &properties)
    {
        const YAML::Mark where = properties.present ? properties.mark : mark(m_at);
        std::optional<QuotedScalar> scalar = scanQuoted(m_s, m_n, m_at.pos);
        if (!scalar)
            decline();
        const int contentStart = m_at.pos + 1;
        m_at.pos = scalar->closingQuote + 1;
        if (scalar->decoded)
            m_log.addDecoded(where, properties.anchor, std::move(scalar->value));
        else
            m_log.addText(Type::Scalar, where, properties.anchor, true, contentStart,
                          scalar->closingQuote - contentStart);
    }

    // --- block context

    // A block mapping or sequence whose first entry starts at `p`. Returns where the next
    // content after it starts.
    Position blockCollection(const Position &p, const Properties &properties)
    {
        return isSequenceEntry(p) ? blockSequence(p, properties) : blockMapping(p, properties);
    }

    Position blockMapping(Position p, const Properties &properties)
    {
        const int indent = column(p);
        beginCollection(Type::MapStart, p, properties, false);
        Position next;
        for (;;) {
            m_at = p;
            blockKey();
            next = blockValue(indent, true);
            if (atEnd(next) || column(next) < indent)
                break;
            if (column(next) > indent || isSequenceEntry(next))
                decline();
            p = next;
        }
        endCollection(Type::MapEnd);
        return next;
    }

    // A key and its `:`; the cursor ends after the colon.
    void blockKey()
    {
        const Position start = m_at;
        const char c = here();
        if (c == '"' || c == '\'') {
            quotedScalar(Properties{});
            if (here() != ':' || !atBlankOrEnd(m_at.pos + 1))
                decline();
        } else {
            if (!startsPlain(c, at(m_at.pos + 1)))
                decline();
            int end = m_at.pos;
            for (;;) {
                if (atBreakOrEnd(end))
                    decline(); // a line without a colon
                if (m_s[end] == ':' && atBlankOrEnd(end + 1))
                    break;
                if (m_s[end] == ' ' && at(end + 1) == '#')
                    decline();
                ++end;
            }
            if (trimmedPlainScalar(start, end, Properties{}) > kMaxKeyLength)
                decline();
            m_at.pos = end;
        }
        if (m_at.pos - start.pos > kMaxKeyLength)
            decline();
        ++m_at.pos; // the colon
    }

    // The value after a mapping's colon (`inMapping`) or a sequence's dash, the cursor right
    // after it. `indent` is the column of the collection holding the value.
    Position blockValue(int indent, bool inMapping)
    {
        skipSpaces();
        Properties properties;
        if (here() == '&') {
            properties = anchor(false);
            skipSpaces();
        }
        if (restOfLineEmpty()) {
            const Position next = lineEndThenNext();
            const bool nested
                = !atEnd(next)
                  && (column(next) > indent
                      || (inMapping && column(next) == indent && isSequenceEntry(next)));
            if (nested)
                return blockCollection(next, properties);
            if (properties.present)
                decline(); // an anchored empty value: rare
            emptyValue(next);
            return next;
        }
        if (!inMapping && !properties.present) {
            if (isSequenceEntry(m_at))
                decline(); // `- - x`
            if (startsKey())
                return blockMapping(m_at, Properties{});
        }
        if (properties.present && startsKey())
            decline(); // `&a key: value` anchors the key, not a mapping
        inlineValue(properties);
        const Position next = lineEndThenNext();
        if (!atEnd(next) && column(next) > indent)
            decline(); // continued on the next line, or an error: yaml-cpp's to say
        return next;
    }

    Position blockSequence(Position p, const Properties &properties)
    {
        const int indent = column(p);
        beginCollection(Type::SequenceStart, p, properties, false);
        Position next;
        for (;;) {
            m_at = p;
            ++m_at.pos; // the dash
            next = blockValue(indent, false);
            if (atEnd(next) || column(next) < indent)
                break;
            if (column(next) > indent)
                decline();
            if (!isSequenceEntry(next))
                break; // the key of the mapping this indentless sequence is a value of
            p = next;
        }
        endCollection(Type::SequenceEnd);
        return next;
    }

    bool startsKey() const { return SimpleYamlSyntax::startsKey(m_s, m_n, m_at.pos); }

    // A value that ends on its line (or, `inFlow`, inside a flow collection): a scalar, a
    // flow collection or an alias.
    void inlineValue(const Properties &properties, bool inFlow = false)
    {
        const char c = here();
        if (c == '*') {
            if (properties.present)
                decline();
            alias(inFlow);
        } else if (c == '"' || c == '\'') {
            quotedScalar(properties);
        } else if (c == '[' || c == '{') {
            flowCollection(properties);
        } else if (inFlow) {
            flowPlainScalar(properties);
        } else {
            blockPlainScalar(properties);
        }
    }

    // Ends at the line's end or before a comment.
    void blockPlainScalar(const Properties &properties)
    {
        if (!startsPlain(here(), at(m_at.pos + 1)))
            decline(); // block scalars, tags, reserved indicators...
        const Position start = m_at;
        int end = m_at.pos;
        while (!atBreakOrEnd(end)) {
            if (m_s[end] == ':' && atBlankOrEnd(end + 1))
                decline(); // `a: b: c`, an error
            if (m_s[end] == ' ' && at(end + 1) == '#')
                break;
            ++end;
        }
        m_at.pos = start.pos + trimmedPlainScalar(start, end, properties);
    }

    // --- flow context (one line)

    void flowCollection(const Properties &properties)
    {
        if (here() == '[')
            flowSequence(properties);
        else
            flowMapping(properties);
    }

    void flowSequence(const Properties &properties)
    {
        flowCollection(Type::SequenceStart, Type::SequenceEnd, ']', properties,
                       [this] { flowNode(); });
    }

    void flowMapping(const Properties &properties)
    {
        flowCollection(Type::MapStart, Type::MapEnd, '}', properties, [this] {
            const char c = here();
            if (c == '"' || c == '\'')
                quotedScalar(Properties{});
            else
                flowPlainScalar(Properties{});
            if (here() != ':' || at(m_at.pos + 1) != ' ')
                decline();
            ++m_at.pos;
            skipSpaces();
            if (here() == ',' || here() == '}')
                decline(); // an empty value
            flowNode();
        });
    }

    // `[`/`{` at m_at: items read by `readItem`, separated by commas, up to `close`. A
    // trailing comma is left to yaml-cpp.
    template<typename ReadItem>
    void flowCollection(Type start, Type end, char close, const Properties &properties,
                        ReadItem readItem)
    {
        beginCollection(start, m_at, properties, true);
        ++m_at.pos;
        skipSpaces();
        if (here() != close) {
            for (;;) {
                readItem();
                skipSpaces();
                if (here() == close)
                    break;
                if (here() != ',')
                    decline();
                ++m_at.pos;
                skipSpaces();
                if (here() == close)
                    decline();
            }
        }
        ++m_at.pos;
        endCollection(end);
    }

    void flowNode()
    {
        Properties properties;
        if (here() == '&') {
            properties = anchor(true);
            skipSpaces();
        }
        inlineValue(properties, true);
    }

    // Ends before `,` `[` `]` `{` `}`, before `: ` and `:` followed by one of those, before a
    // comment; a line break inside a flow collection is declined.
    void flowPlainScalar(const Properties &properties)
    {
        const Position start = m_at;
        if (!startsPlain(here(), at(m_at.pos + 1)))
            decline();
        int end = m_at.pos;
        for (;;) {
            if (atBreakOrEnd(end))
                decline();
            const char c = m_s[end];
            if (isFlowIndicator(c))
                break;
            if (c == ':' && (atBlankOrEnd(end + 1) || isFlowIndicator(at(end + 1))))
                break;
            if (c == '?')
                decline(); // ends a plain scalar in yaml-cpp's flow context
            if (c == ' ' && at(end + 1) == '#')
                decline();
            ++end;
        }
        m_at.pos = start.pos + trimmedPlainScalar(start, end, properties);
    }

    const char *m_s;
    int m_n;
    Position m_at;
    int m_depth = 0;
    YAML::anchor_t m_lastAnchor = 0;
    QHash<QByteArrayView, YAML::anchor_t> m_anchors;
    YamlEventLog m_log;
};

} // namespace

std::optional<YamlEventLog> readSimpleYaml(const QByteArray &utf8)
{
    // The reader's offsets and marks are ints, as yaml-cpp's are.
    if (utf8.size() > (1 << 30) || hasExcludedBytes(utf8))
        return std::nullopt;
    try {
        return Reader(utf8).read();
    } catch (const Declined &) {
        return std::nullopt;
    }
}

} // namespace Maestro::Core
