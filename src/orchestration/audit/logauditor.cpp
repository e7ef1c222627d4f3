// SPDX-License-Identifier: GPL-3.0-or-later
#include "logauditor.h"

#include "orchestration/tr.h"

#include <QDateTime>
#include <QFile>

namespace Maestro::Orchestration {

LogAuditor::LogAuditor(QString file)
    : m_file(std::move(file))
{}

Core::VoidResult LogAuditor::deliver(const AuditEvent &event)
{
    const char *level = event.kind == AuditEvent::Kind::Error ? "ERROR"
                        : event.taskLevel                     ? "DEBUG"
                                                              : "INFO";
    const QString line
        = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"))
          + QLatin1Char(' ') + QLatin1String(level) + QStringLiteral(": ") + auditText(event)
          + QLatin1Char('\n');
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Core::Error{TaskTr::tr("audit log %1: %2").arg(m_file, file.errorString()), {}, {}};
    if (file.write(line.toUtf8()) < 0)
        return Core::Error{TaskTr::tr("audit log %1: %2").arg(m_file, file.errorString()), {}, {}};
    return Core::Success{};
}

} // namespace Maestro::Orchestration
