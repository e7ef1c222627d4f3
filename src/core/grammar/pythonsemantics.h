// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/value.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Maestro::Core {

// The few Python built-ins whose exact behaviour MaestroNG's value grammars depend on.
// Pure functions, safe from any thread.

// repr(type(x)) of a parsed value: <class 'dict'>, <class 'str'>, <class 'NoneType'>...
// The reference puts it into some messages ("got <class 'dict'>!").
QString pythonTypeRepr(const Value &value);

// Python's str.isspace() for one character (wider than QChar::isSpace: includes the
// 0x1c-0x1f separators).
bool isPythonSpace(QChar c);
// str.strip() without arguments.
QStringView pythonStrip(QStringView text);

// int(text) for a str: surrounding whitespace, an optional sign, ASCII digits with single
// underscores between them. std::nullopt where Python raises ValueError, and where the
// result does not fit 64 bits (Python would not fail, but nothing downstream could use it).
std::optional<qint64> pythonIntFromString(QStringView text);
// int(x) for a parsed value: integers, booleans (True is 1), floats truncated toward zero,
// strings as above. std::nullopt for None, lists, mappings, inf and nan.
std::optional<qint64> pythonInt(const Value &value);

} // namespace Maestro::Core
