// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlspans.h"

#include "edittr.h"

#include "core/pythonformat.h"
#include "core/yaml/scalarresolver.h"

#include <istream>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace Maestro::Core {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

bool isFlowIndicator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']')
           || c == QLatin1Char('{') || c == QLatin1Char('}');
}

bool isNullWord(QStringView word)
{
    return word == u"~" || word == u"null" || word == u"Null" || word == u"NULL";
}

} // namespace

// Receives the parser's events and records each node with its extent.
class SpanBuilder final : public YAML::EventHandler
{
public:
    explicit SpanBuilder(YamlSpans &spans, const QByteArray &utf8)
        : m_spans(spans)
        , m_text(spans.m_text)
    {
        bool ascii = true;
        for (const char c : utf8)
            ascii = ascii && uchar(c) < 0x80;
        if (!ascii) {
            // Byte offset -> UTF-16 offset.
            m_units.reserve(utf8.size() + 1);
            qsizetype units = 0;
            for (const char c : utf8) {
                m_units.push_back(units);
                const uchar byte = uchar(c);
                if ((byte & 0xC0) != 0x80)
                    units += byte >= 0xF0 ? 2 : 1;
            }
            m_units.push_back(units);
        }
        m_bom = m_text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const int index = add(YamlSpans::Kind::Null, mark, anchor, {});
        YamlSpans::Node &n = node(index);
        const qsizetype wordEnd = scanWord(n.contentStart);
        if (n.contentStart >= 0
            && isNullWord(QStringView(m_text).mid(n.contentStart, wordEnd - n.contentStart))) {
            n.style = YamlSpans::Style::Plain;
            n.end = wordEnd;
        } else if (n.anchor.isEmpty()) {
            n.start = n.contentStart = n.end = -1; // placed by its parent
        } else {
            n.end = n.contentStart = propertiesEnd(n.start);
        }
        placeEmptyValue(index);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const int index = add(YamlSpans::Kind::Alias, mark, 0, {});
        YamlSpans::Node &n = node(index);
        n.target = m_anchors.value(anchor, -1);
        n.style = YamlSpans::Style::Plain;
        n.end = scanWord(n.contentStart);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const int index = add(YamlSpans::Kind::Scalar, mark, anchor, tag);
        YamlSpans::Node &n = node(index);
        n.text = QString::fromStdString(value);
        scanScalar(n);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        startCollection(YamlSpans::Kind::Sequence, mark, anchor, tag, style);
    }
    void OnSequenceEnd() override { endCollection(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        startCollection(YamlSpans::Kind::Mapping, mark, anchor, tag, style);
    }
    void OnMapEnd() override { endCollection(); }
    void OnAnchor(const YAML::Mark &, const std::string &name) override
    {
        m_pendingAnchor = QString::fromStdString(name);
    }

private:
    YamlSpans::Node &node(int index) { return m_spans.m_nodes[index]; }

    // Nearly every node has the tag "?" (plain) or "!" (quoted): one shared string each
    // instead of an allocation per node.
    static QString internedTag(const std::string &tag)
    {
        static const QString plain = QStringLiteral("?");
        static const QString quoted = QStringLiteral("!");
        if (tag == "?")
            return plain;
        if (tag == "!")
            return quoted;
        return QString::fromStdString(tag);
    }

    qsizetype offsetOf(const YAML::Mark &mark) const
    {
        if (mark.pos < 0)
            return -1;
        const qsizetype pos = mark.pos;
        if (m_units.empty())
            return pos + m_bom;
        return pos < qsizetype(m_units.size()) ? m_units[pos] + m_bom : -1;
    }

    int add(YamlSpans::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor,
            const std::string &tag)
    {
        YamlSpans::Node n;
        n.kind = kind;
        n.tag = internedTag(tag);
        n.parent = m_stack.empty() ? -1 : m_stack.back();
        n.start = offsetOf(mark);
        if (anchor != 0) {
            n.anchor = m_pendingAnchor;
            m_anchors.insert(anchor, int(m_spans.m_nodes.size()));
        }
        m_pendingAnchor.clear();
        n.contentStart = propertiesEnd(n.start);
        const int index = int(m_spans.m_nodes.size());
        if (n.parent >= 0)
            node(n.parent).children.push_back(index);
        m_spans.m_nodes.push_back(std::move(n));
        return index;
    }

    // After `&anchor` and `!tag` and the blanks that follow them (not the line break).
    qsizetype propertiesEnd(qsizetype pos) const
    {
        if (pos < 0)
            return pos;
        const qsizetype size = m_text.size();
        while (pos < size
               && (m_text.at(pos) == QLatin1Char('&') || m_text.at(pos) == QLatin1Char('!'))) {
            pos = scanWord(pos);
            while (pos < size && isBlank(m_text.at(pos)))
                ++pos;
        }
        return pos;
    }

    // The end of an anchor, tag, alias or null word starting at `pos`.
    qsizetype scanWord(qsizetype pos) const
    {
        if (pos < 0)
            return pos;
        const bool flow = inFlow();
        while (pos < m_text.size() && !isBlank(m_text.at(pos)) && !isBreak(m_text.at(pos))
               && !(flow && isFlowIndicator(m_text.at(pos))))
            ++pos;
        return pos;
    }

    bool inFlow() const { return m_flowDepth > 0; }

    // Skips blanks, line breaks and comments.
    qsizetype skipSpace(qsizetype pos) const
    {
        while (pos < m_text.size()) {
            const QChar c = m_text.at(pos);
            if (c == QLatin1Char('#')) {
                while (pos < m_text.size() && !isBreak(m_text.at(pos)))
                    ++pos;
            } else if (isBlank(c) || isBreak(c)) {
                ++pos;
            } else {
                break;
            }
        }
        return pos;
    }

    // An empty mapping value sits right after its key's colon.
    void placeEmptyValue(int index)
    {
        YamlSpans::Node &n = node(index);
        if (n.start >= 0 || n.parent < 0)
            return;
        const YamlSpans::Node &parent = m_spans.m_nodes.at(n.parent);
        if (parent.kind != YamlSpans::Kind::Mapping || parent.children.size() % 2 != 0)
            return;
        const qsizetype colon = m_spans.colonAfter(parent.children.at(parent.children.size() - 2));
        if (colon >= 0)
            n.start = n.contentStart = n.end = colon + 1;
    }

    void scanScalar(YamlSpans::Node &n)
    {
        const qsizetype size = m_text.size();
        qsizetype pos = n.contentStart;
        if (pos < 0 || pos > size) {
            n.reliable = false;
            return;
        }
        const QChar first = pos < size ? m_text.at(pos) : QChar();
        if (n.text.isEmpty()
            && (pos == size || isBreak(first) || first == QLatin1Char('#')
                || (inFlow() && isFlowIndicator(first)))) {
            n.style = YamlSpans::Style::Empty; // `!!str` with nothing after it
            n.end = pos;
            while (n.end > n.start && isBlank(m_text.at(n.end - 1)))
                --n.end;
            n.contentStart = n.end;
            return;
        }
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            n.style = first == QLatin1Char('"') ? YamlSpans::Style::DoubleQuoted
                                                : YamlSpans::Style::SingleQuoted;
            for (++pos; pos < size; ++pos) {
                const QChar c = m_text.at(pos);
                if (first == QLatin1Char('"') && c == QLatin1Char('\\')) {
                    ++pos;
                } else if (c == first) {
                    if (first == QLatin1Char('\'') && pos + 1 < size && m_text.at(pos + 1) == first)
                        ++pos;
                    else
                        break;
                }
            }
            n.end = pos + 1;
            n.reliable = pos < size;
        } else if (first == QLatin1Char('|') || first == QLatin1Char('>')) {
            n.style
                = first == QLatin1Char('|') ? YamlSpans::Style::Literal : YamlSpans::Style::Folded;
            scanBlockScalar(n);
        } else {
            n.style = YamlSpans::Style::Plain;
            scanPlain(n);
        }
    }

