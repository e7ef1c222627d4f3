// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Maestro::Core {

// The core layer's logging category ("maestro.core"), switched on with QT_LOGGING_RULES
// (STYLE rule 6). Each layer has one: maestro.docker, maestro.orchestration,
// maestro.document, maestro.models, maestro.gui.
Q_DECLARE_LOGGING_CATEGORY(lcCore)

} // namespace Maestro::Core
