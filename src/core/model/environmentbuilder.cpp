// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentbuilder.h"

#include "buildcontext.h"
#include "modeltr.h"
#include "readers.h"

#include "core/grammar/envname.h"
#include "core/pythonformat.h"

#include <QSet>

namespace Maestro::Core {

namespace {

// `__maestro.schema`: only a value numerically equal to 1 selects schema 1 (spec 2.4).
int readSchema(BuildContext &context, const Value &root)
{
    const Value *meta = root.find(QStringLiteral("__maestro"));
    if (!meta || meta->isNull())
        return 1;
    if (!meta->isMap()) {
        context.error(meta->location(), QStringLiteral("__maestro"),
                      ModelTr::tr("__maestro must be a mapping such as {schema: 2}"));
        return 1;
    }
    const Value *schema = meta->find(QStringLiteral("schema"));
    if (!schema)
        return 1;
    const bool one = (schema->isInt() && schema->toInt() == 1)
                     || (schema->isFloat() && schema->toDouble() == 1.0)
                     || (schema->isBool() && schema->toBool());
    return one ? 1 : 2;
}

void checkServiceReferences(BuildContext &context, const QList<Service> &services,
                            const QHash<QString, int> &index, QList<DependencyGraph::Edge> &edges)
{
    QStringList names;
    for (const Service &s : services)
        names << s.name;
    for (int from = 0; from < services.size(); ++from) {
        const Service &service = services.at(from);
        const auto resolve = [&](const QList<ServiceReference> &refs,
                                 DependencyGraph::EdgeKind kind, const QString &key) {
            for (const ServiceReference &ref : refs) {
                const int to = index.value(ref.name, -1);
                if (to < 0) {
                    // KW-4: the message names the reference that is wrong.
                    context.error(ref.location,
                                  QStringLiteral("services.%1.%2").arg(service.name, key),
                                  ModelTr::tr("Service dependency %1 defined on %2 does not exist")
                                      .arg(ref.name, service.name));
                    continue;
                }
                edges.append({from, to, kind, ref.location});
            }
        };
        resolve(service.requiredServices, DependencyGraph::EdgeKind::Requires,
                QStringLiteral("requires"));
        resolve(service.wantsInfo, DependencyGraph::EdgeKind::WantsInfo,
                QStringLiteral("wants_info"));
    }
}

void checkVolumesFrom(BuildContext &context, const Environment &env,
                      const QHash<QString, int> &serviceIndex, QList<DependencyGraph::Edge> &edges)
{
    for (const Instance &instance : env.instances) {
        const QString path = QStringLiteral("services.%1.instances.%2.volumes_from")
                                 .arg(instance.service, instance.name);
        for (const QString &ref : instance.volumesFrom) {
            const Instance *other = env.instance(ref);
            if (!other) {
                context.error(instance.location, path,
                              ModelTr::tr("Unknown container %1 to get volumes from for %2!")
                                  .arg(ref, instance.name));
                continue;
            }
            if (other->ship != instance.ship) {
                context.error(
                    instance.location, path,
                    ModelTr::tr(
                        "%1 and %2 must be on the same host for volumes_from declaration in %2!")
                        .arg(ref, instance.name));
            }
            const QStringList mine = instance.volumeSet();
            QStringList conflicts;
            for (const QString &p : other->volumeSet()) {
                if (mine.contains(p))
                    conflicts << p;
            }
            if (!conflicts.isEmpty()) {
                context.error(instance.location, path,
                              ModelTr::tr("Volume conflicts between %1 and %2: %3!")
                                  .arg(instance.name, ref, conflicts.join(QStringLiteral(", "))));
            }
            edges.append({serviceIndex.value(instance.service), serviceIndex.value(other->service),
                          DependencyGraph::EdgeKind::VolumesFrom, instance.location});
        }
    }
}

// KW-26: distinct names that normalise to the same variable prefix overwrite each other.
// Owners are described only when they collide.
void warnEnvNameCollisions(BuildContext &context, const Environment &env)
{
    const qsizetype serviceCount = env.services.size();
    const auto describe = [&](qsizetype owner) {
        if (owner < serviceCount)
            return ModelTr::tr("service %1").arg(env.services.at(owner).name);
        const Instance &i = env.instances.at(owner - serviceCount);
        return ModelTr::tr("instance %1 of %2").arg(i.name, i.service);
    };
    QHash<QString, qsizetype> owners;
    const auto claim = [&](const QString &variable, qsizetype owner, const SourceLocation &where) {
        const auto it = owners.constFind(variable);
        if (it == owners.constEnd())
            owners.insert(variable, owner);
        else
            context.warning(
                where, QString(),
                ModelTr::tr("%1 and %2 both produce the variable %3; one overwrites the other")
                    .arg(describe(*it), describe(owner), variable));
    };
    for (qsizetype s = 0; s < serviceCount; ++s)
        claim(normalizeEnvName(env.services.at(s).name) + QStringLiteral("_INSTANCES"), s,
              env.services.at(s).location);
    for (qsizetype i = 0; i < env.instances.size(); ++i) {
        const Instance &instance = env.instances.at(i);
        claim(normalizeEnvName(instance.service) + QLatin1Char('_')
                  + normalizeEnvName(instance.name) + QStringLiteral("_HOST"),
              serviceCount + i, instance.location);
    }
}

} // namespace

EnvironmentBuilder::EnvironmentBuilder(QString fileName, QString baseDir)
    : m_fileName(std::move(fileName))
    , m_baseDir(std::move(baseDir))
{}

EnvironmentPtr EnvironmentBuilder::build(const Value &root)
{
    BuildContext context(m_fileName, m_baseDir);
    if (!root.isMap()) {
        context.error(
            root.location(), QString(),
            ModelTr::tr(
                "environment file must be a mapping (with name, ships and services), not %1")
                .arg(root.kindName()));
        m_diagnostics = context.diagnostics();
        return nullptr;
    }
    context.checkTopLevelKeys(
        root, {QStringLiteral("__maestro"), QStringLiteral("name"), QStringLiteral("ship_provider"),
               QStringLiteral("ship_defaults"), QStringLiteral("ships"),
               QStringLiteral("registries"), QStringLiteral("services"), QStringLiteral("audit")});

    auto env = std::make_shared<Environment>();
    env->fileName = m_fileName;
    env->baseDir = m_baseDir;
    env->schema = readSchema(context, root);
    const Value *name = root.find(QStringLiteral("name"));
    if (!name || name->isNull())
        context.error(root.location(), QStringLiteral("name"),
                      ModelTr::tr("Environment name is missing"));
    else
        env->name = *name;

    env->ships = readShips(context, root);
    const Value *registries = root.find(QStringLiteral("registries"));
    env->registries = context.take(parseRegistries(registries), QStringLiteral("registries"), root)
                          .value_or(QList<Registry>());
    ServicesRead read = readServices(context, root, env->ships, env->schema);
    env->services = std::move(read.services);
    env->instances = std::move(read.instances);
    env->envFiles = readEnvSources(context, env->services, env->instances);

    QHash<QString, int> serviceIndex;
    QStringList serviceNames;
    for (int i = 0; i < env->services.size(); ++i) {
        serviceIndex.insert(env->services.at(i).name, i);
        serviceNames << env->services.at(i).name;
    }
    QList<DependencyGraph::Edge> edges;
    checkServiceReferences(context, env->services, serviceIndex, edges);
    // volumes_from needs instance look-ups: index them before the graph is final.
    env->finalize(DependencyGraph());
    checkVolumesFrom(context, *env, serviceIndex, edges);
    DependencyGraph graph(serviceNames, edges);
    if (const auto cycle = graph.findCycle()) {
        context.error(cycle->first().location,
                      QStringLiteral("services.%1").arg(graph.serviceName(cycle->first().from)),
                      ModelTr::tr("dependency cycle %1").arg(graph.describeCycle(*cycle)));
    }
    env->finalize(std::move(graph));
    warnEnvNameCollisions(context, *env);
    env->auditors = readAuditors(context, root);

    m_diagnostics = context.diagnostics();
    if (context.hasErrors())
        return nullptr;
    return env;
}

} // namespace Maestro::Core