    void scanBlockScalar(YamlSpans::Node &n)
    {
        const qsizetype size = m_text.size();
        qsizetype pos = n.contentStart + 1;
        while (pos < size
               && (m_text.at(pos) == QLatin1Char('+') || m_text.at(pos) == QLatin1Char('-')
                   || m_text.at(pos).isDigit()))
            ++pos;
        n.end = pos;
        qsizetype indent = -1;
        pos = m_spans.lineEnd(pos);
        while (pos < size) {
            pos += m_text.at(pos) == QLatin1Char('\r') && pos + 1 < size
                           && m_text.at(pos + 1) == QLatin1Char('\n')
                       ? 2
                       : 1;
            const qsizetype lineStart = pos;
            while (pos < size && m_text.at(pos) == QLatin1Char(' '))
                ++pos;
            const qsizetype lineEnd = m_spans.lineEnd(pos);
            qsizetype contentEnd = lineEnd;
            while (contentEnd > pos && isBlank(m_text.at(contentEnd - 1)))
                --contentEnd;
            if (contentEnd == pos) { // a blank line belongs to the scalar, if anything follows
                pos = lineEnd;
                continue;
            }
            if (indent < 0)
                indent = pos - lineStart;
            if (pos - lineStart < indent || n.text.isEmpty())
                break;
            n.end = contentEnd;
            pos = lineEnd;
        }
    }

