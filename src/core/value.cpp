// SPDX-License-Identifier: GPL-3.0-or-later
#include "value.h"

#include "pythonformat.h"

namespace Maestro::Core {

namespace {
const Value::List &emptyList()
{
    static const Value::List list;
    return list;
}
const Value::Map &emptyMap()
{
    static const Value::Map map;
    return map;
}
} // namespace

Value Value::null(SourceLocation location)
{
    Value v;
    v.m_location = std::move(location);
    return v;
}

Value Value::boolean(bool value, SourceLocation location)
{
    Value v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    v.m_location = std::move(location);
    return v;
}

Value Value::integer(qint64 value, SourceLocation location)
{
    Value v;
    v.m_kind = Kind::Int;
    v.m_int = value;
    v.m_location = std::move(location);
    return v;
}

Value Value::floating(double value, SourceLocation location)
{
    Value v;
    v.m_kind = Kind::Float;
    v.m_double = value;
    v.m_location = std::move(location);
    return v;
}

Value Value::string(QString value, SourceLocation location)
{
    Value v;
    v.m_kind = Kind::String;
    v.m_string = std::move(value);
    v.m_location = std::move(location);
    return v;
}

Value Value::list(List items, SourceLocation location)
{
    Value v;
    v.m_kind = Kind::List;
    v.m_list = std::make_shared<const List>(std::move(items));
    v.m_location = std::move(location);
    return v;
}

Value Value::map(Map entries, SourceLocation location)
{
    Value v;
    v.m_kind = Kind::Map;
    for (Entry &e : entries) {
        if (e.keyText.isEmpty())
            e.keyText = pythonStr(e.key);
    }
    v.m_map = std::make_shared<const Map>(std::move(entries));
    v.m_location = std::move(location);
    return v;
}

const Value::List &Value::items() const
{
    return m_list ? *m_list : emptyList();
}

const Value::Map &Value::entries() const
{
    return m_map ? *m_map : emptyMap();
}

const Value *Value::find(QStringView key) const
{
    if (!m_map)
        return nullptr;
    for (const Entry &e : *m_map) {
        if (e.keyText == key)
            return &e.value;
    }
    return nullptr;
}

const Value *Value::find(QLatin1StringView key) const
{
    if (!m_map)
        return nullptr;
    for (const Entry &e : *m_map) {
        if (e.keyText == key)
            return &e.value;
    }
    return nullptr;
}

bool Value::isTruthy() const
{
    switch (m_kind) {
    case Kind::Null:
        return false;
    case Kind::Bool:
        return m_bool;
    case Kind::Int:
        return m_int != 0;
    case Kind::Float:
        return m_double != 0;
    case Kind::String:
        return !m_string.isEmpty();
    case Kind::List:
        return !items().empty();
    case Kind::Map:
        return !entries().empty();
    }
    return false;
}

Value Value::withPlainText(QString text) const
{
    Value v = *this;
    v.m_plainText = std::move(text);
    return v;
}

Value Value::withHoldsAnchor(bool holds) const
{
    Value v = *this;
    v.m_holdsAnchor = holds;
    return v;
}

QString Value::kindName() const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Int:
        return QStringLiteral("integer");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Map:
        return QStringLiteral("mapping");
    }
    return {};
}

bool Value::sameContent(const Value &other) const
{
    // Python compares 1 == 1.0 == True as equal keys; YAML keys in practice are
    // strings and integers, so numbers compare by value across Int/Float/Bool.
    const bool numeric = (m_kind == Kind::Int || m_kind == Kind::Float || m_kind == Kind::Bool);
    const bool otherNumeric
        = (other.m_kind == Kind::Int || other.m_kind == Kind::Float || other.m_kind == Kind::Bool);
    if (numeric && otherNumeric) {
        const double a = m_kind == Kind::Bool ? double(m_bool) : toDouble();
        const double b = other.m_kind == Kind::Bool ? double(other.m_bool) : other.toDouble();
        return a == b;
    }
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::String:
        return m_string == other.m_string;
    case Kind::List: {
        const List &a = items();
        const List &b = other.items();
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (!a[i].sameContent(b[i]))
                return false;
        }
        return true;
    }
    case Kind::Map: {
        const Map &a = entries();
        const Map &b = other.entries();
        if (a.size() != b.size())
            return false;
        for (const Entry &e : a) {
            const Value *match = other.find(e.keyText);
            if (!match || !match->sameContent(e.value))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

} // namespace Maestro::Core
