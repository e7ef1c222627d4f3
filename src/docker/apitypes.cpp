// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/apitypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

namespace {
QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

// Docker writes "0001-01-01T00:00:00Z" for never; that stays an invalid QDateTime.
QDateTime timestamp(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text.startsWith(u"0001-"_s))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QStringList withoutSlash(QStringList names)
{
    for (QString &n : names) {
        if (n.startsWith(u'/'))
            n.remove(0, 1);
    }
    return names;
}

QByteArray boolParam(bool value)
{
    return value ? "1" : "0";
}
} // namespace

QByteArray percentEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray encodeFilters(const QMap<QString, QStringList> &filters)
{
    QJsonObject object;
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        if (!it.value().isEmpty())
            object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    if (object.isEmpty())
        return {};
    return QUrl::toPercentEncoding(
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

VersionInfo VersionInfo::fromJson(const QJsonObject &o)
{
    return {str(o, "Version"_L1),
            str(o, "ApiVersion"_L1),
            str(o, "MinAPIVersion"_L1),
            str(o, "Os"_L1),
            str(o, "Arch"_L1),
            str(o, "KernelVersion"_L1),
            o};
}

SystemInfo SystemInfo::fromJson(const QJsonObject &o)
{
    SystemInfo i;
    i.id = str(o, "ID"_L1);
    i.name = str(o, "Name"_L1);
    i.serverVersion = str(o, "ServerVersion"_L1);
    i.dockerRootDir = str(o, "DockerRootDir"_L1);
    i.containers = o.value("Containers"_L1).toInt();
    i.containersRunning = o.value("ContainersRunning"_L1).toInt();
    i.images = o.value("Images"_L1).toInt();
    i.raw = o;
    return i;
}

QByteArray ContainerListOptions::query() const
{
    QByteArray q = "?all=" + boolParam(all);
    const QByteArray filters = encodeFilters({{u"name"_s, names}, {u"label"_s, labels}});
    if (!filters.isEmpty())
        q += "&filters=" + filters;
    return q;
}

ContainerSummary ContainerSummary::fromJson(const QJsonObject &o)
{
    ContainerSummary c;
    c.id = str(o, "Id"_L1);
    c.names = withoutSlash(strings(o.value("Names"_L1)));
    c.image = str(o, "Image"_L1);
    c.imageId = str(o, "ImageID"_L1);
    c.command = str(o, "Command"_L1);
    c.created = QDateTime::fromSecsSinceEpoch(o.value("Created"_L1).toInteger(), Qt::UTC);
    c.state = str(o, "State"_L1);
    c.status = str(o, "Status"_L1);
    c.labels = stringMap(o.value("Labels"_L1));
    return c;
}

ContainerDetails ContainerDetails::fromJson(const QJsonObject &o)
{
    ContainerDetails c;
    c.id = o.contains("Id"_L1) ? str(o, "Id"_L1) : str(o, "ID"_L1);
    c.name = str(o, "Name"_L1);
    if (c.name.startsWith(u'/'))
        c.name.remove(0, 1);
    c.image = str(o, "Image"_L1);
    const QJsonObject config = o.value("Config"_L1).toObject();
    c.configImage = str(config, "Image"_L1);
    c.tty = config.value("Tty"_L1).toBool();
    c.labels = stringMap(config.value("Labels"_L1));
    const QJsonObject state = o.value("State"_L1).toObject();
    c.running = state.value("Running"_L1).toBool();
    c.paused = state.value("Paused"_L1).toBool();
    c.restarting = state.value("Restarting"_L1).toBool();
    c.status = str(state, "Status"_L1);
    c.exitCode = state.value("ExitCode"_L1).toInt();
    c.pid = state.value("Pid"_L1).toInteger();
    c.startedAt = timestamp(state.value("StartedAt"_L1));
    c.finishedAt = timestamp(state.value("FinishedAt"_L1));
    c.raw = o;
    return c;
}

QByteArray LogOptions::query() const
{
    QByteArray q = "?stdout=" + boolParam(stdoutStream) + "&stderr=" + boolParam(stderrStream)
                   + "&timestamps=" + boolParam(timestamps) + "&follow=" + boolParam(follow)
                   + "&tail=" + (tail && *tail >= 0 ? QByteArray::number(*tail) : "all");
    if (since)
        q += "&since=" + QByteArray::number(*since);
    return q;
}

ExecDetails ExecDetails::fromJson(const QJsonObject &o)
{
    ExecDetails e;
    e.id = str(o, "ID"_L1);
    e.running = o.value("Running"_L1).toBool();
    const QJsonValue code = o.value("ExitCode"_L1);
    if (!code.isNull() && !code.isUndefined() && !e.running)
        e.exitCode = code.toInt();
    e.containerId = str(o, "ContainerID"_L1);
    e.raw = o;
    return e;
}

QByteArray ImageListOptions::query() const
{
    QByteArray q = "?all=" + boolParam(all);
    if (!reference.isEmpty())
        q += "&filters=" + encodeFilters({{u"reference"_s, {reference}}});
    return q;
}

ImageSummary ImageSummary::fromJson(const QJsonObject &o)
{
    ImageSummary i;
    i.id = str(o, "Id"_L1);
    const QStringList tags = strings(o.value("RepoTags"_L1));
    for (const QString &t : tags) {
        if (t != u"<none>:<none>"_s)
            i.repoTags.append(t);
    }
    const QStringList digests = strings(o.value("RepoDigests"_L1));
    for (const QString &d : digests) {
        if (d != u"<none>@<none>"_s)
            i.repoDigests.append(d);
    }
    i.created = QDateTime::fromSecsSinceEpoch(o.value("Created"_L1).toInteger(), Qt::UTC);
    i.size = o.value("Size"_L1).toInteger();
    i.labels = stringMap(o.value("Labels"_L1));
    return i;
}

ImageDetails ImageDetails::fromJson(const QJsonObject &o)
{
    ImageDetails i;
    i.id = str(o, "Id"_L1);
    i.repoTags = strings(o.value("RepoTags"_L1));
    i.repoDigests = strings(o.value("RepoDigests"_L1));
    i.created = timestamp(o.value("Created"_L1));
    i.size = o.value("Size"_L1).toInteger();
    const QJsonObject config = o.value("Config"_L1).toObject();
    i.env = strings(config.value("Env"_L1));
    i.cmd = strings(config.value("Cmd"_L1));
    i.raw = o;
    return i;
}

PullProgress PullProgress::fromJson(const QJsonObject &o)
{
    PullProgress p;
    p.status = str(o, "status"_L1);
    p.layerId = str(o, "id"_L1);
    const QJsonObject detail = o.value("progressDetail"_L1).toObject();
    p.current = detail.value("current"_L1).toInteger();
    p.total = detail.value("total"_L1).toInteger();
    p.progressText = str(o, "progress"_L1);
    return p;
}

QByteArray EventFilter::query() const
{
    QByteArray q;
    const QByteArray filters = encodeFilters({{u"type"_s, types},
                                              {u"event"_s, events},
                                              {u"container"_s, containers},
                                              {u"label"_s, labels}});
    if (!filters.isEmpty())
        q += "&filters=" + filters;
    if (since)
        q += "&since=" + QByteArray::number(*since);
    if (until)
        q += "&until=" + QByteArray::number(*until);
    if (!q.isEmpty())
        q[0] = '?';
    return q;
}

Event Event::fromJson(const QJsonObject &o)
{
    Event e;
    e.type = str(o, "Type"_L1);
    e.action = str(o, "Action"_L1);
    if (e.action.isEmpty())
        e.action = str(o, "status"_L1);
    const QJsonObject actor = o.value("Actor"_L1).toObject();
    e.actorId = str(actor, "ID"_L1);
    if (e.actorId.isEmpty())
        e.actorId = str(o, "id"_L1);
    e.attributes = stringMap(actor.value("Attributes"_L1));
    e.timeNano = o.value("timeNano"_L1).toInteger();
    e.raw = o;
    return e;
}

LoginResult LoginResult::fromJson(const QJsonObject &o)
{
    return LoginResult{o.value(u"Status"_s).toString(), o.value(u"IdentityToken"_s).toString()};
}

} // namespace Maestro::Docker
