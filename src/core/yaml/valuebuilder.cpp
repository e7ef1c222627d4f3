// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuebuilder.h"

#include "scalarresolver.h"
#include "tagresolver.h"
#include "yamltr.h"

#include <algorithm>

namespace Maestro::Core {

namespace {

const char kPlainTag[] = "?";    // yaml-cpp's tag for an untagged plain scalar
const char kNonPlainTag[] = "!"; // ... for an untagged quoted or block scalar, or a bare `!`

} // namespace

ValueBuilder::ValueBuilder(const MarkLocator &locator, const SourceText &text)
    : m_locator(locator)
    , m_text(text)
{}

Result<Value> ValueBuilder::takeResult()
{
    if (m_error)
        return *std::move(m_error);
    if (m_root)
        return *std::move(m_root);
    return Value::null(m_locator.start());
}

void ValueBuilder::OnDocumentStart(const YAML::Mark &) {}

void ValueBuilder::OnDocumentEnd() {}

void ValueBuilder::OnAnchor(const YAML::Mark &mark, const std::string &name)
{
    if (m_error)
        return;
    m_pendingAnchorName = QString::fromStdString(name);
    // yaml-cpp lets a later `&x` replace an earlier one; PyYAML refuses the second.
    const SourceLocation location = m_locator.locate(mark);
    const auto first = m_anchorNames.constFind(m_pendingAnchorName);
    if (first != m_anchorNames.cend()) {
        fail(Error{YamlTr::tr("found duplicate anchor '%1'; first occurrence at %2")
                       .arg(m_pendingAnchorName, first->toString()),
                   location,
                   {}});
        return;
    }
    m_anchorNames.insert(m_pendingAnchorName, location);
}

void ValueBuilder::OnNull(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    seen(mark);
    if (m_error || !charge(1, mark))
        return;
    if (std::optional<Error> error = checkNull(mark)) {
        fail(*std::move(error));
        return;
    }
    beginAnchor(anchor);
    // An empty mapping value (`EMPTY:`) is best shown at its key: yaml-cpp places it at
    // the next token, which may be the next key.
    const bool empty = expectingValue() && !m_text.isWrittenNull(mark.pos);
    const SourceLocation location
        = empty ? m_stack.back().pendingKey->location() : m_locator.locate(mark);
    addNode(Value::null(location), 1, anchor, mark, empty ? Placement::Empty : Placement::Written);
}

// The places where yaml-cpp makes up a null that PyYAML reports as an error.
std::optional<Error> ValueBuilder::checkNull(const YAML::Mark &mark) const
{
    // A block mapping line without a colon (`image nginx`) becomes a key with an empty
    // value reported at the key's own position; a real empty value is reported later.
    if (expectingValue() && m_stack.back().pendingKeyMark.pos == mark.pos)
        return Error{
            YamlTr::tr("could not find expected ':'"), m_stack.back().pendingKey->location(), {}};
    if (expectingValue())
        return std::nullopt; // `{a: , b: 1}` is fine
    // An empty flow entry (`[a, , b]`) or a missing key (`: x`, `{: x}`); an explicit
    // empty key (`?` alone) is fine.
    const char next = m_text.at(mark.pos);
    if (next == ',' || (next == ':' && m_text.previousNonBlank(mark.pos) != '?')) {
        return Error{YamlTr::tr("expected the node content, but found '%1'").arg(QLatin1Char(next)),
                     m_locator.locate(mark),
                     {}};
    }
    return std::nullopt;
}

void ValueBuilder::OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor)
{
    seen(mark);
    if (m_error)
        return;
    // yaml-cpp itself rejects aliases to anchors it has not seen; an incomplete one is
    // an alias inside the node it names, which a tree cannot hold.
    if (anchor >= m_anchors.size() || !m_anchors[anchor].complete) {
        const QString name = anchor < m_anchors.size() ? m_anchors[anchor].name : QString();
        fail(Error{YamlTr::tr("found recursive alias *%1").arg(name), m_locator.locate(mark), {}});
        return;
    }
    const Anchored &anchored = m_anchors[anchor];
    if (!charge(anchored.nodes, mark))
        return;
    // The alias is the anchored node itself, located where it was written (as in PyYAML),
    // but it defines no anchor.
    addNode(anchored.value.withHoldsAnchor(false), anchored.nodes, 0, mark);
}

