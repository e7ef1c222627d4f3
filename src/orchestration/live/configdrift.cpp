// SPDX-License-Identifier: GPL-3.0-or-later
#include "configdrift.h"

#include "orchestration/tr.h"

#include "core/model/containercreatebody.h"
#include "docker/imagereference.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace Maestro::Orchestration {

namespace {

using Drift = QList<DriftItem>;
using Pairs = QMap<QString, QString>;

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out << item.toString();
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QString listText(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

// `K=V` entries (Env) as a map; an entry without `=` maps to an empty value.
Pairs envPairs(const QJsonValue &value)
{
    Pairs pairs;
    for (const QString &entry : stringsOf(value)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq < 0)
            pairs.insert(entry, QString());
        else
            pairs.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return pairs;
}

Pairs objectPairs(const QJsonValue &value)
{
    Pairs pairs;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        pairs.insert(it.key(), it.value().toString());
    return pairs;
}

void compareText(Drift &out, const QString &field, const QString &configured, const QString &actual)
{
    if (configured != actual)
        out.append({field, configured, actual});
}

void compareSet(Drift &out, const QString &field, const QStringList &configured,
                const QStringList &actual)
{
    const QStringList a = sorted(configured);
    const QStringList b = sorted(actual);
    if (a != b)
        out.append({field, listText(a), listText(b)});
}

// A set the image may extend (volumes, exposed ports): what is configured must be there;
// anything else must come from the image, which is only known when `defaults` is given.
void compareExtendedSet(Drift &out, const QString &field, const QStringList &configured,
                        const QStringList &actual, const std::optional<QStringList> &defaults)
{
    bool differs = !std::all_of(configured.begin(), configured.end(),
                                [&](const QString &v) { return actual.contains(v); });
    if (defaults) {
        differs = differs || !std::all_of(actual.begin(), actual.end(), [&](const QString &v) {
                      return configured.contains(v) || defaults->contains(v);
                  });
    }
    if (differs)
        out.append({field, listText(sorted(configured)), listText(sorted(actual))});
}

// Key/value settings the image may extend (env, labels): one item per differing key.
void compareKeyed(Drift &out, const QString &prefix, const Pairs &configured, const Pairs &actual,
                  const std::optional<Pairs> &defaults)
{
    for (auto it = configured.begin(); it != configured.end(); ++it) {
        if (!actual.contains(it.key()) || actual.value(it.key()) != it.value())
            out.append({prefix + it.key(), it.value(), actual.value(it.key())});
    }
    if (!defaults)
        return;
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        if (configured.contains(it.key()))
            continue;
        if (!defaults->contains(it.key()) || defaults->value(it.key()) != it.value())
            out.append({prefix + it.key(), QString(), it.value()});
    }
}

QString normalizedImage(const QString &text)
{
    const Core::Result<Docker::ImageReference> ref = Docker::ImageReference::parse(text);
    return ref ? ref->normalized() : text;
}

QString shortImageId(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return (colon >= 0 ? id.mid(colon + 1) : id).left(12);
}

// "80/tcp->0.0.0.0:8080" per binding; Docker reads an empty host address as every address.
QStringList portBindings(const QJsonValue &value)
{
    QStringList out;
    const QJsonObject bindings = value.toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        for (const QJsonValue &b : it.value().toArray()) {
            QString ip = b.toObject().value(QStringLiteral("HostIp")).toString();
            if (ip.isEmpty())
                ip = QStringLiteral("0.0.0.0");
            out << it.key() + QStringLiteral("->") + ip + QLatin1Char(':')
                       + b.toObject().value(QStringLiteral("HostPort")).toString();
        }
    }
    return out;
}

// The daemon reports links as "/target:/container/alias"; configured ones are "target:alias".
QStringList linkNames(const QJsonValue &value)
{
    QStringList out;
    for (const QString &link : stringsOf(value)) {
        const QStringList parts = link.split(QLatin1Char(':'));
        if (parts.size() != 2) {
            out << link;
            continue;
        }
        QString target = parts[0];
        if (target.startsWith(QLatin1Char('/')))
            target.remove(0, 1);
        out << target + QLatin1Char(':') + parts[1].section(QLatin1Char('/'), -1);
    }
    return out;
}

QString restartText(const QJsonValue &value)
{
    const QJsonObject policy = value.toObject();
    QString name = policy.value(QStringLiteral("Name")).toString();
    if (name.isEmpty())
        name = QStringLiteral("no");
    const int retries = policy.value(QStringLiteral("MaximumRetryCount")).toInt();
    return retries > 0 ? name + QLatin1Char(':') + QString::number(retries) : name;
}

