// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlog.h"

namespace Maestro::Document {

Q_LOGGING_CATEGORY(lcDocument, "maestro.document", QtWarningMsg)

} // namespace Maestro::Document
