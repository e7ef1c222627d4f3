// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Maestro::Orchestration {

// The translation context of the command tasks, checks and ship registry (STYLE rule 14).
struct TaskTr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro)
};

} // namespace Maestro::Orchestration
