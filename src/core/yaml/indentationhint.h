// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Maestro::Core {

// Why yaml-cpp said `illegal map value`, in words a user can act on. yaml-cpp reads a line
// that is indented wrongly, or that follows a line without its colon, as more text of the
// value before it, and only complains at the colon of the line after the mistake. From the
// text around that colon this finds the line where the structure breaks and says what is
// wrong there. Any thread.
struct IndentationHint
{
    QString explanation;
    // Where the mistake is, counted as yaml-cpp counts: byte offset, 0-based line, byte
    // column.
    int pos = 0;
    int line = 0;
    int column = 0;
};

// `utf8` is the text yaml-cpp parsed; `line` and `column` (0-based, bytes) are its mark of
// the illegal colon. nullopt when the text does not look like one of the known mistakes.
std::optional<IndentationHint> explainIllegalMapValue(const QByteArray &utf8, int line, int column);

} // namespace Maestro::Core
