// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QList>
#include <QString>

#include <optional>

namespace Maestro::Core {

// One HostConfig.Ulimits entry (spec 8.6). A missing soft or hard limit is sent as null.
struct Ulimit
{
    QString name;
    std::optional<qint64> soft;
    std::optional<qint64> hard;

    friend bool operator==(const Ulimit &, const Ulimit &) = default;
};

// `ulimits: {name: N | {soft: N, hard: N}}`, document order. Absent or null: std::nullopt
// (not sent); {} gives an empty list (sent as []). An integer sets both limits; in the
// mapping form other keys are ignored and soft/hard must be integers (docker-py's
// "Ulimit.soft must be an integer"); entries of any other type are skipped, as in the
// reference, except booleans, which are reported rather than sent as limits.
Result<std::optional<QList<Ulimit>>> parseUlimits(const Value *ulimits);

} // namespace Maestro::Core
