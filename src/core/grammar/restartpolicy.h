// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QString>

namespace Maestro::Core {

// HostConfig.RestartPolicy of a container (spec 8.3). Pure value type.
struct RestartPolicy
{
    QString name = QStringLiteral("no");
    int maximumRetryCount = 0;

    friend bool operator==(const RestartPolicy &, const RestartPolicy &) = default;
};

// `restart`: "name[:retries]" or {name: n, retries: r}; anything else that is not a string
// or a mapping (null, YAML `no` = false, a list, a number) is the default {no, 0}.
// Names: no, always, on-failure, unless-stopped. Retries go through Python's int().
// KW-35: a non-zero retry count with a policy other than on-failure is an error here,
// because Docker refuses to create such a container; a negative count likewise.
Result<RestartPolicy> parseRestartPolicy(const Value &spec, const QString &container);

} // namespace Maestro::Core
