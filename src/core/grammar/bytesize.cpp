// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesize.h"

#include "grammarerror.h"
#include "pythonsemantics.h"

#include "core/pythonformat.h"

namespace Maestro::Core {

namespace {

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

Error invalidSize(const Value &v, const QString &container)
{
    return grammarError(v, GrammarTr::tr("Invalid size %1 for container %2; expected an integer "
                                         "number of bytes, optionally followed by k, m or g!")
                               .arg(pythonStr(v), container));
}

} // namespace

Result<std::optional<qint64>> parseByteSize(const Value &v, const QString &container)
{
    if (v.isNull())
        return std::optional<qint64>();
    if (v.isInt())
        return std::optional<qint64>(v.toInt());
    if (!v.isString())
        return invalidSize(v, container);

    const QString &s = v.toString();
    if (s.isEmpty())
        return std::optional<qint64>(0);
    // The last character, a whole code point as in Python.
    const bool pair
        = s.size() >= 2 && s.back().isLowSurrogate() && s.at(s.size() - 2).isHighSurrogate();
    const QString suffix = s.right(pair ? 2 : 1).toLower();
    qint64 unit = 0;
    if (suffix == QLatin1String("k"))
        unit = qint64(1) << 10;
    else if (suffix == QLatin1String("m"))
        unit = qint64(1) << 20;
    else if (suffix == QLatin1String("g"))
        unit = qint64(1) << 30;

    if (unit == 0) {
        // Python's isdigit() also takes non-ASCII digits that int() then rejects; ASCII
        // is what a size can sensibly be written in.
        if (!isAsciiDigits(s)) {
            return grammarError(v, GrammarTr::tr("Unknown unit suffix %1 in %2 for container %3!")
                                       .arg(suffix, s, container));
        }
        const std::optional<qint64> n = pythonIntFromString(s);
        if (!n)
            return invalidSize(v, container);
        return std::optional<qint64>(*n);
    }
    const std::optional<qint64> n = pythonIntFromString(QStringView(s).chopped(1));
    qint64 bytes = 0;
    if (!n || qMulOverflow(*n, unit, &bytes))
        return invalidSize(v, container);
    return std::optional<qint64>(bytes);
}

} // namespace Maestro::Core
