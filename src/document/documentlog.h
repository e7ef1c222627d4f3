// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Maestro::Document {

// The document layer's logging category ("maestro.document"), switched on with QT_LOGGING_RULES
// (STYLE rule 6).
Q_DECLARE_LOGGING_CATEGORY(lcDocument)

} // namespace Maestro::Document
