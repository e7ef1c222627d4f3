// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookauditor.h"

#include "orchestration/tr.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Maestro::Orchestration {

namespace {

struct Placeholders
{
    QString what;
    QString action;
    QString who;
    QString message;
};

QString format(QString text, const Placeholders &p)
{
    text.replace(QLatin1String("{what}"), p.what);
    text.replace(QLatin1String("{action}"), p.action);
    text.replace(QLatin1String("{who}"), p.who);
    text.replace(QLatin1String("{message}"), p.message);
    return text;
}

bool isEmpty(const QJsonValue &v)
{
    return (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty())
           || (v.isObject() && v.toObject().isEmpty()) || v.isUndefined();
}

QJsonValue render(const Core::Value &value, const Placeholders &p)
{
    switch (value.kind()) {
    case Core::Value::Kind::String:
        return format(value.toString(), p);
    case Core::Value::Kind::List: {
        QJsonArray out;
        for (const Core::Value &item : value.items()) {
            const QJsonValue v = render(item, p);
            if (!isEmpty(v))
                out.append(v);
        }
        return out;
    }
    case Core::Value::Kind::Map: {
        QJsonObject out;
        for (const auto &entry : value.entries()) {
            const QJsonValue v = render(entry.value, p);
            if (!isEmpty(v))
                out.insert(entry.keyText, v);
        }
        return out;
    }
    case Core::Value::Kind::Bool:
        return value.toBool();
    case Core::Value::Kind::Int:
        return value.toInt();
    case Core::Value::Kind::Float:
        return value.toDouble();
    case Core::Value::Kind::Null:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

Core::Result<WebhookAuditor *> WebhookAuditor::create(const Core::Value &options)
{
    auto auditor = std::unique_ptr<WebhookAuditor>(new WebhookAuditor);
    const Core::Value *endpoint = options.find(QLatin1String("endpoint"));
    auditor->m_endpoint = QUrl(endpoint ? endpoint->toString() : QString());
    if (!auditor->m_endpoint.isValid() || auditor->m_endpoint.scheme().isEmpty())
        return Core::Error{TaskTr::tr("Missing webhook endpoint!"), {}, {}};
    if (const Core::Value *method = options.find(QLatin1String("method"))) {
        auditor->m_method = method->toString().toUpper().toLatin1();
        if (auditor->m_method != "GET" && auditor->m_method != "POST")
            return Core::Error{
                TaskTr::tr("Invalid HTTP method %1!").arg(method->toString()), {}, {}};
    }
    if (const Core::Value *headers = options.find(QLatin1String("headers"))) {
        for (const auto &entry : headers->entries())
            auditor->m_headers.append({entry.keyText.toUtf8(), entry.value.toString().toUtf8()});
    }
    if (const Core::Value *payload = options.find(QLatin1String("payload")))
        auditor->m_payload = *payload;
    if (const Core::Value *timeout = options.find(QLatin1String("timeout")))
        auditor->m_timeoutMs = int(timeout->toDouble() * 1000);
    return auditor.release();
}

QByteArray WebhookAuditor::body(const AuditEvent &event) const
{
    const Placeholders p{event.what.join(QStringLiteral(", ")), event.action, auditWho(),
                         auditText(event)};
    const QJsonValue rendered = render(m_payload, p);
    if (isEmpty(rendered) || rendered.isNull())
        return "null";
    return rendered.isObject() ? QJsonDocument(rendered.toObject()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(rendered.toArray()).toJson(QJsonDocument::Compact);
}

Core::VoidResult WebhookAuditor::deliver(const AuditEvent &event)
{
    if (event.kind != AuditEvent::Kind::Action)
        return Core::Success{}; // spec 15.3: the webhook gets only action events
    // A network manager of this thread, driven by a local event loop: auditors are called
    // from worker threads without one.
    QNetworkAccessManager network;
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/json; charset=utf-8"));
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, m_method, body(event));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    const QString endpoint = m_endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return Core::Error{
            TaskTr::tr("webhook %1: no answer within %2 ms").arg(endpoint).arg(m_timeoutMs),
            {},
            {}};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt's error text quotes the whole URL, whose query or user info may hold a token.
    const QString error = status > 0 || reply->error() == QNetworkReply::NoError
                              ? QString()
                              : reply->errorString().replace(m_endpoint.toString(), endpoint);
    reply->deleteLater();
    if (!error.isEmpty() || status >= 400)
        return Core::Error{
            TaskTr::tr("webhook %1 failed: %2")
                .arg(endpoint, error.isEmpty() ? TaskTr::tr("HTTP %1").arg(status) : error),
            {},
            {}};
    return Core::Success{};
}

} // namespace Maestro::Orchestration
