// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/logframedecoder.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Typed requests and results of the Docker Engine API calls the project uses (spec 13).
// Plain values, safe to copy between threads. Each result keeps the daemon's JSON in `raw`
// for fields nobody typed yet.
namespace Maestro::Docker {

struct VersionInfo
{
    QString version;       // "20.10.24+dfsg1"
    QString apiVersion;    // the daemon's newest, "1.41"
    QString minApiVersion; // "1.12"
    QString os;
    QString arch;
    QString kernelVersion;
    QJsonObject raw;
    static VersionInfo fromJson(const QJsonObject &o);
};

struct SystemInfo
{
    QString id;
    QString name;
    QString serverVersion;
    QString dockerRootDir; // tells ships on one machine apart (their ID and Name are equal)
    int containers = 0;
    int containersRunning = 0;
    int images = 0;
    QJsonObject raw;
    static SystemInfo fromJson(const QJsonObject &o);
};

struct ContainerListOptions
{
    bool all = true;
    QStringList names;  // `name` filters (substring match on the daemon side)
    QStringList labels; // `label` filters: "key" or "key=value"
    QByteArray query() const;
};

struct ContainerSummary
{
    QString id;
    QStringList names; // without the leading '/'
    QString image;
    QString imageId;
    QString command;
    QDateTime created;
    QString state;  // "running", "exited", …
    QString status; // "Up 2 minutes"
    QMap<QString, QString> labels;
    static ContainerSummary fromJson(const QJsonObject &o);
};

struct ContainerDetails
{
    QString id;
    QString name;        // without the leading '/'
    QString image;       // image ID
    QString configImage; // as created ("mdt/busybox:test")
    bool running = false;
    bool paused = false;
    bool restarting = false;
    QString status; // "running", "exited", "created", …
    int exitCode = 0;
    qint64 pid = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool tty = false;
    QMap<QString, QString> labels;
    QJsonObject raw;
    static ContainerDetails fromJson(const QJsonObject &o);
};

struct CreatedContainer
{
    QString id;
    QStringList warnings;
};

// The daemon's answer to POST /auth (a registry accepted the credentials).
struct LoginResult
{
    QString status;        // "Login Succeeded"
    QString identityToken; // empty unless the registry hands out refresh tokens
    static LoginResult fromJson(const QJsonObject &o);
};

struct RemoveOptions
{
    bool volumes = true; // spec 13.1: v=True
    bool force = false;
};

struct LogOptions
{
    bool stdoutStream = true;
    bool stderrStream = true;
    bool timestamps = false;
    bool follow = false;
    std::optional<int> tail;     // absent or negative: all
    std::optional<qint64> since; // UNIX seconds
    std::optional<bool> tty;     // absent: the client inspects the container first
    QByteArray query() const;
};

using LogEntry = OutputChunk;

struct ExecOptions
{
    QStringList command;
    QStringList env;
    QString user;
    bool privileged = false;
    QString workingDir;
};

struct ExecOutput
{
    QByteArray stdoutData;
    QByteArray stderrData;
};

struct ExecDetails
{
    QString id;
    bool running = false;
    std::optional<int> exitCode; // null while running
    QString containerId;
    QJsonObject raw;
    static ExecDetails fromJson(const QJsonObject &o);
};

struct ImageListOptions
{
    QString reference; // `reference` filter ("mdt/busybox:*"); empty: all
    bool all = false;
    QByteArray query() const;
};

struct ImageSummary
{
    QString id;
    QStringList repoTags; // empty when the daemon says null or "<none>:<none>"
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    QMap<QString, QString> labels;
    static ImageSummary fromJson(const QJsonObject &o);
};

struct ImageDetails
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    QStringList env;
    QStringList cmd;
    QJsonObject raw;
    static ImageDetails fromJson(const QJsonObject &o);
};

// One message of a pull's progress stream.
struct PullProgress
{
    QString status; // "Pulling fs layer", "Download complete", …
    QString layerId;
    qint64 current = 0;
    qint64 total = 0;
    QString progressText;
    static PullProgress fromJson(const QJsonObject &o);
};

struct EventFilter
{
    QStringList types;      // "container", "image", …
    QStringList events;     // "start", "die", …
    QStringList containers; // names or IDs
    QStringList labels;
    std::optional<qint64> since; // UNIX seconds
    std::optional<qint64> until;
    QByteArray query() const;
};

struct Event
{
    QString type;   // "container"
    QString action; // "start"
    QString actorId;
    QMap<QString, QString> attributes; // actor attributes: name, image, exitCode, labels
    qint64 timeNano = 0;
    QJsonObject raw;
    static Event fromJson(const QJsonObject &o);
};

// A `filters` query value: {"name": ["a", "b"], …} URL-encoded.
QByteArray encodeFilters(const QMap<QString, QStringList> &filters);
QByteArray percentEncode(const QString &text);

} // namespace Maestro::Docker
