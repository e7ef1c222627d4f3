// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance.h"

#include "yamlspans.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Maestro::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Core::Provenance)
};

class Walker
{
public:
    Walker(const LoadResult &loaded, const YamlSpans &spans, QHash<QString, ValueOrigin> &out)
        : m_map(loaded.sourceMap)
        , m_spans(spans)
        , m_out(out)
    {}

    void walk(int index, const EditPath &path);
    // Tells every alias which other paths share its anchor (once the walk is done).
    void shareAliases();

private:
    // The origin of the rendered text of a node, or false when it is literal text.
    bool templateOrigin(int index, ValueOrigin &origin) const;
    void record(const EditPath &path, const ValueOrigin &origin)
    {
        if (!path.steps.isEmpty())
            m_out.insert(path.toString(), origin);
    }
    void recordMerged(int mapping, int merged, const EditPath &path);

    const SourceMap &m_map;
    const YamlSpans &m_spans;
    QHash<QString, ValueOrigin> &m_out;
    QHash<int, QStringList> m_uses; // anchored node -> the paths of its anchor and its aliases
};

void Walker::shareAliases()
{
    for (auto it = m_out.begin(); it != m_out.end(); ++it) {
        if (it->kind != ValueOrigin::Kind::Alias)
            continue;
        const QStringList &uses = m_uses.value(it->anchoredNode);
        for (const QString &use : uses) {
            if (use != it.key())
                it->sharedWith << use;
        }
    }
}

// The `{% for` tag before `offset` of a template text, or `offset` when there is none.
qsizetype loopStart(const QString &text, qsizetype offset)
{
    static const QRegularExpression forTag(QStringLiteral("^\\{%-?\\s*for\\b"));
    for (qsizetype tag = text.lastIndexOf(QLatin1String("{%"), offset); tag >= 0;
         tag = tag > 0 ? text.lastIndexOf(QLatin1String("{%"), tag - 1) : -1) {
        if (forTag.match(text.mid(tag, 16)).hasMatch())
            return tag;
    }
    return offset;
}

bool Walker::templateOrigin(int index, ValueOrigin &origin) const
{
    const YamlSpans::Node &n = m_spans.node(index);
    if (n.start < 0)
        return false;
    using Origin = SourceMap::Range::Origin;
    // Text a loop renders more than once: its indentation already comes from the loop body.
    const qsizetype lineStart = m_spans.lineStart(n.start);
    if (lineStart < n.start) {
        const SourceMap::Range indent = m_map.mapRange(lineStart, n.start);
        if (indent.origin == Origin::Repeated && indent.file >= 0) {
            origin.kind = ValueOrigin::Kind::Loop;
            origin.location = m_map.locateInFile(
                indent.file, loopStart(m_map.fileText(indent.file), indent.start));
            return true;
        }
    }
    const SourceMap::Range range = m_map.mapRange(n.start, n.end);
    if (range.origin == Origin::Verbatim || range.origin == Origin::Unmapped || range.file < 0)
        return false;
    origin.location = m_map.locateInFile(range.file, range.start);
    switch (range.origin) {
    case Origin::Computed: {
        const QString &text = m_map.fileText(range.file);
        // The range starts at the expression; the badge shows the whole `{{ ... }}`.
        qsizetype open = text.lastIndexOf(QLatin1String("{{"), range.start);
        if (open < 0 || range.start - open > 3)
            open = range.start;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open);
        origin.detail = text.mid(open, close < 0 ? 40 : close + 2 - open);
        origin.location = m_map.locateInFile(range.file, open);
        // `{{ env.HOME }}`, `{{ env['X'] | default('y') }}`: the process environment.
        origin.kind = origin.detail.contains(QLatin1String("env"))
                          ? ValueOrigin::Kind::EnvironmentLookup
                          : ValueOrigin::Kind::Expression;
        return true;
    }
    case Origin::Repeated:
        origin.kind = ValueOrigin::Kind::Loop;
        origin.location
            = m_map.locateInFile(range.file, loopStart(m_map.fileText(range.file), range.start));
        return true;
    default:
        origin.kind = ValueOrigin::Kind::Mixed;
        return true;
    }
}