    // A plain scalar may continue on more lines: follow them until the folded text is
    // the parser's value.
    void scanPlain(YamlSpans::Node &n)
    {
        const qsizetype size = m_text.size();
        const bool flow = inFlow();
        QString folded;
        qsizetype pos = n.contentStart;
        while (true) {
            const qsizetype pieceStart = pos;
            for (; pos < size && !isBreak(m_text.at(pos)); ++pos) {
                const QChar c = m_text.at(pos);
                const QChar next = pos + 1 < size ? m_text.at(pos + 1) : QLatin1Char(' ');
                if (c == QLatin1Char(':')
                    && (isBlank(next) || isBreak(next) || (flow && isFlowIndicator(next))))
                    break;
                if (c == QLatin1Char('#') && pos > pieceStart && isBlank(m_text.at(pos - 1)))
                    break;
                if (flow && isFlowIndicator(c))
                    break;
            }
            qsizetype pieceEnd = pos;
            while (pieceEnd > pieceStart && isBlank(m_text.at(pieceEnd - 1)))
                --pieceEnd;
            n.end = pieceEnd;
            const QStringView piece = QStringView(m_text).mid(pieceStart, pieceEnd - pieceStart);
            if (folded.isEmpty() && piece == n.text)
                return; // one line, the usual case: nothing to fold
            folded += piece;
            if (folded == n.text)
                return;
            if (!n.text.startsWith(folded) || pos >= size || !isBreak(m_text.at(pos))) {
                n.reliable = false;
                return;
            }
            int breaks = 0;
            while (pos < size && (isBlank(m_text.at(pos)) || isBreak(m_text.at(pos)))) {
                if (m_text.at(pos) == QLatin1Char('\n'))
                    ++breaks;
                ++pos;
            }
            folded += breaks <= 1 ? QStringLiteral(" ") : QString(breaks - 1, QLatin1Char('\n'));
        }
    }

    void startCollection(YamlSpans::Kind kind, const YAML::Mark &mark, YAML::anchor_t anchor,
                         const std::string &tag, YAML::EmitterStyle::value style)
    {
        const int index = add(kind, mark, anchor, tag);
        YamlSpans::Node &n = node(index);
        n.style
            = style == YAML::EmitterStyle::Flow ? YamlSpans::Style::Flow : YamlSpans::Style::Block;
        n.contentStart = skipSpace(n.contentStart);
        if (n.style == YamlSpans::Style::Flow && n.contentStart < m_text.size()
            && m_text.at(n.contentStart)
                   != (kind == YamlSpans::Kind::Mapping ? QLatin1Char('{') : QLatin1Char('[')))
            n.reliable = false; // a single pair inside a flow sequence: `[a: 1]`
        m_flowDepth += n.style == YamlSpans::Style::Flow;
        m_stack.push_back(index);
    }

    void endCollection()
    {
        const int index = m_stack.back();
        m_stack.pop_back();
        YamlSpans::Node &n = node(index);
        m_flowDepth -= n.style == YamlSpans::Style::Flow;
        qsizetype end = n.contentStart;
        for (const int child : n.children)
            end = std::max(end, m_spans.m_nodes.at(child).end);
        if (n.style == YamlSpans::Style::Flow && n.reliable) {
            qsizetype pos = n.children.empty() ? n.contentStart + 1 : end;
            while (pos < m_text.size() && m_text.at(pos) != QLatin1Char(']')
                   && m_text.at(pos) != QLatin1Char('}'))
                pos = m_text.at(pos) == QLatin1Char(',') ? pos + 1 : skipSpace(pos);
            end = pos + 1;
        }
        n.end = end;
        placeEmptyValue(index);
    }

