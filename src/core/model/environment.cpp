// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

#include "core/pythonformat.h"

namespace Maestro::Core {

namespace {
template<typename T>
QHash<QString, qsizetype> indexByName(const QList<T> &items)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items.at(i).name, i);
    return index;
}

template<typename T>
const T *lookup(const QList<T> &items, const QHash<QString, qsizetype> &index, const QString &name)
{
    const qsizetype i = index.value(name, -1);
    return i < 0 ? nullptr : &items.at(i);
}
} // namespace

QString Environment::nameText() const
{
    return pythonStr(name);
}

const Ship *Environment::ship(const QString &name) const
{
    return lookup(ships, m_shipIndex, name);
}

const Service *Environment::service(const QString &name) const
{
    return lookup(services, m_serviceIndex, name);
}

const Instance *Environment::instance(const QString &name) const
{
    return lookup(instances, m_instanceIndex, name);
}

void Environment::finalize(DependencyGraph graph)
{
    m_shipIndex = indexByName(ships);
    m_serviceIndex = indexByName(services);
    m_instanceIndex = indexByName(instances);
    m_dependencies = std::move(graph);
}

} // namespace Maestro::Core
