// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QString>
#include <QStringView>

namespace Maestro::Core {

// YAML 1.1 scalar typing exactly as PyYAML's SafeLoader does it, because MaestroNG reads
// its files with that loader and the types decide what reaches containers (`no` is a
// boolean, `010` is 8, `53:53` is 3233, `1.20` is 1.2). Stateless; any thread.
class ScalarResolver
{
public:
    // What PyYAML's implicit resolver makes of a plain scalar's text.
    enum class Type {
        Null,     // ~ null Null NULL and the empty scalar
        Bool,     // yes/no/on/off/true/false in lower, Capitalised or UPPER case
        Int,      // decimal, 0b, octal 0.., 0x, base 60 (1:20), with `_` separators
        Float,    // needs a dot; base-60 floats; .inf .nan
        Merge,    // `<<`
        ValueKey, // `=` (the YAML 1.1 "value" key type)
        String,   // everything else, timestamps included (kept as written)
    };

    static Type classifyPlain(QStringView text);

    // Resolves a plain scalar; the Value keeps `text` as its plainText(). Fails where
    // PyYAML fails: `<<` and `=` outside a key, `0b_`, and integers beyond 64 bits.
    static Result<Value> resolvePlain(const QString &text, const SourceLocation &location);

    // PyYAML's construct_yaml_{int,float,bool}: they also serve explicit `!!int`,
    // `!!float` and `!!bool` tags, whose text may be anything, so they can fail.
    static Result<Value> constructInt(const QString &text, const SourceLocation &location);
    static Result<Value> constructFloat(const QString &text, const SourceLocation &location);
    static Result<Value> constructBool(const QString &text, const SourceLocation &location);
};

} // namespace Maestro::Core
