// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Maestro::Core {

// One side of a port specification: `DIGITS [-DIGITS] [/tcp|/udp]` (spec 8.1), the unit
// both PortSpec sides are made of. Pure value type.
struct PortToken
{
    QString first;    // digits as written
    QString last;     // digits as written; empty unless a range
    QString protocol; // "tcp" or "udp"

    bool isRange() const { return !last.isEmpty(); }
    // "p1[-p2]", the number part of the normalised text.
    QString numberText() const;
    // "p1[-p2]/proto": MaestroNG's normalised form.
    QString normalized() const;
    // Numeric values; 0 when a number does not fit (out of range for a port anyway).
    qint64 firstNumber() const;
    qint64 lastNumber() const; // == firstNumber() unless a range
    qint64 length() const { return lastNumber() - firstNumber() + 1; }

    // The reference's grammar only; no range checks. std::nullopt when it does not match.
    static std::optional<PortToken> parse(QStringView text);
};

} // namespace Maestro::Core
