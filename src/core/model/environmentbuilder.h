// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "environment.h"

#include "core/diagnostic.h"
#include "core/value.h"

namespace Maestro::Core {

// Turns a parsed environment document into a validated Environment, in MaestroNG's
// processing order (spec 3): name, ships, registries, services and instances,
// dependency references, volumes_from, auditors. Every problem of the file is
// collected in one pass; the environment is returned only when there is no error.
class EnvironmentBuilder
{
public:
    EnvironmentBuilder(QString fileName, QString baseDir);

    EnvironmentPtr build(const Value &root);
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    QString m_fileName;
    QString m_baseDir;
    Diagnostics m_diagnostics;
};

} // namespace Maestro::Core
