// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Maestro::Core {

// Translation context of the dependency graph and target selection (cycles, unknown
// targets). The English source texts are MaestroNG's where it has one.
struct DependenciesTr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Core::Dependencies)
};

} // namespace Maestro::Core
