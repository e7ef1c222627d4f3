// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QString>

namespace Maestro::Core {

// Explicit YAML tags (`!!str 10`, `!!int "0x10"`, `!!map {}`): the ones PyYAML's safe
// loader knows for the kinds a Value can hold. Any other tag is an error, as it is in
// MaestroNG. Tags arrive resolved by yaml-cpp (`tag:yaml.org,2002:int`); `?` and `!` are
// its non-specific tags. Stateless; any thread.
class TagResolver
{
public:
    enum class NodeKind { Scalar, Sequence, Mapping };

    // True for the tags yaml-cpp gives untagged nodes.
    static bool isNonSpecific(const QString &tag);

    // A scalar written with a specific tag.
    static Result<Value> scalar(const QString &tag, const QString &text,
                                const SourceLocation &location);
    // Checks the tag of a sequence or mapping; non-specific tags always fit.
    static VoidResult collection(const QString &tag, NodeKind kind, const SourceLocation &location);

    // PyYAML's message for a tag it cannot construct.
    static Error unknownTag(const QString &tag, const SourceLocation &location);

    // PyYAML's names for node kinds ("scalar", "sequence", "mapping"), as its messages use.
    static NodeKind nodeKind(const Value &value);
    static QLatin1String nodeName(NodeKind kind);
};

} // namespace Maestro::Core
