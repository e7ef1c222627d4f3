// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcelocation.h"
#include "core/value.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Maestro::Core {

// A reference from one service to another, with where it was written (for cycle and
// unknown-name messages).
struct ServiceReference
{
    QString name;
    SourceLocation location;
};

// A service (spec 6): an image and its instances. Environment sources are kept as
// written; the injected environment of an instance is computed on demand
// (ContainerEnvironment), since it grows with the dependency closure.
struct Service
{
    QString name;
    QString image;
    QList<ServiceReference> requiredServices;
    QList<ServiceReference> wantsInfo;
    bool omit = false;
    QStringList instances; // instance names, document order
    Value envfile;         // as written (string or nested list), null when absent
    Value env;             // as written (mapping), null when absent
    SourceLocation location;
};

} // namespace Maestro::Core
