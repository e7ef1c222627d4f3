// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagresolver.h"

#include "scalarresolver.h"
#include "yamltr.h"

namespace Maestro::Core {

namespace {

enum class Known { Str, Int, Float, Bool, Null, Seq, Map, Other };

Known knownTag(const QString &tag)
{
    static const QLatin1String prefix("tag:yaml.org,2002:");
    if (!tag.startsWith(prefix))
        return Known::Other;
    const QStringView name = QStringView(tag).mid(prefix.size());
    if (name == QLatin1String("str"))
        return Known::Str;
    if (name == QLatin1String("int"))
        return Known::Int;
    if (name == QLatin1String("float"))
        return Known::Float;
    if (name == QLatin1String("bool"))
        return Known::Bool;
    if (name == QLatin1String("null"))
        return Known::Null;
    if (name == QLatin1String("seq"))
        return Known::Seq;
    if (name == QLatin1String("map"))
        return Known::Map;
    return Known::Other;
}

Error wrongKind(TagResolver::NodeKind expected, TagResolver::NodeKind found,
                const SourceLocation &location)
{
    return Error{YamlTr::tr("expected a %1 node, but found %2")
                     .arg(TagResolver::nodeName(expected), TagResolver::nodeName(found)),
                 location,
                 {}};
}

} // namespace

bool TagResolver::isNonSpecific(const QString &tag)
{
    return tag.isEmpty() || tag == QLatin1String("?") || tag == QLatin1String("!");
}

Result<Value> TagResolver::scalar(const QString &tag, const QString &text,
                                  const SourceLocation &location)
{
    switch (knownTag(tag)) {
    case Known::Str:
        return Value::string(text, location);
    case Known::Int:
        return ScalarResolver::constructInt(text, location);
    case Known::Float:
        return ScalarResolver::constructFloat(text, location);
    case Known::Bool:
        return ScalarResolver::constructBool(text, location);
    case Known::Null:
        return Value::null(location);
    case Known::Seq:
        return wrongKind(NodeKind::Sequence, NodeKind::Scalar, location);
    case Known::Map:
        return wrongKind(NodeKind::Mapping, NodeKind::Scalar, location);
    case Known::Other:
        break;
    }
    return unknownTag(tag, location);
}

VoidResult TagResolver::collection(const QString &tag, NodeKind kind,
                                   const SourceLocation &location)
{
    if (isNonSpecific(tag))
        return Success{};
    switch (knownTag(tag)) {
    case Known::Str:
    case Known::Int:
    case Known::Float:
    case Known::Bool:
    case Known::Null:
        return wrongKind(NodeKind::Scalar, kind, location);
    case Known::Seq:
        if (kind == NodeKind::Sequence)
            return Success{};
        return wrongKind(NodeKind::Sequence, kind, location);
    case Known::Map:
        if (kind == NodeKind::Mapping)
            return Success{};
        return wrongKind(NodeKind::Mapping, kind, location);
    case Known::Other:
        break;
    }
    return unknownTag(tag, location);
}

Error TagResolver::unknownTag(const QString &tag, const SourceLocation &location)
{
    return Error{
        YamlTr::tr("could not determine a constructor for the tag '%1'").arg(tag), location, {}};
}

TagResolver::NodeKind TagResolver::nodeKind(const Value &value)
{
    if (value.isList())
        return NodeKind::Sequence;
    if (value.isMap())
        return NodeKind::Mapping;
    return NodeKind::Scalar;
}

QLatin1String TagResolver::nodeName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Scalar:
        return QLatin1String("scalar");
    case NodeKind::Sequence:
        return QLatin1String("sequence");
    case NodeKind::Mapping:
        return QLatin1String("mapping");
    }
    return QLatin1String("node");
}

} // namespace Maestro::Core
