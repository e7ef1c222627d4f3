// SPDX-License-Identifier: GPL-3.0-or-later
#include "extrahosts.h"

#include "grammarerror.h"
#include "sortedpairs.h"

#include "core/pythonformat.h"

namespace Maestro::Core {

Result<QStringList>
parseExtraHosts(const Value &v,
                const std::function<std::optional<QString>(const QString &ship)> &shipIp,
                const QString &container)
{
    if (v.isNull())
        return QStringList();
    if (!v.isMap()) {
        return grammarError(v, GrammarTr::tr("Invalid extra_hosts configuration for container %1; "
                                             "expected a mapping of host names, got %2!")
                                   .arg(container, v.kindName()));
    }
    QList<QPair<QString, QString>> hosts;
    for (const Value::Entry &e : v.entries()) {
        if (e.value.isString()) {
            hosts.append({e.keyText, e.value.toString()});
            continue;
        }
        const Value *ship = e.value.isMap() ? e.value.find(QStringLiteral("ship")) : nullptr;
        if (!ship)
            continue;
        const QString shipName = pythonStr(*ship);
        const std::optional<QString> ip = shipIp ? shipIp(shipName) : std::nullopt;
        if (!ip) {
            return grammarError(*ship, GrammarTr::tr("Unknown ship %1 for extra host %2 of "
                                                     "container %3!")
                                           .arg(shipName, e.keyText, container));
        }
        hosts.append({e.keyText, *ip});
    }
    return sortedColonPairs(std::move(hosts));
}

} // namespace Maestro::Core