void Walker::recordMerged(int mapping, int merged, const EditPath &path)
{
    const YamlSpans::Node &source = m_spans.node(merged);
    if (source.kind == YamlSpans::Kind::Alias && source.target >= 0) {
        const YamlSpans::Node &anchored = m_spans.node(source.target);
        for (size_t i = 0; i + 1 < anchored.children.size(); i += 2) {
            const QString key = m_spans.keyText(anchored.children.at(i));
            bool own = false;
            const YamlSpans::Node &m = m_spans.node(mapping);
            for (size_t j = 0; j + 1 < m.children.size() && !own; j += 2)
                own = m_spans.keyText(m.children.at(j)) == key;
            if (!own) {
                ValueOrigin origin;
                origin.kind = ValueOrigin::Kind::Merge;
                origin.location = m_map.locateOffset(anchored.start);
                origin.detail = anchored.anchor;
                record(path.child(key), origin);
            }
        }
    } else if (source.kind == YamlSpans::Kind::Sequence) { // `<<: [*a, *b]`
        for (const int item : source.children)
            recordMerged(mapping, item, path);
    }
}

void Walker::walk(int index, const EditPath &path)
{
    const YamlSpans::Node &n = m_spans.node(index);
    ValueOrigin origin;
    if (!n.anchor.isEmpty())
        m_uses[index].prepend(path.toString());
    if (n.kind == YamlSpans::Kind::Alias) {
        const int target = n.target;
        ValueOrigin alias;
        alias.kind = ValueOrigin::Kind::Alias;
        alias.location = m_map.locateOffset(target >= 0 ? m_spans.node(target).start : n.start);
        alias.detail = target >= 0 ? m_spans.node(target).anchor : QString();
        alias.anchoredNode = target;
        record(path, alias);
        m_uses[target] << path.toString();
        return;
    }
    if (n.kind != YamlSpans::Kind::Mapping && n.kind != YamlSpans::Kind::Sequence) {
        if (templateOrigin(index, origin))
            record(path, origin);
        return;
    }
    if (n.kind == YamlSpans::Kind::Sequence) {
        for (size_t i = 0; i < n.children.size(); ++i)
            walk(n.children.at(i), path.item(int(i)));
        return;
    }
    for (size_t i = 0; i + 1 < n.children.size(); i += 2) {
        const int key = n.children.at(i);
        if (m_spans.isMergeKey(key)) {
            recordMerged(index, n.children.at(i + 1), path);
            continue;
        }
        const EditPath child = path.child(m_spans.keyText(key));
        // A key a template writes (a loop's `{{ name }}:`) makes the whole entry its own.
        if (templateOrigin(key, origin)) {
            record(child, origin);
            continue;
        }
        walk(n.children.at(i + 1), child);
    }
}

} // namespace

QString ValueOrigin::describe() const
{
    const QString where = location.toString();
    switch (kind) {
    case Kind::Expression:
        return Tr::tr("from the template expression %1 at %2").arg(detail, where);
    case Kind::EnvironmentLookup:
        return Tr::tr("from the environment lookup %1 at %2").arg(detail, where);
    case Kind::Loop:
        return Tr::tr("from the loop at %1").arg(where);
    case Kind::Mixed:
        return Tr::tr("from template text at %1").arg(where);
    case Kind::Alias:
        return Tr::tr("from the anchor &%1 at %2").arg(detail, where);
    case Kind::Merge:
        return Tr::tr("merged from the anchor &%1 at %2").arg(detail, where);
    }
    return {};
}

Provenance Provenance::compute(const LoadResult &loaded)
{
    Provenance provenance;
    if (loaded.renderedText.isEmpty())
        return provenance;
    const auto spans = YamlSpans::scan(loaded.renderedText);
    if (!spans || spans->root() < 0)
        return provenance;
    Walker walker(loaded, spans.value(), provenance.m_origins);
    walker.walk(spans->root(), EditPath());
    walker.shareAliases();
    return provenance;
}

const ValueOrigin *Provenance::originOf(const EditPath &path) const
{
    if (const auto it = m_origins.constFind(path.toString()); it != m_origins.cend())
        return &it.value();
    for (qsizetype n = path.steps.size() - 1; n > 0; --n) {
        const auto it = m_origins.constFind(EditPath{path.steps.mid(0, n)}.toString());
        if (it != m_origins.cend() && it->kind != ValueOrigin::Kind::Merge)
            return &it.value();
    }
    return nullptr;
}

} // namespace Maestro::Core
