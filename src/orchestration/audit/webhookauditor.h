// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditor.h"

#include "core/value.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Maestro::Orchestration {

// `type: http` (spec 15.3): sends only action events (as MaestroNG) to `endpoint` with
// `method` (POST or GET, case-insensitive), `headers`, and a JSON body made from `payload`:
// every string leaf with `{what}` (the container names), `{action}`, `{who}` and
// `{message}` (the action sentence, plain names: KW-33) replaced; empty strings, lists and
// mappings dropped. Waits at most `timeout` seconds (3). An HTTP status >= 400 or a
// network error is a failure; the message names the endpoint, never the headers.
class WebhookAuditor final : public Auditor
{
public:
    // `options`: the auditor's entry as written (validated at load).
    static Core::Result<WebhookAuditor *> create(const Core::Value &options);

    Core::VoidResult deliver(const AuditEvent &event) override;

    // The body for an event (tests).
    QByteArray body(const AuditEvent &event) const;

private:
    WebhookAuditor() = default;

    QUrl m_endpoint;
    QByteArray m_method = "POST";
    QList<QPair<QByteArray, QByteArray>> m_headers;
    Core::Value m_payload;
    int m_timeoutMs = 3000;
};

} // namespace Maestro::Orchestration
