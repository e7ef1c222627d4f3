// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>

namespace Maestro::Core {

// The translation context of the template engine's messages.
struct TemplateTr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro)
};

// An error that does not know its location yet: the evaluator or interpreter that
// called the failing operation adds where in the template it happened.
inline Error templateError(const QString &message)
{
    return Error{message, {}, {}};
}

} // namespace Maestro::Core
