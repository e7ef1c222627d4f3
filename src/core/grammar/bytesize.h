// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/value.h"

#include <QString>

#include <optional>

namespace Maestro::Core {

// `limits.memory` / `limits.swap` (spec 8.4): an integer as is; "42" -> 42; "42k", "42m",
// "42g" (any case) -> times 1024, 1024^2, 1024^3; "" -> 0; null -> std::nullopt (not sent).
// A bad suffix is MaestroNG's "Unknown unit suffix" error; a bad number before a valid
// suffix ("1.5g", which crashes the reference), a boolean, a float, a collection or a
// result beyond 64 bits are configuration errors too.
Result<std::optional<qint64>> parseByteSize(const Value &v, const QString &container);

} // namespace Maestro::Core
