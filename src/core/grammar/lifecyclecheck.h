// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portspec.h"

#include "core/result.h"
#include "core/sourcelocation.h"
#include "core/value.h"

#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Maestro::Core {

// A named port of a container, as lifecycle checks refer to them.
struct NamedPort
{
    QString name;
    PortSpec spec;
    SourceLocation location;
};

// One configured lifecycle check (spec 14.2), validated at load time with every option
// and default resolved. The orchestration layer runs it; this is configuration only.
// Pure value type.
struct LifecycleCheck
{
    enum class Type { Tcp, Http, Exec, Rexec, Sleep };
    // exec: how the container environment reaches the command (KW-15: checked at load).
    enum class EnvFrom { Env, Stdin };

    Type type = Type::Tcp;

    // tcp, http: `port` as written (a port name, or for http a literal number) and the
    // resolved host port number to connect to.
    QString portName;
    int port = 0;
    // http: `host`; empty means the ship's ip (the reference's default).
    QString host;
    // http: empty means "status 200"; else the body must contain a match (see regex()).
    QString matchRegex;
    QString path = QStringLiteral("/"); // http; a leading '/' is added when missing
    QString scheme = QStringLiteral("http");
    QString method = QStringLiteral("get"); // lower-cased
    // http: seconds to keep trying (default 300; 0 fails at once).
    int maxWait = 300;
    Value requestsOptions = Value::map({}); // http: passed to the HTTP client
    // tcp (its `max_wait`, which is an attempt count, KW-12), exec, rexec: number of
    // attempts, 1 s apart; 0 or null in the file means the default 180.
    int attempts = 180;
    QStringList command; // exec, rexec: argv
    QString commandText; // exec, rexec: as written, for messages
    EnvFrom envFrom = EnvFrom::Env;
    int wait = 0; // sleep: seconds (whole seconds, rounded up)

    SourceLocation location;

    // "tcp:client", "http:8080", "exec:./check.sh", "sleep:5": for progress and errors.
    QString describe() const;
    // matchRegex compiled with Python semantics (pythonregex.h); only meaningful when
    // matchRegex is not empty, which parseLifecycleCheck has then already validated.
    // Compiled once at parse time; QRegularExpression may be used from any thread.
    QRegularExpression regex() const;
    QRegularExpression compiledRegex; // set by parseLifecycleCheck; regex() compiles otherwise
};

// One check mapping `{type: tcp|http|exec|rexec|sleep, ...}` of a container whose effective
// ports are `ports`. MaestroNG's messages where it has them ("Port {port} is not defined by
// {container}!", "Port {port} is not TCP!", "Bad regex for HttpRequestLifecycle: {regex}");
// configuration errors where it crashes: missing or unknown type, missing required option,
// unknown http option, non-integer numbers, a tcp check on a port range, an invalid
// envfrom, and `cmd` instead of `command` (KW-34: "did you mean command?").
Result<LifecycleCheck> parseLifecycleCheck(const Value &config, const QList<NamedPort> &ports,
                                           const QString &container);

// `lifecycle: {state: [checks...]}` -> (state, list value) in document order; null is no
// states. A state whose value is not a list is "Invalid {state} lifecycle checks
// configuration; expected list of checks, got {type}!" with Python's type repr
// (<class 'dict'>).
Result<QList<QPair<QString, Value>>> parseLifecycleStates(const Value &lifecycle);

} // namespace Maestro::Core