QString networkMode(const QJsonValue &value)
{
    const QString mode = value.toString();
    // Docker's default network on Linux is the bridge, whichever way it is spelled.
    if (mode.isEmpty() || mode == QLatin1String("bridge"))
        return QStringLiteral("default");
    return mode;
}

QString integerText(const QJsonValue &value)
{
    return QString::number(value.toInteger());
}

// "nofile=1024:2048"; a limit the configuration leaves open takes the daemon's value.
QStringList ulimitTexts(const QJsonValue &configured, const QJsonValue &actual, bool useConfigured)
{
    QMap<QString, QJsonObject> daemon;
    for (const QJsonValue &u : actual.toArray())
        daemon.insert(u.toObject().value(QStringLiteral("Name")).toString(), u.toObject());
    QStringList out;
    for (const QJsonValue &u : (useConfigured ? configured : actual).toArray()) {
        const QJsonObject limit = u.toObject();
        const QString name = limit.value(QStringLiteral("Name")).toString();
        const auto part = [&](const char *key) {
            const QJsonValue v = limit.value(QLatin1String(key));
            return integerText(v.isNull() ? daemon.value(name).value(QLatin1String(key)) : v);
        };
        out << name + QLatin1Char('=') + part("Soft") + QLatin1Char(':') + part("Hard");
    }
    return out;
}

void compareImage(Drift &out, const Core::Instance &instance,
                  const Docker::ContainerDetails &container,
                  const std::optional<Docker::ImageDetails> &image)
{
    if (image && !image->id.isEmpty()) {
        if (image->id != container.image)
            out.append(
                {QStringLiteral("image"),
                 instance.image + QStringLiteral(" (") + shortImageId(image->id) + QLatin1Char(')'),
                 container.configImage + QStringLiteral(" (") + shortImageId(container.image)
                     + QLatin1Char(')')});
        return;
    }
    if (normalizedImage(instance.image) != normalizedImage(container.configImage))
        out.append({QStringLiteral("image"), instance.image, container.configImage});
}

} // namespace

