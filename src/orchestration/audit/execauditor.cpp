// SPDX-License-Identifier: GPL-3.0-or-later
#include "execauditor.h"

#include "orchestration/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

namespace Maestro::Orchestration {

namespace {

constexpr int ScriptTimeoutMs = 60000;

} // namespace

ExecAuditor::ExecAuditor(QString script, QString args)
    : m_script(std::move(script))
    , m_args(std::move(args))
{}

Core::VoidResult ExecAuditor::deliver(const AuditEvent &event)
{
    if (event.kind != AuditEvent::Kind::Success || event.taskLevel)
        return Core::Success{};
    QString args = m_args;
    args.replace(QLatin1String("{action}"), event.action);
    args.replace(QLatin1String("{what}"), event.what.join(QLatin1Char(' ')));
    args.replace(QLatin1String("{who}"), auditWho());
    QJsonObject input;
    for (auto it = event.containers.cbegin(); it != event.containers.cend(); ++it) {
        input.insert(it.key(), QJsonObject{{QStringLiteral("ship"), it->first},
                                           {QStringLiteral("service"), it->second}});
    }
    QProcess process;
    process.start(m_script,
                  args.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts));
    if (!process.waitForStarted())
        return Core::Error{
            TaskTr::tr("audit script %1: %2").arg(m_script, process.errorString()), {}, {}};
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(ScriptTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Core::Error{TaskTr::tr("audit script %1 did not end").arg(m_script), {}, {}};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Core::Error{TaskTr::tr("audit script %1 failed with status %2")
                               .arg(m_script)
                               .arg(process.exitCode()),
                           {},
                           {}};
    return Core::Success{};
}

} // namespace Maestro::Orchestration
