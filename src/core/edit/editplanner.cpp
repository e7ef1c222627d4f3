// SPDX-License-Identifier: GPL-3.0-or-later
#include "editplanner.h"

#include "edittr.h"
#include "valueedit.h"

#include "core/yaml/yamlparser.h"

#include <algorithm>

namespace Maestro::Core {

using Kind = YamlSpans::Kind;
using Style = YamlSpans::Style;

void EditPlanner::detectStyle()
{
    const QString &text = m_spans.text();
    if (text.contains(QLatin1String("\r\n")))
        m_style.newline = QStringLiteral("\r\n");
    int single = 0;
    int dbl = 0;
    bool stepFound = false;
    bool seqFound = false;
    for (int i = 0; i < m_spans.nodeCount(); ++i) {
        const YamlSpans::Node &n = node(i);
        single += n.style == Style::SingleQuoted;
        dbl += n.style == Style::DoubleQuoted;
        if (n.style != Style::Block || n.parent < 0 || node(n.parent).kind != Kind::Mapping
            || node(n.parent).style != Style::Block || n.children.empty())
            continue;
        const int parentColumn = column(node(node(n.parent).children.front()).start);
        const int childColumn = column(n.contentStart);
        if (n.kind == Kind::Mapping && !stepFound && childColumn > parentColumn) {
            m_style.indentStep = childColumn - parentColumn;
            stepFound = true;
        } else if (n.kind == Kind::Sequence && !seqFound) {
            m_style.indentSequences = childColumn > parentColumn;
            seqFound = true;
        }
    }
    m_style.quote = single > dbl ? QLatin1Char('\'') : QLatin1Char('"');
}

FragmentStyle EditPlanner::styleFor(int index) const
{
    FragmentStyle style = m_style;
    const int parent = index >= 0 ? node(index).parent : -1;
    for (const int sibling : parent >= 0 ? node(parent).children : std::vector<int>{index}) {
        if (sibling >= 0 && node(sibling).style == Style::SingleQuoted)
            style.quote = QLatin1Char('\'');
        else if (sibling >= 0 && node(sibling).style == Style::DoubleQuoted)
            style.quote = QLatin1Char('"');
        else
            continue;
        break;
    }
    return style;
}

int EditPlanner::findKey(int mapping, const QString &key) const
{
    const std::vector<int> &children = node(mapping).children;
    for (size_t k = 0; k + 1 < children.size(); k += 2) {
        if (!m_spans.isMergeKey(children[k]) && m_spans.keyText(children[k]) == key)
            return int(k);
    }
    return -1;
}

EditPath EditPlanner::pathOf(int index) const
{
    EditPath path;
    for (int cur = index; node(cur).parent >= 0; cur = node(cur).parent) {
        const std::vector<int> &siblings = node(node(cur).parent).children;
        const auto position
            = std::find(siblings.cbegin(), siblings.cend(), cur) - siblings.cbegin();
        if (node(node(cur).parent).kind == Kind::Sequence)
            path.steps.prepend(EditPath::Step{QString(), int(position)});
        else
            path.steps.prepend(EditPath::Step{m_spans.keyText(siblings.at(position - 1)), -1});
    }
    return path;
}

Error EditPlanner::aliasRefusal(int alias, const EditPath &prefix) const
{
    const YamlSpans::Node &a = node(alias);
    QStringList uses;
    for (const int other : m_spans.aliasesOf(a.target)) {
        if (other != alias)
            uses << at(node(other).start).toString();
    }
    const SourceLocation anchor = a.target >= 0 ? at(node(a.target).start) : SourceLocation{};
    return refuse(
        a.start,
        EditTr::tr("%1 goes through the alias *%2 of the anchor &%2 at %3 (also used at: %4); "
                   "use --alias=anchor to edit the anchored node or --alias=copy to replace the "
                   "alias by an edited copy")
            .arg(prefix.toString(), a.target >= 0 ? node(a.target).anchor : QString(),
                 anchor.toString(),
                 uses.isEmpty() ? EditTr::tr("nowhere else") : uses.join(QLatin1String(", "))));
}

VoidResult EditPlanner::resolve(const EditPath &path, Place &place)
{
    int cur = m_spans.root();
    int key = -1;
    for (qsizetype i = 0; i < path.steps.size();) {
        const YamlSpans::Node &n = node(cur);
        const EditPath prefix{path.steps.mid(0, i)};
        if (n.kind == Kind::Alias) {
            if (m_request.alias == AliasPolicy::Refuse)
                return aliasRefusal(cur, prefix);
            if (m_request.alias == AliasPolicy::Copy) {
                place = Place{cur, -1, key, -1, prefix, true};
                return Success{};
            }
            m_throughAnchors.emplace_back(prefix, n.target);
            cur = n.target;
            continue;
        }
        const EditPath::Step &step = path.steps.at(i);
        if (step.isIndex()) {
            if (n.kind != Kind::Sequence || step.index >= qsizetype(n.children.size()))
                return refuse(
                    n.start,
                    EditTr::tr("%1 has no item %2").arg(prefix.toString()).arg(step.index));
            key = -1;
            cur = n.children.at(step.index);
            ++i;
            continue;
        }
        if (n.kind == Kind::Null) {
            place = Place{cur, -1, key, i, prefix, false};
            return Success{};
        }
        if (n.kind != Kind::Mapping)
            return refuse(n.start, EditTr::tr("%1 is not a mapping").arg(prefix.toString()));
        const int k = findKey(cur, step.key);
        if (k >= 0) {
            key = n.children.at(k);
            cur = n.children.at(k + 1);
            ++i;
            continue;
        }
        const EditPath next{path.steps.mid(0, i + 1)};
        const bool merged = ValueEdit::find(m_loaded.document, next) != nullptr;
        if (merged && i + 1 < path.steps.size() && m_request.alias == AliasPolicy::Anchor) {
            // Into the anchored mapping the key comes from, however deeply merges nest.
            const int source = mergeSourceOf(cur, step.key);
            if (source >= 0) {
                m_throughAnchors.emplace_back(prefix, source);
                cur = source;
                continue;
            }
        }
        if (merged && i + 1 < path.steps.size() && m_request.alias != AliasPolicy::Copy) {
            return refuse(
                n.start,
                EditTr::tr("%1 comes from a merge key (<<) of the mapping at %2; use --alias=copy "
                           "to give the mapping its own edited copy, or --alias=anchor to edit "
                           "the anchored mapping it comes from")
                    .arg(next.toString(), at(n.start).toString()));
        }
        place = Place{-1, cur, -1, i, next, merged};
        return Success{};
    }
    place = Place{cur, -1, key, -1, path, false};
    return Success{};
}

VoidResult EditPlanner::resolveItem(Place &place)
{
    using Op = EditRequest::Operation;
    const EditPath &path = m_request.path;
    const EditPath parent{path.steps.mid(0, path.steps.size() - 1)};
    const int index = path.steps.last().index;
    if (const VoidResult resolved = resolve(parent, place); !resolved || place.copy)
        return resolved;
    if (place.missing >= 0)
        return refuse(place.mapping >= 0 ? node(place.mapping).start : node(place.node).start,
                      EditTr::tr("there is no %1").arg(parent.toString()));
    if (node(place.node).kind == Kind::Alias) { // the sequence itself is an alias
        if (m_request.alias == AliasPolicy::Refuse)
            return aliasRefusal(place.node, parent);
        if (m_request.alias == AliasPolicy::Copy) {
            place.copy = true;
            return Success{};
        }
        m_throughAnchors.emplace_back(parent, node(place.node).target);
        place.node = node(place.node).target;
    }
    const YamlSpans::Node &sequence = node(place.node);
    if (sequence.kind != Kind::Sequence)
        return refuse(sequence.start, EditTr::tr("%1 is not a sequence").arg(parent.toString()));
    const int size = int(sequence.children.size());
    if (m_request.operation == Op::Set && index < size) {
        place = Place{sequence.children.at(index), -1, -1, -1, path, false};
        return Success{};
    }
    if (index > size || !sequence.reliable)
        return refuse(sequence.start,
                      EditTr::tr("%1 has no item %2 (its length is %3): a new item goes before "
                                 "an existing one, or at %3 to append it")
                          .arg(parent.toString())
                          .arg(index)
                          .arg(size));
    const int sequenceNode = place.node;
    place = Place{};
    place.sequence = sequenceNode;
    place.prefix = path;
    return Success{};
}

void EditPlanner::insertItem(int sequence, int index, const Value &value)
{
    const YamlSpans::Node &seq = node(sequence);
    const std::vector<int> &items = seq.children;
    const FragmentStyle style = styleFor(items.empty() ? -1 : items.front());
    if (seq.style == Style::Flow) {
        const QString text = YamlFragment::flow(value, style);
        if (items.empty())
            m_edits.push_back({seq.contentStart + 1, seq.contentStart + 1, text});
        else if (index < int(items.size()))
            m_edits.push_back({node(items.at(index)).start, node(items.at(index)).start,
                               text + QLatin1String(", ")});
        else
            m_edits.push_back(
                {node(items.back()).end, node(items.back()).end, QLatin1String(", ") + text});
        return;
    }
    // Block items: the dash where the siblings have it, the item after the same gap, a
    // collection in flow style if its neighbour is one (`- {type: tcp, port: http}`).
    const int neighbour = items.at(std::min<size_t>(index, items.size() - 1));
    const bool flowItem = node(neighbour).style == Style::Flow;
    const QString &source = m_spans.text();
    const qsizetype firstStart = node(items.front()).start;
    const qsizetype dash = source.lastIndexOf(QLatin1Char('-'), firstStart);
    const int dashColumn = column(dash);
    const qsizetype gap = std::max<qsizetype>(1, firstStart - dash - 1);
    const int itemColumn = dashColumn + 1 + int(gap);
    const QString entry = QString(dashColumn, QLatin1Char(' ')) + QLatin1Char('-')
                          + QString(gap, QLatin1Char(' '))
                          + (flowItem && !value.isScalar() ? YamlFragment::flow(value, style)
                             : YamlFragment::isBlockCollection(value)
                                 ? YamlFragment::block(value, itemColumn, style)
                                 : YamlFragment::scalar(value, false, style));
    if (index < int(items.size())) {
        const qsizetype before
            = m_spans.lineStart(source.lastIndexOf(QLatin1Char('-'), node(items.at(index)).start));
        m_edits.push_back({before, before, entry + style.newline});
    } else {
        qsizetype end = 0;
        for (const int child : items)
            end = std::max(end, node(child).end);
        const qsizetype lineEnd = m_spans.lineEnd(end);
        m_edits.push_back({lineEnd, lineEnd, style.newline + entry});
    }
}

void EditPlanner::replaceNode(int index, const Value &value, QChar quote)
{
    const YamlSpans::Node &n = node(index);
    FragmentStyle style = styleFor(index);
    if (!quote.isNull())
        style.quote = quote;
    const bool flow = m_spans.inFlow(index);
    const int parent = n.parent;
    const bool mappingValue = parent >= 0 && node(parent).kind == Kind::Mapping;
    const QString anchor = n.anchor.isEmpty() ? QString() : QLatin1Char('&') + n.anchor;
    const bool explicitTag
        = !n.tag.isEmpty() && n.tag != QLatin1String("?") && n.tag != QLatin1String("!");
    RenderedEdit edit{explicitTag || n.kind == Kind::Alias ? n.start : n.contentStart, n.end,
                      QString()};
    if (!explicitTag && !anchor.isEmpty() && n.contentStart > n.start
        && (n.style == Style::Block || n.kind == Kind::Null))
        edit.start = n.start; // the anchor is rewritten with the new content
    const bool viaColon
        = mappingValue && !flow && (n.style == Style::Block || n.style == Style::Empty);
    if (viaColon) {
        const std::vector<int> &siblings = node(parent).children;
        const int keyNode = siblings.at(std::find(siblings.cbegin(), siblings.cend(), index)
                                        - siblings.cbegin() - 1);
        edit.start = m_spans.colonAfter(keyNode) + 1;
        if (!flow && YamlFragment::isBlockCollection(value)) {
            const int indent = column(node(keyNode).start)
                               + (value.isList() && !style.indentSequences ? 0 : style.indentStep);
            edit.text = (anchor.isEmpty() ? QString() : QLatin1Char(' ') + anchor) + style.newline
                        + QString(indent, QLatin1Char(' '))
                        + YamlFragment::block(value, indent, style);
        } else {
            edit.text = QLatin1Char(' ')
                        + (anchor.isEmpty() ? QString() : anchor + QLatin1Char(' '))
                        + YamlFragment::flow(value, style);
        }
    } else {
        const QString prefix
            = edit.start == n.start && !anchor.isEmpty() ? anchor + QLatin1Char(' ') : QString();
        const bool block = !flow && !mappingValue && YamlFragment::isBlockCollection(value)
                           && n.style != Style::Flow;
        edit.text
            = prefix
              + (block ? YamlFragment::block(value, column(edit.start) + int(prefix.size()), style)
                       : (flow || !value.isScalar() ? YamlFragment::flow(value, style)
                                                    : YamlFragment::scalar(value, false, style)));
    }
    m_edits.push_back(edit);
}

void EditPlanner::insertKey(int mapping, const QString &key, const Value &value)
{
    const YamlSpans::Node &m = node(mapping);
    const FragmentStyle style = styleFor(m.children.empty() ? -1 : m.children.front());
    const bool flow = m.style == Style::Flow;
    const QString keyText
        = YamlFragment::scalar(Value::string(key), flow, style) + QLatin1Char(':');
    if (flow) {
        const QString entry = keyText + QLatin1Char(' ') + YamlFragment::flow(value, style);
        if (m.children.empty()) {
            m_edits.push_back({m.contentStart + 1, m.contentStart + 1, entry});
        } else {
            qsizetype end = 0;
            for (const int child : m.children)
                end = std::max(end, node(child).end);
            m_edits.push_back({end, end, QLatin1String(", ") + entry});
        }
        return;
    }
    qsizetype end = 0;
    for (const int child : m.children)
        end = std::max(end, node(child).end);
    const qsizetype lineEnd = m_spans.lineEnd(end);
    const int indent = column(node(m.children.front()).start);
    QString text = style.newline + QString(indent, QLatin1Char(' ')) + keyText;
    if (YamlFragment::isBlockCollection(value)) {
        const int childIndent
            = indent + (value.isList() && !style.indentSequences ? 0 : style.indentStep);
        text += style.newline + QString(childIndent, QLatin1Char(' '))
                + YamlFragment::block(value, childIndent, style);
    } else {
        text += QLatin1Char(' ') + YamlFragment::scalar(value, false, style);
    }
    m_edits.push_back({lineEnd, lineEnd, text});
}

void EditPlanner::removeMember(int collection, int memberIndex)
{
    const YamlSpans::Node &c = node(collection);
    const bool mapping = c.kind == Kind::Mapping;
    const int stride = mapping ? 2 : 1;
    const int members = int(c.children.size()) / stride;
    const auto first = [&](int member) { return node(c.children.at(member * stride)).start; };
    const auto last = [&](int member) {
        const int k = member * stride;
        return std::max({node(c.children.at(k)).end, node(c.children.at(k + stride - 1)).end,
                         mapping ? m_spans.colonAfter(c.children.at(k)) + 1 : 0});
    };
    qsizetype start = first(memberIndex);
    if (!mapping && c.style == Style::Block) { // the dash before the item
        start = m_spans.text().lastIndexOf(QLatin1Char('-'), start);
    }
    const qsizetype end = last(memberIndex);
    if (members == 1) {
        replaceNode(collection, mapping ? Value::map({}) : Value::list({}));
    } else if (c.style == Style::Flow) {
        if (memberIndex + 1 < members)
            m_edits.push_back({start, first(memberIndex + 1), QString()});
        else
            m_edits.push_back({last(memberIndex - 1), end, QString()});
    } else if (m_spans.firstOnLine(start)) {
        // The member's lines with the line break after them; when that break is not the
        // member's own text (the last line of the file, or of an include, whose final line
        // break the template drops), with the line break before them.
        const QString &text = m_spans.text();
        const qsizetype from = m_spans.lineStart(start);
        const qsizetype lineEnd = m_spans.lineEnd(end);
        const qsizetype after = lineEnd < text.size()
                                    ? lineEnd + (text.at(lineEnd) == QLatin1Char('\r') ? 2 : 1)
                                    : -1;
        if (after >= 0 && m_loaded.sourceMap.mapRange(from, after).isEditable())
            m_edits.push_back({from, after, QString()});
        else
            m_edits.push_back({from - (text.mid(from - 2, 2) == QLatin1String("\r\n") ? 2 : 1),
                               lineEnd, QString()});
    } else { // the first entry of `- a: 1`: the next one moves up
        m_edits.push_back({start, first(memberIndex + 1), QString()});
    }
}

void EditPlanner::renameKey(int key, const QString &newName)
{
    const YamlSpans::Node &k = node(key);
    FragmentStyle style = styleFor(key);
    if (k.style == Style::SingleQuoted || k.style == Style::DoubleQuoted)
        style.quote = k.style == Style::SingleQuoted ? QLatin1Char('\'') : QLatin1Char('"');
    const QString text
        = k.style == Style::Plain || k.style == Style::Empty
              ? YamlFragment::scalar(Value::string(newName), m_spans.inFlow(key), style)
              : YamlFragment::quoted(newName, style);
    m_edits.push_back({k.contentStart, k.end, text});
}

void EditPlanner::replaceNames(int field, const QString &oldName, const QString &newName)
{
    const YamlSpans::Node &f = node(field);
    const std::vector<int> items = f.kind == Kind::Sequence ? f.children : std::vector<int>{field};
    for (const int item : items) {
        const YamlSpans::Node &n = node(item);
        if (n.kind == Kind::Scalar && n.text == oldName && m_spans.keyText(item) == oldName) {
            const QChar quote
                = n.style == Style::SingleQuoted ? QLatin1Char('\'') : QLatin1Char('"');
            replaceNode(item, Value::string(newName), quote);
            m_expected = ValueEdit::set(m_expected, pathOf(item), Value::string(newName));
            m_notes << EditTr::tr("reference at %1 renamed").arg(at(n.start).toString());
        }
    }
}

void EditPlanner::fixReferences(const QString &oldName, const QString &newName)
{
    const QList<EditPath::Step> &steps = m_request.path.steps;
    const int services = node(m_spans.root()).kind == Kind::Mapping
                             ? findKey(m_spans.root(), QStringLiteral("services"))
                             : -1;
    if (services < 0 || node(node(m_spans.root()).children.at(services + 1)).kind != Kind::Mapping)
        return;
    const bool service = steps.size() == 2 && steps.at(0).key == QLatin1String("services");
    const bool instance = steps.size() == 4 && steps.at(0).key == QLatin1String("services")
                          && steps.at(2).key == QLatin1String("instances");
    const bool ship = steps.size() == 2 && steps.at(0).key == QLatin1String("ships");
    const YamlSpans::Node &all = node(node(m_spans.root()).children.at(services + 1));
    const auto field = [this](int mapping, const char *name) {
        const int k
            = node(mapping).kind == Kind::Mapping ? findKey(mapping, QLatin1String(name)) : -1;
        return k < 0 ? -1 : node(mapping).children.at(k + 1);
    };
    for (size_t s = 1; s < all.children.size(); s += 2) {
        const int svc = all.children.at(s);
        for (const char *name : {"requires", "wants_info"}) {
            if (const int f = field(svc, name); service && f >= 0)
                replaceNames(f, oldName, newName);
        }
        const int instances = field(svc, "instances");
        if (instances < 0 || node(instances).kind != Kind::Mapping)
            continue;
        for (size_t i = 1; i < node(instances).children.size(); i += 2) {
            const int inst = node(instances).children.at(i);
            if (const int f = field(inst, "ship"); ship && f >= 0)
                replaceNames(f, oldName, newName);
            if (const int f = field(inst, "volumes_from"); instance && f >= 0)
                replaceNames(f, oldName, newName);
            const int links = field(inst, "links");
            const int k = instance && links >= 0 && node(links).kind == Kind::Mapping
                              ? findKey(links, oldName)
                              : -1;
            if (k >= 0) {
                renameKey(node(links).children.at(k), newName);
                m_expected = ValueEdit::rename(m_expected, pathOf(node(links).children.at(k + 1)),
                                               newName);
                m_notes << EditTr::tr("reference at %1 renamed")
                               .arg(at(node(node(links).children.at(k)).start).toString());
            }
        }
    }
}

Value EditPlanner::applyToExpected(const EditPath &path) const
{
    switch (m_request.operation) {
    case EditRequest::Operation::Set:
        return ValueEdit::set(m_expected, path, m_value);
    case EditRequest::Operation::Unset:
        return ValueEdit::unset(m_expected, path);
    case EditRequest::Operation::Rename:
        return ValueEdit::rename(m_expected, path, m_request.argument);
    case EditRequest::Operation::Insert:
        return ValueEdit::insert(m_expected, path, m_value);
    }
    return m_expected;
}

VoidResult EditPlanner::run()
{
    using Op = EditRequest::Operation;
    const EditPath &path = m_request.path;
    if (m_request.operation == Op::Set || m_request.operation == Op::Insert) {
        const QString text = m_request.argument;
        const auto parsed = parseYaml(text, SourceMap::identity(QStringLiteral("VALUE"), text));
        if (!parsed)
            return Error{
                EditTr::tr("invalid VALUE: %1").arg(parsed.error().message), {}, path.toString()};
        m_value = parsed.value();
    }
    if (m_request.operation != Op::Set
        && (path.steps.isEmpty()
            || (m_request.operation == Op::Rename && path.steps.last().isIndex())))
        return Error{EditTr::tr("%1 names no key").arg(path.toString()), {}, path.toString()};
    if (m_request.operation == Op::Insert && (path.steps.isEmpty() || !path.steps.last().isIndex()))
        return Error{EditTr::tr("%1 names no sequence item ([N] at its end)").arg(path.toString()),
                     {},
                     path.toString()};
    Place place;
    const bool item = !path.steps.isEmpty() && path.steps.last().isIndex()
                      && (m_request.operation == Op::Set || m_request.operation == Op::Insert);
    if (const VoidResult resolved = item ? resolveItem(place) : resolve(path, place); !resolved)
        return resolved;
    const EditPath rest{path.steps.mid(place.prefix.steps.size())};
    if (place.copy) {
        const Value *copied = ValueEdit::find(m_loaded.document, place.prefix);
        EditPlanner relative(m_loaded, m_spans, m_request);
        relative.m_expected = copied ? *copied : Value();
        relative.m_value = m_value;
        const Value edited = relative.applyToExpected(rest);
        if (place.mapping >= 0)
            insertKey(place.mapping, place.prefix.steps.last().key, edited);
        else
            replaceNode(place.node, edited);
        m_notes << (place.mapping >= 0 ? EditTr::tr(
                        "%1 is now set in its own mapping, over what the merge key (<<) gives it")
                                       : EditTr::tr(
                                           "%1 is now an edited copy of what the alias named"))
                       .arg(place.prefix.toString());
    } else if (place.sequence >= 0) {
        insertItem(place.sequence, path.steps.last().index, m_value);
    } else if (place.missing >= 0) {
        if (m_request.operation != Op::Set)
            return refuse(place.mapping >= 0 ? node(place.mapping).start : node(place.node).start,
                          EditTr::tr("there is no %1").arg(path.toString()));
        Value value = m_value;
        for (qsizetype i = path.steps.size() - 1; i > place.missing; --i) {
            if (path.steps.at(i).isIndex())
                return refuse(
                    0, EditTr::tr("cannot create the sequence item %1").arg(path.toString()));
            value = Value::map(
                {Value::Entry{Value::string(path.steps.at(i).key), value, path.steps.at(i).key}});
        }
        if (path.steps.at(place.missing).isIndex())
            return refuse(0, EditTr::tr("cannot create the sequence item %1").arg(path.toString()));
        const QString key = path.steps.at(place.missing).key;
        if (place.mapping >= 0)
            insertKey(place.mapping, key, value);
        else
            replaceNode(place.node, Value::map({Value::Entry{Value::string(key), value, key}}));
    } else if (m_request.operation == Op::Set) {
        if (place.node < 0 || node(place.node).start < 0 || !node(place.node).reliable)
            return refuse(place.node >= 0 ? node(node(place.node).parent).start : 0,
                          EditTr::tr("cannot locate %1 in the text").arg(path.toString()));
        replaceNode(place.node, m_value);
    } else {
        const int parent = node(place.node).parent;
        const std::vector<int> &siblings = node(parent).children;
        const int position
            = int(std::find(siblings.cbegin(), siblings.cend(), place.node) - siblings.cbegin());
        if (m_request.operation == Op::Unset) {
            removeMember(parent,
                         node(parent).kind == Kind::Mapping ? (position - 1) / 2 : position);
        } else {
            if (findKey(parent, m_request.argument) >= 0 || m_request.argument.isEmpty())
                return refuse(
                    node(place.key).start,
                    EditTr::tr("%1 already has a key '%2'")
                        .arg(EditPath{path.steps.mid(0, path.steps.size() - 1)}.toString(),
                             m_request.argument));
            renameKey(place.key, m_request.argument);
        }
    }
    m_expected = applyToExpected(path);
    for (const auto &[prefix, anchored] : m_throughAnchors)
        noteAliasUses(prefix, anchored);
    if (m_request.operation == Op::Rename)
        fixReferences(path.steps.last().key, m_request.argument);
    return Success{};
}

} // namespace Maestro::Core
