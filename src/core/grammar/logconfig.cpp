// SPDX-License-Identifier: GPL-3.0-or-later
#include "logconfig.h"

#include "grammarerror.h"

#include "core/pythonformat.h"

#include <QStringList>

namespace Maestro::Core {

namespace {

const QStringList &validDrivers()
{
    static const QStringList drivers{QStringLiteral("json-file"), QStringLiteral("syslog"),
                                     QStringLiteral("journald"),  QStringLiteral("gelf"),
                                     QStringLiteral("fluentd"),   QStringLiteral("none")};
    return drivers;
}

} // namespace

Result<std::optional<LogConfig>> parseLogConfig(const Value *driver, const Value *options)
{
    // The reference tests the driver's truthiness: "" or false is no logging configuration.
    if (!driver || !driver->isTruthy())
        return std::optional<LogConfig>();
    if (!driver->isString() || !validDrivers().contains(driver->toString())) {
        return grammarError(*driver, GrammarTr::tr("log_driver must be one of (%1)")
                                         .arg(validDrivers().join(QStringLiteral(", "))));
    }
    LogConfig config;
    config.type = driver->toString();
    // Likewise an empty or false log_opt is no options; any other non-mapping is an error.
    if (options && options->isTruthy()) {
        if (!options->isMap())
            return grammarError(*options, GrammarTr::tr("log_opt must be a dictionary"));
        for (const Value::Entry &e : options->entries())
            config.options.append({e.keyText, pythonStr(e.value)});
    }
    return std::optional<LogConfig>(config);
}

} // namespace Maestro::Core
