// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Short builders for parsed-document values in grammar tests: the YAML loader is not
// needed to test a grammar, and building the tree by hand states the YAML 1.1 typing of
// each scalar explicitly (S("80") is a quoted string, I(80) the integer).

#include "core/value.h"

#include <QMetaType>
#include <QString>

#include <initializer_list>
#include <utility>

Q_DECLARE_METATYPE(Maestro::Core::Value)

namespace GrammarTest {

using Maestro::Core::SourceLocation;
using Maestro::Core::Value;

inline SourceLocation loc(int line, int column = 1)
{
    return SourceLocation{QStringLiteral("maestro.yaml"), line, column};
}

inline Value S(const char *text, SourceLocation l = {})
{
    return Value::string(QString::fromUtf8(text), std::move(l));
}
inline Value I(qint64 n, SourceLocation l = {})
{
    return Value::integer(n, std::move(l));
}
inline Value F(double d, SourceLocation l = {})
{
    return Value::floating(d, std::move(l));
}
inline Value B(bool b, SourceLocation l = {})
{
    return Value::boolean(b, std::move(l));
}
inline Value N(SourceLocation l = {})
{
    return Value::null(std::move(l));
}
inline Value L(std::initializer_list<Value> items, SourceLocation l = {})
{
    return Value::list(Value::List(items), std::move(l));
}
// Mapping with string keys, in the order given.
inline Value M(std::initializer_list<std::pair<const char *, Value>> entries, SourceLocation l = {})
{
    Value::Map map;
    for (const auto &[key, value] : entries)
        map.push_back(Value::Entry{S(key), value, {}});
    return Value::map(std::move(map), std::move(l));
}
// Mapping with arbitrary keys (integers, booleans...).
inline Value MK(std::initializer_list<std::pair<Value, Value>> entries, SourceLocation l = {})
{
    Value::Map map;
    for (const auto &[key, value] : entries)
        map.push_back(Value::Entry{key, value, {}});
    return Value::map(std::move(map), std::move(l));
}

} // namespace GrammarTest
