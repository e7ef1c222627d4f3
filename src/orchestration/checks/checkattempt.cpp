// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkattempt.h"

#include "orchestration/ships/awaitresult.h"
#include "orchestration/tr.h"

#include "orchestration/ships/shipapi.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <memory>

namespace Maestro::Orchestration {

// lupdate (Qt 6.4) gives tr() in a free function with a namespace-qualified return type
// ("Core::Error f()") a wrong context, so those return types are named unqualified.
using Core::Error;
using Core::VoidResult;

namespace {

Error fail(const QString &message)
{
    return Core::Error{message, {}, {}};
}

int clampMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 1, 60000));
}

VoidResult attemptTcp(const Core::LifecycleCheck &check, const CheckTarget &target, qint64 budgetMs)
{
    QTcpSocket socket;
    socket.connectToHost(target.ship->ip, quint16(check.port));
    // Spec 14.2: one connection attempt with a 1 s timeout.
    if (socket.waitForConnected(clampMs(std::min<qint64>(1000, budgetMs)))) {
        socket.abort();
        return Core::Success{};
    }
    const QString why = socket.errorString();
    socket.abort();
    return fail(TaskTr::tr("%1:%2: %3").arg(target.ship->ip).arg(check.port).arg(why));
}

// A one-shot HTTP/1.1 request with `Connection: close`, read to the end or the budget.
VoidResult attemptHttp(const Core::LifecycleCheck &check, const CheckTarget &target,
                       qint64 budgetMs)
{
    // KW-13: one request never takes more than 10 s, whatever is left of max_wait.
    budgetMs = std::min<qint64>(budgetMs, 10000);
    QElapsedTimer clock;
    clock.start();
    const QString host = check.host.isEmpty() ? target.ship->ip : check.host;
    const bool https = check.scheme == QLatin1String("https");
    // A plain check never constructs a QSslSocket: that loads the TLS back end, which costs
    // time and leaves OpenSSL's per-thread state in the pool thread that ran the check.
    std::unique_ptr<QTcpSocket> connection;
    bool connected = false;
    if (https) {
        auto tls = std::make_unique<QSslSocket>();
        tls->connectToHostEncrypted(host, quint16(check.port));
        connected = tls->waitForEncrypted(clampMs(budgetMs));
        connection = std::move(tls);
    } else {
        connection = std::make_unique<QTcpSocket>();
        connection->connectToHost(host, quint16(check.port));
        connected = connection->waitForConnected(clampMs(budgetMs));
    }
    QTcpSocket &socket = *connection;
    if (!connected) {
        const QString why = socket.errorString();
        socket.abort();
        return fail(why);
    }
    const QByteArray request = check.method.toUpper().toLatin1() + ' ' + check.path.toUtf8()
                               + " HTTP/1.1\r\nHost: " + host.toUtf8() + ':'
                               + QByteArray::number(check.port)
                               + "\r\nConnection: close\r\nUser-Agent: maestro\r\n\r\n";
    socket.write(request);
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < budgetMs) {
        if (socket.waitForReadyRead(clampMs(budgetMs - clock.elapsed())))
            response += socket.readAll();
        else if (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() >= budgetMs)
            break;
    }
    response += socket.readAll();
    socket.abort();
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    if (headerEnd < 0 || statusLine.size() < 2)
        return fail(TaskTr::tr("no HTTP response"));
    const int status = statusLine.at(1).toInt();
    const QByteArray body = response.mid(headerEnd + 4);
    if (check.matchRegex.isEmpty()) {
        if (status == 200)
            return Core::Success{};
        return fail(TaskTr::tr("HTTP status %1").arg(status));
    }
    if (!body.isEmpty() && check.regex().match(QString::fromUtf8(body)).hasMatch())
        return Core::Success{};
    return fail(TaskTr::tr("the response does not match %1").arg(check.matchRegex));
}

VoidResult attemptExec(const Core::LifecycleCheck &check, const CheckTarget &target,
                       qint64 budgetMs)
{
    if (check.command.isEmpty())
        return fail(TaskTr::tr("empty command"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QJsonObject json;
    for (const Core::EnvVar &var : target.environment) {
        const QString value = var.value.value_or(QString());
        if (check.envFrom == Core::LifecycleCheck::EnvFrom::Env)
            env.insert(var.name, value);
        json.insert(var.name, value);
    }
    process.setProcessEnvironment(env);
    process.start(check.command.first(), check.command.mid(1));
    if (!process.waitForStarted(clampMs(budgetMs)))
        return fail(process.errorString());
    if (check.envFrom == Core::LifecycleCheck::EnvFrom::Stdin)
        process.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(clampMs(budgetMs))) {
        // KW-13/KW-15: never leave a check process behind.
        process.kill();
        process.waitForFinished(1000);
        return fail(TaskTr::tr("still running after %1 ms").arg(budgetMs));
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return Core::Success{};
    return fail(TaskTr::tr("exit status %1").arg(process.exitCode()));
}

VoidResult attemptRexec(const Core::LifecycleCheck &check, const CheckTarget &target)
{
    if (!target.client)
        return fail(TaskTr::tr("no client"));
    Docker::ExecOptions options;
    options.command = check.command;
    // KW-14: the documentation promises the container environment; give it.
    for (const Core::EnvVar &var : target.environment)
        options.env.append(var.toDockerEntry());
    const Core::Result<QString> id
        = awaitResult(target.client->createExec(target.containerId, options));
    if (!id)
        return id.error();
    const Core::Result<Docker::ExecOutput> ran = awaitResult(target.client->startExec(*id));
    if (!ran)
        return ran.error();
    const Core::Result<Docker::ExecDetails> details = awaitResult(target.client->inspectExec(*id));
    if (!details)
        return details.error();
    if (details->exitCode && *details->exitCode == 0)
        return Core::Success{};
    return fail(TaskTr::tr("exit status %1").arg(details->exitCode.value_or(-1)));
}

} // namespace

VoidResult attemptCheck(const Core::LifecycleCheck &check, const CheckTarget &target,
                        qint64 budgetMs)
{
    switch (check.type) {
    case Core::LifecycleCheck::Type::Tcp:
        return attemptTcp(check, target, budgetMs);
    case Core::LifecycleCheck::Type::Http:
        return attemptHttp(check, target, budgetMs);
    case Core::LifecycleCheck::Type::Exec:
        return attemptExec(check, target, budgetMs);
    case Core::LifecycleCheck::Type::Rexec:
        return attemptRexec(check, target);
    case Core::LifecycleCheck::Type::Sleep:
        return Core::Success{}; // the runner does the waiting, cancellable
    }
    return fail(TaskTr::tr("unknown check type"));
}

} // namespace Maestro::Orchestration
