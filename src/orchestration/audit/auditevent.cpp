// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditevent.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Maestro::Orchestration {

QString auditWho()
{
    // As Python's getpass.getuser(): the environment first, then the password database.
    for (const char *name : {"LOGNAME", "USER", "LNAME", "USERNAME"}) {
        const QString who = qEnvironmentVariable(name);
        if (!who.isEmpty())
            return who;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return {};
}

bool isAuditedCommand(Command command)
{
    return command != Command::Status;
}

// The texts are MaestroNG's English sentences that auditors ship to other systems (files,
// webhooks), so they are not translated.
QString auditText(const AuditEvent &event)
{
    const QString what = event.what.join(QStringLiteral(", "));
    switch (event.kind) {
    case AuditEvent::Kind::Action: {
        const QString verb = event.action == QLatin1String("stop")
                                 ? QStringLiteral("stopping")
                                 : event.action + QStringLiteral("ing");
        return QStringLiteral("%1 is %2 %3.").arg(auditWho(), verb, what);
    }
    case AuditEvent::Kind::Success: {
        QString action = event.action;
        if (!action.isEmpty())
            action[0] = action[0].toUpper();
        return QStringLiteral("%1 of %2 succeeded.").arg(action, what);
    }
    case AuditEvent::Kind::Error:
        break;
    }
    QString text = QStringLiteral("Failed to %1 %2!").arg(event.action, what);
    if (!event.message.isEmpty())
        text += QStringLiteral(" (message: %1)").arg(event.message);
    return text;
}

} // namespace Maestro::Orchestration
