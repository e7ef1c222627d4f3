// SPDX-License-Identifier: GPL-3.0-or-later
#include "softassert.h"

#include <QLoggingCategory>

namespace Maestro::Core {

// Its own category, on by default, so that a broken assumption is seen in any layer; the
// layers' own categories (core/logging.h and its peers) carry their ordinary messages.
Q_LOGGING_CATEGORY(lcAssert, "maestro.assert", QtWarningMsg)

void softAssertFailed(const char *condition, const char *file, int line)
{
    qCWarning(lcAssert, "SOFT ASSERT: \"%s\" in %s:%d", condition, file, line);
}

} // namespace Maestro::Core
