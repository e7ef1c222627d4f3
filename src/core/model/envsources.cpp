// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers.h"

#include "modeltr.h"
#include "pathresolution.h"

#include "core/grammar/envfile.h"

namespace Maestro::Core {

namespace {

// Walks one environment source the way MaestroNG's build does (spec 9.2): skip empty
// values, read strings as envfiles, recurse into lists, accept mappings.
class EnvSourceWalker
{
public:
    EnvSourceWalker(BuildContext &context, EnvFileCache &cache, QString owner)
        : m_context(context)
        , m_cache(cache)
        , m_owner(std::move(owner))
    {}

    void walk(const Value &source, const QString &path, int depth = 0)
    {
        if (!source.isTruthy() || source.isMap())
            return;
        if (source.isString()) {
            readFile(source, path);
        } else if (source.isList() && depth < 32) {
            for (const Value &item : source.items())
                walk(item, path, depth + 1);
        } else {
            m_context.error(source.location(), path,
                            ModelTr::tr("Invalid environment configuration for %1").arg(m_owner));
        }
    }

private:
    void readFile(const Value &name, const QString &path)
    {
        const QString file = joinBaseDir(m_context.baseDir(), name.toString());
        if (m_cache.contains(file))
            return;
        if (auto entries = m_context.take(parseEnvFile(file, name.toString()), path, name))
            m_cache.insert(file, *entries);
        else
            m_cache.insert(file, {}); // reported once
    }

    BuildContext &m_context;
    EnvFileCache &m_cache;
    QString m_owner;
};

} // namespace

EnvFileCache readEnvSources(BuildContext &context, const QList<Service> &services,
                            const QList<Instance> &instances)
{
    EnvFileCache cache;
    for (const Service &s : services) {
        const QString path = QStringLiteral("services.") + s.name;
        EnvSourceWalker walker(context, cache, ModelTr::tr("service %1").arg(s.name));
        walker.walk(s.envfile, path + QStringLiteral(".envfile"));
        walker.walk(s.env, path + QStringLiteral(".env"));
    }
    for (const Instance &i : instances) {
        const QString path = QStringLiteral("services.%1.instances.%2").arg(i.service, i.name);
        EnvSourceWalker walker(context, cache, ModelTr::tr("container %1").arg(i.name));
        walker.walk(i.envfile, path + QStringLiteral(".envfile"));
        walker.walk(i.env, path + QStringLiteral(".env"));
    }
    return cache;
}

} // namespace Maestro::Core
