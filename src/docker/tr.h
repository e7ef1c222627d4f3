// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Maestro::Docker {

// tr() for the Docker layer's plain (non-QObject) code; one translation context, "Maestro".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro)
};

} // namespace Maestro::Docker
