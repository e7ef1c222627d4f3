// SPDX-License-Identifier: GPL-3.0-or-later
#include "readers.h"

#include "modeltr.h"

namespace Maestro::Core {

namespace {

struct AuditorType
{
    QString type;
    // Options that must be present, with MaestroNG's message when one is missing (translated
    // when it is reported: the table is built before a translator may be installed).
    QList<QPair<QString, const char *>> required;
    QStringList optional;
};

const QList<AuditorType> &auditorTypes()
{
    static const QList<AuditorType> types = {
        {QStringLiteral("log"),
         {{QStringLiteral("file"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model", "Missing audit log filename!")}},
         {}},
        {QStringLiteral("http"),
         {{QStringLiteral("endpoint"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model", "Missing webhook endpoint!")}},
         {QStringLiteral("payload"), QStringLiteral("headers"), QStringLiteral("method"),
          QStringLiteral("timeout")}},
        {QStringLiteral("slack"),
         {{QStringLiteral("channel"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model", "Missing Slack channel name!")},
          {QStringLiteral("token"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model", "Missing Slack bot token!")}},
         {QStringLiteral("name"), QStringLiteral("icon")}},
        {QStringLiteral("hipchat"),
         {{QStringLiteral("room"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model", "Missing HipChat room name!")},
          {QStringLiteral("token"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model", "Missing HipChat API token!")}},
         {QStringLiteral("name")}},
        // MaestroNG crashes without `args` (KW-33); we ask for it at load.
        {QStringLiteral("exec"),
         {{QStringLiteral("script"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model", "Missing script to execute!")},
          {QStringLiteral("args"),
           QT_TRANSLATE_NOOP("Maestro::Core::Model",
                             "Missing arguments for the exec auditor (args)!")}},
         {}},
        {QStringLiteral("_fail"), {}, {}},
    };
    return types;
}

} // namespace

QList<AuditorConfig> readAuditors(BuildContext &context, const Value &root)
{
    const Value *audit = root.find(QStringLiteral("audit"));
    if (!audit || audit->isNull())
        return {};
    if (!audit->isList()) {
        context.error(audit->location(), QStringLiteral("audit"),
                      ModelTr::tr("audit must be a list of auditors"));
        return {};
    }
    QList<AuditorConfig> auditors;
    int index = 0;
    for (const Value &entry : audit->items()) {
        const QString path = QStringLiteral("audit[%1]").arg(index++);
        if (!entry.isMap()) {
            context.error(entry.location(), path,
                          ModelTr::tr("an auditor must be a mapping with a type"));
            continue;
        }
        const QString type
            = context.string(entry, QStringLiteral("type"), path, true).value_or(QString());
        const auto known = std::find_if(auditorTypes().cbegin(), auditorTypes().cend(),
                                        [&](const AuditorType &t) { return t.type == type; });
        if (known == auditorTypes().cend()) {
            if (!type.isEmpty())
                context.error(entry.find(QStringLiteral("type"))->location(),
                              path + QStringLiteral(".type"),
                              ModelTr::tr("Unknown auditor type %1").arg(type));
            continue;
        }
        AuditorConfig config;
        config.type = type;
        config.options = entry;
        config.location = entry.location();
        const Value *ignore = entry.find(QStringLiteral("ignore_errors"));
        config.ignoreErrors = ignore && ignore->isBool() && ignore->toBool();
        config.level
            = context.string(entry, QStringLiteral("level"), path).value_or(QStringLiteral("info"));
        if (config.level != QLatin1String("info") && config.level != QLatin1String("debug")) {
            context.error(
                entry.find(QStringLiteral("level"))->location(), path + QStringLiteral(".level"),
                ModelTr::tr("Invalid audit level %1; choose info or debug").arg(config.level));
        }
        QStringList keys{QStringLiteral("type"), QStringLiteral("level"),
                         QStringLiteral("ignore_errors")};
        for (const auto &[option, message] : known->required) {
            keys << option;
            const Value *v = entry.find(option);
            if (!v || !v->isTruthy())
                context.error(entry.location(), BuildContext::join(path, option),
                              ModelTr::tr(message));
        }
        keys << known->optional;
        context.checkKeys(entry, keys, path);
        if (type == QLatin1String("http")) {
            const QString method = context.string(entry, QStringLiteral("method"), path)
                                       .value_or(QStringLiteral("POST"))
                                       .toUpper();
            if (method != QLatin1String("GET") && method != QLatin1String("POST"))
                context.error(entry.find(QStringLiteral("method"))->location(),
                              path + QStringLiteral(".method"),
                              ModelTr::tr("Invalid HTTP method %1!").arg(method));
        }
        auditors.append(config);
    }
    return auditors;
}

} // namespace Maestro::Core
