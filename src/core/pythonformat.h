// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Core {

class Value;

// MaestroNG is Python: values that reach containers (env vars, log options, labels) are
// formatted the way Python's str() formats them: True, None, 1.2, {'k': 'v'}, [1, 'a'].
QString pythonStr(const Value &value);
// Python's repr(): strings quoted ('a'), everything else as pythonStr.
QString pythonRepr(const Value &value);
// Python's repr() of a float: shortest round-trip digits, `1.0`, `1e+16`, `inf`, `nan`.
QString pythonFloat(double value);

} // namespace Maestro::Core
