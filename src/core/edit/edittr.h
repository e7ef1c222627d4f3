// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Maestro::Core {

// Translation context of the edit engine's messages (refusals, verification failures).
struct EditTr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Core::Edit)
};

} // namespace Maestro::Core