QList<DriftItem> configDrift(const Core::Environment &environment, const Core::Instance &instance,
                             const Docker::ContainerDetails &container,
                             const std::optional<Docker::ImageDetails> &image)
{
    const Core::Ship *ship = environment.ship(instance.ship);
    const QJsonObject body
        = Core::containerCreateBody(environment, instance, ship ? ship->apiVersion : QString());
    const QJsonObject host = body.value(QStringLiteral("HostConfig")).toObject();
    const QJsonObject config = container.raw.value(QStringLiteral("Config")).toObject();
    const QJsonObject actualHost = container.raw.value(QStringLiteral("HostConfig")).toObject();
    const QJsonObject imageConfig
        = image ? image->raw.value(QStringLiteral("Config")).toObject() : QJsonObject();
    // A value the configuration leaves to the image: compared only when the image is known.
    const auto fromImage = [&](const QString &key) -> std::optional<QJsonValue> {
        if (body.contains(key))
            return body.value(key);
        if (image)
            return imageConfig.value(key);
        return std::nullopt;
    };
    const auto imageKeys = [&](const QString &key) -> std::optional<QStringList> {
        if (!image)
            return std::nullopt;
        return imageConfig.value(key).toObject().keys();
    };

    Drift out;
    compareImage(out, instance, container, image);
    if (const auto cmd = fromImage(QStringLiteral("Cmd")))
        compareText(out, QStringLiteral("command"), stringsOf(*cmd).join(QLatin1Char(' ')),
                    stringsOf(config.value(QStringLiteral("Cmd"))).join(QLatin1Char(' ')));
    if (const auto user = fromImage(QStringLiteral("User")))
        compareText(out, QStringLiteral("username"), user->toString(),
                    config.value(QStringLiteral("User")).toString());
    if (const auto workdir = fromImage(QStringLiteral("WorkingDir")))
        compareText(out, QStringLiteral("workdir"), workdir->toString(),
                    config.value(QStringLiteral("WorkingDir")).toString());
    if (body.contains(QStringLiteral("Hostname")))
        compareText(out, QStringLiteral("hostname"),
                    body.value(QStringLiteral("Hostname")).toString(),
                    config.value(QStringLiteral("Hostname")).toString());

    const auto imagePairs = [&](const QString &key, bool env) -> std::optional<Pairs> {
        if (!image)
            return std::nullopt;
        return env ? envPairs(imageConfig.value(key)) : objectPairs(imageConfig.value(key));
    };
    compareKeyed(out, QStringLiteral("env."), envPairs(body.value(QStringLiteral("Env"))),
                 envPairs(config.value(QStringLiteral("Env"))),
                 imagePairs(QStringLiteral("Env"), true));
    compareKeyed(out, QStringLiteral("labels."), objectPairs(body.value(QStringLiteral("Labels"))),
                 objectPairs(config.value(QStringLiteral("Labels"))),
                 imagePairs(QStringLiteral("Labels"), false));

    compareSet(out, QStringLiteral("ports"),
               portBindings(host.value(QStringLiteral("PortBindings"))),
               portBindings(actualHost.value(QStringLiteral("PortBindings"))));
    compareExtendedSet(out, QStringLiteral("exposed ports"),
                       body.value(QStringLiteral("ExposedPorts")).toObject().keys(),
                       config.value(QStringLiteral("ExposedPorts")).toObject().keys(),
                       imageKeys(QStringLiteral("ExposedPorts")));
    compareSet(out, QStringLiteral("volumes"), stringsOf(host.value(QStringLiteral("Binds"))),
               stringsOf(actualHost.value(QStringLiteral("Binds"))));
    compareExtendedSet(out, QStringLiteral("container_volumes"),
                       body.value(QStringLiteral("Volumes")).toObject().keys(),
                       config.value(QStringLiteral("Volumes")).toObject().keys(),
                       imageKeys(QStringLiteral("Volumes")));
    compareSet(out, QStringLiteral("volumes_from"),
               stringsOf(host.value(QStringLiteral("VolumesFrom"))),
               stringsOf(actualHost.value(QStringLiteral("VolumesFrom"))));
    compareSet(out, QStringLiteral("links"), stringsOf(host.value(QStringLiteral("Links"))),
               linkNames(actualHost.value(QStringLiteral("Links"))));
    compareText(out, QStringLiteral("restart"),
                restartText(host.value(QStringLiteral("RestartPolicy"))),
                restartText(actualHost.value(QStringLiteral("RestartPolicy"))));
    compareText(out, QStringLiteral("net"), networkMode(host.value(QStringLiteral("NetworkMode"))),
                networkMode(actualHost.value(QStringLiteral("NetworkMode"))));
    compareText(out, QStringLiteral("privileged"),
                host.value(QStringLiteral("Privileged")).toBool() ? QStringLiteral("true")
                                                                  : QStringLiteral("false"),
                actualHost.value(QStringLiteral("Privileged")).toBool() ? QStringLiteral("true")
                                                                        : QStringLiteral("false"));
    for (const auto &[field, key] :
         {std::pair{"cap_add", "CapAdd"}, std::pair{"cap_drop", "CapDrop"}, std::pair{"dns", "Dns"},
          std::pair{"extra_hosts", "ExtraHosts"}, std::pair{"security_opt", "SecurityOpt"}}) {
        compareSet(out, QLatin1String(field), stringsOf(host.value(QLatin1String(key))),
                   stringsOf(actualHost.value(QLatin1String(key))));
    }
    compareText(out, QStringLiteral("limits.memory"),
                integerText(host.value(QStringLiteral("Memory"))),
                integerText(actualHost.value(QStringLiteral("Memory"))));
    // Without a configured swap limit the daemon derives one from the memory limit.
    if (host.contains(QStringLiteral("MemorySwap")))
        compareText(out, QStringLiteral("limits.swap"),
                    integerText(host.value(QStringLiteral("MemorySwap"))),
                    integerText(actualHost.value(QStringLiteral("MemorySwap"))));
    compareText(out, QStringLiteral("limits.cpu"),
                integerText(host.value(QStringLiteral("CpuShares"))),
                integerText(actualHost.value(QStringLiteral("CpuShares"))));
    const QJsonValue actualUlimits = actualHost.value(QStringLiteral("Ulimits"));
    compareSet(out, QStringLiteral("ulimits"),
               ulimitTexts(host.value(QStringLiteral("Ulimits")), actualUlimits, true),
               ulimitTexts({}, actualUlimits, false));
    // Without a configured log driver the daemon's default applies.
    if (host.contains(QStringLiteral("LogConfig"))) {
        const QJsonObject log = host.value(QStringLiteral("LogConfig")).toObject();
        const QJsonObject actualLog = actualHost.value(QStringLiteral("LogConfig")).toObject();
        compareText(out, QStringLiteral("log_driver"), log.value(QStringLiteral("Type")).toString(),
                    actualLog.value(QStringLiteral("Type")).toString());
        compareKeyed(out, QStringLiteral("log_opt."),
                     objectPairs(log.value(QStringLiteral("Config"))),
                     objectPairs(actualLog.value(QStringLiteral("Config"))), Pairs());
    }
    return out;
}

QString describeDrift(const QList<DriftItem> &drift)
{
    QStringList parts;
    const auto shown = [](const QString &v) { return v.isEmpty() ? TaskTr::tr("(none)") : v; };
    for (const DriftItem &item : drift) {
        parts << TaskTr::tr("%1: configured %2, container has %3")
                     .arg(item.field, shown(item.configured), shown(item.actual));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Maestro::Orchestration
