// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include <QJsonObject>
#include <QJsonValue>

namespace Maestro::Core {

// The documented JSON form of the model (docs/model-json.md), used by `maestro dump` and
// by tools that want the resolved configuration.
QJsonValue valueToJson(const Value &value);
QJsonObject instanceToJson(const Environment &environment, const Instance &instance);

} // namespace Maestro::Core