void ValueBuilder::OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                            const std::string &value)
{
    seen(mark);
    if (m_error || !charge(1, mark))
        return;
    beginAnchor(anchor);
    const SourceLocation location = m_locator.locate(mark);
    const QString text = QString::fromStdString(value);
    if (expectingKey() && tag == kPlainTag && text == QLatin1String("<<")) {
        // A merge key: its value is merged into the mapping, not stored under it.
        Frame &top = m_stack.back();
        top.pendingKey = Value::string(text, location);
        top.pendingKeyMark = mark;
        top.pendingIsMerge = true;
        completeAnchor(anchor, *top.pendingKey, 1);
        return;
    }
    Result<Value> scalar = scalarValue(mark, tag, text, location);
    if (!scalar) {
        fail(scalar.error());
        return;
    }
    addNode(std::move(scalar).value(), 1, anchor, mark);
}

Result<Value> ValueBuilder::scalarValue(const YAML::Mark &mark, const std::string &tag,
                                        const QString &text, const SourceLocation &location) const
{
    if (tag == kPlainTag) {
        // PyYAML turns a `=` key (the YAML 1.1 value key) into a string; elsewhere it fails.
        if (text == QLatin1String("=") && expectingKey())
            return Value::string(text, location).withPlainText(text);
        return ScalarResolver::resolvePlain(text, location);
    }
    const SourceText::ScalarFacts facts = m_text.scalarFacts(mark.pos);
    if (facts.unterminatedQuote) {
        return Error{YamlTr::tr("found unexpected end of stream while scanning a quoted scalar"),
                     location,
                     {}};
    }
    if (tag == kNonPlainTag) {
        // PyYAML types a scalar tagged with a bare `!` as if it were plain.
        if (facts.nonSpecificTag)
            return ScalarResolver::resolvePlain(text, location);
        return Value::string(text, location);
    }
    return TagResolver::scalar(QString::fromStdString(tag), text, location);
}

void ValueBuilder::OnSequenceStart(const YAML::Mark &mark, const std::string &tag,
                                   YAML::anchor_t anchor, YAML::EmitterStyle::value style)
{
    beginCollection(mark, tag, anchor, false, style);
}

void ValueBuilder::OnSequenceEnd()
{
    endCollection();
}

void ValueBuilder::OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                              YAML::EmitterStyle::value style)
{
    beginCollection(mark, tag, anchor, true, style);
}

void ValueBuilder::OnMapEnd()
{
    endCollection();
}

void ValueBuilder::beginCollection(const YAML::Mark &mark, const std::string &tag,
                                   YAML::anchor_t anchor, bool isMapping,
                                   YAML::EmitterStyle::value style)
{
    seen(mark);
    if (m_error || !charge(1, mark))
        return;
    const SourceLocation location = m_locator.locate(mark);
    const VoidResult tagged = TagResolver::collection(
        QString::fromStdString(tag),
        isMapping ? TagResolver::NodeKind::Mapping : TagResolver::NodeKind::Sequence, location);
    if (!tagged) {
        fail(tagged.error());
        return;
    }
    beginAnchor(anchor);
    Frame frame;
    frame.isMapping = isMapping;
    frame.isFlow = style == YAML::EmitterStyle::Flow;
    frame.location = location;
    frame.mark = mark;
    frame.anchor = anchor;
    m_stack.push_back(std::move(frame));
}

