// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatevalue.h"

#include "templatearena.h"
#include "templatedict.h"

#include "core/pythonformat.h"
#include "core/value.h"

#include <QStringList>

#include <cmath>

namespace Maestro::Core {

namespace {

// Containers nested deeper than this are printed as "..." and compare unequal, so that
// self-referencing or absurdly deep values cannot exhaust the stack.
constexpr int maxPrintDepth = 100;

// Destroying a deeply nested value would recurse once per level. Past a few levels the
// containers are parked here and released by the outermost destructor, one at a time.
constexpr int maxDestructionDepth = 32;
thread_local int t_destructionDepth = 0;
thread_local std::vector<std::shared_ptr<void>> t_deferred;

} // namespace

TemplateValue::~TemplateValue()
{
    if (!m_list && !m_dict)
        return;
    if (t_destructionDepth >= maxDestructionDepth) {
        if (m_list)
            t_deferred.push_back(std::move(m_list));
        if (m_dict)
            t_deferred.push_back(std::move(m_dict));
        return;
    }
    ++t_destructionDepth;
    m_list.reset();
    m_dict.reset();
    if (t_destructionDepth == 1) {
        while (!t_deferred.empty()) {
            std::shared_ptr<void> next = std::move(t_deferred.back());
            t_deferred.pop_back();
            next.reset();
        }
    }
    --t_destructionDepth;
}

TemplateValue TemplateValue::undefined(QString hint)
{
    TemplateValue v;
    v.m_text = std::move(hint);
    return v;
}

TemplateValue TemplateValue::none()
{
    TemplateValue v;
    v.m_kind = Kind::None;
    return v;
}

TemplateValue TemplateValue::boolean(bool value)
{
    TemplateValue v;
    v.m_kind = Kind::Bool;
    v.m_int = value ? 1 : 0;
    return v;
}

TemplateValue TemplateValue::integer(qint64 value)
{
    TemplateValue v;
    v.m_kind = Kind::Int;
    v.m_int = value;
    return v;
}

TemplateValue TemplateValue::floating(double value)
{
    TemplateValue v;
    v.m_kind = Kind::Float;
    v.m_double = value;
    return v;
}

TemplateValue TemplateValue::string(QString value)
{
    TemplateValue v;
    v.m_kind = Kind::String;
    v.m_text = std::move(value);
    return v;
}

TemplateValue TemplateValue::list(List items)
{
    TemplateValue v;
    v.m_kind = Kind::List;
    v.m_list = std::make_shared<List>(std::move(items));
    TemplateArena::track(v.m_list);
    return v;
}

TemplateValue TemplateValue::tuple(List items)
{
    TemplateValue v = list(std::move(items));
    v.m_flag = true;
    return v;
}

TemplateValue TemplateValue::dict(TemplateDict entries)
{
    TemplateValue v;
    v.m_kind = Kind::Dict;
    v.m_dict = std::make_shared<TemplateDict>(std::move(entries));
    TemplateArena::track(v.m_dict);
    return v;
}

TemplateValue TemplateValue::namespaceObject(TemplateDict entries)
{
    TemplateValue v = dict(std::move(entries));
    v.m_flag = true;
    return v;
}

bool TemplateValue::isTruthy() const
{
    switch (m_kind) {
    case Kind::Undefined:
    case Kind::None:
        return false;
    case Kind::Bool:
    case Kind::Int:
        return m_int != 0;
    case Kind::Float:
        return m_double != 0;
    case Kind::String:
        return !m_text.isEmpty();
    case Kind::List:
        return !m_list->empty();
    case Kind::Dict:
        return isNamespace() || m_dict->size() > 0;
    }
    return false;
}

QString TemplateValue::str() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return {};
    case Kind::String:
        return m_text;
    default:
        return repr();
    }
}

QString TemplateValue::repr() const
{
    return repr(0);
}

QString TemplateValue::repr(int depth) const
{
    switch (m_kind) {
    case Kind::Undefined:
        return {};
    case Kind::None:
        return pythonStr(Value::null());
    case Kind::Bool:
        return pythonStr(Value::boolean(toBool()));
    case Kind::Int:
        return QString::number(m_int);
    case Kind::Float:
        return pythonFloat(m_double);
    case Kind::String:
        return pythonRepr(Value::string(m_text));
    case Kind::List:
    case Kind::Dict:
        break;
    }
    if (depth >= maxPrintDepth)
        return QStringLiteral("...");
    QStringList parts;
    if (m_list) {
        for (const TemplateValue &item : *m_list)
            parts << item.repr(depth + 1);
        if (!isTuple())
            return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
        const QString inner = parts.join(QStringLiteral(", "));
        return QLatin1Char('(') + inner
               + (parts.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
    }
    for (const auto &[key, value] : m_dict->entries())
        parts << key.repr(depth + 1) + QStringLiteral(": ") + value.repr(depth + 1);
    const QString body = QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    return isNamespace() ? QStringLiteral("<Namespace %1>").arg(body) : body;
}

QString TemplateValue::typeName() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return QStringLiteral("Undefined");
    case Kind::None:
        return QStringLiteral("NoneType");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::String:
        return QStringLiteral("str");
    case Kind::List:
        return isTuple() ? QStringLiteral("tuple") : QStringLiteral("list");
    case Kind::Dict:
        return isNamespace() ? QStringLiteral("Namespace") : QStringLiteral("dict");
    }
    return {};
}

bool TemplateValue::equals(const TemplateValue &other, int depth) const
{
    if (isNumber() && other.isNumber()) {
        if (m_kind == Kind::Float || other.m_kind == Kind::Float)
            return toDouble() == other.toDouble();
        return m_int == other.m_int;
    }
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Undefined:
    case Kind::None:
        return true;
    case Kind::String:
        return m_text == other.m_text;
    case Kind::List: {
        if (isTuple() != other.isTuple() || m_list->size() != other.m_list->size())
            return false;
        if (m_list == other.m_list)
            return true;
        if (depth >= maxPrintDepth)
            return false;
        for (size_t i = 0; i < m_list->size(); ++i) {
            if (!(*m_list)[i].equals((*other.m_list)[i], depth + 1))
                return false;
        }
        return true;
    }
    case Kind::Dict: {
        if (m_dict == other.m_dict)
            return true;
        if (isNamespace() || other.isNamespace() || m_dict->size() != other.m_dict->size()
            || depth >= maxPrintDepth)
            return false;
        for (const auto &[key, value] : m_dict->entries()) {
            const TemplateValue *otherValue = other.m_dict->find(key);
            if (!otherValue || !value.equals(*otherValue, depth + 1))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

QString TemplateValue::keyText() const
{
    return keyText(0);
}

QString TemplateValue::keyText(int depth) const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("N");
    case Kind::Bool:
    case Kind::Int:
        return QLatin1Char('n') + QString::number(m_int);
    case Kind::Float:
        if (std::isfinite(m_double) && std::abs(m_double) < 9.0e18
            && m_double == std::trunc(m_double))
            return QLatin1Char('n') + QString::number(qint64(m_double));
        return QLatin1Char('f') + pythonFloat(m_double);
    case Kind::String:
        return QLatin1Char('s') + m_text;
    case Kind::List:
        if (isTuple() && depth < maxPrintDepth) {
            QString key = QStringLiteral("t(");
            for (const TemplateValue &item : *m_list) {
                const QString itemKey = item.keyText(depth + 1);
                if (itemKey.isEmpty())
                    return {};
                key += QString::number(itemKey.size()) + QLatin1Char(':') + itemKey;
            }
            return key;
        }
        return {};
    default:
        return {};
    }
}

} // namespace Maestro::Core
