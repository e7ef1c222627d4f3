// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "execauditor.h"
#include "logauditor.h"
#include "orchestration/orchestrationlog.h"
#include "orchestration/tr.h"
#include "webhookauditor.h"

namespace Maestro::Orchestration {

namespace {

QString option(const Core::Value &options, const char *key)
{
    const Core::Value *v = options.find(QLatin1String(key));
    return v ? v->toString() : QString();
}

} // namespace

std::shared_ptr<AuditTrail> AuditTrail::fromEnvironment(const Core::Environment &environment,
                                                        QStringList *warnings)
{
    auto trail = std::make_shared<AuditTrail>();
    for (const Core::AuditorConfig &config : environment.auditors) {
        Entry entry;
        entry.type = config.type;
        entry.debugLevel = config.level == QLatin1String("debug");
        entry.ignoreErrors = config.ignoreErrors;
        if (config.type == QLatin1String("log")) {
            entry.auditor = std::make_unique<LogAuditor>(option(config.options, "file"));
        } else if (config.type == QLatin1String("http")) {
            const auto webhook = WebhookAuditor::create(config.options);
            if (!webhook) {
                if (warnings)
                    warnings->append(webhook.error().message);
                continue;
            }
            entry.auditor.reset(*webhook);
        } else if (config.type == QLatin1String("exec")) {
            entry.auditor = std::make_unique<ExecAuditor>(option(config.options, "script"),
                                                          option(config.options, "args"));
        } else {
            if (warnings)
                warnings->append(
                    TaskTr::tr("auditor type %1 is not supported; it is ignored").arg(config.type));
            continue;
        }
        trail->m_entries.push_back(std::move(entry));
    }
    return trail;
}

Core::VoidResult AuditTrail::record(const AuditEvent &event)
{
    QMutexLocker lock(&m_mutex);
    for (Entry &entry : m_entries) {
        if (event.kind != AuditEvent::Kind::Error && event.taskLevel && !entry.debugLevel)
            continue;
        const Core::VoidResult delivered = entry.auditor->deliver(event);
        if (delivered)
            continue;
        if (event.kind == AuditEvent::Kind::Action && !entry.ignoreErrors)
            return Core::Error{
                TaskTr::tr("%1 auditor: %2").arg(entry.type, delivered.error().message), {}, {}};
        qCWarning(lcOrchestration).noquote()
            << entry.type << "auditor failed:" << delivered.error().message;
    }
    return Core::Success{};
}

} // namespace Maestro::Orchestration