void ValueBuilder::endCollection()
{
    if (m_error || m_stack.empty())
        return;
    Frame frame = std::move(m_stack.back());
    m_stack.pop_back();
    Value value = frame.isMapping ? Value::map(frame.mapping.take(), std::move(frame.location))
                                  : Value::list(std::move(frame.items), std::move(frame.location));
    if (frame.holdsAnchor)
        value = value.withHoldsAnchor(true);
    const Placement placement
        = !frame.isMapping && !frame.isFlow ? Placement::BlockSequence : Placement::Written;
    addNode(std::move(value), frame.nodes, frame.anchor, frame.mark, placement);
}

void ValueBuilder::beginAnchor(YAML::anchor_t anchor)
{
    if (anchor == 0)
        return;
    if (anchor >= m_anchors.size())
        m_anchors.resize(anchor + 1);
    m_anchors[anchor] = Anchored{std::move(m_pendingAnchorName), Value(), 0, false};
    m_pendingAnchorName.clear();
}

void ValueBuilder::completeAnchor(YAML::anchor_t anchor, const Value &value, qint64 nodes)
{
    if (anchor == 0 || anchor >= m_anchors.size())
        return;
    Anchored &anchored = m_anchors[anchor];
    anchored.value = value;
    anchored.nodes = nodes;
    anchored.complete = true;
}

bool ValueBuilder::expectingKey() const
{
    return !m_stack.empty() && m_stack.back().isMapping && !m_stack.back().pendingKey;
}

bool ValueBuilder::expectingValue() const
{
    return !m_stack.empty() && m_stack.back().pendingKey.has_value();
}

void ValueBuilder::seen(const YAML::Mark &mark)
{
    m_lastNodePos = std::max(m_lastNodePos, mark.pos);
}

bool ValueBuilder::charge(qint64 nodes, const YAML::Mark &mark)
{
    m_totalNodes += nodes;
    if (m_totalNodes <= kMaxNodes)
        return true;
    fail(Error{
        YamlTr::tr("the document expands to more than %1 nodes (are aliases nested too deeply?)")
            .arg(kMaxNodes),
        m_locator.locate(mark),
        {}});
    return false;
}

void ValueBuilder::addNode(Value value, qint64 nodes, YAML::anchor_t anchor, const YAML::Mark &mark,
                           Placement placement)
{
    completeAnchor(anchor, value, nodes);
    if (anchor != 0)
        value = value.withHoldsAnchor(true);
    if (m_stack.empty()) {
        m_root = std::move(value);
        return;
    }
    Frame &top = m_stack.back();
    top.nodes += nodes;
    top.holdsAnchor = top.holdsAnchor || value.holdsAnchor();
    if (!top.isMapping) {
        top.items.push_back(std::move(value));
        return;
    }
    if (!top.pendingKey) {
        top.pendingKey = std::move(value);
        top.pendingKeyMark = mark;
        return;
    }
    // yaml-cpp takes a node on the line after `key:` at the key's own column (or left of
    // it) as the key's value; PyYAML, like YAML, wants it indented, except a block
    // sequence (`key:` then `- item` below it) or after an explicit `? key`.
    const YAML::Mark &keyMark = top.pendingKeyMark;
    if (!top.isFlow && placement == Placement::Written && mark.line > keyMark.line
        && mark.column <= keyMark.column && m_text.isFirstOnLine(mark.pos)
        && m_text.previousNonBlank(keyMark.pos) != '?') {
        fail(Error{YamlTr::tr("could not find expected ':'"), m_locator.locate(mark), {}});
        return;
    }
    Value key = *std::move(top.pendingKey);
    top.pendingKey.reset();
    const VoidResult added = top.pendingIsMerge
                                 ? top.mapping.addMerge(key.location(), std::move(value))
                                 : top.mapping.add(std::move(key), std::move(value));
    top.pendingIsMerge = false;
    if (!added)
        fail(added.error());
}

void ValueBuilder::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

} // namespace Maestro::Core
