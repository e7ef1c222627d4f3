// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Maestro::Core {

// HostConfig.LogConfig (spec 8.5). Pure value type.
struct LogConfig
{
    QString type;
    QList<QPair<QString, QString>> options; // Config, document order; may be empty

    friend bool operator==(const LogConfig &, const LogConfig &) = default;
};

// `log_driver` and `log_opt` of an instance; a null pointer (or a null value) means the
// key is absent. No driver: std::nullopt, and log_opt is ignored as in the reference. The
// driver must be one of json-file, syslog, journald, gelf, fluentd, none (the docker-py 1.x
// list); log_opt must be a mapping whose values are stringified Python-style (2 -> "2",
// true -> "True").
Result<std::optional<LogConfig>> parseLogConfig(const Value *driver, const Value *options);

} // namespace Maestro::Core
