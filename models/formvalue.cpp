// SPDX-License-Identifier: GPL-3.0-or-later
#include "formvalue.h"

#include "core/edit/yamlfragment.h"

#include <QRegularExpression>

namespace Maestro::Models::FormValue {

using Core::Value;

QString display(const Value &value)
{
    if (value.isString())
        return value.toString();
    if (!value.plainText().isEmpty())
        return value.plainText();
    if (value.isNull())
        return {};
    return Core::YamlFragment::flow(value, Core::FragmentStyle{});
}

QString string(const QString &text)
{
    // Quoted as inside a flow collection, the stricter rule: the text may become an item of one.
    return Core::YamlFragment::scalar(Value::string(text), true, Core::FragmentStyle{});
}

static bool isInteger(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    return integer.match(text).hasMatch() && (text == QLatin1String("0") || !text.startsWith(u'0'));
}

QString integerOrString(const QString &text)
{
    return isInteger(text) ? text : string(text);
}

QString typed(const QString &text, const Value &original, bool allowCollections)
{
    const QString trimmed = text.trimmed();
    if (original.isInt() && isInteger(trimmed))
        return trimmed;
    if (original.isBool()
        && (trimmed == QLatin1String("true") || trimmed == QLatin1String("false")))
        return trimmed;
    if (allowCollections
        && ((trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
            || (trimmed.startsWith(u'{') && trimmed.endsWith(u'}'))))
        return trimmed;
    return string(text);
}

QString mapping(const QList<QPair<QString, QString>> &pairs)
{
    QStringList members;
    for (const auto &[key, value] : pairs) {
        if (!value.isEmpty())
            members << string(key) + QStringLiteral(": ") + value;
    }
    return u'{' + members.join(QStringLiteral(", ")) + u'}';
}

QString list(const QStringList &items)
{
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

Core::EditPath childPath(const Core::EditPath &base, const QString &relative)
{
    Core::EditPath path = base;
    for (const QString &key : relative.split(u'.'))
        path = path.child(key);
    return path;
}

const Value *valueAt(const Value *node, const QString &relative)
{
    for (const QString &key : relative.split(u'.')) {
        if (!node || !node->isMap())
            return nullptr;
        node = node->find(key);
    }
    return node;
}

Core::EditRequest set(const Core::EditPath &path, const QString &flow)
{
    return {Core::EditRequest::Operation::Set, path, flow, Core::AliasPolicy::Refuse};
}

Core::EditRequest unset(const Core::EditPath &path)
{
    return {Core::EditRequest::Operation::Unset, path, {}, Core::AliasPolicy::Refuse};
}

Core::EditRequest rename(const Core::EditPath &path, const QString &newKey)
{
    return {Core::EditRequest::Operation::Rename, path, newKey, Core::AliasPolicy::Refuse};
}

} // namespace Maestro::Models::FormValue
