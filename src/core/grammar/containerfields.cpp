// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerfields.h"

#include "grammarerror.h"
#include "pythonsemantics.h"
#include "shellwords.h"
#include "sortedpairs.h"

#include "core/pythonformat.h"

#include <algorithm>

namespace Maestro::Core {

namespace {

// docker-py's host_config_type_error() wording.
Error typeError(const Value &node, const QString &what, const QString &expected)
{
    return grammarError(node, GrammarTr::tr("Invalid type for %1 param: expected %2 but found %3")
                                  .arg(what, expected, pythonTypeRepr(node)));
}

} // namespace

Result<QList<QPair<QString, QString>>> parseLabels(const Value &v, const QString &container)
{
    const auto invalid = [&](const Value &node) {
        return grammarError(node, GrammarTr::tr("Invalid labels configuration for container %1; "
                                                "must be a list or mapping! ")
                                      .arg(container));
    };
    QList<QPair<QString, QString>> labels;
    if (v.isNull())
        return labels;
    if (v.isMap()) {
        for (const Value::Entry &e : v.entries())
            labels.append({e.keyText, pythonStr(e.value)});
        return labels;
    }
    if (!v.isList())
        return invalid(v);
    for (const Value &item : v.items()) {
        // A label name must be hashable in the reference; collections are not.
        if (!item.isScalar())
            return invalid(item);
        const QString name = pythonStr(item);
        const bool seen = std::any_of(labels.cbegin(), labels.cend(),
                                      [&](const auto &label) { return label.first == name; });
        if (!seen)
            labels.append({name, QString()});
    }
    return labels;
}

Result<QStringList> parseDns(const Value &v)
{
    if (v.isString())
        return QStringList{v.toString()};
    if (v.isNull() || v.isList())
        return parseStringList(v, QStringLiteral("dns"));
    return typeError(v, QStringLiteral("dns"), QStringLiteral("list"));
}

Result<QStringList> parseLinks(const Value &v, const QString &container)
{
    if (v.isNull())
        return QStringList();
    if (!v.isMap()) {
        return grammarError(v, GrammarTr::tr("Invalid links configuration for container %1; "
                                             "expected a mapping of container names to aliases, "
                                             "got %2!")
                                   .arg(container, v.kindName()));
    }
    QList<QPair<QString, QString>> links;
    for (const Value::Entry &e : v.entries()) {
        if (!e.value.isScalar()) {
            return grammarError(e.value,
                                GrammarTr::tr("Invalid alias %1 for link %2 of container %3!")
                                    .arg(pythonStr(e.value), e.keyText, container));
        }
        links.append({e.keyText, pythonStr(e.value)});
    }
    return sortedColonPairs(std::move(links));
}

Result<QStringList> parseCommand(const Value &v)
{
    if (v.isNull())
        return QStringList();
    if (v.isString()) {
        const ShellWords split = ShellWords::split(v.toString());
        if (!split.error.isEmpty()) {
            return grammarError(
                v, GrammarTr::tr("Invalid command %1: %2").arg(v.toString(), split.error));
        }
        return split.words;
    }
    if (v.isList()) {
        QStringList argv;
        for (const Value &item : v.items())
            argv.append(pythonStr(item));
        return argv;
    }
    return grammarError(v, GrammarTr::tr("Invalid command %1; expected a string or a list, got %2!")
                               .arg(pythonStr(v), v.kindName()));
}

Result<QStringList> parseStringList(const Value &v, const QString &what)
{
    if (v.isNull())
        return QStringList();
    if (v.isString() && what != QLatin1String("security_opt"))
        return QStringList{v.toString()};
    if (!v.isList())
        return typeError(v, what, QStringLiteral("list"));
    QStringList result;
    for (const Value &item : v.items()) {
        if (!item.isScalar())
            return typeError(item, what, QStringLiteral("list of strings"));
        result.append(pythonStr(item));
    }
    return result;
}

} // namespace Maestro::Core
