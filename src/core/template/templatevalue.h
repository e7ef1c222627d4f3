// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace Maestro::Core {

class TemplateDict;

// A value while a template is rendered. Unlike Core::Value it models Python's object
// semantics that templates rely on: lists and dicts are shared by reference, so
// `{% set _ = items.append(x) %}` inside a loop changes the list seen outside it, and
// Jinja2's Undefined renders as "" but fails when something is looked up on it.
class TemplateValue
{
public:
    enum class Kind { Undefined, None, Bool, Int, Float, String, List, Dict };
    using List = std::vector<TemplateValue>;

    TemplateValue() = default; // Undefined without a hint
    TemplateValue(const TemplateValue &) = default;
    TemplateValue(TemplateValue &&) noexcept = default;
    TemplateValue &operator=(const TemplateValue &) = default;
    TemplateValue &operator=(TemplateValue &&) noexcept = default;
    ~TemplateValue();

    // `hint` is the message used when the undefined value is misused, e.g.
    // "'env' has no attribute 'HOME'".
    static TemplateValue undefined(QString hint);
    static TemplateValue none();
    static TemplateValue boolean(bool value);
    static TemplateValue integer(qint64 value);
    static TemplateValue floating(double value);
    static TemplateValue string(QString value);
    static TemplateValue list(List items);
    static TemplateValue tuple(List items);
    static TemplateValue dict(TemplateDict entries);
    static TemplateValue namespaceObject(TemplateDict entries);

    Kind kind() const { return m_kind; }
    bool isUndefined() const { return m_kind == Kind::Undefined; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isBool() const { return m_kind == Kind::Bool; }
    bool isInt() const { return m_kind == Kind::Int; }
    bool isFloat() const { return m_kind == Kind::Float; }
    bool isNumber() const
    {
        return m_kind == Kind::Int || m_kind == Kind::Float || m_kind == Kind::Bool;
    }
    bool isString() const { return m_kind == Kind::String; }
    bool isList() const { return m_kind == Kind::List; }
    bool isTuple() const { return m_kind == Kind::List && m_flag; }
    bool isDict() const { return m_kind == Kind::Dict; }
    bool isNamespace() const { return m_kind == Kind::Dict && m_flag; }

    bool toBool() const { return m_int != 0; }
    // Bools count as 0/1 like in Python.
    qint64 toInt() const { return m_int; }
    double toDouble() const { return m_kind == Kind::Float ? m_double : double(m_int); }
    // The string payload (or the hint of an Undefined); use str() to format any value.
    const QString &text() const { return m_text; }

    // Shared, mutable containers; null unless the kind matches.
    List *items() const { return m_list.get(); }
    TemplateDict *entries() const { return m_dict.get(); }

    bool isTruthy() const;
    // Python str() (Undefined renders as "") and repr().
    QString str() const;
    QString repr() const;
    // Python's type name for messages: 'str', 'int', 'list', 'NoneType', ...
    QString typeName() const;
    // Python ==: 1 == 1.0 == True, containers compare element-wise.
    bool equals(const TemplateValue &other) const { return equals(other, 0); }
    // Identity of a dict key (Python hash equality); empty for unhashable values.
    QString keyText() const;

private:
    QString repr(int depth) const;
    bool equals(const TemplateValue &other, int depth) const;
    QString keyText(int depth) const;

    Kind m_kind = Kind::Undefined;
    bool m_flag = false; // tuple for lists, namespace for dicts
    qint64 m_int = 0;
    double m_double = 0;
    QString m_text;
    std::shared_ptr<List> m_list;
    std::shared_ptr<TemplateDict> m_dict;
};

} // namespace Maestro::Core