    YamlSpans &m_spans;
    const QString &m_text;
    std::vector<qsizetype> m_units; // empty for ASCII text
    int m_bom = 0;
    std::vector<int> m_stack;
    int m_flowDepth = 0; // flow collections on the stack
    QHash<YAML::anchor_t, int> m_anchors;
    QString m_pendingAnchor;
};

namespace {

QByteArray utf8WithoutBom(const QString &text)
{
    const bool hasBom = text.startsWith(QChar(0xFEFF));
    return QStringView(text).mid(hasBom ? 1 : 0).toUtf8();
}

} // namespace

YamlSpansRecorder::YamlSpansRecorder(const QString &text)
    : m_utf8(utf8WithoutBom(text))
    , m_spans(std::make_unique<YamlSpans>())
{
    m_spans->m_text = text;
    // Room for more nodes than a text can hold in practice (one per 4 characters), so the
    // vector never moves: its pages are touched once, only as far as nodes are added.
    m_spans->m_nodes.reserve(size_t(text.size() / 4 + 16));
    m_builder = std::make_unique<SpanBuilder>(*m_spans, m_utf8);
}

YamlSpansRecorder::~YamlSpansRecorder() = default;

YAML::EventHandler &YamlSpansRecorder::events()
{
    return *m_builder;
}

YamlSpans YamlSpansRecorder::take()
{
    m_builder.reset(); // it refers to the spans it built
    return std::move(*m_spans);
}

Result<YamlSpans> YamlSpans::scan(const QString &text)
{
    YamlSpansRecorder recorder(text);
    try {
        std::istringstream stream(recorder.m_utf8.toStdString());
        YAML::Parser parser(stream);
        parser.HandleNextDocument(recorder.events());
    } catch (const YAML::Exception &e) {
        return Error{EditTr::tr("the rendered document does not parse: %1")
                         .arg(QString::fromStdString(e.msg)),
                     {},
                     {}};
    }
    return recorder.take();
}

QString YamlSpans::keyText(int key) const
{
    const Node &n = m_nodes.at(key);
    if (n.kind == Kind::Null)
        return QStringLiteral("None");
    if (n.kind != Kind::Scalar || n.tag != QLatin1String("?"))
        return n.text;
    const auto resolved = ScalarResolver::resolvePlain(n.text, {});
    return resolved ? pythonStr(resolved.value()) : n.text;
}

bool YamlSpans::isMergeKey(int key) const
{
    const Node &n = m_nodes.at(key);
    return n.kind == Kind::Scalar && n.tag == QLatin1String("?") && n.text == QLatin1String("<<");
}

bool YamlSpans::inFlow(int index) const
{
    for (int i = m_nodes.at(index).parent; i >= 0; i = m_nodes.at(i).parent) {
        if (m_nodes.at(i).style == Style::Flow)
            return true;
    }
    return false;
}

std::vector<int> YamlSpans::aliasesOf(int anchored) const
{
    std::vector<int> aliases;
    for (int i = 0; i < nodeCount(); ++i) {
        if (m_nodes.at(i).kind == Kind::Alias && m_nodes.at(i).target == anchored)
            aliases.push_back(i);
    }
    return aliases;
}

qsizetype YamlSpans::colonAfter(int key) const
{
    qsizetype pos = m_nodes.at(key).end;
    if (pos < 0)
        return -1;
    while (pos < m_text.size() && (isBlank(m_text.at(pos)) || isBreak(m_text.at(pos))))
        ++pos;
    return pos < m_text.size() && m_text.at(pos) == QLatin1Char(':') ? pos : -1;
}

qsizetype YamlSpans::lineStart(qsizetype offset) const
{
    while (offset > 0 && m_text.at(offset - 1) != QLatin1Char('\n'))
        --offset;
    return offset;
}

qsizetype YamlSpans::lineEnd(qsizetype offset) const
{
    while (offset < m_text.size() && !isBreak(m_text.at(offset)))
        ++offset;
    return offset;
}

bool YamlSpans::firstOnLine(qsizetype offset) const
{
    for (qsizetype i = lineStart(offset); i < offset; ++i) {
        if (!isBlank(m_text.at(i)))
            return false;
    }
    return true;
}

} // namespace Maestro::Core
