// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QList>
#include <QString>

namespace Maestro::Core {

// One finding about an environment file: an error makes the file unusable, a warning
// does not. Validation collects all of them in one pass.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString message;
    SourceLocation location;
    QString path;

    bool isError() const { return severity == Severity::Error; }
    // "FILE:LINE:COL: error: message".
    QString toString() const;
    Error toError() const { return Error{message, location, path}; }
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

} // namespace Maestro::Core
